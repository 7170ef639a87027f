"""A rate the sentence takes as given ('The 15% charged on most goods is imposed under IEEPA'): the one told before.

A definite article before a rate ('the 15%', 'The 15 percent') points back to a rate the text has already told, so
the sentence speaks of the goods that one was told of, though it names no country itself (after a table, a heading or
a column's break, no sentence before it carries the subject). Such a sentence is on Japan's goods when a sentence
before it in the text (or a table under a title) names Japan, and no other country, with that same rate told as the
one now (`now`: not past, threatened or dated), and no sentence or heading since names another country (whose goods
it may then speak of: '## South Korea'). Whether the rate is the one now, and of which tariff, is still for its own
words to tell. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from decimal import Decimal

from usjapan_facts.extract.anaphora import routed
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.parsers import percents
from usjapan_facts.extract.text import Sentence

JAPAN = re.compile(r"\bJapan|\bTokyo\b")

_THE = re.compile(r"\b[Tt]he\s+$")
"""The definite article before a rate: 'The 15% charged on ...', 'the ten percent'."""


def table_title(sentence: Sentence) -> str:
    """The title of the table whose row the sentence is ('Table 1. U.S. Tariffs on Goods from Japan'), else nothing."""
    return sentence.section if sentence.section.startswith("Table") else ""


def _rates(text: str) -> list[tuple[Decimal, bool]]:
    """Each rate of the text, with whether the definite article stands before it."""
    return [(value, bool(_THE.search(text, 0, m.start()))) for value, _, m in percents(text) if not m.group("fraction")]


def given_of(sentences: Iterable[Sentence], now: Callable[[str], bool]) -> frozenset[str]:
    """The texts of the sentences whose rate with a definite article was told before, as the rate now (`now` of its
    text), by a sentence naming Japan (in its words or its table's title) and no other country, with no sentence or
    heading naming another country between them."""
    told: set[Decimal] = set()
    given: set[str] = set()
    for sentence in sentences:
        if ANOTHER_COUNTRY.search(sentence.text) or ANOTHER_COUNTRY.search(sentence.section):
            told.clear()  # 'Seoul later accepted a 25% rate', '## South Korea': the goods spoken of may be its
            continue
        rates = _rates(sentence.text)
        if any(value in told for value, the in rates if the):
            given.add(sentence.text)
        if rates and (JAPAN.search(sentence.text) or JAPAN.search(table_title(sentence))) and now(sentence.text):
            told.update(value for value, _ in rates)
    return frozenset(given)


class Given:
    """The texts `given_of` finds, worked out only when first asked of a sentence that could be one of them (a rate
    after a definite article): most sentences the tariff reader asks about name Japan or hold no such rate."""

    def __init__(self, sentences: Iterable[Sentence], now: Callable[[str], bool]) -> None:
        self._sentences, self._now = sentences, now
        self._texts: frozenset[str] | None = None

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str) or not any(the for _, the in _rates(text)):
            return False  # 'given_of' takes only a sentence with a rate after 'the'
        if self._texts is None:
            self._texts = given_of(self._sentences, self._now)
        return text in self._texts


def on_japan(sentence: Sentence, before: str, given: Container[str] = frozenset()) -> bool:
    """Whether the sentence is on Japan's goods: it names Japan, stands in a table titled so, points back to a sentence
    before (`before`) that does, or takes as given a rate told of Japan's goods (its text is in `given`)."""
    if JAPAN.search(sentence.text) or JAPAN.search(table_title(sentence)) or sentence.text in given:
        return True  # a table's row, under a title on Japan's goods ('Table 1. U.S. Tariffs on Goods from Japan')
    return routed(sentence.text) and bool(JAPAN.search(before)) and not ANOTHER_COUNTRY.search(before)


__all__ = ["JAPAN", "Given", "given_of", "on_japan", "table_title"]
