"""Bengali names in Latin script, spelt the way English-language media spell them.

Order of trust: a curated name-part table (রহমান → Rahman, মো. → Md.), then rules: consonant and
vowel values, the inherent vowel kept after a word's first consonant and before a final one but
dropped before a consonant that carries its own vowel sign (কামরুল → Kamrul, হালদার → Haldar,
নীলসাগর → Nilsagar), and foreign-looking words read with v for ভ and -kov endings.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_CONS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "chh", "জ": "j", "ঝ": "jh",
    "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d",
    "ধ": "dh", "ন": "n", "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r",
    "ল": "l", "শ": "sh", "ষ": "sh", "স": "s", "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y", "ৎ": "t",
}
_VOWELS = {"অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "ai",
           "ও": "o", "ঔ": "ou"}
_SIGNS = {"া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "ai", "ো": "o", "ৌ": "ou"}
_OTHER = {"ং": "ng", "ঃ": "h", "ঁ": "", "়": "", "\u200c": "", "\u200d": ""}
_VIRAMA = "্"
_FOREIGN_MARKS = ("্ট", "্ড", "ক্স", "্স", "ক্ভ", "ভিস্ট", "জ্যা", "ক্যা", "্যা")


def _compose(word: str) -> list[str]:
    """Split into units, joining a consonant with its nukta (ড় written as ড + ়)."""
    units: list[str] = []
    for ch in word:
        if ch == "়" and units:
            units[-1] += ch
        else:
            units.append(ch)
    return ["ড়" if u == "ড়" else "ঢ়" if u == "ঢ়" else "য়" if u == "য়" else u for u in units]


def _is_cons(u: str) -> bool:
    return u in _CONS


def _schwa(u: list[str]) -> dict[int, bool]:
    """Which bare consonants keep their inherent vowel, decided right to left as Bengali does:
    never at the end of the word; kept before a final consonant (সাগর), before a cluster, after a
    conjunct (সুন্দর, চৈতন্য), in the first syllable; dropped before a consonant with its own vowel
    sign (কামরুল); in a run of bare consonants, alternating (তাপসকান্তি, সুন্দরবন, পেসকভ)."""
    n = len(u)
    keep: dict[int, bool] = {}
    first_cons = next((k for k, x in enumerate(u) if _is_cons(x) or x in _VOWELS), -1)
    for i in range(n - 1, -1, -1):
        if not _is_cons(u[i]):
            continue
        nxt = u[i + 1] if i + 1 < n else ""
        if nxt in _SIGNS or nxt == _VIRAMA:
            continue
        after = u[i + 2] if i + 2 < n else ""
        if (nxt in ("উ", "ঊ", "ও") and i != first_cons) or (nxt == "ও" and _is_cons(after) and after != "য়"):
            # উ or ও right after a consonant opens a word of a compound name, with no vowel between:
            # সালেহউদ্দিন → Salehuddin, পরওয়ার → Parwar (not Salehauddin, Parawar); in the first
            # syllable it is spoken (রউফ → Rauf, নওয়াব → Nawab) unless ও is "ow" (শওকত → Showkat);
            # before ই it is spoken too (বইমেলা → Baimela, মঈনউদ্দীন → Mainuddin)
            keep[i] = False
            continue
        if i == n - 1:
            # a final conjunct is voiced (মিত্র → Mitra), and so is a final ত after one, as in the
            # participle names (সুব্রত → Subrata, ঋতব্রত → Ritabrata)
            keep[i] = i > 0 and (u[i - 1] == _VIRAMA or (
                u[i] == "ত" and _is_cons(u[i - 1]) and i > 1 and u[i - 2] == _VIRAMA)
                or (u[i] == "ভ" and u[i - 1] == "া"))  # -আভ "glow" names: অরুণাভ → Arunabha
        elif (not _is_cons(nxt) or i == first_cons or (i > 0 and u[i - 1] == _VIRAMA)
              or (i == 1 and u[0] == "অ")  # অতনু → Atanu, অরণি → Aroni
              or i + 2 >= n or u[i + 2] == _VIRAMA):
            keep[i] = True
        elif u[i + 2] not in _SIGNS:
            keep[i] = not keep.get(i + 1, False)
        else:
            keep[i] = False
    return keep


def transliterate_word(word: str) -> str:
    if not any("\u0980" <= c <= "\u09ff" for c in word):
        return anyascii(word)
    foreign = any(m in word for m in _FOREIGN_MARKS)
    u = _compose(word)
    out: list[str] = []
    n = len(u)
    schwa = _schwa(u)
    for i, ch in enumerate(u):
        prev = u[i - 1] if i > 0 else ""
        nxt = u[i + 1] if i + 1 < n else ""
        if _is_cons(ch):
            val = _CONS[ch]
            if ch == "শ" and nxt == _VIRAMA and i + 2 < n and u[i + 2] == "র":
                val = "s"  # শ্র → sr (শ্রাবন্তী → Srabanti)
            if ch == "ঙ" and nxt == _VIRAMA:
                val = "n"  # ঙ্ক → nk (দীপঙ্কর → Dipankar)
            if ch == "ভ" and foreign:
                val = "v"
            if ch == "য" and prev == _VIRAMA:
                # ya-phala: ক্যা → ka (English a: ক্যাসকেড, আইজ্যাকসন), but after a dental or
                # a liquid inside a word it is y (সান্যাল → Sanyal, কল্যাণ → Kalyan)
                val = "y" if nxt != "া" or (i > 2 and u[i - 2] in "নলতথদধরসশ") else ""
            if ch == "ব" and prev == _VIRAMA and i >= 2 and u[i - 2] in ("শ", "স", "দ", "জ"):
                val = "w"  # শ্ব → sw, দ্ব → dw
            elif ch == "ব" and prev == _VIRAMA:
                val = ""
            if ch == "য়" and (prev in ("ু", "ূ", "ি", "ী", "ও") or (prev == "" and nxt == "া")):
                val = ""  # বড়ুয়া → Barua, মারিয়া → Maria, ওয়া → wa
            out.append(val)
            if nxt in _SIGNS or nxt == _VIRAMA or (i == n - 1 and not schwa.get(i)):
                continue
            # the inherent vowel (see _schwa); foreign names keep it less (Lindkvist)
            after = u[i + 2] if i + 2 < n else ""
            first = not any(_is_cons(x) or x in _VOWELS for x in u[:i])
            native = schwa.get(i, False)
            foreign_keep = i < n - 1 and (not _is_cons(nxt) or first or after == _VIRAMA or i + 2 >= n)
            if (native and not foreign) or (foreign and foreign_keep):
                out.append("a")
        elif ch in _VOWELS:
            if ch == "ও" and nxt == "য়":
                out.append("w")
            elif ch == "ও" and _is_cons(prev) and _is_cons(nxt):
                out.append("ow")  # শওকত → Showkat, নওশাদ → Nowshad
            elif ch == "ই" and i == 0 and nxt == "উ":
                out.append("y")  # ইউসুফ → Yusuf, ইউনুস → Yunus
            else:
                out.append("a" if ch == "অ" and i == 0 else _VOWELS[ch])
        elif ch in _SIGNS:
            out.append(_SIGNS[ch])
        elif ch == _VIRAMA:
            continue
        elif ch in _OTHER:
            out.append(_OTHER[ch])
        else:
            out.append(anyascii(ch))
    s = "".join(out)
    s = re.sub(r"k[ao]?(bh|v)$", "kov", s)  # Russian -ков: পেসকভ → Peskov
    if foreign:
        s = re.sub(r"(?<=[^aeiou])ar$", "er", s)  # ওয়াল্টার → Walter (হালদার, a Bengali name, keeps -ar)
    return s.replace("aa", "a").replace("ii", "i")


def romanise_name(words: list[str], table: dict[str, str]) -> str:
    """A name in Latin, word by word: the table's spelling, else the rules'. The parts of a
    hyphenated word are spelt each on its own (আল-মামুন → Al-Mamun, not Ala-mamun)."""
    parts = []
    for w in words:
        if w in table:
            parts.append(table[w])
            continue
        pieces = [table.get(x) or _capitalised(transliterate_word(x)) for x in w.split("-")] if "-" in w.strip("-") \
            else [_capitalised(transliterate_word(w))]
        parts.append("-".join(p for p in pieces if p))
    return " ".join(p for p in parts if p)


def _capitalised(t: str) -> str:
    return t[:1].upper() + t[1:]
