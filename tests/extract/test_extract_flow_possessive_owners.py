"""A flow owned by a possessive pronoun ('Its goods shipments were worth $138.2 billion', 'their services sales') is
the flow of the party the pronoun stands for: the subject of its clause or of the clause before (a place, a party's
firms, an 'It' for one), as seller of its sales and shipments and buyer of its purchases; after a flow as the subject
('U.S. imports from Japan came to ...'), that flow's seller; none when the subject is anything else. Sentences
invented for the test (fresh39's class)."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import ExtractError, extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated November 10, 2031\n\n## Trade\n\n"
GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
PARTS = (GX, SX, GM, SM)


def _parts(body: str) -> dict[str, Any]:
    try:
        facts = extract_snapshot(COVER + body + "\n", brief="IF11120").snapshot.facts
    except ExtractError:  # no fact of the catalogue read at all
        return {}
    return {key: facts[key].value for key in PARTS if key in facts}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "U.S. imports from Japan came to $181.7 billion in 2030. Its goods shipments, mostly cars, were worth "
            "$138.2 billion, and its services sales $43.5 billion.",
            {GM: 138_200_000_000, SM: 43_500_000_000},
        ),
        (
            "Japan sold $150.1 billion of goods and services to the United States in 2030. Its goods shipments were "
            "worth $110.2 billion, and its services sales $39.9 billion.",
            {GM: 110_200_000_000, SM: 39_900_000_000},
        ),
        (
            "Japanese companies sold $181.7 billion of goods and services to U.S. buyers in 2030. Their goods sales "
            "were $138.2 billion and their services sales $43.5 billion.",
            {GM: 138_200_000_000, SM: 43_500_000_000},
        ),
        (
            "U.S. imports from Japan came to $181.7 billion in 2030. Its services sales were worth $43.5 billion, and "
            "its goods shipments $138.2 billion.",
            {GM: 138_200_000_000, SM: 43_500_000_000},
        ),
        (
            "Japan bought $131.0 billion of U.S. goods and services in 2030. Its goods purchases were worth $77.0 "
            "billion, and its services purchases $54.0 billion.",
            {GX: 77_000_000_000, SX: 54_000_000_000},
        ),
    ],
    ids=["after-a-flow", "after-japan-sold", "their-firms", "services-first", "purchases-bought"],
)
def test_a_possessive_flow_is_its_owners(body: str, expected: dict[str, int]) -> None:
    """Japan's shipments and sales are U.S. imports; its purchases are U.S. exports."""
    assert _parts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The United States sold $120.0 billion of goods and services to Japan in 2030. Its goods shipments were "
            "worth $80.0 billion, and its services sales $40.0 billion.",
            {GX: 80_000_000_000, SX: 40_000_000_000},
        ),
        (
            "U.S. firms sold $80.0 billion of goods to Japan in 2030. Their services sales there came to $40.0 "
            "billion.",
            {GX: 80_000_000_000, SX: 40_000_000_000},
        ),
        (
            "U.S. exports to Japan reached $131.0 billion in 2030. Its goods shipments were worth $77.0 billion, and "
            "its services sales $54.0 billion.",
            {GX: 77_000_000_000, SX: 54_000_000_000},
        ),
    ],
    ids=["us-sold", "us-firms", "after-exports"],
)
def test_a_possessive_of_the_united_states_stays_an_export(body: str, expected: dict[str, int]) -> None:
    """The owner is the U.S. side: the flow stays U.S. exports."""
    assert _parts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "China's goods shipments to the United States were worth $400.0 billion in 2030. Its services sales were "
        "$40.0 billion.",
        "U.S. imports from China came to $500.0 billion in 2030. Its goods shipments were worth $430.0 billion, and "
        "its services sales $70.0 billion.",
        "U.S. imports from Japan came to $181.7 billion in 2030. Its vehicle shipments alone were worth $50.0 billion.",
        "U.S. imports from Japan came to $181.7 billion in 2030. Japan's exporters expect their goods shipments to "
        "reach $150.0 billion in 2032.",
        "U.S. imports from Japan came to $181.7 billion in 2030. Its goods shipments were not worth more than $138.2 "
        "billion.",
    ],
    ids=["another-country", "another-flow", "a-product", "a-plan", "a-negation"],
)
def test_a_possessive_trap_reads_no_part(body: str) -> None:
    """Another country's, a product's, a planned or a denied figure: no part of the flows."""
    assert _parts(body) == {}
