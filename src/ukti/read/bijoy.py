"""Text typed in Bijoy with a SutonnyMJ-style ANSI font, back to Unicode Bengali.

Before Unicode, most Bangladeshi newsrooms typed with Bijoy into fonts that draw Bengali glyphs
on ASCII/cp1252 codes: saved as text, "আমি বাংলায় গান গাই" is "Avwg evsjvq Mvb MvB". The glyph
table is data (`lang/bn/bijoy.tsv`); this module finds such text and undoes the two ways its
order differs from Unicode's: the vowel signs ি ে ৈ are typed before their consonant cluster (and
ো ৌ split around it), and the reph (র্) after the cluster it sits on.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ukti.lang import load_pack

_VIRAMA = "\u09cd"
_PRE_BASE = "িেৈ"
_POST_SIGNS = "ািীুূৃেৈোৌৗংঃঁ"  # what may stand between a cluster and a reph typed after it
_CONSONANT = re.compile(r"[\u0995-\u09b9\u09dc-\u09df\u09ce]\u09bc?")
# ASCII letters that Bijoy text is full of and English rarely strings together
_SIGNATURE = re.compile(r"[‡ˆ©ª¨Ö¯¶¸~„…†‰Š]|\bA[v]|[a-z][vwxy][a-z]")
_ENGLISH = re.compile(r"\b(the|and|of|to|in|is|for|on|that|with|said|was)\b", re.IGNORECASE)


@cache
def _table() -> tuple[dict[str, str], int]:
    table: dict[str, str] = {}
    for line in (load_pack("bn").path / "bijoy.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, uni = line.split("\t")[:2]
        table[code] = uni
    return table, max(len(k) for k in table)


def looks_bijoy(text: str) -> bool:
    """Is this Latin-looking text Bengali typed in a Bijoy font? Needs many Bijoy-only glyph
    codes and few English words, and no Bengali script already."""
    sample = text[:20_000]
    if re.search(r"[\u0980-\u09ff]", sample):
        return False
    letters = sum(c.isalpha() for c in sample)
    if letters < 20:
        return False
    marks = len(_SIGNATURE.findall(sample))
    words = max(1, len(sample.split()))
    english = len(_ENGLISH.findall(sample))
    return marks / words > 0.3 and english / words < 0.05


def _map(text: str) -> str:
    table, longest = _table()
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            uni = table.get(text[i:i + size])
            if uni is not None:
                out.append(uni)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _cluster_end(s: str, i: int) -> int:
    """End of the consonant cluster starting at i (consonants joined by virama, with phala)."""
    m = _CONSONANT.match(s, i)
    if not m:
        return i
    j = m.end()
    while j + 1 < len(s) and s[j] == _VIRAMA:
        nxt = _CONSONANT.match(s, j + 1)
        if not nxt:
            break
        j = nxt.end()
    return j


def _cluster_start(s: str, end: int) -> int:
    """Start of the consonant cluster that ends at `end`."""
    i = end
    while i > 0:
        k = i - 1
        if s[k] == "\u09bc" and k > 0:
            k -= 1
        if not _CONSONANT.match(s, k):
            break
        i = k
        if i >= 2 and s[i - 1] == _VIRAMA and _CONSONANT.match(s, i - 2 if s[i - 2] != "\u09bc" else i - 3):
            i -= 1
            continue
        break
    return i


def _reorder(s: str) -> str:
    chars = list(s)
    # pre-base vowel signs: typed before the cluster, written after it (ে + cluster + া = ো)
    i = 0
    while i < len(chars):
        c = chars[i]
        if c in _PRE_BASE and i + 1 < len(chars):
            text = "".join(chars)
            end = _cluster_end(text, i + 1)
            if end > i + 1:
                cluster = chars[i + 1:end]
                sign = c
                rest = chars[end:]
                if c == "ে" and rest[:1] == ["া"]:
                    sign, rest = "ো", rest[1:]
                elif c == "ে" and rest[:1] == ["ৗ"]:
                    sign, rest = "ৌ", rest[1:]
                chars = chars[:i] + cluster + [sign] + rest
                i += len(cluster) + 1
                continue
        i += 1
    # reph: typed after the cluster it sits on (and that cluster's vowel signs)
    text = "".join(chars)
    out = text
    pos = out.find("র" + _VIRAMA)
    while pos != -1:
        after = pos + 2
        follows_consonant = after < len(out) and _CONSONANT.match(out, after)
        k = pos
        while k > 0 and out[k - 1] in _POST_SIGNS:
            k -= 1
        start = _cluster_start(out, k)
        # a reph typed after a cluster; "র্" before a consonant is already in Unicode order
        if start < k and not (follows_consonant and k == pos):
            out = out[:start] + "র" + _VIRAMA + out[start:pos] + out[after:]
            pos = out.find("র" + _VIRAMA, after)
        else:
            pos = out.find("র" + _VIRAMA, after)
    return out


def bijoy_to_unicode(text: str) -> str:
    """Convert Bijoy/SutonnyMJ-encoded text to NFC Unicode Bengali; other characters pass."""
    text = text.replace("yy", "y").replace("vv", "v").replace("\u00ad\u00ad", "\u00ad")
    mapped = _map(text).replace("অা", "আ")
    mapped = mapped.replace(_VIRAMA + _VIRAMA, _VIRAMA)
    return unicodedata.normalize("NFC", _reorder(mapped))
