"""An election dated by a count of days from another deed's day: 'shot on July 8, 2022; two days later, the coalition
won the Upper House election', 'killed on July 8 while campaigning for the election held two days later', 'shot on
July 8, two days before the Upper House vote'. The count leads from the last day written before it in the sentence
(its year, when unwritten, from the sentence before or the cover), else from the sentence before's. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import day_of
from usjapan_facts.extract.election_words import ELECTION_SAID
from usjapan_facts.extract.rules.base import has

DAYS_LATER = re.compile(rf"\b(?P<n>{p.NUMBER_IN_WORDS}|{p.NUMBER})\s+days?\s+later\b", re.IGNORECASE)
DAYS_APART = re.compile(
    rf"\b(?P<n>{p.NUMBER_IN_WORDS}|{p.NUMBER})\s+days?\s+(?P<side>before|after)\s+(?:the\s+)?[^.;,]{{0,40}}?\b"
    r"(?:election|vote|polls?)\b",
    re.IGNORECASE,
)
_DEED = re.compile(
    r"\b(?:dissolv\w*|took\s+office|tak(?:es|ing)\s+office|sworn\s+in|resign\w*|stepp?(?:ed|s|ing)\s+down|announc\w*|"
    r"appoint\w*|became|becomes|named|call(?:s|ed|ing)?|set(?:s|ting)?|schedul\w*)\b",
    re.IGNORECASE,
)
"""Another deed the count may date, between the clause's start and the election's words: 'dissolved the lower chamber
ten days later and called a general election for the last day of the month'."""
_ANOTHER_COUNT = re.compile(
    rf"\b(?:{p.NUMBER_IN_WORDS}|{p.NUMBER}|a|one)\s+(?:days?|weeks?|months?)\s+(?:later|after|before|earlier)\b", re.I
)
"""A count between a day and the count from it: the day is the other count's anchor, not this one's."""
_CAMPAIGN = re.compile(r"\s+campaign", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r";|,\s+(?:and|but|while)\s+")
_CLAUSE_START = re.compile(r"[,;:]|\band\b|\bbut\b")
DAY_NO_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})")
"""A day written without its year ('on July 8', 'Jul. 8'), a span's first day too."""


def _count(match: re.Match[str]) -> int | None:
    words = match.group("n")
    days = p.number_of(words) or p.number_in_words(words)
    return int(days) if days is not None else None


def anchor_day(text: str, at: int, last_day: str | None, updated: str) -> str | None:
    """The last day written before `at`: a full one, else one without its year ('on July 8') in the year of the
    sentence's full day before it, or of the cover where the sentence names no other year ('who concluded the 2019
    agreements, was shot on July 8': unsure) and the day is not after the cover (to come, or the year before's:
    unsure). `last_day`, the sentence before's, is the anchor only where the sentence has none."""
    full = [(value, match.end()) for value, match in p.dates(text) if len(value) == 10 and match.end() <= at]
    bare = list(DAY_NO_YEAR.finditer(text, 0, at))
    last = max([end for _, end in full] + [match.end() for match in bare], default=0)
    if _ANOTHER_COUNT.search(text, last, at):
        return None  # 'On June 22 the campaign opened; Abe was shot 16 days later, two days before the vote'
    if bare and (not full or bare[-1].start() > full[-1][1]):
        if full:
            year = int(full[-1][0][:4])
        elif {match.group(0) for match in p.YEAR.finditer(text)} - {updated[:4]}:
            return None
        else:
            year = int(updated[:4])
        day = day_of(f"{year}-{p.month_number(bare[-1].group('month')):02d}", bare[-1].group("day"))
        return (
            day if day is not None and (full or day <= updated) else None
        )  # after the cover: this year's or last, the tense may say
    return full[-1][0] if full else last_day


_MOST_DAYS = 400
"""The longest count of days that dates a vote from a deed ('held 99999999 days later' dates nothing)."""


def apart_day(text: str, last_day: str | None, updated: str) -> str | None:
    """The election's day a deed's day and a count give: 'shot on July 8, 2022, two days before the Upper House
    election' (July 10), 'on July 12, two days after the vote' (July 10)."""
    apart = DAYS_APART.search(text)
    days = _count(apart) if apart else None
    dated = p.dates(text)
    if apart is None or days is None or days > _MOST_DAYS or len(dated) > 1 or (dated and len(dated[0][0]) != 10):
        return None
    start = anchor_day(text, apart.start(), None, updated)
    if start is None:
        return None
    shift = days if apart.group("side") == "before" else -days
    return (dt.date.fromisoformat(start) + dt.timedelta(days=shift)).isoformat()


def later_day(text: str, last_day: str | None, updated: str) -> tuple[str | None, bool]:
    """The election's day a count of days later gives, and whether the sentence names a day before the count: the
    count's clause must hold the election's words ('two days later, the coalition won the election', 'the election held
    two days later') and no other deed before them ('dissolved the chamber ten days later'); a date after the count is
    the election's own ('ten days later; the election followed on October 31, 2021')."""
    later = DAYS_LATER.search(text)
    if later is None:
        return None, False
    # the clause after the count that tells of the election ('...; the election followed on October 31, 2021'), never
    # another's ('..., and on November 10, 2021, Kishida was re-elected prime minister')
    after = next((part for part in _OWN_CLAUSE.split(text[later.end() :]) if has(ELECTION_SAID, part)), "")
    dates_after = p.dates(after)
    said_after = re.search(ELECTION_SAID, after, re.IGNORECASE)
    if (said_after and _CAMPAIGN.match(after, said_after.end())) or DAYS_APART.search(text, later.end()):
        return (
            None,
            False,
        )  # 'the election campaign opened', 'shot 16 days later, two days before the vote': another deed
    if dates_after and said_after and said_after.start() < dates_after[0][1].start():
        return dates_after[0][0], False
    opens = max((match.end() for match in _CLAUSE_START.finditer(text, 0, later.start())), default=0)
    closes = text.find(";", later.end()) % (len(text) + 1)
    said = re.search(ELECTION_SAID, text[opens:closes], re.IGNORECASE)  # the election's words in the count's clause
    if dates_after or DAY_NO_YEAR.search(after) or said is None:
        return None, False
    if _DEED.search(text, opens, max(later.start(), opens + said.start())):
        return None, False  # the count dates another deed of its clause
    own = anchor_day(text, later.start(), None, updated)
    start = own or (None if DAY_NO_YEAR.search(text, 0, later.start()) else last_day)
    days = _count(later)
    if start is None or days is None or days > _MOST_DAYS:
        return None, False
    return (dt.date.fromisoformat(start) + dt.timedelta(days=days)).isoformat(), own is not None


__all__ = ["DAYS_APART", "DAYS_LATER", "DAY_NO_YEAR", "anchor_day", "apart_day", "later_day"]
