"""Bengali calendar dates to Gregorian ones.

Bangladesh uses the revised calendar (2019 revision): Boishakh 1 is 14 April; Boishakh to
Ashwin have 31 days, Falgun 29 (30 when the Gregorian February has 29), the rest 30.
West Bengal keeps the traditional sidereal calendar, whose month starts move by a day from
year to year; the table below gives their usual Gregorian start dates (accurate to a day).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

_REVISED_LENGTHS = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30]
# Usual start of each traditional month: (Gregorian month, day), Boishakh first.
_TRADITIONAL_STARTS = [(4, 14), (5, 15), (6, 15), (7, 17), (8, 17), (9, 17),
                       (10, 18), (11, 17), (12, 16), (1, 15), (2, 13), (3, 15)]


def bengali_year_start(bengali_year: int) -> date:
    return date(bengali_year + 593, 4, 14)


def month_start(bengali_year: int, month: int, region: str | None) -> date:
    """First day (Gregorian) of Bengali month 1-12 of the given Bengali year."""
    if region == "IN":
        gm, gd = _TRADITIONAL_STARTS[month - 1]
        gy = bengali_year + 593 + (1 if gm < 4 else 0)
        return date(gy, gm, gd)
    start = bengali_year_start(bengali_year)
    days = sum(_month_length(bengali_year, m) for m in range(1, month))
    return start + timedelta(days=days)


def _month_length(bengali_year: int, month: int) -> int:
    if month == 11 and calendar.isleap(bengali_year + 594):
        return 30  # Falgun in a Gregorian leap year
    return _REVISED_LENGTHS[month - 1]


def month_end(bengali_year: int, month: int, region: str | None) -> date:
    if month == 12:
        return month_start(bengali_year + 1, 1, region) - timedelta(days=1)
    return month_start(bengali_year, month + 1, region) - timedelta(days=1)


def to_gregorian(bengali_year: int, month: int, day: int, region: str | None) -> date:
    return month_start(bengali_year, month, region) + timedelta(days=day - 1)


def bengali_year_of(d: date, region: str | None = None) -> int:
    return d.year - 593 if d >= month_start(d.year - 593, 1, region) else d.year - 594
