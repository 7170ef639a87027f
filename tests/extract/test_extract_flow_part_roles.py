"""Goods and services parts read by the roles the sentence gives them: 'goods and services ... $X and $Y,
respectively' two parts (the amounts after 'respectively' read as any: 'for a total of $Z'), a part named by what the
money went for ('$148.1 billion went for merchandise', 'the remainder, $32.2 billion, for services'), a flow's whole
called its total ('total imports to just under $180 billion'), and the year the paragraph states, never one the
sentence only compares with. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from usjapan_facts.extract import extract_snapshot

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated March 2, 2032\n\n## Trade\n\n"


def _read(paragraphs: str) -> dict[str, tuple[Any, Any]]:
    snapshot = extract_snapshot(COVER + paragraphs + "\n", brief="IF11120", updated=dt.date(2032, 3, 2)).snapshot
    return {key: (fact.value, getattr(fact, "period", None)) for key, fact in snapshot.facts.items()}


def test_goods_and_services_respectively_are_two_parts_and_the_total_after_them_the_whole() -> None:
    """'exports of goods and services to Japan came to $82.0 billion and $41.5 billion, respectively, for a total of
    $123.5 billion, up from $118.0 billion in 2030': goods, services and the whole of 2031 (not of 2030, the year the
    sentence compares with, but of the year the paragraph states)."""
    read = _read(
        "Japan was the fifth-largest U.S. trading partner in 2031. U.S. exports of goods and services to Japan came to "
        "$82.0 billion and $41.5 billion, respectively, for a total of $123.5 billion, up from $118.0 billion in 2030."
    )
    assert {key: read.get(key) for key in (X, GX, SX)} == {
        X: (123_500_000_000, "2031"),
        GX: (82_000_000_000, "2031"),
        SX: (41_500_000_000, "2031"),
    }


def test_parts_named_by_what_the_money_went_for() -> None:
    """'Of the $185.0 billion ... spent on imports from Japan, $150.2 billion went for merchandise, ..., and the
    remainder, $34.8 billion, for services': goods and services imports, adding up to the whole."""
    read = _read(
        "In 2031, Japan rounded out the top five U.S. trading partners. Of the $185.0 billion that the United States "
        "spent on imports from Japan, $150.2 billion went for merchandise, chiefly vehicles and machinery, and the "
        "remainder, $34.8 billion, for services such as travel."
    )
    assert {key: read.get(key) for key in (GM, SM)} == {GM: (150_200_000_000, "2031"), SM: (34_800_000_000, "2031")}


def test_a_flows_total_said_with_its_verb_gapped() -> None:
    """'and total U.S. exports to Japan come to roughly $124 billion, total imports to just under $183 billion': each
    flow's whole, the second's verb left out."""
    read = _read(
        "Add services, $48.0 billion of U.S. exports to Japan and $36.1 billion of imports from it in 2031, and total "
        "U.S. exports to Japan come to roughly $124 billion, total imports to just under $183 billion."
    )
    assert {key: read.get(key, (None,))[0] for key in (SX, SM, M)} == {
        SX: 48_000_000_000,
        SM: 36_100_000_000,
        M: 183_000_000_000,
    }


def test_the_paragraphs_year_carries_to_parts_some_sentences_on() -> None:
    """Parts three sentences after 'In 2031, ...' take that year (a sentence between names none)."""
    read = _read(
        "In 2031, two-way trade in goods and services between the United States and Japan came to $305.0 billion. "
        "U.S. purchases from Japan, at $183.0 billion, outweighed U.S. sales to it.\n\n"
        "The two sides of the ledger differ in makeup as well as size. Services made up $41.0 billion of U.S. exports "
        "to Japan, against only $33.0 billion of U.S. imports from it. Goods accounted for the rest: $81.0 billion of "
        "the exports and $150.0 billion of the imports."
    )
    assert {key: read.get(key) for key in (GX, GM)} == {GX: (81_000_000_000, "2031"), GM: (150_000_000_000, "2031")}


def test_goods_and_services_of_both_flows_respectively_are_their_wholes() -> None:
    """'exports to and imports from Japan of goods and services were $X and $Y, respectively': each flow's whole."""
    read = _read(
        "U.S. exports to and imports from Japan of goods and services were $127.3 billion and $185.6 billion, "
        "respectively, in 2031."
    )
    assert {key: read.get(key) for key in (X, M)} == {X: (127_300_000_000, "2031"), M: (185_600_000_000, "2031")}


def test_a_flow_whose_verb_is_gapped_after_a_comma_shares_the_part_before() -> None:
    """'Sales of U.S. goods and services to Japan came to $121.0 billion that year, purchases from Japan to $182.0
    billion': the second flow's verb ('came') left out, it is goods and services too, of the year stated before (never
    'as recently as 2019', a year it compares with)."""
    read = _read(
        "In 2031 Japan was the fifth-largest U.S. trading partner, having been fourth as recently as 2029. Sales of "
        "U.S. goods and services to Japan came to $121.0 billion that year, purchases from Japan to $182.0 billion."
    )
    assert {key: read.get(key) for key in (X, M)} == {X: (121_000_000_000, "2031"), M: (182_000_000_000, "2031")}


def test_the_goods_deficit_on_the_goods_side_alone() -> None:
    """'On the goods side alone, the United States ran a $71.1 billion deficit with Japan in 2031': 'alone' names the
    part the deficit is of, no product's share."""
    read = _read(
        "On the goods side alone, the United States ran a $71.1 billion deficit with Japan in 2031, about $3 billion "
        "more than a year earlier."
    )
    assert read.get("trade.goods_deficit") == (71_100_000_000, "2031")
