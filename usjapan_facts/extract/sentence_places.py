"""Where a reading's sentence stands in its document, for the readers that look at the sentences after it. Pure."""

from __future__ import annotations

from usjapan_facts.extract.text import Document, Sentence


def sentence_places(document: Document) -> dict[int, int]:
    """Each sentence's place, by the object and by its text and section (a reader may hand back an equal copy): ask it
    with `place_of`."""
    where: dict[int, int] = {}
    for at, sentence in enumerate(document.sentences):
        where.setdefault(id(sentence), at)
        where.setdefault(hash((sentence.text, sentence.section)), at)
    return where


def place_of(where: dict[int, int], sentence: Sentence) -> int | None:
    """The place `sentence_places` gives a sentence read from the document, or None."""
    return where.get(id(sentence), where.get(hash((sentence.text, sentence.section))))


__all__ = ["place_of", "sentence_places"]
