"""Dates written in the other orders and shapes a writer may use, put in the brief's own: 'October 27, 2024'.

The brief writes 'October 27, 2024', 'October 2024' and 'October 27'; a reworded text may write 'the 27th of
October 2024', '27 October 2024', 'the twenty-seventh of October', '10/27/2024' (month first, as U.S. texts do)
or 'Oct. 2024'. Every reader of a date reads the brief's shape, so the others are put in it once, here. A shape
that is not surely a date ('27 October' or 'the 12th March' with neither 'of' nor a year, '13/10/2024') is left as
it stands, and no date is read across a line's end (a layout's lines may be two columns').
Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract.parsers import MONTH, MONTHS

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
_ORDINALS: dict[str, int] = {
    **{word: at + 1 for at, word in enumerate(_UNITS)},
    **{word: at + 10 for at, word in enumerate((*_TEENS, "eighteenth", "nineteenth"))},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": at + 21 for at, word in enumerate(_UNITS)},
    "thirty-first": 31,
}
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_YEAR = r"(?:,?[ \t]+(?P<year>(?:19|20)\d{2})\b)"
_DAY_FIRST = re.compile(
    rf"\b(?:(?P<the>[Tt]he[ \t]+)?(?P<day>[12]\d|3[01]|0?[1-9])(?P<suffix>st|nd|rd|th)?"
    rf"|[Tt]he[ \t]+(?P<word>{_ORDINAL_WORD}))"
    rf"[ \t]+(?P<of>of[ \t]+)?(?P<month>{MONTH})\b{_YEAR}?"
)
"""'the 27th of October 2024', '27 October 2024', 'the eighth of July, 2022', 'the 21st of July'."""
_SLASHED = re.compile(r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>(?:19|20)\d{2})\b")
"""'10/31/2021', month first; a day above 12 first ('31/10/2021') matches no month and stays."""
_SHORT = {
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Sept": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}
_SHORT_MONTH = re.compile(
    r"\b(?P<month>" + "|".join(_SHORT) + r")(?:\.[ \t]*|[ \t]+)(?=(?:[12]\d|3[01]|0?[1-9])\b|(?:19|20)\d{2}\b)"
)
"""A month shortened before its day or year: 'Sept. 2022', 'Oct. 22, 2017', 'Sep 25'."""


def _day_first(match: re.Match[str]) -> str:
    if not (
        match.group("year")
        or (match.group("of") and (match.group("the") or match.group("suffix") or match.group("word")))
    ):
        return match.group(0)  # '27 October', 'the 12th March', 'the 27 October reforms': not surely a date
    the = (match.group("the") or "") if not (match.group("suffix") or match.group("of")) else ""
    day = _ORDINALS[match.group("word").lower()] if match.group("word") else int(match.group("day"))
    month = match.group("month")
    if match.group("year") is None:
        return f"{the}{month} {day}"
    try:
        dt.date(int(match.group("year")), MONTHS.index(month) + 1, day)
    except ValueError:
        return match.group(0)
    return f"{the}{month} {day}, {match.group('year')}"


def _slashed(match: re.Match[str]) -> str:
    month, day, year = int(match.group("month")), int(match.group("day")), int(match.group("year"))
    try:
        dt.date(year, month, day)
    except ValueError:
        return match.group(0)
    return f"{MONTHS[month - 1]} {day}, {year}"


def brief_dates(text: str) -> str:
    """Return `text` with each date written in another order or shape put in the brief's: 'Month D, YYYY'."""
    if "/" in text:
        text = _SLASHED.sub(_slashed, text)
    text = _SHORT_MONTH.sub(lambda match: f"{_SHORT[match.group('month')]} ", text)
    return _DAY_FIRST.sub(_day_first, text)
