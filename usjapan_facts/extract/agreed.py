"""What a general reader adds of a fact no rule or declaration read: the fact's readings from every sentence holding
its gate words, kept only when they all agree on the value and its qualifier. Pure, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Document, Sentence

Readings = dict[str, list[tuple[Fields, Sentence]]]


def fill_agreed(
    gates: Iterable[tuple[str, Iterable[str]]],
    read: Callable[[str, Sentence], Fields | None],
    document: Document,
    readings: Readings,
) -> None:
    """Add to `readings` each unread fact's readings (`read(fact_id, sentence)`) from the sentences holding one of its
    gate words, where all of them agree; a fact read already, or not in `readings`, is left as it is."""
    for fact_id, gate in gates:
        if readings.get(fact_id) or fact_id not in readings:
            continue
        words = tuple(gate)
        got = [
            (fields, sentence)
            for sentence in document.sentences
            if len(sentence.text) <= MAX_SENTENCE
            and any(word in sentence.folded for word in words)
            and (fields := read(fact_id, sentence))
        ]
        if len({(fields["value"], fields["qualifier"]) for fields, _ in got}) == 1:
            readings[fact_id].extend(got)


__all__ = ["Readings", "fill_agreed"]
