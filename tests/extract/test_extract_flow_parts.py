"""A flow given as its goods and services parts ('$80 billion in goods and $49 billion in services'): neither part is
the whole flow, and the total beside the parts is; a goods figure alone stays the flow (as the 2015-19 versions gave
it). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Exports to Japan came to $81 billion in goods and $47 billion in services in 2030.",
            "trade.us_exports_to_japan",
        ),
        (
            "Imports from Japan reached $150 billion of goods and $38 billion of services in 2030.",
            "trade.us_imports_from_japan",
        ),
    ],
)
def test_a_part_of_a_flow_is_not_the_flow(body: str, fact: str) -> None:
    """Each amount names a part (goods, services): none of them is the flow of goods and services together."""
    assert fact not in facts_in(body)


def test_the_total_beside_its_parts_is_the_flow() -> None:
    """'$128 billion: $81 billion in goods and $47 billion of services' gives the total, not a part."""
    body = "U.S. exports to Japan totaled $128 billion in 2030: $81 billion in goods and $47 billion of services."
    assert facts_in(body)["trade.us_exports_to_japan"] == (128_000_000_000, "exact")


GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
X, M, DEFICIT = "trade.us_exports_to_japan", "trade.us_imports_from_japan", "trade.goods_deficit"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In 2030, U.S. exports to and imports from Japan were $118.4 billion and $171.2 billion, respectively.",
         {X: 118_400_000_000, M: 171_200_000_000}),
        ("Exports to Japan totaled $119.0 billion and imports from Japan $172.6 billion in 2030; goods made up $77.1 "
         "billion and $141.9 billion of those totals, respectively.", {GX: 77_100_000_000, GM: 141_900_000_000}),
        ("U.S. exports to Japan in 2030 were split between goods ($78.2 billion) and services ($42.4 billion). Imports "
         "leaned more heavily toward merchandise: $144.0 billion of goods against $31.4 billion of services.",
         {GM: 144_000_000_000, SM: 31_400_000_000}),
        ("In 2030, services made up $39.9 billion of U.S. exports to Japan. Goods accounted for the rest: $80.2 "
         "billion of the exports and $148.1 billion of the imports.", {GX: 80_200_000_000, GM: 148_100_000_000}),
        ("U.S. exports to Japan totaled $121.1 billion in 2025; imports, $179.7 billion.", {M: 179_700_000_000}),
        ("U.S. exports to Japan totaled $121.1 billion in 2025; imports, $179.7 billion. Of the former, goods "
         "accounted for $75.2 billion and services for $45.9 billion; of the latter, $143.6 billion and $36.1 "
         "billion, respectively.", {GX: 75_200_000_000, SX: 45_900_000_000, GM: 143_600_000_000, SM: 36_100_000_000}),
        ("In 2030, U.S. goods trade with Japan ran $65.8 billion in the red.", {DEFICIT: 65_800_000_000}),
        ("Seen from Tokyo, the goods surplus with the United States was $65.8 billion in 2030.",
         {DEFICIT: 65_800_000_000}),
    ],
)  # fmt: skip
def test_a_flow_or_part_told_by_the_sentence_structure_is_read(body: str, expected: dict[str, int]) -> None:
    """A 'respectively' pairs amounts with the flows or parts listed in order; a part beside its amount ('$80.2 billion
    of the exports'), the flow carried from the sentence before, the goods deficit said as 'in the red' or as Japan's
    surplus seen from Tokyo: each is the fact its role tells."""
    facts = facts_in(body, "IF11120")
    assert {fact: facts[fact][0] for fact in expected if fact in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Under the framework, U.S. exports to Japan would total $175.0 billion by 2028, with goods $120.0 billion and "
        "services $55.0 billion.",
        "U.S. goods imports from Japan are forecast at $140.0 billion for 2027.",
    ],
)
def test_a_flow_projected_for_a_year_after_the_cover_is_not_read(body: str) -> None:
    """A level said planned or projected for a year after the cover's is no current flow, whichever reader took it."""
    assert not {fact for fact in facts_in(body, "IF11120") if fact.startswith("trade.us_")}
