"""The dates a sentence gives, however it says them, for the reader of deeds by roles (`deed_roles`).

A date written whole ('October 7, 2019', 'March 2023', 'in 2019'); a day or month named without its year, in the year
the sentence, the one before it, its heading or the cover gives ('on October 7', 'on January 22' in a text of 2016); a
month counted from the cover ('this January', 'last March'); a day or year counted from another date of the sentence
('January 1 of the following year', 'October 7 of that year', 'that year'); a year's first day in words ('New Year's
Day 2020', 'the first day of 2020'). Each with the word before it: a date after 'before', 'after', 'until', 'by' or
'through' bounds a deed in time and is never its own date. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.event_years import STATUTE_YEAR

_MONTH = p.MONTH_WORD
_FIRST_DAY = re.compile(
    r"\b(?:New\s+Year[\u2019']s\s+Day,?\s+|the\s+first\s+day\s+of\s+)(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)
_COUNTED = re.compile(
    rf"\b(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}}))?,?\s+of\s+(?P<which>that|the\s+(?:following|next|same))\s+year\b"
    rf"|\bthe\s+(?P<next>following|next)\s+(?P<month2>{_MONTH})(?:\s+(?P<day2>\d{{1,2}}))?\b(?!,?\s*\d{{4}})"
)
"""A day counted from the sentence's other date: 'January 1 of the following year', 'October 7 of that year', 'the
following January'."""
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b(?!\W?s\b)", re.IGNORECASE)
"""The year the sentence named, pointed back to."""
_FROM_COVER = re.compile(rf"\b(?P<which>this|last)\s+(?P<month>{_MONTH})\b(?!\s+\d)")
"""A month counted from the cover: 'signed this January', 'a critical minerals agreement signed last March'."""
_OF_COVER_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}}))?,?\s+of\s+(?P<which>this|last|next)\s+year\b", re.IGNORECASE
)
"""A day or month in a year counted from the cover: 'signed in January of last year'."""
_BARE = re.compile(
    rf"\b(?:(?:early|mid|late)[- ])?(?P<month>{_MONTH})"
    r"(?:\s+(?P<day>\d{1,2})(?!\d|\s*[-\u2013]\s*\d|,?\s*(?:19|20)\d\d))?\b(?!,?\s*(?:19|20)\d\d)"
)
"""A day or month written without its year."""
_YEAR = re.compile(r"(?<![\w$.-])(?P<year>(?:19|20)\d{2})\b(?![-\u2013]\d|\s*(?:percent|%))")
_BOUND = re.compile(
    r"\b(?:before|after|until|till|by|through|following|prior\s+to|ahead\s+of|no\s+later\s+than|within)\s+"
    r"(?:(?:about|around|roughly|approximately)\s+)?(?:(?:early|mid|late)[- ]|the\s+(?:end|start|beginning)\s+of\s+)?$",
    re.IGNORECASE,
)
"""The words before a date that bound a deed by it rather than date it: 'three months after October 7, 2019', 'or by
about the end of April 2020'."""


@dataclass(frozen=True)
class Said:
    """One date a sentence gives: its value at the precision written, where it stands, and whether it only bounds."""

    value: str
    start: int
    end: int
    bound: bool


def _year_of(years: set[str]) -> str | None:
    return next(iter(years)) if len(years) == 1 else None


def written_years(text: str) -> set[str]:
    """The years a text writes, a statute's aside ('the Trade Act of 1974')."""
    return {found.group("year") for found in _YEAR.finditer(STATUTE_YEAR.sub(" ", text))}


def dates_said(text: str, context: tuple[str, ...], cover: str) -> list[Said]:
    """The dates `text` gives, in order; `context` holds the sentence before and the heading, whose one year (in that
    order) dates a day the sentence names without its year, else the cover's (the year before for a day after it)."""
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(value: str, start: int, end: int) -> None:
        if not any(start < stop and end > begin for begin, stop in taken):
            found.append((value, start, end))
            taken.append((start, end))

    for match in _FIRST_DAY.finditer(text):
        add(f"{match.group('year')}-01-01", match.start(), match.end())
    for value, match in p.dates(text):
        add(value, match.start(), match.end())
    own = written_years(text)
    reference = _year_of({value[:4] for value, _, _ in found}) or _year_of(own)
    for match in _COUNTED.finditer(text) if reference else ():
        which = (match.group("which") or match.group("next") or "").lower()
        counted = int(reference or 0) + (0 if which in ("that", "the same") else 1)
        day = match.group("day") or match.group("day2")
        add(_value(counted, match.group("month") or match.group("month2"), day), match.start(), match.end())
    for match in _THAT_YEAR.finditer(text) if reference else ():
        add(
            str(reference), match.start(), match.end()
        )  # 'the 2020 Digital Trade Agreement, which took effect that year'
    for match in _OF_COVER_YEAR.finditer(text):
        shift = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
        add(_value(int(cover[:4]) + shift, match.group("month"), match.group("day")), match.start(), match.end())
    for match in _FROM_COVER.finditer(text):
        ahead = p.month_number(match.group("month")) >= int(cover[5:7])
        year = int(cover[:4]) - (1 if match.group("which").lower() == "last" and ahead else 0)
        add(_value(year, match.group("month"), None), match.start(), match.end())
    around = _year_of(own) or next(filter(None, (_year_of(written_years(said)) for said in context)), None)
    for match in _BARE.finditer(text):
        if match.group("day") is None and match.group("month") == "May" and not match.start():
            continue  # 'May ...' opening a sentence: the verb as often as the month
        value = _value(int(around or cover[:4]), match.group("month"), match.group("day"))
        if around is None and value > cover[: len(value)]:
            value = _value(int(cover[:4]) - 1, match.group("month"), match.group("day"))
        add(value, match.start(), match.end())
    for match in _YEAR.finditer(STATUTE_YEAR.sub(lambda m: " " * len(m.group(0)), text)):
        add(match.group("year"), match.start(), match.end())
    return [
        Said(value, start, end, _BOUND.search(text, max(0, start - 40), start) is not None)
        for value, start, end in sorted(found, key=lambda item: item[1])
    ]


def _value(year: int, month: str, day: str | None) -> str:
    number = p.month_number(month)
    return f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"


__all__ = ["Said", "dates_said", "written_years"]
