"""The LDP's presidential election told as 'the party vote', the party left to its context: 'In the September 20 party
vote, Abe beat Ishiba', 'won the September 29 party vote in a runoff', 'a party leadership vote is due in September'.
Pure, no I/O.

The roles, in one clause:

- the vote: a party's own vote ('party vote', 'party leadership vote', 'party's presidential ballot'), no other party
  named in the sentence, no other country's, no chamber's, and no opinion poll in its clause;
- whose party: the LDP, named in the same section's sentences before it or earlier in the text, or the party of a
  leader the text calls 'Prime Minister' (Japan's, no other country named);
- its date: the one date its clause gives: a full date, a day without its year (a past deed: the last such day up to
  the cover; one to come: the next), or a month alone of a vote to come ('is due in September': the next such month).

Ruled out: a vote supposed or hoped for, and a clause that gives two dates.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import is_day
from usjapan_facts.extract.election_dates import election, last_such_day
from usjapan_facts.extract.election_words import ABROAD
from usjapan_facts.extract.leadership import LDP, OTHER_PARTY
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

_VOTE = re.compile(
    r"\b(?:party|party\W?s)\s+(?:(?:leadership|presidential)\s+)?(?:vote|ballot|election|race|contest|runoff)\b", re.I
)
"""The party's own vote, its party not named: 'the party vote', 'a party leadership vote'."""
_PARTS = re.compile(r";|,?\s+but\s+|,\s+(?:and|while|whereas)\s+")
_CHAMBER = re.compile(r"\b(?:House|chamber|Diet|general\s+election|upper|lower)\b", re.I)
_POLLED = re.compile(r"\b(?:polls?|polling|surveys?|approval)\b", re.I)
_NOT_HELD = re.compile(
    r"\b(?:no|not|never|before|if|unless|should|would|could|might|may|hopes?|hoped|expected|likely)\b", re.I
)
"""A vote denied, bounded, supposed or hoped for ('no party race is due before 2033'): none dated."""
_TO_COME = re.compile(r"\b(?:is|are)\s+(?:due|scheduled|set|slated)\b|\bwill\b|\bcomes?\s+in\b", re.I)
_DAY = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?!,?\s*\d{{4}})")
_MONTH = re.compile(rf"\b(?:in|by)\s+(?P<month>{p.MONTH})\b(?!\s+\d)")
_PARTIES_ABROAD = re.compile(r"\b(?:Republican\w*|Democrats?|GOP|primar(?:y|ies)|caucus\w*|KMT|Kuomintang)\b")
"""Another country's parties or their votes: 'the Republican Party's presidential contest'."""
_HELD_ON = re.compile(r"\s*(?:(?:held|taken|conducted)\s+)?on\s+")
"""An aside giving the vote's own day: ', held on September 28,'."""
_PREMIER = re.compile(r"\bPrime\s+Minister\s+(?P<name>[A-Z][a-z]+)")


def _the_ldps(sentences: list[Sentence], index: int, clause: str) -> bool:
    """Tell whether the party is the LDP: named before in the text, or the party of a leader called prime minister."""
    if any(re.search(LDP, one.text) for one in sentences[: index + 1]):
        return True
    premiers = {found.group("name") for one in sentences[:index] for found in _PREMIER.finditer(one.text)}
    return any(re.search(rf"\b{name}\b", clause) for name in premiers)


def _date(clause: str, cover: str) -> str | None:
    """The one date a clause gives its vote, the year of a day or month written without one taken from the cover."""
    dated = p.dates(clause)
    days = [m for m in _DAY.finditer(clause) if not any(a.start() <= m.start() < a.end() for _, a in dated)]
    months = [] if dated or days else list(_MONTH.finditer(clause))
    if len(dated) + len(days) + len(months) != 1:
        return None
    if dated:
        return dated[0][0]
    coming = _TO_COME.search(clause) is not None
    found = (days or months)[0]
    month = p.month_number(found.group("month"))
    if days:
        day = f"{cover[:4]}-{month:02d}-{int(found.group('day')):02d}"
        day = (f"{int(day[:4]) + 1}{day[4:]}" if day < cover else day) if coming else last_such_day(day, cover)
        return day if is_day(day) else None  # 'February 30', 'September 31': no day of the calendar
    if not coming:
        return None  # a month alone of a past vote: its year is not the cover's alone to give
    month_of = f"{cover[:4]}-{month:02d}"
    return month_of if month_of >= cover[:7] else f"{int(month_of[:4]) + 1}{month_of[4:]}"


def party_vote(sentences: list[Sentence], index: int, cover: str) -> tuple[str, Fields] | None:
    """The LDP's presidential election a sentence tells as 'the party vote', dated by the one date of its clause."""
    text = sentences[index].text
    if "arty" not in text or OTHER_PARTY.search(text) or ABROAD.search(text) or _PARTIES_ABROAD.search(text):
        return None
    for part in _PARTS.split(text):
        vote = _VOTE.search(part)
        if vote is None:
            continue
        comma = part.find(",", vote.end())
        if comma >= 0 and _HELD_ON.match(part, comma + 1):  # 'The party runoff, held on September 28, gave her ...'
            comma = part.find(",", _HELD_ON.match(part, comma + 1).end())  # type: ignore[union-attr]
        clause = part[: comma if comma >= 0 else len(part)]  # the vote's own phrase: 'In the September 20 party vote,'
        if _CHAMBER.search(clause) or _POLLED.search(clause) or _NOT_HELD.search(clause):
            return None
        date = _date(clause, cover)
        if date is None or not _the_ldps(sentences, index, clause):
            return None
        return election("ldp_president", "LDP president", date, cover, clause)
    return None


__all__ = ["party_vote"]
