"""The readings of a contest that a sentence's structure rules out, whichever reader gave them. Pure, no I/O.

A contest's reading ties a date to a body's vote. The tie is ruled out when, in that sentence, the date stands:
- beside a deed that is no vote (`_NOT_A_VOTE_DEED`: a death, a resignation, a race's registration, debates or
  campaign: 'Onaga died in office in August 2018, prompting an early election'), and no win in its clause;
- nearer another place's governorship than Okinawa's (`OTHER_PLACE_GOVERNOR`: 'Kagoshima's gubernatorial vote
  followed on July 7, 2024', 'visited Hokkaido, whose gubernatorial race is due in April 2027').
And without a date: the party's office named only as a post of one of its bodies (`_PARTY_BODY`: 'head of the LDP's
election strategy committee', 'the LDP's youth wing elected its new head'); a ruling party not the LDP's, carried
from the sentence before ('South Korea's ruling Democratic Party ... The party's leadership race'); a party's vote
only supposed ('unless he steps down'); a chamber carried from a sentence on another country's or a local body
('The U.S. House ... Its next vote', 'the Tokyo assembly election').
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.election_words import ABROAD, body_of
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.leadership import OTHER_PARTY
from usjapan_facts.extract.local_offices import OTHER_PLACE_GOVERNOR
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

_NOT_A_VOTE_DEED = re.compile(
    r"\b(?:(?:died|passed\s+away|resigned|stepped\s+down|quit|registered)(?:\s+(?:in|from)\s+office|\s+for\s+[^,;.]{0,40}?)?"
    r"|(?:death|resignation|registration|debates?|campaign(?:ing|s)?|nominations?|candidac(?:y|ies))\b[^,;.]{0,50}?\b"
    r"(?:began|begun|begins|opened|opens|started|starts|kicked\s+off|closed|ended)|death|resignation)"
    r"\s+(?:on|in|at\s+the\s+(?:start|end)\s+of)\s+$",
    re.I,
)
"""A deed of a race or its office that is not the vote, just before a date: 'died in office in', 'registered for the
LDP leadership contest on', 'Debates in the LDP leadership race began on': the date is that deed's."""
_PARTY_BODY = re.compile(
    r"\b(?:LDP|Liberal\s+Democratic\s+Party|party|(?:upper|lower)[- ](?:house|chamber)|House\s+of\s+\w+)(?:\W?s)?\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:committee|council|wing|division|"
    r"caucus|faction|headquarters|chapter|branch|federation|panel|bureau|league|section|group)s?\b",
    re.I,
)
"""One of the party's or a chamber's bodies, whose head is not the party's president, nor its vote the chamber's."""
_PARTY_OFFICE = re.compile(
    r"\b(?:LDP|Liberal\s+Democratic\s+Party)\b|\b(?:leadership|presidency|presidential)\b|\bparty\W?s?\s+(?:president|leader|head)",
    re.I,
)
_SUPPOSED = re.compile(r"\b(?:unless|barring)\b", re.I)
_OKINAWA = re.compile(r"\bOkinawa")
_CHAMBER_SAID = re.compile(r"\b(?:House|chamber|Diet|lower|upper|snap|general\s+election|Councill?ors)\b", re.I)
"""A chamber the sentence names itself: no carried one."""
_LOCAL_VOTE = re.compile(r"\b(?:assembly|gubernatorial|mayoral|municipal|prefectural|local)\b", re.I)


def _date_starts(text: str, date: str) -> list[int]:
    """Where in `text` the date a reading gives is written (its year, where only a year matches)."""
    starts = [found.start() for value, found in p.dates(text) if value.startswith(date) or date.startswith(value)]
    return starts or [found.start() for found in re.finditer(rf"\b{date[:4]}\b", text)]


def _deed_dated(text: str, start: int) -> bool:
    """Tell whether the date at `start` is a deed's that is not the vote (`_NOT_A_VOTE_DEED` just before it)."""
    return _NOT_A_VOTE_DEED.search(text[max(0, start - 120) : start]) is not None


def _elsewhere(text: str, start: int) -> bool:
    """Tell whether the date at `start` stands nearer another place's governorship than Okinawa's name."""
    others = [found.start() for found in OTHER_PLACE_GOVERNOR.finditer(text)]
    if not others:
        return False
    ours = [found.start() for found in _OKINAWA.finditer(text)]
    return min(abs(start - at) for at in others) < min((abs(start - at) for at in ours), default=len(text) + 1)


def ruled_out(slug: str, fields: Fields, sentences: list[Sentence], index: int) -> bool:
    """Tell whether a contest's reading (`slug`, `fields`) from the sentence at `index` is ruled out (see above)."""
    text = sentences[index].text
    before = sentences[index - 1].text if index and sentences[index - 1].section == sentences[index].section else ""
    starts = _date_starts(text, str(fields.get("date", "")))
    if starts and all(_deed_dated(text, start) for start in starts):
        return True
    if slug.startswith("okinawa_governor"):
        return bool(starts) and all(_elsewhere(text, start) for start in starts)
    if slug.startswith("ldp_president"):
        if _SUPPOSED.search(text) or (_PARTY_BODY.search(text) and not _PARTY_OFFICE.search(_PARTY_BODY.sub("", text))):
            return True
        carried = not re.search(r"\b(?:LDP|Liberal\s+Democratic)\b", text)
        ldp_before = re.search(r"\b(?:LDP|Liberal\s+Democratic)\b", before) is not None  # 'the LDP and Komeito'
        other = (OTHER_PARTY.search(before) and not ldp_before) or (ANOTHER_COUNTRY.search(before) and "arty" in before)
        return carried and bool(other)
    if slug.startswith(("lower_house", "upper_house")) and _PARTY_BODY.search(text):
        return not _CHAMBER_SAID.search(_PARTY_BODY.sub("", text))  # 'the upper house committee chair was elected'
    if slug.startswith(("lower_house", "upper_house")) and not _CHAMBER_SAID.search(text):
        return bool(_LOCAL_VOTE.search(text) or (ABROAD.search(before) and body_of(before) is not None))
    return False


def ruled_in(read: list[tuple[str, Fields]], sentences: list[Sentence], index: int) -> list[tuple[str, Fields]]:
    """The readings of a sentence no rule here sets aside."""
    return [(slug, fields) for slug, fields in read if not ruled_out(slug, fields, sentences, index)]


__all__ = ["ruled_in", "ruled_out"]
