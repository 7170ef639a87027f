"""A trade amount that is the object of the verb before it: with two flows named in its stretch, the verb before
it tells its flow ('Japan bought $80.1 billion of U.S. goods and shipped ...'), a maker's goods right after it tell
its seller ('taking $67.7 billion in U.S. goods'), an amount between a verb and 'to the United States' does not hide
the buyer ('shipping $136.5 billion in goods to the United States'), and in a brief that tells no part apart a flow
given by its goods alone is the flow. Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"


def _flows(body: str, brief: str = "IF10199") -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key in (X, M)}


def test_each_verb_takes_the_amount_after_it() -> None:
    """'Japan bought $81.3 billion of U.S. goods and shipped $142.6 billion of goods to the United States': Japan's
    purchase is U.S. exports, its shipment U.S. imports (goods alone: the flows of a brief with no parts)."""
    body = "In 2025 Japan bought $81.3 billion of U.S. goods and shipped $142.6 billion of goods to the United States."
    assert _flows(body) == {X: 81_300_000_000, M: 142_600_000_000}


def test_a_market_and_a_supplier_told_by_participles() -> None:
    """'taking $66.9 billion in U.S. goods ..., and as a supplier, shipping $138.8 billion in goods to the United
    States': the maker sells the first, the United States buys the second; 'up from ... in 2024' is a trap."""
    body = (
        "Japan ranked fourth in 2025 both as a market, taking $66.9 billion in U.S. goods (up from $62.4 billion in "
        "2024), and as a supplier, shipping $138.8 billion in goods to the United States."
    )
    assert _flows(body) == {X: 66_900_000_000, M: 138_800_000_000}


def test_goods_beside_services_are_no_flow_of_a_brief_with_no_parts() -> None:
    """'Japan bought $52.1 billion of American services ... and $77.9 billion of American goods': neither is the
    whole flow."""
    assert _flows("Japan bought $52.1 billion of American services in 2025 and $77.9 billion of American goods.") == {}


def test_a_balance_in_the_stretch_is_no_flow() -> None:
    """'..., so that the bilateral goods deficit, $69.9 billion, was the third-largest': the deficit is no U.S.
    import, and the flows before it (Japan's: 'its position', Japan named before) are still read."""
    body = (
        "Only China, Canada, and Mexico outranked Japan among U.S. partners in 2025. Fourth, too, was its "
        "position both as a market, taking $66.9 billion in U.S. goods, and as a supplier, shipping $136.8 "
        "billion in goods to the United States, so that the bilateral goods deficit, $69.9 billion, was the "
        "third-largest the United States ran with any country."
    )
    assert _flows(body) == {X: 66_900_000_000, M: 136_800_000_000}


def test_last_year_before_a_change_dates_the_level_it_reached() -> None:
    """'narrowed slightly last year, to $66.6 billion from $68.1 billion in 2024': the level reached, of the year
    before the cover's; the level it started from is no value."""
    body = "The U.S. goods deficit with Japan narrowed slightly last year, to $66.6 billion from $68.1 billion in 2024."
    assert facts_in(body, "IF11120").get("trade.goods_deficit") == (66_600_000_000, "exact")
