"""A row of a political calendar (a table 'Date | Event | Status', or a timeline's dated line) on the Diet's next
election or the Lower House's deadline: 'February 2030 event: Latest date for the next House of Representatives
election', 'July 2028 status: Scheduled; the next national election'; or a list item's label line the Lower House's
deadline points back to ('Outer limit: October 2028. The newly elected lower chamber must face the voters by then.').
A table's row reaches the rules as one labelled sentence a cell (`word_tables`), its date first and its column's name
before the colon. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.japan import LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.rules.base import has
from usjapan_facts.extract.rules.if10199.national_votes import NATIONAL

_ENTRY = re.compile(
    rf"^\W*(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s+)?(?:19|20)\d{{2}})(?:\s+(?:event|status|note|description|what))?:\s+"
    r"(?P<item>.{3,160})$",
    re.IGNORECASE,
)
"""A dated calendar entry: its date, a column's name perhaps ('event', 'status'), then what the row says."""
_DEADLINE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:latest|last)\s+(?:possible\s+)?date|deadline|outer\s+limit)\s+(?:for|of|by\s+which)\s+"
    rf"(?:the\s+|a\s+)?(?:next\s+)?(?:{LOWER_HOUSE[2:]}|general)(?:'s)?\s+elections?\b",
    re.IGNORECASE,
)
"""What names the date the Lower House's election must come by: 'Latest date for the next House of Representatives
election', 'Deadline for a general election'."""
_NEXT = re.compile(r"\b(?:the\s+)?next\s+(?:national|nationwide|Diet)\s+(?:election|vote)\b", re.IGNORECASE)


def _entry(text: str) -> tuple[str, str] | None:
    found = _ENTRY.match(text) if ":" in text else None
    if found is None or not (dated := p.dates(found.group("date"))):
        return None
    return dated[0][0][:7], found.group("item")


_LABEL_DATE = re.compile(rf"^\W*[A-Z][^:;]{{2,40}}:\s+(?P<date>{p.MONTH}\s+(?:19|20)\d{{2}})\.?$")
"""A list item's label line giving a month alone: 'Outer limit: October 2028.'"""
_BY_THEN = re.compile(
    rf"{LOWER_HOUSE}[^;]{{0,60}}?\b(?:must|has\s+to|is\s+required\s+to)\s+(?:face\s+(?:the\s+)?(?:voters|electorate|polls)"
    r"|go\s+to\s+the\s+polls|be\s+(?:re-?)?elected|hold\s+(?:an?\s+|its\s+next\s+)?elections?)\s+(?:by|before)\s+then\b",
    re.IGNORECASE,
)
"""The Lower House's deadline pointing back to the label line before: 'The newly elected lower chamber must face the
voters by then.'"""


def calendar_deadline(text: str, before: str = "") -> str | None:
    """The month a calendar row gives as the latest date of the Lower House's election, or the label line `before`
    it gives when the sentence says the chamber must face the voters 'by then'; else None."""
    if (
        "then" in text
        and (label := _LABEL_DATE.match(before)) is not None
        and (must := _BY_THEN.search(text)) is not None
        and not has(rf"{UPPER_HOUSE}|\b(?:not|no|never)\b", text[: must.end()])
    ):
        return written_date(label.group("date"))
    entry = _entry(text)
    if entry is None or not _DEADLINE.match(entry[1]) or has(UPPER_HOUSE, entry[1]):
        return None
    return entry[0]


def calendar_next(text: str) -> str | None:
    """The month a calendar row gives the next national election ('July 2028 status: Scheduled; the next national
    election'), or None; never a Lower House date alone, which the Upper House's regular vote may come before."""
    entry = _entry(text)
    if entry is None or not _NEXT.search(entry[1]):
        return None
    if has(NATIONAL, entry[1]) and has(LOWER_HOUSE, entry[1]) and not has(UPPER_HOUSE, entry[1]):
        return None
    return entry[0]


__all__ = ["calendar_deadline", "calendar_next"]
