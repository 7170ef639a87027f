"""Rules of the politics section."""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import (
    Context,
    Fields,
    I,
    has,
    one,
    rule,
)
from usjapan_facts.extract.text import Sentence

PARTIES: dict[str, str] = {
    "LDP": r"\bLDP\b|Liberal Democratic Party",
    "Komeito": r"\bKomeito\b",
    "Ishin": r"\bIshin\b|Japan Innovation Party",
    "CDP": r"\bCDP\b|Constitutional Democratic Party",
    "DPP": r"\bDPP\b|Democratic Party for the People",
}


@rule("politics.ruling_coalition", needs=("coalition",))
def ruling_coalition(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:coalition partner|ruling coalition|governing coalition)\b", text):
        return None
    if has(r"\b(?:former|previous|ended|left|quit|broke)\b", text):
        return None
    named = sorted(
        (match.start(), party) for party, pattern in PARTIES.items() if (match := re.search(pattern, text)) is not None
    )
    parties = [party for _, party in named]
    return {"value": parties} if len(parties) >= 2 else None


UPPER_HOUSE = r"\b(?:Upper House|House of Councill?ors)\b"
LOWER_HOUSE = r"\b(?:Lower House|House of Representatives)\b"


def _house_share(text: str, house: str, other: str) -> Fields | None:
    if not has(house, text) or has(other, text) or not has(r"\b(?:LDP|coalition|Komeito|ruling)\b", text):
        return None
    change = re.search(r"\bfrom\s+(?P<old>\d+(?:\.\d+)?)%\s+(?:of the seats\s+)?to\s+(?P<new>\d+(?:\.\d+)?)%", text, I)
    if change:
        return {
            "value": p.plain(Decimal(change.group("new"))),
            "qualifier": "exact",
            "previous": p.plain(Decimal(change.group("old"))),
        }
    if has(r"\b(?:a minority|lacks? a majority|lost (?:its|their) majority)\b", text):
        return {"value": 50, "qualifier": "under"}
    shares = [{"value": p.plain(number), "qualifier": qualifier} for number, qualifier, _ in p.percents(text)]
    return one(shares)


@rule("politics.upper_house_coalition_share", needs=("upper house", "councill"))
def upper_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, UPPER_HOUSE, LOWER_HOUSE)


@rule("politics.lower_house_coalition_share", needs=("lower house", "representatives"))
def lower_house_coalition_share(sentence: Sentence, context: Context) -> Fields | None:
    return _house_share(sentence.text, LOWER_HOUSE, UPPER_HOUSE)


DUE_WORDS = r"\b(?:need|needs|must|required|due|have to|has to|scheduled)\b"


@rule("politics.next_diet_election_due", needs=("election",))
def next_diet_election_due(sentence: Sentence, context: Context) -> Fields | None:
    # A sentence may give two deadlines ("a Lower House election by 2030; no national election until
    # 2028"): the national one wins over one house's, and two different national ones mean no answer.
    generic: set[int] = set()
    one_house: set[int] = set()
    for clause in re.split(r";", sentence.text):
        house = has(r"\b(?:Upper House|Lower House)\s+elections?\b", clause)
        if not (house or has(r"\b(?:Diet|national|parliamentary|general)\s+elections?\b", clause)) or not has(
            DUE_WORDS, clause
        ):
            continue
        for match in re.finditer(
            rf"\b(?:until|by|before|no later than)\s+(?:{p.MONTH}\s+)?(?P<year>\d{{4}})\b", clause
        ):
            (one_house if house else generic).add(int(match.group("year")))
    years = generic or one_house
    return {"value": years.pop(), "qualifier": "exact"} if len(years) == 1 else None


@rule("politics.lower_house_election_due", needs=("election",))
def lower_house_election_due(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(rf"{LOWER_HOUSE}\s+elections?|elections?\s+(?:for|to)\s+the\s+{LOWER_HOUSE}", text) or not has(
        DUE_WORDS, text
    ):
        return None
    match = re.search(rf"\b(?:until|by|before|no later than)\s+(?P<date>{p.MONTH}\s+\d{{4}})\b", text)
    if match is None:
        return None
    [(value, _)] = p.dates(match.group("date"))
    return {"value": value, "qualifier": "exact"}
