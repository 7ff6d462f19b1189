"""Times and quantities as a person reads them, for the human outputs (Markdown, HTML, the CLI's
tables); the JSON keeps the machine values.

A fact-checker who reads `1.2e+09 BDT` or `XXXX-11-03` or `2026-01 (MID)` has to decode the
notation before checking the figure, and may decode it wrongly. So:

    quantity(1.2e9, "BDT")              -> "1.2 billion BDT"
    quantity(1.2e9, "BDT", lang="bn")   -> "১২০ কোটি টাকা"
    quantity(3, "year", "APPROX")       -> "about 3 years"
    time_value("2026-01", "MID")        -> "mid-January 2026"
    time_value("XXXX-11-03")            -> "3 November (year not given)"

Nothing here guesses: a part the analysis left unknown (`X`) is said to be unknown, and a value
of a shape not known here is shown as it is.
"""

from __future__ import annotations

import re

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# unit -> (singular, plural); a unit not listed is shown as it is (ISO currency codes, kg, km …)
_UNITS_EN: dict[str, tuple[str, str]] = {
    "year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"), "day": ("day", "days"),
    "hour": ("hour", "hours"), "minute": ("minute", "minutes"), "second": ("second", "seconds"),
    "tonne": ("tonne", "tonnes"), "litre": ("litre", "litres"), "hectare": ("hectare", "hectares"),
    "acre": ("acre", "acres"), "bigha": ("bigha", "bighas"), "mile": ("mile", "miles"),
    "nautical mile": ("nautical mile", "nautical miles"), "degree": ("degree", "degrees"),
    "people": ("person", "people"), "times": ("time", "times"), "rounds": ("round", "rounds"),
    "floors": ("floor", "floors"), "items": ("item", "items"), "km2": ("km²", "km²"), "degC": ("°C", "°C"),
}
_MODS_EN = {"APPROX": "about", "MIN": "at least", "MAX": "at most", "EQUAL_OR_MORE": "at least",
            "EQUAL_OR_LESS": "at most", "MORE_THAN": "more than", "LESS_THAN": "less than"}
_SCALES_EN = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]

_UNITS_BN = {
    "BDT": "টাকা", "INR": "রুপি", "USD": "ডলার", "EUR": "ইউরো", "GBP": "পাউন্ড", "CNY": "ইউয়ান", "RUB": "রুবল",
    "JPY": "ইয়েন", "MYR": "রিঙ্গিত", "SAR": "রিয়াল", "AED": "দিরহাম", "percent": "শতাংশ", "km": "কিলোমিটার",
    "km2": "বর্গকিলোমিটার", "m": "মিটার", "cm": "সেন্টিমিটার", "mile": "মাইল", "nautical mile": "নটিক্যাল মাইল",
    "hectare": "হেক্টর", "acre": "একর", "bigha": "বিঘা", "tonne": "টন", "kg": "কেজি", "g": "গ্রাম", "litre": "লিটার",
    "MW": "মেগাওয়াট", "GW": "গিগাওয়াট", "kW": "কিলোওয়াট", "year": "বছর", "month": "মাস", "week": "সপ্তাহ",
    "day": "দিন", "hour": "ঘণ্টা", "minute": "মিনিট", "second": "সেকেন্ড", "degC": "ডিগ্রি সেলসিয়াস",
    "degree": "ডিগ্রি", "floors": "তলা", "times": "গুণ", "rounds": "দফা", "people": "জন",
}
_MODS_BN = {"APPROX": "প্রায়", "MIN": "অন্তত", "MAX": "সর্বোচ্চ", "EQUAL_OR_MORE": "অন্তত",
            "EQUAL_OR_LESS": "সর্বোচ্চ", "MORE_THAN": "…-এর বেশি", "LESS_THAN": "…-এর কম"}
_SCALES_BN = [(1e7, "কোটি"), (1e5, "লাখ"), (1e3, "হাজার")]
_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _plain(x: float) -> str:
    """A number with at most two decimals and no trailing zeros, thousands grouped."""
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def number(x: float) -> str:
    """1800000000 -> "1.8 billion", 12000 -> "12,000", 2.5 -> "2.5" (never an exponent)."""
    for scale, word in _SCALES_EN:
        if abs(x) >= scale:
            return f"{_plain(round(x / scale, 2))} {word}"
    return _plain(x)


def number_bn(x: float) -> str:
    """The Bengali way, in Bengali digits: 1800000000 -> "১৮০ কোটি", 320000 -> "৩.২ লাখ"."""
    for scale, word in _SCALES_BN:
        # lakh and crore always (as the papers write them); thousand only for round thousands
        if abs(x) >= scale and (scale >= 1e5 or x % scale == 0):
            return f"{_plain(round(x / scale, 2)).replace(',', '')} {word}".translate(_BN_DIGITS)
    return _plain(x).replace(",", "").translate(_BN_DIGITS)


def quantity(value: float, unit: str, mod: str | None = None, *, lang: str = "en") -> str:
    """A quantity with its unit in the plural when it is not one, and its modifier in words."""
    if lang == "bn":
        body = f"{number_bn(value)} {_UNITS_BN.get(unit, unit)}"
        word = _MODS_BN.get(mod or "")
        if word and word.startswith("…"):
            return f"{body}{word[1:]}"
        return f"{word} {body}" if word else body
    if unit == "percent":
        body = f"{number(value)}%"
    else:
        one, many = _UNITS_EN.get(unit, (unit, unit))
        body = f"{number(value)} {one if value == 1 else many}"
    word = _MODS_EN.get(mod or "")
    if mod == "RANGE":
        return f"up to {body}"
    return f"{word} {body}" if word else body


def figure(value: float, unit: str, mod: str | None, lang: str) -> str:
    """A quantity for a table of an article in lang: English, and the Bengali way beside it for a
    Bengali article ("1.2 billion BDT · ১২০ কোটি টাকা")."""
    en = quantity(value, unit, mod)
    return f"{en} · {quantity(value, unit, mod, lang='bn')}" if lang == "bn" else en


def _date(v: str) -> str | None:
    """One ISO 8601 date of the shapes the time grammar writes, in words; None if unknown."""
    m = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}))?)?(?:T(\d{2}:\d{2}))?", v)
    if m:
        year, month, day, clock = m.groups()
        known_year = year != "XXXX"
        parts = []
        if day:
            parts.append(str(int(day)))
        if month and month != "XX":
            parts.append(_MONTHS[int(month) - 1])
        elif day:
            parts = [f"day {int(day)}", "of an unnamed month"]
        if known_year:
            parts.append(year)
        text = " ".join(parts) if parts else "a year not given"
        if not known_year and parts:
            text += " (year not given)"
        return f"{text}, {clock}" if clock else text
    m = re.fullmatch(r"(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d))?", v)
    if m:
        year, week, weekday = m.groups()
        if weekday:
            day = _DAYS[int(weekday) - 1]
            return f"a {day}" if week == "XX" else f"{day} of week {int(week)}, {year}"
        return f"week {int(week)} of {year}" if year != "XXXX" else f"week {int(week)}"
    if re.fullmatch(r"\d{3}", v):
        return f"the {v}0s"
    if re.fullmatch(r"\d{2}", v):
        n = int(v) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return None


_TIME_MODS = {"EARLY": "early {}", "MID": "mid-{}", "LATE": "late {}", "START": "from {}", "END": "until {}",
              "APPROX": "around {}", "BEFORE": "before {}", "AFTER": "after {}"}


def time_value(value: str, mod: str | None = None) -> str:
    """An ISO 8601 time value (with `X` for unknown parts, weeks, intervals) and its mod in words."""
    if "/" in value:
        a, _, b = value.partition("/")
        da, db = _date(a), _date(b)
        text = f"{da} – {db}" if da and db else None
    else:
        text = _date(value)
    if text is None:
        return value if not mod else f"{value} ({mod.lower()})"
    if mod in ("EARLY", "MID", "LATE") and text.startswith("the "):  # "the early 2020s"
        return "the " + _TIME_MODS[mod].format(text[4:])
    if mod in _TIME_MODS:
        return _TIME_MODS[mod].format(text)
    return f"{text} ({mod.lower()})" if mod else text
