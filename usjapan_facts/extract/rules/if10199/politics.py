"""Rules of the politics section: the ruling coalition and its share of each chamber."""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import (
    LOWER_HOUSE,
    LOWER_HOUSE_SEATS,
    PARTIES,
    UPPER_HOUSE,
    UPPER_HOUSE_SEATS,
)
from usjapan_facts.extract.rules.base import (
    PAST,
    Context,
    Fields,
    I,
    Rule,
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
_WON = r"(?:won|took|secured|retained|kept)"
_ITS_PARTNER = re.compile(r"\bits\s+(?:coalition|junior|governing|smaller|longtime|long-standing)\s+partner\b")
_NOT_NOW = (
    r"\b(?:former|formerly|previous|ended|left|leave|quit|broke|split|in(?:to)?\s+(?:the\s+)?opposition|"
    r"opposition\s+(?:party|parties|bloc|camp|leader)|would|could|might|never|until|"
    r"dissolv\w*(?!\s+(?:the\s+)?(?:Lower\s+House|House\s+of\s+Representatives|Diet|lower\s+chamber))|"
    r"collaps\w*|reject\w*|join\w*|walk(?:ed|s)?\s+out|(?<!is )(?<!are )governed(?!\s+(?:together\s+)?since\b)|"
    r"from\s+\d{4}\s+(?:to|until)\s+\d{4})\b"
)
"""Words that put a coalition in the past, in doubt or outside: none of it is the ruling coalition now."""
_EARLIER_SPELL = re.compile(r",?\s+and\s+(?:before|prior\s+to)\s+(?:that|then)\b.*$")
"""'..., and before that from 1999 to 2009': an earlier spell told after the coalition now, not a doubt on it."""
_ASIDE = re.compile(r",\s+(?:where|when|after|before|until|as)\s+(?:the\s+)?$")
"""A relative clause opening right before the two parties: the pair is named in another deed, not as the coalition."""


_PAIRED = re.compile(
    rf"(?:\b(?:LDP|Komeito|Ishin)\)?-(?:LDP|Komeito|Ishin)\s+(?:coalition|government|bloc)\b"
    rf"|\bruling\s+(?:{_ANY_PARTY})(?:\s+\(LDP\))?,?\s+and\s+its\s+(?:junior\s+|coalition\s+)?partners?,?\s+"
    rf"(?:{_ANY_PARTY})\b|\b(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)\s+governs\s+(?:together\s+)?with\s+"
    rf"(?:{_ANY_PARTY})\b"
    rf"|(?:{_ANY_PARTY})\)?\s+and\s+its\s+(?:(?:junior|coalition|governing|smaller|longtime|long-standing)\s+){{0,2}}partners?,?\s+"
    rf"(?:the\s+)?(?:{_ANY_PARTY})"
    rf"|^(?:Together\s+)?[Ww]ith\s+(?:the\s+)?(?:{_ANY_PARTY}),\s+its\s+(?:\w+\s+){{0,2}}?partner,\s+(?:the\s+)?"
    rf"(?:{_ANY_PARTY})(?:\s+\(LDP\))?\s+{_HOLD}\b"
    rf"|^(?:The\s+)?(?:{_ANY_PARTY})\s+and\s+(?:{_ANY_PARTY})\s+(?:now\s+|together\s+)?(?:constitute|form|make\s+up|comprise)\s+"
    r"the\s+(?:ruling|governing)\s+(?:bloc|coalition|camp)\b)"
)
"""'The LDP-Komeito coalition', 'the ruling LDP and its partner Komeito', 'The LDP governs with Komeito', 'the LDP
and its smaller partner, Komeito', 'The LDP and Ishin now constitute the ruling bloc'."""


def _pair_part(text: str) -> str:
    """Of a sentence in parts between semicolons, the first naming two parties (one naming the coalition before
    others): the other parts tell other deeds ('...; Komeito, its partner for decades, left that month')."""
    parts = [part for part in text.split(";") if sum(re.search(way, part) is not None for way in PARTIES.values()) > 1]
    parts.sort(key=lambda part: re.search(r"\bcoalition\b", part) is None)  # the part naming the coalition first
    return parts[0] if parts and ";" in text else text


@rule("politics.ruling_coalition", needs=("coalition", "partner", "komeito", "ishin"))
def ruling_coalition(sentence: Sentence, context: Context) -> Fields | None:
    text = _pair_part(sentence.text)
    if has(_NOT_NOW, _EARLIER_SPELL.sub("", text)):
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
    paired = _PAIRED.search(text)
    joint = re.search(rf"(?:{_ANY_PARTY})\)?\s+and\s+(?:the\s+)?{partner}(?:{_ANY_PARTY})\b", text) or paired
    named_as_coalition = named_as_coalition or paired is not None
    # 'The LDP and Komeito hold ...', or took 313 of the 465 seats in last October's vote: a recent result.
    pair = re.match(rf"(?:The\s+)?(?:{_ANY_PARTY})\s+and\s+{partner}(?:{_ANY_PARTY}),?\s+(?P<verb>\w+)\b", text)
    holding = pair if pair and re.fullmatch(_HOLD, pair.group("verb")) else None
    recent = context.updated and all(int(year) >= context.updated.year - 1 for year in p.YEAR.findall(text))
    if pair and re.fullmatch(_WON, pair.group("verb")) and recent:
        holding = pair
    if not (named_as_coalition or holding):
        return None
    if joint is not None and _ASIDE.search(text, 0, joint.start()):
        return None  # 'lacks a majority there, where the LDP and Komeito lost theirs': another deed's pair
    if joint is not None:
        text = joint.group(0)
    named = sorted(
        (match.start(), party) for party, pattern in PARTIES.items() if (match := re.search(pattern, text)) is not None
    )
    parties = [party for _, party in named]
    its_partner = _ITS_PARTNER.search(text)
    partner_first = re.match(r"(?:Together\s+)?With\s+(?:the\s+)?(?:Komeito|Ishin)\b", text, I)
    if len(parties) == 2 and (partner_first or (its_partner and named[0][0] > its_partner.start())):
        parties.reverse()  # 'With its coalition partner Komeito, the LDP holds ...': the partner comes second
    if len(parties) == 1 and its_partner:
        # 'Together with its coalition partner Komeito, it holds ...' after a sentence on the LDP alone.
        before = context.preceding.get(sentence.text, "")
        carried = {party for party, pattern in PARTIES.items() if re.search(pattern, before)} - set(parties)
        parties = [*carried, *parties] if len(carried) == 1 else parties
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
_WHOSE = re.compile(r",\s+(?:(?:half|some|most|all|\w+)\s+of\s+)?whose\b.*", I)
"""A relative clause after the chamber: 'a majority in the Upper House, half of whose seats are up in July'."""
_PARTIES = re.compile(r"\b(?:the|Together,\s+the)\s+(?:two|ruling|governing)\s+parties\b|^They\b", re.IGNORECASE)
"""'The two parties', 'They': the ruling parties when the sentence before names the LDP or the coalition."""


_MINORITY = re.compile(
    r"\b(?:a minority|(?:in|into)\s+the\s+minority|minority status|lacks? a majority|"
    r"(?:well\s+|far\s+)?short of a majority|(?P<lost>lost (?:its|their) (?:\w+\s+){0,2}majority))\b",
    I,
)
"""Words that put the coalition under half the seats: 'in the minority', 'short of a majority', 'lost its majority'."""
_LOOKED_BACK = re.compile(r"\b(?:after|before|when|until|who|whose|which|had|having)\b(?:\s+[\w'\u2019-]+){0,4}\s+$", I)
"""Words that make a majority's loss the background of another deed: 'who resigned after his coalition lost its
majority', 'the coalition had lost its majority', 'before the coalition lost its majority'."""
_REGAINED = re.compile(r"\b(?:regain\w*|recover\w*|restor\w*|won\s+(?:it|them|its\s+majority)\s+back|won\s+back)\b", I)
_PAST_SPAN = re.compile(
    r"\b(?:from\s+(?:19|20)\d\d\s+(?:to|until|through)\s+(?:19|20)\d\d|until|till|once|formerly)\b", I
)
_WAS_IN = re.compile(r"\b(?:was|were|had\s+been)\b[^;]{0,80}?\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b", I)
_OPINION = re.compile(
    r"\b(?:approval|ratings?|polls?|polling|respondents|popularity|surveys?|support\s+(?:for|of))\b", I
)
"""A percentage of opinion, not of seats: 'With cabinet approval ratings above 65%'."""
_OF_PEOPLE = re.compile(
    r"\s*of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:voters|respondents|those\s+(?:polled|surveyed|asked)|the\s+public|"
    r"the\s+electorate|Japanese|people|members\s+voting)\b",
    I,
)
"""A percentage of people, not of seats: '55% of voters', '70% of those polled'."""


def _minority(text: str, year: int | None) -> Fields | None:
    """Under half of the seats, from a majority wording, or None when it is not the coalition's now: a loss told as
    the background of another deed or later undone, or a minority of a span long past.

    A loss ('lost its majority in July') is a past deed: a statement of the share now wins over it.
    """
    found = _MINORITY.search(text)
    if found is None or _REGAINED.search(text, found.end()) or _PAST_SPAN.search(text):
        return None  # 'lost its majority in 2024 but regained it', 'in the minority from 2007 to 2012'
    if _LOOKED_BACK.search(text[max(0, found.start() - 60) : found.start()]):
        return None  # 'Ishiba, who resigned after his coalition lost its majority in the upper house'
    was = _WAS_IN.search(text)
    if was and year is not None and int(was.group("year")) < year:
        return None  # 'the coalition was in the minority there in 2012'
    return {"value": 50, "qualifier": "under", **({"_when": PAST} if found.group("lost") else {})}


def _house_share(text: str, house: str, other: str, before: str = "", year: int | None = None) -> Fields | None:
    text = _WHOSE.sub("", text)
    # 'The two parties remain in the minority there' after a sentence naming the LDP: the ruling parties.
    ruling = has(r"\b(?:LDP|coalition|Komeito|ruling)\b", text) or (
        _PARTIES.search(text) and has(r"\b(?:LDP|coalition|ruling|two\s+parties)\b", before)
    )
    if not has(house, text) or not ruling:
        return None
    if has(other, text):
        # 'The two parties hold just under half of the Lower House, and they are well short of a majority in the
        # Upper House': the one clause naming this house alone, with the ruling parties the sentence names.
        own = [text[start:end] for start, end in clauses(text) if has(house, text[start:end])]
        if len(own) != 1 or has(other, own[0]):
            return None
        text = own[0]
    if has(r"\bopposition\s+(?:\w+\s+){0,3}?(?:holds?|held|controls?|has|have|had|commands?|won|took|enjoys?)\b", text):
        return None  # 'the opposition holds a majority in the Upper House': another bloc's share
    # 'the 465-member chamber' is the Lower House, whatever the sentence names; seats 'contested' or
    # 'defended' in an election are the share up for election, not the coalition's.
    if has(LOWER_HOUSE_SEATS if house == UPPER_HOUSE else UPPER_HOUSE_SEATS, text):
        return None
    if has(
        r"\b(?:contested|up\s+for\s+(?:re-?)?election|defend\w*|be\s+(?:re-?)?elected|(?:seats|members)\s+(?:are|is|come)\s+up)\b",
        text,
    ):
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
    # 'half of whose members will be elected in July' is the share up for election, not the coalition's.
    # A share of the vote or of turnout is no share of the seats, nor is the share needed for an amendment.
    votes = has(r"\b(?:votes?|ballots?|turnout|proportional|needed|required|necessary)\b", text)
    spans = clauses(text)
    shares = [
        {"value": p.plain(number), "qualifier": qualifier}
        for number, qualifier, match in p.percents(text)
        if not _UP_FOR_ELECTION.match(text, match.end())
        and not votes
        and not not_current(text, match.start())
        and not _OPINION.search(text, *clause_of(spans, match.start()))
        and not _OF_PEOPLE.match(text, match.end())
    ]
    share = one(shares)
    if share is not None:
        return share  # 'where the two parties fell into the minority in July, the partners hold 48 percent'
    if _MINORITY.search(text):
        return _minority(text, year)
    if not shares and _HOLDS_MAJORITY.search(text) and not has(r"\btwo-thirds|supermajority|\bneed", text):
        return {"value": 50, "qualifier": "over"}
    return None


@rule("politics.upper_house_coalition_share", needs=("upper house", "councill", "upper chamber"))
def upper_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    year = context.updated.year if context.updated else None
    return _house_share(sentence.text, UPPER_HOUSE, LOWER_HOUSE, context.preceding.get(sentence.text, ""), year)


@rule("politics.lower_house_coalition_share", needs=("lower house", "representatives", "lower chamber"))
def lower_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    year = context.updated.year if context.updated else None
    return _house_share(sentence.text, LOWER_HOUSE, UPPER_HOUSE, context.preceding.get(sentence.text, ""), year)
