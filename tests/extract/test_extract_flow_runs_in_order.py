"""Trade amounts paired in order with the flows or parts their clause lists: a run of amounts before 'respectively'
or 'in the same order' (only the words up to that word list what is paired), a bare run of two amounts whose clause
names one part and carries the flows, or one flow and carries the parts, and the whole such a split is of ('Of the
$183.4 billion it imported from Japan, ...'). Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, GM = "trade.us_goods_exports_to_japan", "trade.us_goods_imports_from_japan"
SX, SM = "trade.us_services_exports_to_japan", "trade.us_services_imports_from_japan"
FLOWS = (X, M, GX, GM, SX, SM)
B = 1_000_000_000


def _flows(body: str, brief: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key in FLOWS}


def test_words_after_respectively_do_not_list_what_is_paired() -> None:
    """', with services making up roughly two-fifths of the exports' follows the pairing: the pair is the flows'
    wholes, not their services."""
    body = (
        "U.S. exports to and imports from Japan were $127.3 billion and $188.6 billion, respectively, in 2025, with "
        "services making up roughly two-fifths of the exports."
    )
    assert _flows(body, "IF10199") == {X: 127_300_000_000, M: 188_600_000_000}


def test_a_part_paired_with_the_flows_carried_from_before() -> None:
    """'The rest was services, $44.1 billion and $38.2 billion in the same order': the flows of two sentences back,
    carried by the one between, which names no country."""
    body = (
        "U.S. exports to Japan and imports from Japan came to $124.5 billion and $187.4 billion, respectively, in "
        "2025. Goods made up the larger part of each: $80.4 billion of the exports and $149.2 billion of the imports. "
        "The rest was services, $44.1 billion and $38.2 billion in the same order."
    )
    assert {key: value for key, value in _flows(body, "IF11120").items() if key in (SX, SM)} == {
        SX: 44_100_000_000,
        SM: 38_200_000_000,
    }


def test_a_bare_pair_takes_the_part_its_clause_names() -> None:
    """'services accounted for the remaining $41.2 billion and $30.5 billion': no pairing word, one part, the two
    flows of the sentence before."""
    body = (
        "The United States sold Japan $117.0 billion of goods and services in 2025 and bought $181.1 billion from it. "
        "Goods made up $75.8 billion and $150.6 billion of those totals, respectively; services accounted for the "
        "remaining $41.2 billion and $30.5 billion."
    )
    assert {key: value for key, value in _flows(body, "IF11120").items() if key in (SX, SM)} == {
        SX: 41_200_000_000,
        SM: 30_500_000_000,
    }


def test_a_split_and_its_whole_with_the_parts_carried() -> None:
    """'Of the $X the United States exported to Japan, $a and $b were goods and services, respectively; of the $Y it
    imported from Japan, the corresponding figures were $c and $d': each whole and its parts."""
    body = (
        "Of the $129.9 billion in goods and services the United States exported to Japan in 2025, $77.6 billion and "
        "$52.3 billion were goods and services, respectively; of the $186.0 billion it imported from Japan, the "
        "corresponding figures were $141.5 billion and $44.5 billion."
    )
    assert _flows(body, "IF11120") == {
        X: 129_900_000_000,
        GX: 77_600_000_000,
        SX: 52_300_000_000,
        M: 186_000_000_000,
        GM: 141_500_000_000,
        SM: 44_500_000_000,
    }


def test_a_range_is_no_pair() -> None:
    """'between $120 billion and $130 billion' is a range of one flow, never two flows."""
    body = (
        "U.S. exports to Japan and imports from Japan were both larger in 2025. Services trade was estimated at "
        "between $40 billion and $45 billion."
    )
    assert not {key for key in _flows(body, "IF11120") if key in (SX, SM)}
