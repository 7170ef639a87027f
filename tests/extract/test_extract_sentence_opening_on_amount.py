"""A sentence that opens on an amount after a full stop ('... Census Bureau data. $69.9 billion, the U.S. goods trade
deficit with Japan in 2024, was ...'), in its paragraph or ending the paragraph before, is a sentence of its own, read
as any other. Every sentence is invented for the test."""

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


def test_a_paragraph_opening_on_an_amount_after_a_full_stop_is_read() -> None:
    """The paragraph before ends on a full stop ('Source: CRS, with U.S. Census Bureau data.'): the amount opens one."""
    body = (
        "Source: CRS, with U.S. Census Bureau data.\n\n$72.4 billion, the U.S. goods trade deficit with Japan in 2030, "
        "was the sixth largest the United States ran with any partner."
    )
    assert _deficit(body) == {D: 72_400_000_000, DR: 6}
