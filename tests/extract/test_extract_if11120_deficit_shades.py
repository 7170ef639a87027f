"""IF11120's goods deficit hedged 'a shade under', 'a touch over', 'slightly below', called 'the imbalance' or 'the
gap' after 'goods alone', ranked 'the fourth-widest' or 'the third-deepest', and dated 'up from $X in 2024' (2025).

Every sentence is invented for the test; each trap is another country's deficit.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

DEFICIT = "trade.goods_deficit"
RANK = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The goods deficit with Japan came to a hair under $65 billion in 2029.", {DEFICIT: (65000000000, "under")}),
        ("Counting goods only, the gap was a touch over $61 billion in 2029.", {DEFICIT: (61000000000, "over")}),
        ("The goods deficit with Japan was $62 billion in 2029, the fifth-widest U.S. bilateral goods deficit.",
         {DEFICIT: (62000000000, "exact"), RANK: (5, "exact")}),
        ("The bilateral goods deficit reached slightly below $58 billion in 2029, the third-deepest U.S. goods gap.",
         {DEFICIT: (58000000000, "under"), RANK: (3, "exact")}),
        ("Measured on goods alone, the imbalance was just over $61 billion, up from $57 billion in 2024.",
         {DEFICIT: (61000000000, "over")}),
        ("The goods deficit with China was a shade under $300 billion in 2029, the widest of any.", {}),
        ("Measured on goods alone, the imbalance with Mexico was just over $150 billion in 2029.", {}),
    ],
)  # fmt: skip
def test_a_shaded_deficit_and_its_widest_rank_are_read(sentence: str, expected: dict[str, tuple[int, str]]) -> None:
    """The hedge 'a shade under' is under, 'a touch over' over; 'widest' and 'deepest' rank like 'largest'."""
    facts = facts_in(sentence, "IF11120")
    assert {fact: facts[fact] for fact in (DEFICIT, RANK) if fact in facts} == expected
