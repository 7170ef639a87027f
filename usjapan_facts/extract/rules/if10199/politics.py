"""Rules of the politics section."""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import (
    DUE_WORDS,
    LOWER_HOUSE,
    LOWER_HOUSE_SEATS,
    OTHER_COUNTRIES,
    PARTIES,
    UPPER_HOUSE,
    UPPER_HOUSE_SEATS,
    next_upper_house_election,
)
from usjapan_facts.extract.rules.base import (
    Context,
    Fields,
    I,
    Rule,
    another_country_before,
    has,
    one,
    registrar,
)
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_ANY_PARTY = "|".join(PARTIES.values())
_HOLD = r"(?:control|controls|hold|holds|command|commands|govern|governs|lead|leads|have|has)"
_NOT_NOW = (
    r"\b(?:former|formerly|previous|ended|left|leave|quit|broke|split|opposition|would|could|might|never|until|"
    r"dissolv\w*|collaps\w*|reject\w*|join\w*|(?<!is )(?<!are )governed|from\s+\d{4}\s+(?:to|until)\s+\d{4})\b"
)
"""Words that put a coalition in the past, in doubt or outside: none of it is the ruling coalition now."""


_PAIRED = re.compile(
    rf"(?:\b(?:LDP|Komeito|Ishin)-(?:LDP|Komeito|Ishin)\s+(?:coalition|government|bloc)\b"
    rf"|\bruling\s+(?:{_ANY_PARTY})(?:\s+\(LDP\))?,?\s+and\s+its\s+(?:junior\s+|coalition\s+)?partners?,?\s+"
    rf"(?:{_ANY_PARTY})\b|\b(?:LDP|Liberal\s+Democratic\s+Party)\s+governs\s+(?:together\s+)?with\s+(?:{_ANY_PARTY})\b)"
)
"""'The LDP-Komeito coalition', 'the ruling LDP and its partner Komeito', 'The LDP governs with Komeito'."""


@rule("politics.ruling_coalition", needs=("coalition", "partner", "komeito", "ishin"))
def ruling_coalition(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if has(_NOT_NOW, text):
        return None
    if has(r"\bmay\b", text, 0):  # "may form", not the month
        return None
    named_as_coalition = has(
        r"\b(?:coalition partner|ruling coalition|governing coalition)\b|"
        r"\b(?:is\s+governed\s+by|leads?|is\s+led\s+by|heads?|is\s+headed\s+by)\s+a\s+coalition\s+of\b|"
        r"\bgoverns?\s+in\s+(?:a\s+)?coalition\s+with\b",
        text,
    )
    # "The LDP and Komeito control over 60% of the Lower House, giving the coalition a majority": the two
    # parties as the sentence's subject, holding seats or power now.
    # 'The LDP and its junior partner, Komeito, control ...': the partner may stand in apposition.
    partner = r"(?:its\s+(?:\w+\s+){0,2}?(?:partner,?\s+)?)?"
    joint = re.search(rf"(?:{_ANY_PARTY})\s+and\s+{partner}(?:{_ANY_PARTY})\b", text) or _PAIRED.search(text)
    named_as_coalition = named_as_coalition or _PAIRED.search(text) is not None
    holding = re.match(rf"(?:The\s+)?(?:{_ANY_PARTY})\s+and\s+{partner}(?:{_ANY_PARTY}),?\s+{_HOLD}\b", text)
    if not (named_as_coalition or holding):
        return None
    if joint is not None:
        text = joint.group(0)
    named = sorted(
        (match.start(), party) for party, pattern in PARTIES.items() if (match := re.search(pattern, text)) is not None
    )
    parties = [party for _, party in named]
    return {"value": parties} if len(parties) >= 2 else None


_UP_FOR_ELECTION = re.compile(
    r"\s*(?:of\s+)?(?:whose|its|the\s+chamber\W?s|the|that\s+chamber\W?s)?\s*(?:\d+\s+)?(?:seats|members)\s+"
    r"(?:will|are\s+(?:up|to|due)|come\s+up)",
    I,
)
_HOLDS_MAJORITY = re.compile(
    r"\b(?:holds?|retains?|keeps?|has|have|controls?|enjoys?)\s+(?:a\s+)?(?:(?:slim|narrow|slender|comfortable|bare|"
    r"working|solid|clear|stable)\s+)?majority\s+(?:in|of)\b",
    I,
)


_ONE_PARTY = re.compile(
    rf"\b(?:alone|on\s+its\s+own|by\s+itself|single-handedly)\b|^(?:The\s+)?(?:{_ANY_PARTY})\s+(?!and\b)(?:\w+\s+){{0,2}}"
    r"(?:holds?|held|has|had|won|controls?|commands?|secured)\b",
    I,
)
"""One party named as the holder of a share: 'Komeito holds 10% of the seats', 'the LDP alone won 52%'."""


def _house_share(text: str, house: str, other: str) -> Fields | None:
    if not has(house, text) or has(other, text) or not has(r"\b(?:LDP|coalition|Komeito|ruling)\b", text):
        return None
    # 'the 465-member chamber' is the Lower House, whatever the sentence names; seats 'contested' or
    # 'defended' in an election are the share up for election, not the coalition's.
    if has(LOWER_HOUSE_SEATS if house == UPPER_HOUSE else UPPER_HOUSE_SEATS, text):
        return None
    if has(r"\b(?:contested|up\s+for\s+(?:re-?)?election|defend\w*)\b", text):
        return None
    if _ONE_PARTY.search(text) and not has(r"\b(?:coalition|ruling|bloc|together|combined|partners?)\b", text):
        return None  # 'Komeito holds 10% of the seats', 'the LDP alone won 52%': one party's share, not the coalition's
    change = re.search(r"\bfrom\s+(?P<old>\d+(?:\.\d+)?)%\s+(?:of the seats\s+)?to\s+(?P<new>\d+(?:\.\d+)?)%", text, I)
    if change:
        return {
            "value": p.plain(Decimal(change.group("new"))),
            "qualifier": "exact",
            "previous": p.plain(Decimal(change.group("old"))),
        }
    if has(
        r"\b(?:a minority|minority status|lacks? a majority|(?:well\s+|far\s+)?short of a majority|"
        r"lost (?:its|their) (?:\w+\s+){0,2}majority)\b",
        text,
    ):
        return {"value": 50, "qualifier": "under"}
    # 'half of whose members will be elected in July' is the share up for election, not the coalition's.
    # A share of the vote or of turnout is no share of the seats.
    votes = has(r"\b(?:votes?|ballots?|turnout|proportional)\b", text)
    shares = [
        {"value": p.plain(number), "qualifier": qualifier}
        for number, qualifier, match in p.percents(text)
        if not _UP_FOR_ELECTION.match(text, match.end()) and not votes and not not_current(text, match.start())
    ]
    if not shares and _HOLDS_MAJORITY.search(text) and not has(r"\btwo-thirds|supermajority|\bneed", text):
        return {"value": 50, "qualifier": "over"}
    return one(shares)


@rule("politics.upper_house_coalition_share", needs=("upper house", "councill"))
def upper_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, UPPER_HOUSE, LOWER_HOUSE)


@rule("politics.lower_house_coalition_share", needs=("lower house", "representatives"))
def lower_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, LOWER_HOUSE, UPPER_HOUSE)


_NATIONAL = rf"(?:{UPPER_HOUSE}|{LOWER_HOUSE}|\b(?:Diet|national|parliamentary|general))(?:'s)?\s+elections?\b"
_NATIONAL_FOR = rf"\belections?\s+(?:for|to)\s+(?:the\s+)?(?:Diet's\s+)?(?:{UPPER_HOUSE}|{LOWER_HOUSE}|Diet)"
_UPCOMING = rf"{DUE_WORDS}|\b(?:expected|set|planned|slated|upcoming|next|will)\b|\buntil\b"
_COORDINATE = re.compile(r";|\.\s|,\s+(?:and|but|while|whereas|yet)\s+|\s(?:while|whereas)\s", I)
_WHEN_DUE = re.compile(
    rf"\b(?:until|by|before|no later than|in|for|on|of)\s+"
    rf"(?P<date>(?:{p.MONTH}\s+)?(?:\d{{1,2}},\s*)?(?:19|20)\d{{2}})\b"
)


# 'Half of the Upper House's seats will be contested in July 2016' names an election without the word.
_CONTESTED = re.compile(
    rf"(?:{UPPER_HOUSE}|{LOWER_HOUSE}|\b(?:that|the)\s+chamber)\b[^;]{{0,40}}?(?:\b(?:seats|members)\s+|\s)"
    r"(?:will|are\s+to|are\s+due\s+to|are\s+scheduled\s+to|is\s+to|is\s+due\s+to)\s+be\s+(?:contested|elected|up\s+for\s+election|filled)\b"
)


def _chamber_named(clause: str, context: Context, text: str) -> bool:
    """Tell whether a clause's 'that chamber' has a house to stand for: named in it or in the sentence before."""
    if not has(r"\b(?:that|the)\s+chamber\b", clause) or has(rf"{UPPER_HOUSE}|{LOWER_HOUSE}", clause):
        return True
    return has(rf"{UPPER_HOUSE}|{LOWER_HOUSE}", context.preceding.get(text, "") + " " + text)


# 'No Lower House election is required until October 2028': a deadline of one chamber, no date of the next vote.
_ONE_CHAMBER_DEADLINE = re.compile(
    rf"{LOWER_HOUSE}[^;]{{0,60}}?\b(?:not\s+(?:be\s+)?(?:required|due|needed)|does\s+not\s+have\s+to|need\s+not|"
    r"must\s+(?:be\s+held|take\s+place)|required|has\s+to\s+be\s+held)\b[^;]{0,40}?\b(?:until|by|before|no\s+later\s+than)\b",
    re.IGNORECASE,
)


_ABROAD = rf"{OTHER_COUNTRIES}|\bUnited States\b|\bU\.S\.(?!-)|\bAmerican?\b"
_OTHER_TERM = re.compile(
    r"\b(?:term|tenure|presidency|mandate)\b(?![^,;]*(?:House|chamber|Diet))[^,;]{0,50}?"
    r"\b(?:runs|lasts|expires|ends|continues|is\s+up)\s*$",
    I,
)
"""A term of office other than a chamber's ending on the date: 'Takaichi's term as LDP president runs until ...'."""


@rule("politics.next_diet_election_due", needs=("election", "contested", "elected"))
def next_diet_election_due(sentence: Sentence, context: Context) -> Fields | None:
    # Each sentence that names an upcoming national election (either house, or the Diet) gives its date;
    # the resolver keeps the earliest, since that is the next one ("Upper House in July 2028" before
    # "Lower House not required until February 2030").
    found: set[str] = set()
    # Each clause gives its own date: ', and the new Lower House may sit until February 2030' is no election's.
    for clause in _COORDINATE.split(sentence.text):
        contested = _CONTESTED.search(clause) is not None and _chamber_named(clause, context, sentence.text)
        if not (has(_NATIONAL, clause) or has(_NATIONAL_FOR, clause) or contested) or not has(_UPCOMING, clause):
            continue
        # 'No Lower House election is required until October 2028' is the next Diet election only when it
        # comes before the Upper House's next regular one (every third July), which the text may not state.
        upper = next_upper_house_election(context.updated) if context.updated else None
        lower_only = _ONE_CHAMBER_DEADLINE.search(clause) is not None and not has(UPPER_HOUSE, clause)
        if lower_only and upper is None:
            continue
        for match in _WHEN_DUE.finditer(clause):
            if another_country_before(clause, match.start(), _ABROAD) or _OTHER_TERM.search(clause, 0, match.start()):
                continue  # 'South Korea's next general election is due in April 2028', 'her term as LDP president runs'
            dated = p.dates(match.group("date"))
            value = dated[0][0] if dated else match.group("date")[-4:]
            if lower_only and upper is not None and value[:7] >= upper[: len(value)]:
                continue
            if context.updated is None or value > context.updated.isoformat()[: len(value)]:
                found.add(value)
    if not found:
        return None
    earliest = min(found)
    return {"value": int(earliest[:4]), "qualifier": "exact", "_earliest": earliest}


# "the Lower House's current term expires in December 2018", "until October 2028, when the Lower House's term
# ends": the chamber's term, whose end is the latest date of its election.
_TERM_ENDS = re.compile(
    rf"{LOWER_HOUSE}\W?s?\s+(?:current\s+)?(?:four-year\s+)?term\s+(?:runs\s+(?:until|through)|expires\s+(?:in|on)|"
    rf"ends\s+(?:in|on))\s+(?P<date>{p.MONTH}\s+\d{{4}})\b"
    rf"|\b(?:until|by|in)\s+(?P<when>{p.MONTH}\s+\d{{4}}),\s+when\s+(?:the\s+)?{LOWER_HOUSE}\W?s?\s+(?:current\s+)?"
    r"(?:four-year\s+)?term\s+(?:expires|ends|runs\s+out)\b"
)


@rule("politics.lower_house_election_due", needs=("election", "term"))
def lower_house_election_due(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    term = _TERM_ENDS.search(text)
    if term is not None and not another_country_before(text, term.start()):
        [(value, _)] = p.dates(term.group("date") or term.group("when"))
        return {"value": value, "qualifier": "exact"}
    if not has(
        rf"{LOWER_HOUSE}\s+elections?|elections?\s+(?:for|to)\s+the\s+(?:Diet's\s+)?{LOWER_HOUSE}", text
    ) or not has(DUE_WORDS, text):
        return None
    match = re.search(rf"\b(?:until|by|before|no later than)\s+(?P<date>{p.MONTH}\s+\d{{4}})\b", text)
    if match is None:
        return None
    [(value, _)] = p.dates(match.group("date"))
    return {"value": value, "qualifier": "exact"}
