"""The general reader of a contest the election readers left unread: which contest (a chamber or an office, by any
of its names), held or upcoming, and when. Pure, no I/O.

The roles, in one clause: the contest's concept words (a declared lexicon per body, `CONTESTS`: 'a snap poll' is the
Lower House's, 'the party's leadership race' or 'became head of the ruling party' the LDP's presidency, 'the
prefecture's gubernatorial election' under Okinawa its governor's, never another prefecture's named between), and the
one date that clause gives. Ruled out: two bodies' words, two dates, another party or country (a leadership race is the
LDP's, 'the party's' or the ruling party's, never 'the DPFP's party leadership contest'), a date that only bounds a term
('until', 'by'), and a vote only supposed ('unless', 'if') or urged, demanded or ruled out. Asked only of a sentence
the readers gave nothing, holding one of `_CHEAP`.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import election
from usjapan_facts.extract.election_words import ABROAD, foreign_or_partial
from usjapan_facts.extract.leadership import OTHER_PARTY
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.vote_hedges import NOUN, SUPPOSED
from usjapan_facts.extract.word_choice import holds_any

_OTHER_PLACE = rf"(?-i:\b(?!Prefecture\b|{p.MONTH}\b)[A-Z][a-z])"
"""A capitalised word between Okinawa and 'gubernatorial' (not a month, nor 'Prefecture'): another prefecture's vote
('Okinawa's neighbor Kagoshima holds a gubernatorial election', 'Unlike Okinawa, Tokyo held ...')."""
_CHOSE = r"(?:chose|chooses|elected|elects|will\s+elect|re-?elected|picked|returned|handed)\b"
"""A deed of the voters choosing: 'Okinawans chose Onaga, a base opponent, as governor'."""
_GOVERNOR = r"(?:(?:as\s+)?(?:its|their|a|the)\s+(?:new\s+|next\s+)?governor\b|governor\W?s\s+office\b|as\s+governor\b)"
"""The office the choice fills, after the deed and any aside naming the person."""
CONTESTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "lower_house",
        "Lower House",
        re.compile(rf"\b(?:snap|general)\s+(?:national\s+|parliamentary\s+)?{NOUN}\b", re.I),
    ),
    (
        "ldp_president",
        "LDP president",
        re.compile(
            rf"\b(?:(?:the|its|his|her|a|an)\s+(?:ruling\s+)?party(?:\W?s)?|ruling\s+party(?:\W?s)?|LDP\W?s?)\s+"
            rf"(?:leadership|presidential|presidency)\s+{NOUN}\b"
            r"|\b(?:became|becomes|was\s+(?:elected|chosen|picked|named))\s+(?:the\s+)?(?:new\s+)?(?:head|leader|president)\s+"
            r"of\s+the\s+(?:ruling\s+party|LDP|Liberal\s+Democratic\s+Party)\b"
            rf"|\b(?:ruling\s+party\W?s|LDP\W?s)\s+(?:(?:{p.MONTH})\s+(?:\d{{1,2}},\s+)?(?:\d{{4}},?\s+)?)?"
            rf"(?:leadership|presidential)\s+{NOUN}\b",
            re.I,
        ),
    ),
    (
        "upper_house",
        "Upper House",
        re.compile(
            rf"\b(?:upper\s+(?:house|chamber)|House\s+of\s+Councill?ors)(?:\W?s)?\s+(?:regular\s+)?{NOUN}\b", re.I
        ),
    ),
    (
        "okinawa_governor",
        "Okinawa governor",
        re.compile(
            rf"\bOkinawa\b(?:(?!\b(?:neighbou?r\w*|unlike|like|than|while|whereas)\b|{_OTHER_PLACE})[^.;]){{0,40}}"
            rf"\bgubernatorial\s+{NOUN}\b"
            rf"|\bOkinawa(?:ns|\W?s)?(?:\s+Prefecture\W?s)?(?:\s+voters)?\s+{_CHOSE}[^.;]{{0,60}}?\b{_GOVERNOR}"
            rf"|\bvoters\s+in\s+Okinawa\s+{_CHOSE}[^.;]{{0,60}}?\b{_GOVERNOR}"
            rf"|\b(?:won|captured|took|clinched)\s+(?:the\s+)?Okinawa(?:\W?s)?\s+governorship\b"
            rf"|\bIn\s+Okinawa,\s+the\s+(?:gubernatorial|governor\W?s)\s+{NOUN}\b",
            re.I,
        ),
    ),
)
"""Each body's concept words: what names its contest without the words the election readers look for."""
LOWER = re.compile(r"\blower\s+(?:house|chamber)\b|\bHouse\s+of\s+Representatives\b", re.I)
_CHEAP = ("snap", "general", "party", "ldp", "gubernatorial", "okinawa", "upper", "councill")
_BOUND = re.compile(
    r"\b(?:until|by|before|through|no\s+later\s+than|unless|if|barring|should|term\s+(?:ends|expires))\s+"
    r"(?:(?:early|mid|late)[- ]?\s*)?$",
    re.I,
)
_GAP = re.compile(
    r"[\s,]*(?:(?:is|was|are|were|will\s+be|to\s+be)\s+)?(?:(?:held|set|scheduled|slated|due|planned)\s+)?"
    r"(?:for|in|on|of)\s+(?:the\s+)?",
    re.I,
)
"""What may stand between the contest's words and its date: 'a snap poll for', 'a leadership contest in'."""
_TERM = re.compile(r"\b(?:term|expires?|runs?\s+out|must|by\s+then|no\s+later)\b", re.I)


def contest_in(sentence: Sentence, updated: str) -> tuple[str, Fields] | None:
    """The one contest a sentence's concept words name, dated by the one date of their clause; None otherwise."""
    text = sentence.text
    if not holds_any(sentence.folded, _CHEAP):
        return None
    named = [(slug, body, found) for slug, body, pattern in CONTESTS if (found := pattern.search(text))]
    if len(named) != 1 or (named[0][0] == "ldp_president" and OTHER_PARTY.search(text)):
        return None
    slug, body, found = named[0]
    if slug == "upper_house" and LOWER.search(text):
        return None  # the other chamber named too: one of two coming votes may be only its deadline
    span = next(((start, end) for start, end in clauses(text) if start <= found.start() < end), (0, len(text)))
    dated = dict(p.dates(text[span[0] : span[1]]))
    if len(dated) != 1:
        return None
    date, at = next(iter(dated.items()))
    clause = text[span[0] : span[1]]
    start, end = found.start() - span[0], found.end() - span[0]
    tied = (start <= at.start() and at.end() <= end) or _GAP.fullmatch(clause, end, at.start()) is not None
    if not tied or _BOUND.search(clause[: at.start()][-40:]) or SUPPOSED.search(clause) or _TERM.search(clause):
        return None  # a date the contest's words do not run straight into, or one that bounds a term
    if foreign_or_partial(text, date) or (slug != "okinawa_governor" and ABROAD.search(clause)):
        return None  # another country's vote, or a local one
    return election(slug, body, date, updated, clause)


__all__ = ["CONTESTS", "LOWER", "contest_in"]
