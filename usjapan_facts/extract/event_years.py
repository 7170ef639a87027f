"""The year an event's sentence leaves unsaid: a month named alone ('In early April, ...'), 'in April of that year',
a sentence a year opens ('Since 2019, when talks opened in April'), or a year named with no month."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import DatedEvent

WILL = re.compile(r"\b(?:will|would|set\s+to|due\s+to|scheduled|expected|slated|unless)\b", re.IGNORECASE)
"""Words of a deed to come: a date after the cover is the event's only where its clause says it is to come."""
DUE = re.compile(
    r"\b(?:expires|lapses|ends|runs\s+out|takes\s+effect|begins|starts|opens|closes|convenes)\s+(?:on|in)\s+"
    rf"{p.MONTH_WORD}",
    re.IGNORECASE,
)
"""A scheduled deed told in the present ('the 10% charge lapses on July 23'): a date to come, as 'will' says."""
MONTH_NAME = re.compile(rf"{p.MONTH_WORD}\b")
BARE_DAY = re.compile(
    rf"{p.MONTH_WORD}\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}}|\s*(?:[-\u2013]|and|to|through|till|until)\s*(?:{p.MONTH_WORD}\s+)?\d)"
)
"""A day named without its year, not the first of a span: 'on April 29', never 'on April 15-16', 'April 15 and 16' or
'from April 15 to April 16, 2019'."""


def bare_months(clause: str) -> set[int]:
    """The months a clause names without a year: 'held in April of that year', 'on April 15-16'."""
    dated = [match.span() for _, match in p.dates(clause)]
    return {
        p.month_number(found.group(0))
        for found in MONTH_NAME.finditer(clause)
        if not any(start <= found.start() < end for start, end in dated)
    }


STATUTE_YEAR = re.compile(r"\b(?:Act|Code)\s+of\s+(?:19|20)\d{2}\b")
"""A statute's year ('the Trade Expansion Act of 1962'): the law's name, never a date the sentence gives."""


def without_statutes(text: str) -> str:
    """`text` with each statute's year (STATUTE_YEAR) blanked; one naming no 'Act' or 'Code' is not scanned."""
    return STATUTE_YEAR.sub(" ", text) if "Act" in text or "Code" in text else text


def yearless(
    text: str, clause: str, before: int, event: DatedEvent, borrowed: tuple[str, ...], updated: str
) -> str | None:
    """The date of a sentence that names a month but no year ('In early April, ...', a timeline's 'April 7: ...'), in
    the year its context gives (`borrowed`, the likeliest first: only that one for an event open to later years, the
    first within its years for one declared to fall in a closed span), for an event declared to fall in that year or
    later; never after the cover date unless its clause says it is to come."""
    if event.since is None or not borrowed or p.YEAR.search(without_statutes(text)):
        return None
    closed = [year for year in borrowed if year and event.since <= int(year) <= event.until] if event.until else []
    # an open event's year is never one its context names after the cover's ('runs out in March 2027' beside it)
    years = closed if event.until else [year for year in borrowed[:1] if year and year <= updated[:4]]
    if not event.until and event.since == int(updated[:4]) and (not years or int(years[0]) < event.since):
        years = [updated[:4]]  # an event of the cover's year at the earliest, its context's year unsure or before it
    where = clause if bare_months(clause) else text[:before]
    months = bare_months(where)
    if len(months) != 1 or not years:
        return None
    date = f"{years[0]}-{months.pop():02d}"
    day = BARE_DAY.search(where)
    date = f"{date}-{int(day.group('day')):02d}" if day is not None else date
    return date if date <= updated[: len(date)] or WILL.search(clause) or DUE.search(clause) else None


_OF_THAT_YEAR = re.compile(rf"{p.MONTH_WORD}\s+(?:\d{{1,2}}\s+)?of\s+that\s+year\b")
_YEAR_OPENS = re.compile(r"\W*(?:In\s+(?:early\s+|late\s+)?(?:19|20)\d\d,\s|Since\s+(?:19|20)\d\d,\s+when\b)")


def that_year(text: str, clause: str) -> set[str]:
    """The years a sentence names alone, for a clause dated in a month 'of that year' ('Abe's 2015 address to
    Congress, delivered in April of that year') or in a sentence a year opens ('Since 2019, when talks opened in
    April'); none for a clause that does not say so."""
    if not _OF_THAT_YEAR.search(clause) and not _YEAR_OPENS.match(text):
        return set()
    return {match.group("year") for match in p.YEAR.finditer(without_statutes(text))}


def year_alone(text: str) -> str | None:
    """The one year a text dates the event by, when it names no month: 'In 2015, Abe addressed Congress'."""
    years = {match.group("year") for match in p.YEAR.finditer(text)}
    return years.pop() if len(years) == 1 and not bare_months(text) else None
