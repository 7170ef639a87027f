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


def test_a_coordinated_verb_in_a_split_of_both_flows() -> None:
    """'the United States exported $124.0 billion to Japan in 2030 and imported $181.5 billion from it; services alone
    were $47.0 billion and $36.2 billion, respectively': 'imported' has the United States for its doer, so the
    services pair with exports and imports in order."""
    body = (
        "Counting services, the United States exported $124.0 billion to Japan in 2030 and imported $181.5 billion "
        "from it; services alone were $47.0 billion and $36.2 billion, respectively."
    )
    read = _flows(body, "IF11120")
    assert {key: read.get(key) for key in ("trade.us_services_exports_to_japan", SM)} == {
        "trade.us_services_exports_to_japan": 47_000_000_000,
        SM: 36_200_000_000,
    }


def test_a_flow_sent_the_other_way_by_its_named_seller() -> None:
    """'while Japanese firms sent roughly $186 billion the other way': Japan's sales, U.S. imports, of the year the
    sentence states."""
    facts = facts_in(
        "Japan's market took about $125 billion of U.S. goods and services in 2030, while Japanese firms sent roughly "
        "$186 billion the other way."
    )
    assert (facts.get(X), facts.get(M)) == ((125_000_000_000, "about"), (186_000_000_000, "about"))


def test_a_balance_that_ran_the_other_way_turns_no_flow_round() -> None:
    """'Services trade ran the other way: ...' says the balance turned, not which way a flow runs: the sentence's own
    verbs tell each flow."""
    body = (
        "U.S. exports to Japan were $80.0 billion in goods in 2030. Services trade ran the other way: the United "
        "States sold Japan $39.1 billion in services in 2030."
    )
    assert "trade.us_services_imports_from_japan" not in facts_in(body, "IF11120")


def test_a_combined_total_after_its_parts() -> None:
    """'$150 billion in goods and $37 billion in services came from Japan in 2030, a combined $187 billion': 'a
    combined' sums the parts, and 'in services' is the amount before's own part, not the total's."""
    read = _flows(
        "Japan's sales were large. Goods worth $150 billion and services worth $37 billion came from Japan in 2030, a "
        "combined $187 billion.",
        "IF11120",
    )
    assert read.get(M) == 187_000_000_000


def test_a_role_joined_on_takes_the_subject_before() -> None:
    """'It held the same position as a market for U.S. exports, which totaled $69.0 billion, and as a supplier of U.S.
    imports, at $140.2 billion': the supplier's amount is U.S. imports, 'It' Japan."""
    facts = facts_in(
        "In 2030, Japan was the fourth-largest U.S. partner in goods trade. It held the same position as a market for "
        "U.S. exports, which totaled $69.0 billion, and as a supplier of U.S. imports, at $140.2 billion."
    )
    assert (facts.get(X), facts.get(M)) == ((69_000_000_000, "exact"), (140_200_000_000, "exact"))
