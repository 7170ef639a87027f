"""Places paired 'respectively' with what they rank: with the countries said before them ('British and Japanese firms
held the largest and second-largest FDI positions ..., respectively': Japan's is the second), or with the yardsticks
said after them ('it was the fourth- and fifth-largest market for U.S. exports and source of U.S. imports,
respectively': fourth by exports, fifth by imports). The roles pair in order, and only when their counts agree. Pure,
no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from usjapan_facts.extract.counted_ranks import ORDINAL, ordinal_value
from usjapan_facts.extract.flow_directions import PRONOUN, pronoun_party
from usjapan_facts.extract.rank_concepts import CONCEPTS, NOT_JAPANS, RULED_OUT, concepts, period
from usjapan_facts.extract.ranked_subject import about_japan, countries_at
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_ITEM = rf"(?:(?:{ORDINAL})(?:-(?:largest|biggest|most))?-?|largest|biggest|top)"
_SERIES = re.compile(rf"\b{_ITEM}(?:(?:,\s+|,?\s+and\s+){_ITEM})+(?=[\s,])", I)
"""Places said in a row: 'the largest and second-largest', 'fourth- and fifth-largest', 'third, fourth, and sixth' (a
comma may follow: 'ranking fourth and fifth, respectively')."""
_ONE = re.compile(rf"(?P<ordinal>{ORDINAL})|largest|biggest|top", I)
"""One place of a row: an ordinal, or a superlative alone (first)."""
_CONCEPT = {fact: re.compile("|".join(words), I) for fact, words in CONCEPTS.items()}
"""Each rank fact's yardstick words, one pattern each."""
_RESPECTIVELY = re.compile(r"\brespectively\b", I)
_CLAUSE_END = re.compile(r";")
"""Where a clause of a pairing ends: each semicolon-separated part pairs on its own."""


def _places(series: str) -> list[int]:
    """The places a row says, in order: 'largest and second-largest' -> [1, 2]."""
    items = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", series)
    return [ordinal_value(m["ordinal"]) if (m := _ONE.search(item)) and m["ordinal"] else 1 for item in items]


def _in_order(clause: str, start: int, end: int) -> list[str]:
    """The yardsticks named from `start` to `end`, in the order they are first named (each once)."""
    firsts = {fact: m.start() for fact, words in _CONCEPT.items() if (m := words.search(clause, start, end))}
    return sorted(firsts, key=firsts.__getitem__)


def respective(
    clause: str, before: str, facts: Collection[str], earlier: str = "", head: str = ""
) -> list[tuple[str, int]]:
    """Japan's places a clause pairs 'respectively' with the countries before them or the yardsticks after them (a
    pronoun ranked stands for its sentence's subject, through the sentences before: `earlier`, the one before
    `before`; `head`, the sentence's clauses before this one)."""
    if not _RESPECTIVELY.search(clause) or RULED_OUT.search(clause) or not (series := _SERIES.search(clause)):
        return []
    places = _places(series[0])
    before_row = [who for _, who in countries_at(clause[: series.start()])]
    after_row = [who for _, who in countries_at(clause, series.end())]
    said = concepts(clause)
    if len(after_row) > 1:  # '... were Japan and South Korea, respectively': the places are the countries'
        named = after_row if len(after_row) == len(places) and len(said) == 1 else []
    else:
        named = before_row
    if len(named) == len(places) > 1 and named.count("japan") == 1 and len(said) == 1:
        pairs = [(said[0], places[named.index("japan")])]  # countries before or after, in order
    elif len(after_row) > 1:
        return []
    else:
        after = _in_order(clause, series.end(), len(clause))
        if len(after) != len(places) or not (
            about_japan(clause, series.start(), series.end(), head or before)
            or _it_japan(clause, series.start(), head, before, earlier)
        ):
            return []
        pairs = list(zip(after, places, strict=True))  # yardsticks after, in order
    return [
        (fact, place)
        for fact, place in pairs
        if fact in facts
        and fact != "trade.goods_deficit_rank"
        and not (fact in NOT_JAPANS and NOT_JAPANS[fact].search(clause))
    ]


def _it_japan(clause: str, start: int, *back: str) -> bool:
    """Whether the ranked is a pronoun standing for Japan, no country named before the places ('That year it bought
    ... and sold ..., ranking fourth and fifth, respectively', 'it' Japan since two sentences back)."""
    pronoun = PRONOUN.search(clause, 0, start)
    return bool(
        pronoun and not countries_at(clause[:start]) and pronoun_party(clause[: pronoun.start()], *back) == "JP"
    )


def respective_ranks(
    sentences: Iterable[Sentence], preceding: dict[str, str], facts: Collection[str], updated: dt.date | None
) -> dict[str, list[tuple[Fields, Sentence]]]:
    """The places of `facts` said 'respectively' in the sentences, each read with its sentence."""
    found: dict[str, list[tuple[Fields, Sentence]]] = {}
    for sentence in sentences if facts else ():
        if sentence.cut or "respectively" not in sentence.folded:
            continue
        before = preceding.get(sentence.text, "")
        head = ""  # the clauses before this one: 'South Korea was seventh; it ranked ...' is Korea's
        for clause in _CLAUSE_END.split(sentence.text):
            if period(clause, updated) is False:
                head += clause + ";"
                continue
            for fact, place in respective(clause, before, facts, preceding.get(before, ""), head):
                found.setdefault(fact, []).append(({"value": place, "qualifier": "exact"}, sentence))
            head += clause + ";"
    return found


__all__ = ["respective_ranks"]
