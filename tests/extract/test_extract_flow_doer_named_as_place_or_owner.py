"""The doer of a trade verb is never a party named as a place or an owner of the one that acts: 'firms in the United
States exported' are firms, not the United States, and 'affiliates of Japanese companies imported' are affiliates,
not Japan. With no counterparty named, such firms' trade is no U.S.-Japan flow; the country that acts, or a
counterparty named after the verb, still tells the flow."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
FLOWS = (GOODS_IMPORTS, GOODS_EXPORTS, "trade.us_imports_from_japan", "trade.us_exports_to_japan")


@pytest.mark.parametrize(
    ("body", "brief"),
    [
        ("Japanese-owned factories in the United States exported $78 billion of goods in 2025.", "IF11120"),
        ("Subsidiaries of Japanese automakers exported $31 billion of goods in 2025.", "IF11120"),
        ("Japanese trading houses in the United States imported $95 billion of goods in 2025.", "IF11120"),
        (
            "Plants within the United States owned by Japanese investors shipped $60 billion of goods in 2025.",
            "IF11120",
        ),
        ("Affiliates of Japanese electronics makers imported $52 billion of goods in 2025.", "IF11120"),
    ],
)
def test_firms_named_by_their_place_or_owner_trade_no_flow(body: str, brief: str) -> None:
    assert not set(FLOWS) & set(facts_in(body, brief))


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("The United States exported $79 billion of goods to Japan in 2025.", GOODS_EXPORTS, 79e9),
        ("Japan exported $147 billion of goods to the United States in 2025.", GOODS_IMPORTS, 147e9),
        ("U.S. firms exported $79 billion of goods to Japan in 2025.", GOODS_EXPORTS, 79e9),
    ],
)
def test_a_country_that_acts_still_tells_the_flow(body: str, fact: str, value: float) -> None:
    got = facts_in(body, "IF11120").get(fact)
    assert (got[0] if got else None) == value
