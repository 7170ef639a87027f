"""A date counted back from the cover: 'a year ago this month', 'two months ago', 'last month', 'three years ago next
month', 'in April of last year', 'last April 29'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import MONTH, MONTHS, NUMBER, number_of

_AGO = re.compile(
    rf"\b(?P<n>an?|one|{NUMBER})\s+(?P<unit>year|month)s?\s+ago(?:\s+(?P<month>this|next|last)\s+month"
    rf"|\s+(?:this|in)\s+(?P<amonth>{MONTH}))?\b"
    r"|\b(?P<last>last|this)\s+month\b"
    rf"|\b(?:(?P<named>{MONTH})\s+(?:of\s+)?)?(?P<year>last|this)\s+year\b(?!\W?s\b)"
    rf"|\blast\s+(?P<lmonth>{MONTH})(?:\s+(?P<lday>[12]\d|3[01]|0?[1-9]))?\b(?!,?\s*\d{{4}}|\s*[-\u2013]\s*\d)",
    re.IGNORECASE,
)


_MONTH_STEP = {"this": 0, "next": 1, "last": -1}


def counted_back(clause: str, updated: str) -> str | None:
    """The date a clause counts back from the cover ('a year ago this month', 'two months ago', 'last month', 'three
    years ago next month': the month after the cover's, three years before): a month where it names one, else the
    year; None for a clause that counts no span, or two."""
    found = list(_AGO.finditer(clause))
    if len(found) != 1:
        return None
    match = found[0]
    months = int(updated[:4]) * 12 + int(updated[5:7]) - 1
    if match.group("lmonth"):  # 'last April 29' in February 2016: the latest April before the cover's month
        month = MONTHS.index(match.group("lmonth").capitalize()) + 1
        year = int(updated[:4]) - (1 if month >= int(updated[5:7]) else 0)
        day = f"-{int(match.group('lday')):02d}" if match.group("lday") else ""
        return f"{year}-{month:02d}{day}"
    if match.group("year"):  # 'in April of last year': that month of the year before the cover's
        year = int(updated[:4]) - (1 if match.group("year").lower() == "last" else 0)
        named = match.group("named")
        return f"{year}-{MONTHS.index(named) + 1:02d}" if named else str(year)
    if match.group("last"):
        months -= 1 if match.group("last").lower() == "last" else 0
    else:
        number = 1 if match.group("n").lower() in {"a", "an", "one"} else number_of(match.group("n"))
        if number is None:
            return None
        if match.group("unit").lower() == "year" and match.group("amonth"):  # 'three years ago this April'
            return f"{int(updated[:4]) - int(number)}-{MONTHS.index(match.group('amonth').capitalize()) + 1:02d}"
        if match.group("unit").lower() == "year":
            if not match.group("month"):
                return str(int(updated[:4]) - int(number))
            number = int(number) * 12 - _MONTH_STEP[match.group("month").lower()]
        months -= int(number)
    return f"{months // 12}-{months % 12 + 1:02d}"


def past_semicolon(text: str, found: re.Match[str], before: int, updated: str) -> int:
    """Where the stretch of the event's words starts, past a semicolon before them, where that stretch counts its own
    date back from the cover (a date before the semicolon is then another deed's); else 0, as where the stretch
    counts from the date before ('...; the following day they announced talks')."""
    semi = text.rfind(";", 0, found.start()) + 1
    return semi if semi < before and counted_back(semicolon_stretch(text, found), updated) else 0


def semicolon_stretch(text: str, found: re.Match[str]) -> str:
    """The stretch of a sentence between the semicolons around the event's words."""
    return text[text.rfind(";", 0, found.start()) + 1 : (text.find(";", found.end()) + 1 or len(text) + 1) - 1]


__all__ = ["counted_back", "past_semicolon", "semicolon_stretch"]
