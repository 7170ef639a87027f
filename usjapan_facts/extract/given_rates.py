"""A rate the sentence takes as given ('The 15% charged on most goods is imposed under IEEPA'): the one told before.

A definite article before a rate ('the 15%', 'The 15 percent') points back to a rate the text has already told, so
the sentence speaks of the goods that one was told of, though it names no country itself (after a table, a heading or
a column's break, no sentence before it carries the subject). Such a sentence is on Japan's goods when a sentence
before it in the text (or a table under a title) names Japan, and no other country, with that same rate. Whether the
rate is the one now, and of which tariff, is still for its own words to tell. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from usjapan_facts.extract.anaphora import routed
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.text import Sentence

JAPAN = re.compile(r"\bJapan|\bTokyo\b")

_GIVEN = re.compile(r"\b[Tt]he\s+(\d+(?:\.\d+)?)\s*(?:%|percent\b)")
"""A rate with the definite article: 'The 15% charged on ...', 'the 10 percent'."""
_RATE = re.compile(r"(?<![\d.$])(\d+(?:\.\d+)?)\s*(?:%|percent\b)")


def given_of(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The texts of the sentences whose rate with a definite article was told before by a sentence naming Japan (in
    its words or its table's title) and no other country."""
    told: set[float] = set()
    given: set[str] = set()
    for sentence in sentences:
        if any(float(found.group(1)) in told for found in _GIVEN.finditer(sentence.text)):
            given.add(sentence.text)
        named = JAPAN.search(sentence.text) or (sentence.section.startswith("Table") and JAPAN.search(sentence.section))
        if named and not ANOTHER_COUNTRY.search(sentence.text):
            told.update(float(found.group(1)) for found in _RATE.finditer(sentence.text))
    return frozenset(given)


def on_japan(sentence: Sentence, before: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence is on Japan's goods: it names Japan, stands in a table titled so, points back to a sentence
    before (`before`) that does, or takes as given a rate told of Japan's goods (its text is in `given`)."""
    title = sentence.section if sentence.section.startswith("Table") else ""
    if JAPAN.search(sentence.text) or JAPAN.search(title) or sentence.text in given:
        return True  # a table's row, under a title on Japan's goods ('Table 1. U.S. Tariffs on Goods from Japan')
    return routed(sentence.text) and bool(JAPAN.search(before)) and not ANOTHER_COUNTRY.search(before)


__all__ = ["JAPAN", "given_of", "on_japan"]
