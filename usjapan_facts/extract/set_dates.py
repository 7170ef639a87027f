"""Dates a sentence sets for a vote other than by its own words' date: moved to ('has been moved up to September 30'),
set as its day ('has set November 18 as the date'), or a date opening the sentence placed from another deed only in
apposition ('In March 2031, barely two months after taking office, the premier led the LDP to a win'). Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_dates import LOOSE
from usjapan_facts.extract.rules.base import has

_OFFSET_OPENING = re.compile(
    rf"^(?:In|On)\s+{p.MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}},\s+"
    r"(?:(?:barely|just|only|some|about|nearly|almost|roughly|less\s+than|more\s+than|fewer\s+than|under|over)\s+)?"
    r"(?:\w+|a|an)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\s+(?P<offset>[^,;]{1,60}),\s+(?P<deed>[^;]+)$",
    re.IGNORECASE,
)
_SET_LATER = re.compile(r"\b(?:call\w*|set(?:ting)?|schedul\w*|plan\w*|will|would|expect\w*)\b", re.IGNORECASE)


def offset_opening(text: str, election: str, other_deed: re.Pattern[str]) -> bool:
    """Tell whether the date opening a sentence is placed from another deed only by a phrase in apposition, the rest
    saying the election: 'In March 2031, barely two months after taking office, the premier led the LDP to a win in the
    lower-chamber election'. Never when the phrase names the election ('In May 2031, two months after the election, he
    resigned') or the rest another deed or a vote set for later."""
    found = _OFFSET_OPENING.match(text)
    if found is None or has(election, found.group("offset")) or p.dates(found.group("offset")):
        return False
    deed = found.group("deed")
    return has(election, deed) and not other_deed.search(deed) and not _SET_LATER.search(deed)


_MOVED = re.compile(
    r"\b(?:(?:moved|brought|pulled)\s+(?:up|forward|ahead)|advanced|rescheduled|pushed\s+back|postponed|delayed)"
    r"\s+(?:to|for|until)\s+",
    re.IGNORECASE,
)


def moved_to(text: str, noun: re.Pattern[str]) -> list[re.Match[str] | None]:
    """The loose dates (`LOOSE`) an election's date is moved to, after a `noun` of the election: 'the election to choose
    his successor, which would otherwise have been held by December, has been moved up to September 30'."""
    if "ed " not in text:  # each verb of a moved date ends so
        return []
    return [LOOSE.match(text, found.end()) for found in _MOVED.finditer(text) if noun.search(text, 0, found.start())]


_SET_AS = re.compile(
    rf"\b(?:set|sets|fixed|fixes|scheduled|designated|named|picked|chose|chosen)\s+(?=(?:{p.MONTH})\s+[^,;]{{0,12}}?\b"
    r"as\s+(?:the\s+)?(?:date|day|polling\s+day|election\s+day|voting\s+day)\b)",
    re.IGNORECASE,
)
"""A date an authority sets for the vote: 'the prefecture has set November 18 as the date on which voters will choose a
governor', 'has fixed July 10 as polling day'."""


def set_as(text: str) -> list[re.Match[str] | None]:
    """The loose dates (`LOOSE`) set as a vote's day (`_SET_AS`)."""
    if " as " not in text:
        return []
    return [LOOSE.match(text, found.end()) for found in _SET_AS.finditer(text)]


__all__ = ["moved_to", "offset_opening", "set_as"]
