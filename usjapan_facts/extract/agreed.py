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
    stated: Callable[[Fields, str], bool] | None = None,
) -> None:
    """Add to `readings` each unread fact's readings (`read(fact_id, sentence)`) from the sentences holding one of its
    gate words, where all of them agree; a fact read already, or not in `readings`, is left as it is. Where the caller
    says which figures a sentence `stated` as the fact's own ('215 of the chamber's 465 seats, or about 46%'), a fact
    read only as a bound said in words ('lost its majority': under 50) takes those, which the choice among readings
    weighs against the bound (`extract.resolve`)."""
    for fact_id, gate in gates:
        if fact_id not in readings:
            continue
        bounded = stated is not None and bool(readings[fact_id])
        bounded = bounded and all(fields.get("_coarse") for fields, _ in readings[fact_id])
        if readings[fact_id] and not bounded:
            continue
        words = tuple(gate)
        got = [
            (fields, sentence)
            for sentence in document.sentences
            if len(sentence.text) <= MAX_SENTENCE
            and any(word in sentence.folded for word in words)
            and (fields := read(fact_id, sentence))
            and not (bounded and (fields.get("_coarse") or stated is None or not stated(fields, sentence.text)))
        ]
        if len({(fields["value"], fields["qualifier"]) for fields, _ in got}) == 1:
            readings[fact_id].extend(got)


__all__ = ["Readings", "fill_agreed"]
