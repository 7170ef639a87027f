"""Where a clause says a place of Japan's in a verb's words ('comes second', 'down to fifth', 'a close second'), and the
places a text or a clause says in any form: the pieces `unread_ranks` reads a rank's place with. Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.counted_ranks import ORDINAL, ordinal_value
from usjapan_facts.extract.gapped import restated
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rank_concepts import concepts
from usjapan_facts.extract.ranks import ranks
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

PLACE = re.compile(
    r"\b(?:comes?|came|places?|placed|stands?|stood|sits?|sat|finish(?:es|ed)?|lands?|landed|ranks?|ranked)\s+"
    rf"(?:now\s+|still\s+|also\s+|again\s+)?(?:in\s+)?(?:the\s+)?(?P<place>{ORDINAL})(?:\s+place)?\b"
    rf"|\b(?:down|up|back)\s+to\s+(?:the\s+)?(?P<moved>{ORDINAL})(?:\s+place)?\b"
    r"|^\W*(?:the\s+)?(?P<top>top|leading|largest|biggest|No\.\s*1)\b"
    rf"|\ba\s+(?:close|distant|narrow|strong|solid|clear)\s+(?P<close>{ORDINAL})\b|\bthe\s+(?P<most>{ORDINAL})-most\b"
    r"|\b(?:behind|after|trail(?:s|ed|ing)?|second\s+to)\s+(?P<alone>(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}alone)\b"
    r"|\bat\s+(?:number|No\.)\s*(?P<number>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:only|just)\s+(?P<ahead>two|three|four|five|six|seven|eight|nine|\d)\s+(?:(?:other\s+)?(?:countries|partners|"
    r"nations|economies)\s+)?(?:\w+\s+)?(?:more|larger|bigger)\b",
    I,
)
"""A place after a verb of standing ('Japan comes first', 'places fourth'), or a list item's 'Top source of FDI'; one
told by how near ('a close second'), by its number ('stayed at number four'), by the most ('sold the fifth-most'), or
by the one ahead alone ('behind China alone': second)."""

SAME = re.compile(r"\b(?:only\s+)?(?:the\s+same\s+number(?:\s+of\s+(?:countries|partners))?|as\s+many)\b", I)
"""A count of those ahead said again: 'Four countries bought more than Japan did, and the same number sold more'."""


def places_in(text: str) -> set[int]:
    """The places a text says, in any form: 'the fourth-largest', 'came fifth'."""
    return {c.value for c in ranks(text) if isinstance(c.value, int)} | {place_value(m) for m in PLACE.finditer(text)}


def counts(clause: str) -> set[int]:
    """The places a clause counts the countries ahead of: 'Four countries bought more ... than Japan did' -> {5}."""
    return {c.value for c in ranks(clause) if isinstance(c.value, int)}


def place_value(found: re.Match[str]) -> int:
    """The place a match of `PLACE` says: its ordinal, 2 for the one ahead alone, else 1 (a list item's 'Top')."""
    if word := found["place"] or found["moved"] or found["close"] or found["most"]:
        return ordinal_value(word)
    if found["number"]:
        return int(p.number_of(found["number"]) or 0)
    if found["ahead"]:
        return int(p.number_of(found["ahead"]) or 0) + 1
    return 2 if found["alone"] else 1


_ANOTHERS_CLAUSE = re.compile(
    rf"^\W*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(?:{OTHER_COUNTRIES})\b(?![^;]*\bJapan)"
)
"""A clause whose subject is another country, Japan unnamed: 'China's, in second place, came to $835 billion' places
China, not Japan."""


def other_place(fact: str, value: object, others: list[str]) -> bool:
    """Tell whether another clause gives the same yardstick (its own, or none named) another place: 'third in 2015;
    in 2021 it ranked fourth' is a change, and which place is current is unsure (never a clause placing another
    country)."""
    return any(
        ({c.value for c in ranks(other)} | {place_value(m) for m in PLACE.finditer(other)}) - {value}
        and (fact in (said := concepts(other)) or not said)
        and not _ANOTHERS_CLAUSE.match(other)
        for other in others
    )


def with_restated(
    sentences: Iterable[Sentence], preceding: dict[str, str], quoted: dict[int, Sentence]
) -> Iterator[Sentence]:
    """Each sentence, then the plain sentences a rank said in a shortened way stands for (`gapped.restated`: 'As a
    buyer Japan ranked behind A, B, and C; as a seller, behind C, A, and B' holds 'As a seller, Japan ranked behind C,
    A, and B'), each after the same sentence before; `quoted` maps each restated one to the sentence it restates."""
    for sentence in sentences:
        yield sentence
        for text in restated(sentence.text, sentence.folded) if not sentence.cut else ():
            preceding.setdefault(text, preceding.get(sentence.text, ""))
            plain = Sentence(text, sentence.section)
            quoted[id(plain)] = sentence
            yield plain


__all__ = ["PLACE", "SAME", "counts", "other_place", "place_value", "places_in", "with_restated"]
