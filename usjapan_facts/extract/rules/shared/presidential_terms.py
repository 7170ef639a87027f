"""Whose term a U.S. president's mention falls in: inaugurations every four years on January 20, a past deed dated by
a month with no year, a co-actor called 'then-X', a term known to have ended by the cover date. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import out_of_office
from usjapan_facts.extract.rules.base import PAST, Fields
from usjapan_facts.extract.rules.shared import tenure

_YEARLESS_AT = re.compile(
    rf"(?:[^,;.]{{0,40}}?\s)?(?:in|on)\s+(?:(?:early|mid|late)[- ]?)?(?P<month>{p.MONTH_WORD})\b"
    r"(?:\s+(?P<day>\d{1,2})\b)?(?!,?\s*\d{4}|\s+of\b)"
)
"""A month with no year after a president's name: 'visited Pearl Harbor with President Obama on December 27'."""
_AHEAD = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?|expected|scheduled|due)\b")
_THEN_OTHER = re.compile(
    r"\bthen[-\u2010\u2011]\s*[A-Z]|\bthen\s+(?:Prime|President|Premier|Vice|Secretary|Minister|Chancellor|U\.S\.)\b"
)
"""A co-actor called 'then-X' sets the clause's deed in the past: 'talks that President Obama and then-Prime Minister
Noda agreed to hold' names no sitting leader, the one without 'then-' included (a president only if the clause
dates the deed after the last inauguration before the cover)."""
_CLAUSE_END = re.compile(r"[,;:()\u2014]")


def with_then_other(text: str, start: int, end: int) -> bool:
    """Tell whether the clause of the title at `start` (its name ending at `end`) calls another person 'then-X'."""
    if "then" not in text:
        return False
    opening = max((found.end() for found in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closing = _CLAUSE_END.search(text, end)
    clause = text[opening : closing.start() if closing else len(text)]
    return bool(_THEN_OTHER.search(clause.replace(text[start:end], " ")))


def sworn_in_since(date: str, cover: dt.date) -> bool:
    """Whether a president took office (January 20 of 2017, 2021, 2025, ...) after the first day `date` ('2025-07')
    may mean and by `cover`: if not, whoever held the office on `date` still holds it."""
    year, month, day = (int(part) for part in (date + "-01-01")[:10].split("-"))
    start = dt.date(year, month, day)
    return any(start < dt.date(y, 1, 20) <= cover for y in range(year, cover.year + 1) if y % 4 == 1)


def before_inauguration(text: str, match: re.Match[str], cover: dt.date | None) -> bool:
    """Tell whether a president's past deed, dated by a month with no year, came before the last inauguration."""
    month = _YEARLESS_AT.match(text, match.end())
    clause = text[text.rfind(";", 0, match.start()) + 1 : month.end() if month else 0]
    if month is None or cover is None or not tenure.PAST_WORD.search(clause) or _AHEAD.search(clause):
        return False
    number = p.month_number(month.group("month"))
    day = int(month.group("day") or 0) or 28  # a month alone (or a day 0 no calendar has): after all of it
    return sworn_in_since(f"{cover.year - (number > cover.month)}-{number:02d}-{min(day, 28):02d}", cover)


def past_term(family: str, hints: Fields, text: str, cover: dt.date | None) -> bool:
    """Tell whether a president's mention told as past (marked so, or in a sentence whose verbs are all past: 'Abe had
    met President Trump') is of a term known to have ended by the cover date: his old title, not who sits now."""
    told_as_past = hints.get("_when") == PAST or (tenure.PAST_WORD.search(text) and not tenure.PRESENT.search(text))
    return bool(told_as_past) and cover is not None and out_of_office(family, cover)


def this_term(date: object, cover: dt.date | None) -> bool:
    """Tell whether a deed of `date` falls in the presidential term the cover date falls in."""
    return isinstance(date, str) and cover is not None and not sworn_in_since(date, cover)


__all__ = ["before_inauguration", "past_term", "sworn_in_since", "this_term", "with_then_other"]
