"""The one place that decides how bytes become text.

Order: BOM, then a declared charset (HTTP/WARC header or `<meta charset>`), then strict UTF-8,
then UTF-16 without BOM (recognised by its NUL pattern), then a detector. The winner is
recorded, so a wrong guess can be seen in the output instead of silently garbling an article.
After decoding: mojibake repair, NFC, and removal of invisible characters that split words.
"""

from __future__ import annotations

import re
import unicodedata

from ukti.errors import UktiError

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# UTF-8 Bengali read as cp1252/latin-1 shows as "à¦" / "à§" pairs.
_MOJIBAKE = re.compile("[àÃ][¦§\u00a6\u00a7]|â€[™œ\u009d\u201d\u201c˜”“]")
# Always invisible and never meaningful in running text.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# ZWJ/ZWNJ carry meaning between Bengali letters (র‍্য in র‍্যাব); elsewhere they only break words.
_JOINER_NOT_IN_BENGALI = re.compile(r"(?<![\u0980-\u09ff])[\u200c\u200d]|[\u200c\u200d](?![\u0980-\u09ff])")
# A ZWNJ means something only after a hasanta (it keeps two consonants from joining: ক্‌ষ); some
# sites scatter it inside words ("ব‌লে‌ছেন"), where it only keeps a word from being recognised.
_STRAY_ZWNJ = re.compile("(?<!\u09cd)\u200c")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Some papers type the danda as U+09F7 (৷, the currency numerator four, drawn the same): as a full
# stop it ends sentences like । does. Kept where it is a numerator, after another (৳৴৷).
_DANDA_LOOKALIKE = re.compile("(?<![\u09f4-\u09f9])\u09f7")


def _looks_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    # Latin text in UTF-16 is half NULs; Bengali (U+09xx) puts 0x09 where Latin puts 0x00.
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    nines_odd = sample[1::2].count(9) / max(1, len(sample[1::2]))
    nines_even = sample[0::2].count(9) / max(1, len(sample[0::2]))
    if nines_odd > 0.4 and nines_even < 0.1:
        return "utf-16-le"
    if nines_even > 0.4 and nines_odd < 0.1:
        return "utf-16-be"
    return None


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as cp1252 (the most common breakage of Bengali pages)."""
    if not _MOJIBAKE.search(text):
        return text, False
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(enc, errors="strict").decode("utf-8", errors="strict")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return fixed, True
    # Mixed text: repair run by run.
    def fix(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)

    fixed = re.sub(r"[\u00c0-\u00ff][\u0080-\u00ff\u2010-\u203a\u0152-\u0192\u02c6-\u02dc]{1,3}", fix, text)
    return fixed, fixed != text


def normalise(text: str) -> str:
    """NFC, unified line ends, invisible characters removed where they cannot matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _JOINER_NOT_IN_BENGALI.sub("", text)
    text = _STRAY_ZWNJ.sub("", text)
    text = _CONTROL.sub("", text)
    text = _DANDA_LOOKALIKE.sub("।", text)
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, declared: str | None = None, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to normalised text and the name of the encoding that won."""
    if not data.strip():
        raise UktiError("U002")
    chosen = encoding
    if chosen is None:
        for bom, name in _BOMS:
            if data.startswith(bom):
                chosen = name
                break
    if chosen is None:
        chosen = _looks_utf16_without_bom(data)
    if chosen is None and declared:
        chosen = declared
    if chosen is None:
        m = _META_CHARSET.search(data[:4096])
        if m:
            chosen = m.group(1).decode("ascii", "replace").lower()
    if chosen is None and b"\x00" in data[:65536]:
        raise UktiError("U003")
    text: str | None = None
    if chosen:
        try:
            text = data.decode(chosen)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        try:
            text, chosen = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # A few bad bytes (a cut-off last character, one corrupt sequence) do not make a
            # UTF-8 article something else: keep it, with the damage replaced and named.
            lenient = data.decode("utf-8", errors="replace")
            bad = lenient.count("\ufffd")
            if bad <= max(3, len(lenient) // 200):
                return _finish(lenient, f"utf-8 ({bad} bad bytes replaced)")
            from ukti.read.bijoy import looks_bijoy

            legacy = data.decode("cp1252", errors="replace")
            if looks_bijoy(legacy):  # Bijoy text saved by a Windows program
                return _finish(legacy, "cp1252")
            from charset_normalizer import from_bytes

            best = from_bytes(data[:1_000_000]).best()
            if best is None:
                raise UktiError("U004") from None
            chosen = best.encoding
            text = data.decode(chosen, errors="replace")
    return _finish(text, chosen or "utf-8")


def _finish(text: str, chosen: str) -> tuple[str, str]:
    if text.count("\x00") > len(text) // 100 or _binary_ratio(text) > 0.1:
        raise UktiError("U003")
    from ukti.read.bijoy import bijoy_to_unicode, looks_bijoy

    text, repaired = repair_mojibake(text)
    if repaired:
        chosen = f"{chosen}+mojibake-repaired"
    elif looks_bijoy(text):  # typed in Bijoy with a SutonnyMJ-style font: Latin codes for Bengali glyphs
        text, chosen = bijoy_to_unicode(text), "bijoy"
    text = normalise(text)
    if not text.strip():
        raise UktiError("U002")
    return text, chosen


def _binary_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_BINARY.findall(sample)) / len(sample)


# control characters other than white space, and the replacement character of undecodable bytes
_BINARY = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
