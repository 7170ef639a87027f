"""Rules of the politics section: the ruling coalition's share of each chamber, in figures or in words of a majority."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clause_chambers import without_relative
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.hedges import HEDGE
from usjapan_facts.extract.japan import (
    LOWER_HOUSE,
    LOWER_HOUSE_SEATS,
    PARTIES,
    UPPER_HOUSE,
    UPPER_HOUSE_SEATS,
    stale_vote,
)
from usjapan_facts.extract.not_in_force import DENIED
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if10199.minority import MINORITY, minority
from usjapan_facts.extract.rules.readings import one
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_ANY_PARTY = "|".join(PARTIES.values())


_UP_FOR_ELECTION = re.compile(
    r"\s*(?:of\s+)?(?:whose|its|the\s+chamber\W?s|the|that\s+chamber\W?s)?\s*(?:upper[- ](?:house|chamber)\s+)?"
    r"(?:\d+\s+)?(?:seats|members)\s+(?:will|are\s+(?:up|to|due)|come\s+up|up\s+(?:for|this|next|in)\b|at\s+stake|(?:being\s+)?contested|"
    r"in\s+play|on\s+the\s+ballot)",
    I,
)
"""A share of the seats a vote puts up, not of the chamber: 'half of the upper house seats at stake in July'."""
_HOLDS_MAJORITY = re.compile(
    r"\b(?:holds?|retains?|keeps?|has|have|controls?|enjoys?)\s+(?:a\s+)?(?:(?:slim|narrow|slender|comfortable|bare|"
    r"working|solid|clear|stable)\s+)?majority(?:\s+(?:in|of|there)\b|\s*(?:[.;]|$))",
    I,
)


def _held(holding: re.Pattern[str], text: str) -> bool:
    """Tell whether the text says a majority is held, not denied: 'no longer holds a majority', 'does not currently
    have a majority' (words that deny a value, `not_in_force.DENIED`, up to three words before the verb)."""
    found = holding.search(text)
    return found is not None and not DENIED.search(text, 0, found.start())


_ONE_PARTY = re.compile(
    rf"\b(?:alone|on\s+its\s+own|by\s+itself|single-handedly)\b|(?:^|,\s)(?:The\s+)?(?:{_ANY_PARTY})\s+(?!and\b)"
    r"(?:\w+\s+){0,2}(?:holds?|held|has|had|won|controls?|commands?|secured|was|is|fell|dropped|slipped|shrank)\b",
    I,
)
"""One party named as the holder of a share, first in its clause or after a fronted phrase: 'Komeito holds 10% of the
seats', 'the LDP alone won 52%', 'In the 2009 election, the LDP was reduced to 25%'."""
_OWN_SHARE = re.compile(
    rf"\b(?:{_ANY_PARTY})\W?s\s+(?:own\s+)?(?:seat\s+)?(?:share|seats|strength|tally)\b"
    r"(?![^;]{0,40}?\b(?:and|plus|with|together|combined|joint|coalition)\b)",
    I,
)
"""One party's own share or seats, its partner's apart: 'The LDP's share of the upper house seats fell to 40%'."""
_OTHER_LED = re.compile(r"\b(?:DPJ|CDP|DPP|DP|Democratic|opposition)-led\b", I)
"""A coalition led by another party: 'In 2009 the DPJ-led coalition took 64% of the seats'."""
_HAD_HELD = re.compile(r"\bhad\s+(?:held|had|controlled|commanded)\b", I)
"""A share the coalition had held before: 'Before the vote, the coalition had held 64% of the seats'."""
_HELD_BEFORE = phrase("IF10199", "held_before")
"""A share held up to a year gone by: 'The coalition held two-thirds of the Lower House until 2024' (the declarations'
words)."""
_WHOSE = re.compile(
    r",\s+(?:(?:half|some|most|all|\w+)\s+of\s+)?whose\b.*|,\s+(?:half|some|most|all)\s+of\s+which\b[^,;]*", I
)
"""A relative clause after the chamber: 'a majority in the Upper House, half of whose seats are up in July'."""
_WHERE_VOTED = re.compile(
    r",\s+where\s+[^,;]*?\b(?:filled|refilled|renewed|chosen|elected|contested|up\s+for|elections?)\b[^,;]*,", I
)
"""A relative clause after the chamber telling its last or next vote, whose seats are no share: 'In the House of
Councillors, where half the seats were filled in July 2016, they control about three-fifths', '..., where the two
parties have held a majority since the July 2013 election, the bloc controls roughly 60%'."""
_CONSEQUENCE = phrase("IF10199", "consequence")
"""A clause of what follows from the share, of another subject: '..., so bills need opposition votes to pass' (its
need is the bills', no threshold of the coalition's); meaning.toml's, which chamber_roles.toml's asides share."""
_PARTIES = re.compile(r"\b(?:the|Together,\s+the)\s+(?:(?:two|ruling|governing)\s+parties|pair|partners)\b|^They\b", I)
"""'The two parties', 'the pair', 'They': the ruling parties when the sentence before names the LDP or the
coalition."""
_THEM = re.compile(
    r"\b(?:they|them|it)\b|^(?:It|They)\b|\b(?:their|its)\s+(?:\w+\s+)?(?:majority|share|seats|strength)\b"
)
"""'leaving them with 122 of the chamber's 248': the ruling parties too, when the sentence before names no
opposition."""
_HOLDER_LABEL = r"(?:^|[.;]\s+)\W*(?:the\s+)?(?:(?:ruling|governing)\s+)?(?:coalition|parties)(?:\s+partners)?\s*:"
_LABELLED = re.compile(r"^\W*(?-i:[A-Z])[\w' -]{2,30}:\s")
"""A list item's label: 'Upper House: roughly 56% of seats', in a list whose item 'Coalition: the LDP and Komeito'
names whose seats the chambers' items count."""
_NOT_HOLDER = r"\b(?:opposition|other|independents?|CDP|DPP|Ishin|Communist|JCP|Reiwa|Sanseito|Constitutional)\b"
"""A label naming others' seats ('Opposition in the Upper House: 52%'): not the coalition's, whatever its list."""
_BOTH = re.compile(r"\b(?:both|either)\s+(?:houses|chambers|house|chamber)\b", I)
"""Both chambers at once: 'lacks a majority in either house of the Diet', 'majorities in both chambers'."""
_MAJORITIES = re.compile(
    r"\b(?:holds?|retains?|keeps?|has|have|controls?|enjoys?|commands?)\s+(?:\w+\s+){0,2}?"
    r"majorit(?:y|ies)\s+in\s+both\b",
    I,
)


_OPINION = re.compile(
    r"\b(?:approval|ratings?|polls?|polling|respondents|popularity|surveys?|support\s+(?:for|of))\b", I
)
"""A percentage of opinion, not of seats: 'With cabinet approval ratings above 65%'."""
_OF_PEOPLE = re.compile(
    r"\s*of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:voters|respondents|those\s+(?:polled|surveyed|asked)|the\s+public|"
    r"the\s+electorate|Japanese|people|members\s+voting|seats\s+on\s+(?:\S+\s+){1,4}?(?:committee|panel)s?)\b",
    I,
)
"""A percentage of people or of a committee's seats: '55% of voters', '40% of the seats on its budget committee'."""


def _both_houses(text: str, year: int | None) -> Fields | None:
    """The coalition's share of each chamber when a sentence speaks of both at once, in words of a majority only: a
    figure there could be either chamber's."""
    if p.percents(text) or has(r"\b(?:two-thirds|supermajority|need\w*|require\w*|opposition)\b", text):
        return None
    if MINORITY.search(text):
        return minority(text, year)
    return {"value": 50, "qualifier": "over", "_coarse": True} if _held(_MAJORITIES, text) else None


_THRESHOLD = re.compile(r"\b(?:two-thirds|supermajority)\b(?:\s+[\w-]+){0,2}?\s+(?:needed|required|necessary)\b", I)
"""A threshold named beside the share, which its 'needed' is of: 'about 67 percent, more than the two-thirds needed
to initiate an amendment', 'a 67.3% share that keeps the two-thirds supermajority needed to'."""
_CHANGE = re.compile(
    rf"\bfrom\s+(?:(?:{HEDGE})\s+)?(?P<old>\d+(?:\.\d+)?)%\s+(?:of\s+the\s+seats\s+)?(?:(?:before|ahead\s+of|going\s+into|"
    r"prior\s+to|in|at)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:vote|election|polls?|contest|(?:19|20)\d\d)\s+|going\s+in\s+)?"
    rf"to\s+(?P<new>(?:(?:{HEDGE})\s+)?\d+(?:\.\d+)?%)",
    I,
)
"""A share that changed, the old one dated before the vote: 'from 57% to 49.2%', 'from roughly 57% before the vote to
49.2% after it', 'from about 56% going in to 48.8%'."""
_BY_CHANGE = re.compile(
    r"\b(?:by|choos\w*|chose|elect(?:s|ing)?|renew\w*|pick\w*|to\s+fill|(?:elections?|votes?|contests?|races?|polls?)\s+for)"
    r"\s+(?:(?:only|just|roughly|about)\s+)?(?:the\s+)?$",
    I,
)
"""A figure right after 'by' is a change, never a share ('cut the number of lower-house seats by 10%'), one after a
vote's verb or a vote's 'for' the seats it fills ('voters choose half of the upper chamber of the Diet on July 20', 'the
July election for half of the upper chamber', 'the vote to fill half the chamber')."""


_OVERRIDDEN = (
    r"\b(?:overrid\w*|overrul\w*|overturn\w*|bypass\w*)\s+(?:a\s+veto\s+(?:by|of|from)\s+|(?:the\s+)?(?:will|votes?|"
    r"decisions?)\s+of\s+)?(?:the\s+)?"
)
_OVERRULED = r"\W?s\s+(?:objections?|vetoe?s?|opposition|rejections?|resistance)\b"
"""Before a chamber, or after it ('over the upper house's objections'): the one a share lets the coalition override."""


@lru_cache(maxsize=8)
def _overridden(house: str, other: str) -> re.Pattern[str]:
    """A chamber after the words that override it or before what of it is overridden: compiled once a pair."""
    return re.compile(rf"{_OVERRIDDEN}(?:{house}|{other})|(?:{house}|{other}){_OVERRULED}", I)


def _house_share(text: str, house: str, other: str, before: str = "", year: int | None = None) -> Fields | None:
    text = _overridden(house, other).sub(" ", _WHOSE.sub("", _WHERE_VOTED.sub(",", _CONSEQUENCE.sub("", text))))
    # 'The two parties remain in the minority there' after a sentence naming the LDP: the ruling parties.
    label = _LABELLED.match(text)
    labelled = label and has(_HOLDER_LABEL, before) and not has(_NOT_HOLDER, label.group())
    ruling = (
        labelled
        or has(r"\b(?:LDP|coalition|Komeito|ruling)\b", text)
        or (
            (_PARTIES.search(text) or (_THEM.search(text) and not has(r"\bopposition\b", f"{before} {text}")))
            and has(r"\b(?:LDP|coalition|ruling|two\s+parties|(?:the|two|ruling|governing)\s+partners)\b", before)
        )
    )
    if not ruling:
        return None
    # 'The chamber gives the two partners roughly 120 of its 248 seats': a chamber named by its size.
    if not has(house, text) and not has(UPPER_HOUSE_SEATS if house == UPPER_HOUSE else LOWER_HOUSE_SEATS, text):
        return _both_houses(text, year) if _BOTH.search(text) and not has(other, text) else None
    if has(other, text):
        # 'The two parties hold just under half of the Lower House, and they are well short of a majority in the
        # Upper House': the one clause naming this house alone, with the ruling parties the sentence names.
        own = [text[start:end] for start, end in clauses(text) if has(house, text[start:end])]
        alone = own[0] if len(own) == 1 and not has(other, own[0]) else without_relative(text, other)
        if alone is None:
            return None
        text = alone
    if has(r"\bopposition\s+(?:\w+\s+){0,3}?(?:holds?|held|controls?|has|have|had|commands?|won|took|enjoys?)\b", text):
        return None  # 'the opposition holds a majority in the Upper House': another bloc's share
    # 'the 465-member chamber' is the Lower House, whatever the sentence names; seats 'contested' or
    # 'defended' in an election are the share up for election, not the coalition's.
    if has(LOWER_HOUSE_SEATS if house == UPPER_HOUSE else UPPER_HOUSE_SEATS, text):
        return None
    if has(
        r"\b(?:contested|at\s+stake|up\s+for\s+(?:re-?)?election|defend\w*|be\s+(?:re-?)?elected|"
        r"(?:seats|members)\s+(?:next\s+)?(?:are|is|come)\s+(?:next\s+)?up)\b",
        text,
    ):
        return None
    if _OTHER_LED.search(text):
        return None
    if stale_vote(text, year, 4 if house == LOWER_HOUSE else 3):
        return None  # 'In the 2017 election, the coalition won two-thirds' in a 2025 brief: a chamber since re-elected
    if _ONE_PARTY.search(text) and not has(r"\b(?:coalition|ruling|bloc|together|combined|partners?)\b", text):
        return None  # 'Komeito holds 10% of the seats', 'the LDP alone won 52%': one party's share, not the coalition's
    if _OWN_SHARE.search(text):
        return None  # 'Komeito's own seats in the upper house number 21, about 8% of the chamber'
    change = _CHANGE.search(text)
    if change:
        (new, qualifier, _), *_ = p.percents(change.group("new"))
        return {"value": p.plain(new), "qualifier": qualifier, "previous": p.plain(Decimal(change.group("old")))}
    # 'half of whose members will be elected in July' is the share up for election, not the coalition's.
    # A share of the vote or of turnout is no share of the seats, nor is the share needed for an amendment.
    # 'a coalition needs a 67% share to ...' is the bar a coalition must clear, never the share it holds.
    votes = has(
        r"\b(?:votes?|ballots?|turnout|proportional|need(?:s|ed)?|require[sd]?|necessary|threshold)\b",
        _THRESHOLD.sub(" ", text),
    )
    spans = clauses(text)
    shares = [
        {"value": p.plain(number), "qualifier": qualifier}
        for number, qualifier, match in p.percents(text)
        if not _UP_FOR_ELECTION.match(text, match.end())
        and not votes
        and not not_current(text, match.start())
        and not _OPINION.search(text, *clause_of(spans, match.start()))
        and not _HAD_HELD.search(text, *clause_of(spans, match.start()))
        and not _HELD_BEFORE.search(text, *clause_of(spans, match.start()))
        and not _OF_PEOPLE.match(text, match.end())
        and not _BY_CHANGE.search(text, 0, match.start())
    ]
    share = one(shares)
    if share is not None:
        return share  # 'where the two parties fell into the minority in July, the partners hold 48 percent'
    if MINORITY.search(text):
        return minority(text, year)
    if not shares and _held(_HOLDS_MAJORITY, text) and not has(r"\btwo-thirds|supermajority|\bneed", text):
        return {"value": 50, "qualifier": "over", "_coarse": True}
    return None


def _holder_before(text: str, context: Context) -> str:
    """The sentence before, and the one before it when that one names its holder by a pronoun only ('Together they
    hold 293 seats in the Lower House' after a sentence naming the LDP and Komeito): where a pronoun's parties are."""
    before = context.preceding.get(text, "")
    if (_PARTIES.search(before) or _THEM.search(before)) and not has(r"\b(?:LDP|coalition|Komeito|ruling)\b", before):
        return f"{context.preceding.get(before, '')} {before}"
    items = [before] if _LABELLED.match(text) and _LABELLED.match(before) else []
    while items and len(items) < 4 and _LABELLED.match(earlier := context.preceding.get(items[-1], "")):
        items.append(earlier)  # a list's items before a chamber's, one of which may name the holder: 'Coalition: ...'
    return " ".join(reversed(items)) if items else before


@rule(
    "politics.upper_house_coalition_share",
    needs=(
        "upper house",
        "upper-house",
        "councill",
        "upper chamber",
        "242",
        "245",
        "248",
        "either house",
        "both house",
        "either chamber",
        "both chamber",
    ),
)
def upper_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    year = context.updated.year if context.updated else None
    return _house_share(sentence.text, UPPER_HOUSE, LOWER_HOUSE, _holder_before(sentence.text, context), year)


@rule(
    "politics.lower_house_coalition_share",
    needs=(
        "lower house",
        "lower-house",
        "representatives",
        "lower chamber",
        "465",
        "475",
        "480",
        "either house",
        "both house",
        "either chamber",
        "both chamber",
    ),
)
def lower_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    year = context.updated.year if context.updated else None
    return _house_share(sentence.text, LOWER_HOUSE, UPPER_HOUSE, _holder_before(sentence.text, context), year)
