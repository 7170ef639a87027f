"""The goods deficit said as a shortfall: 'The goods balance with Japan showed a shortfall of $60.2 billion', 'In
goods trade with Japan, the United States ran a shortfall of', 'the fifth-largest bilateral goods deficit of the
United States in 2025: $55.4 billion', and its rank 'the fourth-biggest such shortfall with any country'.

Every sentence is invented for the test; each trap is the services balance or another country's.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

DEFICIT = "trade.goods_deficit"
RANK = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("The goods balance with Japan showed a shortfall of $60.2 billion in 2025.", DEFICIT, 60.2e9),
        ("Japan accounted for the fifth-largest bilateral goods deficit of the United States in 2025: $55.4 billion.",
         DEFICIT, 55.4e9),
        ("The goods balance with Japan showed a shortfall of $60.2 billion in 2025, the fourth-biggest such shortfall "
         "with any country.", RANK, 4),
    ],
)  # fmt: skip
def test_a_goods_shortfall_is_the_goods_deficit(sentence: str, fact: str, value: float) -> None:
    """A shortfall in the goods balance with Japan is the goods deficit; its place among such shortfalls, its rank."""
    assert facts_in(sentence, "IF11120")[fact][0] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The services balance with Japan showed a shortfall of $5 billion in 2025.", DEFICIT),
        ("The goods balance with China showed a shortfall of $300 billion in 2025, the biggest such shortfall with any "
         "country.", RANK),
    ],
)  # fmt: skip
def test_another_shortfall_is_not_read(sentence: str, fact: str) -> None:
    """The services balance, or another country's goods balance, is not the goods deficit with Japan."""
    assert fact not in facts_in(sentence, "IF11120")
