"""A trade flow whose direction its clause does not name by itself: the doer of a coordinated verb carried from the
clause before ('Japan bought ..., and shipped $134.0 billion in return'), a party's own flow in a relative clause
('than Japan, whose shipments were valued at ...'), the United States named as the flow's buyer ('shipments ... to the
United States'), and a flow said to run the other way from the one named before it. Every sentence is invented for
the test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
FLOWS = (X, M, GM, SM, "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan")


def _flows(body: str, brief: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key in FLOWS}


@pytest.mark.parametrize(
    ("body", "brief", "expected"),
    [
        (
            "Japan bought $70.4 billion of U.S. goods in 2030, a little more than the $68.1 billion of 2029, and "
            "shipped $139.2 billion in return.",
            "IF10199",
            {M: 139_200_000_000},
        ),
        (
            "Japanese firms sold $158.3 billion worth of goods and services to American buyers in 2030, and took "
            "$121.7 billion in return.",
            "IF11120",
            {X: 121_700_000_000, M: 158_300_000_000},
        ),
    ],
)
def test_a_coordinated_verb_takes_its_doer_from_the_clause_before(
    body: str, brief: str, expected: dict[str, int]
) -> None:
    """'..., and shipped $139.2 billion in return': Japan, the first clause's subject, shipped it (U.S. imports), the
    first clause's part (goods; goods and services) its part; 'and took ... in return' after 'Japanese firms sold' is
    what Japanese firms bought (U.S. exports)."""
    read = _flows(body, brief)
    assert {key: read.get(key) for key in expected} == expected


def test_a_partys_own_flow_in_a_relative_clause() -> None:
    """'than Japan, whose shipments were valued at $191.0 billion': Japan's shipments, U.S. imports."""
    body = (
        "As a supplier Japan placed higher: only four countries sold more to the United States than Japan, whose "
        "shipments were valued at $191.0 billion in 2030."
    )
    assert _flows(body, "IF10199") == {M: 191_000_000_000}


def test_shipments_to_the_united_states_are_us_imports() -> None:
    """'Japan, whose shipments of goods and services to the United States were valued at ...' names the United States
    as the buyer: never U.S. exports."""
    body = (
        "Japan, whose shipments of goods and services to the United States were valued at $186.9 billion in 2030, "
        "remains a leading supplier."
    )
    assert _flows(body, "IF10199") == {M: 186_900_000_000}


def test_a_flow_the_other_way_is_the_one_before_turned_round() -> None:
    """'Flows the other way were larger: $193.5 billion in all, of which ... goods and ... services', after a sentence
    on U.S. exports: U.S. imports, its whole and its parts."""
    body = (
        "Of the $131.0 billion that U.S. exporters earned in Japan in 2030, $80.5 billion came from goods; the rest, "
        "$50.5 billion, came from services. Flows the other way were larger: $193.5 billion in all, of which $149.0 "
        "billion was goods and $44.5 billion services."
    )
    read = _flows(body, "IF11120")
    assert {key: read.get(key) for key in (M, GM, SM)} == {M: 193_500_000_000, GM: 149_000_000_000, SM: 44_500_000_000}
