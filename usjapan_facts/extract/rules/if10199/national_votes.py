"""A national election named, and dated by pointing: the words of a vote of the whole Diet or either chamber ('the
next nationwide election', 'elections to the upper house'), a date a clause names only by pointing back to one named
before it ('no national vote need be held before then', 'none comes sooner'), and a list item or timeline entry on
the next national election ('Next national election: July 2028'). Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.election_dates import STEP_FROM_COVER
from usjapan_facts.extract.japan import LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.rules.base import has
from usjapan_facts.extract.rules.readings import another_country_before
from usjapan_facts.extract.word_choice import letter_first

NATIONAL = letter_first(
    rf"(?:{UPPER_HOUSE}|{LOWER_HOUSE}|\b(?:Diet|national|nationwide|parliamentary|general))(?:'s)?\s+(?:next\s+)?(?:regular\s+|scheduled\s+)?elections?\b"
    rf"|(?:{UPPER_HOUSE}|{LOWER_HOUSE})(?:'s)?\s+(?:contests?|races?)\b"
    r"|\b(?:Diet|national|nationwide|parliamentary|general)\s+(?:votes?|contests?|polls|ballots?)\b"
    r"|\bvoters\s+(?:will\s+)?(?:next|not)\s+(?:go|head|return)\s+to\s+the\s+polls\b"
    r"|\b(?:need\s+not|does\s+not\s+have\s+to|must|will\s+(?:next\s+)?have\s+to)\s+face\s+(?:the\s+)?(?:voters|electorate)\b"
    rf"|(?:{UPPER_HOUSE}|{LOWER_HOUSE}),?\s+whose\s+(?:next\s+)?(?:regular\s+|scheduled\s+)?elections?\b"
    rf"|\bnext\s+(?:regular\s+)?(?:contest|vote|poll|ballot|election)s?\b,?\s+(?:for|of)\s+(?:half\s+(?:of\s+)?)?(?:the\s+)?"
    rf"(?:seats\s+in\s+the\s+)?(?:{UPPER_HOUSE}|{LOWER_HOUSE})"
    r"|\bvoters\s+will\s+(?:choose|elect|fill|renew)\s+(?:all\s+(?:\d{3}\s+)?(?:members|seats)\s+(?:of|in)\s+|a\s+new\s+)?"
    rf"(?:the\s+)?(?:{UPPER_HOUSE}|{LOWER_HOUSE})"
)
NATIONAL_WORDS = ("election", "vote", "contest", "race", "poll", "ballot", "face")
"""A word (lower case) each match of `NATIONAL` or `NATIONAL_FOR` holds: a clause without any is spared them."""
NATIONAL_FOR = rf"\belections?\s+(?:for|to)\s+(?:the\s+)?(?:Diet's\s+)?(?:{UPPER_HOUSE}|{LOWER_HOUSE}|Diet)"

_BACK = re.compile(
    r"\b(?:before|until|till|ahead\s+of|prior\s+to)\s+(?:then|that\s+(?:date|time|point|month))\b"
    r"|\b(?:sooner|earlier)\b(?!\s+than\b)",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:no|not|none|nothing|neither|nor)\b|n't\b", re.IGNORECASE)
"""Only a denied clause makes the date pointed back to the next one: 'An early vote could come before then' does not."""
_WHOLE = re.compile(r"\b(?:national|nationwide|Diet|parliamentary)\b", re.IGNORECASE)
"""A vote of the whole Diet: 'no Lower House election before then' leaves the Upper House's free to come first."""


def date_pointed_back(clause: str, earlier: str, before: str) -> str | None:
    """The date 'then' or 'sooner' stands for in a denied clause: the last date named in the sentence's `earlier`
    clauses, else in the sentence `before` it; None where the clause points back to none, is not denied, or names a
    date of its own (then 'earlier' is earlier than that date, which the clause itself gives)."""
    if not _BACK.search(clause) or not _DENIED.search(clause) or not _WHOLE.search(clause) or p.dates(clause):
        return None  # 'No national election is required before December 2018, though ... may dissolve it earlier'
    named = p.dates(earlier) or p.dates(before)
    return named[-1][0] if named else None


_LABELLED = re.compile(
    rf"^\W*(?:(?P<label>[^:;]{{3,60}}):\s+(?P<date>(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})\b"
    rf"|(?P<first>{p.MONTH}\s+(?:19|20)\d{{2}}):\s+(?P<item>[^;]{{3,160}}))"
)


def labelled_next(text: str) -> str | None:
    """The date of a list item or timeline entry on the next national election: 'Next national election: July 2028',
    'July 2019: Half of the House of Councillors' seats will be contested in what is to be the next nationwide
    election'; never a Lower House date alone, which the Upper House's regular vote may come before."""
    found = _LABELLED.match(text) if ":" in text else None
    if found is None:
        return None
    words = found.group("label") or found.group("item")
    if (
        not has(r"\bnext\b", words)
        or not has(NATIONAL, words)
        or (has(LOWER_HOUSE, words) and not has(UPPER_HOUSE, words))
    ):
        return None
    dated = p.dates(found.group("date") or found.group("first"))
    return dated[0][0] if dated else found.group("date")


_TERM_ENDS = re.compile(r"\b(?:term|mandate)s?\b[^;]{0,60}?\b(?:ends|expires|runs\s+out|lapses)\b", re.IGNORECASE)


def timeline_term_end(text: str) -> str | None:
    """A timeline entry dating the Lower House's term end: 'October 2021: The four-year term of the current House of
    Representatives ends; a general election must be held by then'."""
    found = _LABELLED.match(text) if ":" in text else None
    if found is None or not found.group("first"):
        return None
    item = found.group("item")
    if not has(LOWER_HOUSE, item) or has(UPPER_HOUSE, item) or _TERM_ENDS.search(item) is None:
        return None
    return written_date(found.group("first"))


__all__ = ["NATIONAL", "NATIONAL_FOR", "NATIONAL_WORDS", "date_pointed_back", "labelled_next", "timeline_term_end"]


_YEARLESS = re.compile(
    rf"\b(?:[Oo]n|[Ff]or)\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,\s+)?(?P<date>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)|\b(?:this|(?P<in>[Ii]n))\s+(?P<month>{p.MONTH})\b"
    r"(?:\s+(?:of\s+)?(?P<rel>this|next|last)\s+year\b|(?!\s+of\b|\s+\d|\s+(?:every|each)\b))"
)
"""A day or month with no year: 'is up for election on July 10', 'on Sunday, July 21', 'will fill 124 seats in July';
or the year counted from the cover's ('in July of next year'); never a recurring one ('in July every three years')."""


def in_cover_year(clause: str, cover: dt.date | None, text: str, abroad: str) -> str | None:
    """An election day named without a year falls in the cover's year (or the year after, 'in July of next year'), when
    that day is still to come: an earlier day might be next year's or a past one, so it gives none; nor does 'in July'
    in a sentence naming a year."""
    match = _YEARLESS.search(clause)
    told = _OWNED.search(clause) if cover is not None else None
    if cover is not None and told is not None and not another_country_before(clause, told.start(), abroad):
        return _owned_month(told, cover)
    if match is None or cover is None or another_country_before(clause, match.start(), abroad):
        return None
    if match.group("in") and p.YEAR.search(text):  # 'The election is due in 2025: the seats are up in July'
        return None
    if match.group("month"):
        step = STEP_FROM_COVER[(match.group("rel") or "this").lower()]
        year = cover.year + step
        month = f"{year}-{p.month_number(match.group('month')):02d}"
        return month if month >= cover.isoformat()[:7] else None
    dated = p.dates(f"{match.group('date')}, {cover.year}")
    return dated[0][0] if dated and dated[0][0] > cover.isoformat() else None


_OWNED = re.compile(
    rf"\b(?P<rel>[Tt]his|[Nn]ext)\s+(?:(?P<month>{p.MONTH})|(?P<season>summer))(?:'|\u2019)s\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:elections?|votes?|contests?|polls|races?|ballots?)\b"
)
"""An election owned by a month or season counted from the cover: 'next July's House of Councillors election', 'this
summer's upper house vote' (the Upper House's summer one is in July)."""


def _owned_month(told: re.Match[str], cover: dt.date) -> str | None:
    """The month of an election `told` owned by 'this/next MONTH' or '... summer': 'this' the cover's year, the month
    still to come; 'next' the year after, only once the cover has reached that month or season (before it, 'next
    July' may be the coming one)."""
    month = p.month_number(told.group("month")) if told.group("month") else 7
    after = cover.month >= (6 if told.group("season") else month)  # June is summer's first month
    if told.group("rel").lower() == "this":
        return None if cover.month > month else f"{cover.year}-{month:02d}"
    return f"{cover.year + 1}-{month:02d}" if after else None
