"""A sentence that opens on an amount after a full stop ('... Census Bureau data. $69.9 billion, the U.S. goods trade
deficit with Japan in 2024, was ...'), in its paragraph, is a sentence of its own, read as any other; one opening a
paragraph may be a cut sentence's tail, as before. Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

D, DR = "trade.goods_deficit", "trade.goods_deficit_rank"


def _deficit(body: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, "IF11120").items() if key in (D, DR)}


def test_an_amount_opening_a_sentence_is_its_subject() -> None:
    body = (
        "Figures are from Census Bureau data. $72.4 billion, the U.S. goods trade deficit with Japan in 2030, was the "
        "sixth largest the United States ran with any partner."
    )
    assert _deficit(body) == {D: 72_400_000_000, DR: 6}


def test_an_amount_opening_a_sentence_keeps_its_own_year() -> None:
    """The sentence before dates nothing of it: 'In 2019 ...' then '$72.4 billion ... in 2030'."""
    body = (
        "In 2019 the deficit had been larger. $72.4 billion, the U.S. goods trade deficit with Japan in 2030, was "
        "the sixth largest the United States ran with any partner."
    )
    assert _deficit(body) == {D: 72_400_000_000, DR: 6}


def test_a_paragraph_opening_on_an_amount_is_still_a_cut_sentences_tail() -> None:
    """Across paragraphs the amount may be the tail of a sentence another column cut ('... purchased' / '$440.0
    billion ...'): whether the paragraph before ended on a full stop tells nothing, and no flow is read from it."""
    body = (
        "Japan ranked fourth among U.S. trading partners.\n\n$440.0 billion of goods and services in 2030, over twice "
        "the U.S. imports from Japan."
    )
    assert "trade.us_imports_from_japan" not in facts_in(body, "IF11120")
