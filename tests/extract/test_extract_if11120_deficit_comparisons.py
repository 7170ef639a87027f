"""The goods deficit said as a comparison after its amount ('In goods alone, the United States bought $X more from
Japan than it sold there', '... came up $X short with Japan'), 'merchandise' for goods, and its rank counted as the
partners whose gaps exceed it.

Every sentence is invented for the test; the traps count services too, or name another country.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

DEFICIT = "trade.goods_deficit"
RANK = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Counting goods only, the United States bought $61.2 billion more from Japan than it sold there in 2030.",
         DEFICIT, 61.2e9),
        ("On the merchandise side, Americans bought some sixty billion dollars more from Japan than they exported to "
         "it in 2030.", DEFICIT, 60e9),
        ("Measured in goods alone, the United States came up $63.0 billion short with Japan in 2030.", DEFICIT, 63e9),
        ("The goods deficit with Japan narrowed to $58.2 billion in 2030 from $66.0 billion in 2029.", DEFICIT, 58.2e9),
        ("The U.S. shortfall in merchandise trade with Japan, $64.4 billion in 2030, was exceeded by those with five "
         "other countries.", DEFICIT, 64.4e9),
        ("The U.S. shortfall in merchandise trade with Japan, $64.4 billion in 2030, was exceeded by those with five "
         "other countries.", RANK, 6),
        ("In goods alone, the United States bought $66.1 billion more from Japan than it sold there in 2030. That gap "
         "trailed only those with China, Mexico, and Vietnam, and it has hardly moved since 2024.", RANK, 4),
        # the larger deficits counted, the year and Japan from the clause or the sentence before
        ("The U.S. goods deficit with Japan was $68 billion in 2025; only three bilateral goods deficits were larger: "
         "those with China, Mexico, and Vietnam.", RANK, 4),
        ("The U.S. goods deficit with Japan was $68 billion in 2025. Only six bilateral goods deficits were larger.",
         RANK, 7),
        ("Japan ran a goods surplus with the United States in 2025; only three partners, counting the European Union "
         "as one, had bigger goods surpluses with the United States.", RANK, 4),
    ],
)  # fmt: skip
def test_a_goods_comparison_is_the_goods_deficit(sentence: str, fact: str, value: float) -> None:
    """'$X more from Japan than it sold' or '$X short with Japan', of goods alone, is the goods deficit."""
    assert facts_in(sentence, "IF11120")[fact][0] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Counting goods and services, the United States bought $60 billion more from Japan than it sold there in 2030.",
        "In goods alone, the United States bought $300 billion more from China than it sold there in 2030.",
    ],
)
def test_another_comparison_is_not_the_goods_deficit(sentence: str) -> None:
    """All trade, or another country, is not the goods deficit with Japan."""
    assert DEFICIT not in facts_in(sentence, "IF11120")
