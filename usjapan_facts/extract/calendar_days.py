"""Days of the calendar built from a text's pieces: a month and a day number that may name no day ('February 30',
'the 31st' of a 30-day month). Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p


def day_of(month: str, day: int | str) -> str | None:
    """The day of `month` ('2022-07') numbered `day`, as an ISO date; None when the month has no such day."""
    try:
        return dt.date.fromisoformat(f"{month}-{int(day):02d}").isoformat()
    except ValueError:
        return None


def is_day(date: str) -> bool:
    """Whether an ISO date ('2031-04-31') is a day of the calendar."""
    return len(date) == 10 and day_of(date[:7], date[8:]) is not None


def months_ahead(date: str, updated: str) -> int:
    """How many months the month of `date` comes after the cover date's; a date given only to the year ('by 2028')
    counts to its last month."""
    month = int(date[5:7]) if len(date) >= 7 else 12
    return (int(date[:4]) - int(updated[:4])) * 12 + month - int(updated[5:7])


def far_day(month: str, cover: str, near: int) -> bool:
    """Tell whether the month ('2020-07') of a day written without its year, placed by a tense alone over half a year
    ahead of the cover's, has the same month within `near` months before it: a brief writes the year of a day so far
    ahead ('In the July 21 election ..., ... they will seek', a column's 'will' glued on, in August 2019, is the July
    just past), so which is unsure. A day told in the past may lie a year back ('On September 28, voters chose')."""
    return months_ahead(month, cover) > 6 and any(
        -near <= months_ahead(f"{year}{month[4:]}", cover) <= 0
        for year in range(int(cover[:4]) - 1, int(cover[:4]) + 1)
    )


_OF_COVER_YEAR = re.compile(
    rf"\b(?P<day>{p.MONTH}\s+\d{{1,2}}),?\s+of\s+(?P<which>this|last|next)\s+year\b(?!\W?s\b)", re.IGNORECASE
)
_FIRST_OF_COVER_YEAR = re.compile(
    r"\b(?:the\s+first\s+day\s+of|New\s+Year['\u2019]s\s+Day(?:,?\s+of)?)\s+(?P<which>this|last|next)\s+year\b(?!\W?s\b)",
    re.IGNORECASE,
)
"""A year's first day counted from the cover's year: 'the first day of last year', 'New Year's Day this year'."""
_STEP = {"this": 0, "last": -1, "next": 1}


def cover_years_written(text: str, cover: dt.date | None) -> str:
    """The text with each day whose year is counted from the cover's written in full ('February 20 of this year' in a
    2026 brief -> 'February 20, 2026', 'the first day of last year' in a 2021 one -> 'January 1, 2020'), so that a
    reader of written dates reads it; unchanged without a cover."""
    if cover is None:
        return text
    text = _FIRST_OF_COVER_YEAR.sub(lambda m: f"January 1, {cover.year + _STEP[m.group('which').lower()]}", text)
    return _OF_COVER_YEAR.sub(lambda m: f"{m.group('day')}, {cover.year + _STEP[m.group('which').lower()]}", text)


def written_date(written: str) -> str | None:
    """The date a piece of text written as one date gives ('July 22, 2025' -> '2025-07-22'); None when it names no day
    of the calendar ('June 31, 2025'): a misprinted day is no date, never a failed reading."""
    found = p.dates(written)
    return found[0][0] if found else None


YEARLESS_DAY = re.compile(rf"\b(?P<month>{p.MONTH_WORD})\s+(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d)(?!\s*[-\u2013]\s*\d)")
"""A day named without its year ('on April 7'), never one of a span ('April 15-16')."""


def yearless_day(text: str, year: str, cover: str) -> str | None:
    """The one day a sentence names without its year, in `year` (the one its context gives), as an ISO date; None
    when it names none, more than one, or a date with its year too, or when that day comes after the cover date (which
    year it is in is then unsure)."""
    days = [*YEARLESS_DAY.finditer(text)]
    if not year or len(days) != 1 or p.dates(text):
        return None
    day = day_of(f"{year}-{p.month_number(days[0].group('month').title()):02d}", days[0].group("day"))
    return day if day is not None and day <= cover else None


__all__ = [
    "YEARLESS_DAY",
    "cover_years_written",
    "day_of",
    "far_day",
    "is_day",
    "months_ahead",
    "written_date",
    "yearless_day",
]
