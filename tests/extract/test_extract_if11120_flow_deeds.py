"""A part of a trade flow said by its buyer's or seller's verb, with no total beside it: 'Japan bought $70 billion in
U.S. goods', '... while selling $140 billion in goods to the United States', 'Japanese firms sold upwards of $30
billion in services to U.S. customers'.

Every sentence is invented for the test; each trap is another country's purchase or sale.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
SERVICES_IMPORTS = "trade.us_services_imports_from_japan"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Japan bought $70 billion in U.S. goods in 2025.", GOODS_EXPORTS, 70e9),
        ("Japan bought $70 billion in U.S. goods in 2025 while selling $140 billion in goods to the United States.",
         GOODS_IMPORTS, 140e9),
        ("Japanese firms sold upwards of $30 billion in services to U.S. customers in 2025.", SERVICES_IMPORTS, 30e9),
        ("In 2025 Japan bought U.S. goods and services worth some $130 billion.", "trade.us_exports_to_japan", 130e9),
    ],
)  # fmt: skip
def test_a_part_said_by_its_buyer_or_seller_is_read(sentence: str, fact: str, value: float) -> None:
    """The one amount a buyer's or seller's verb moves, said to be goods or services, is that part of the flow."""
    assert facts_in(sentence, "IF11120")[fact][0] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japanese firms sold upwards of $30 billion in services to Chinese customers in 2025.", SERVICES_IMPORTS),
        ("China bought $70 billion in U.S. goods in 2025 while selling $140 billion in goods to the United States.",
         GOODS_IMPORTS),
        ("Japanese consumers bought $250 billion of Japanese goods in 2025.", GOODS_IMPORTS),
    ],
)  # fmt: skip
def test_another_countrys_part_is_not_read(sentence: str, fact: str) -> None:
    """A purchase or sale by another country, or Japanese buyers' own, is no part of a flow with Japan."""
    assert fact not in facts_in(sentence, "IF11120")
