"""IF11120's trade flows told with Japan as the buyer, split by parts set off by examples, given as a list after a
colon, or as a table whose columns are goods, services and total; the overall rank by the partners counted ahead
or fronted before its subject."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
EXPORTS = ("trade.us_exports_to_japan", "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan")
IMPORTS = ("trade.us_imports_from_japan", "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan")


def _facts(paragraph: str) -> dict[str, tuple[Any, Any]]:
    facts = extract_snapshot(
        COVER + ANCHOR + paragraph + "\n", brief="IF11120", updated=dt.date(2032, 5, 4)
    ).snapshot.facts
    return {key: (fact.value, getattr(fact, "period", None)) for key, fact in facts.items() if key.startswith("trade.")}


def _flows(paragraph: str) -> dict[str, object]:
    return {key: value for key, (value, period) in _facts(paragraph).items() if key in EXPORTS + IMPORTS}


def test_japan_as_the_buyer_is_us_exports_and_an_aside_of_examples_ties_a_part() -> None:
    """'Japan bought $X of U.S. goods and services' is U.S. exports; 'Merchandise, such as ..., accounted for $Y of
    that total' is goods (never the total), and 'services, mostly ..., for $Z' services."""
    read = _flows(
        "Japan bought about one hundred forty billion dollars of U.S. goods and services in 2031. Merchandise, such "
        "as grain, aircraft, and gas, accounted for $89.6 billion of that total, and services, mostly travel and "
        "royalties, for $50.1 billion."
    )
    assert read == dict(zip(EXPORTS, (140_000_000_000, 89_600_000_000, 50_100_000_000), strict=True))


def test_parts_that_earned_before_the_flow_is_named() -> None:
    """'Services, chiefly ..., earned $X from Japanese customers, and goods another $Y; U.S. exports to Japan
    thus came to $Z'."""
    read = _flows(
        "In 2031, services, chiefly travel and licensing, earned $51.0 billion from Japanese customers, and goods "
        "another $82.5 billion; U.S. exports to Japan thus came to $133.5 billion."
    )
    assert read == dict(zip(EXPORTS, (133_500_000_000, 82_500_000_000, 51_000_000_000), strict=True))


@pytest.mark.parametrize(
    "paragraph",
    [
        # Japan buying from another country: no U.S. flow
        "Japan bought $140.0 billion of Australian goods in 2031.",
        "Japanese buyers purchased $140.0 billion of Canadian products in 2031.",
    ],
)
def test_a_purchase_from_another_country_is_no_flow(paragraph: str) -> None:
    """Japan's purchases from another country are no U.S. flow."""
    assert _flows(paragraph) == {}


def test_a_part_of_that_total_is_never_the_total() -> None:
    """'Merchandise accounted for $X of that total' is a part: the total stays the sentence before's, and a part
    alone splits nothing."""
    read = _flows(
        "U.S. exports to Japan reached $140.0 billion in 2031. Merchandise accounted for $89.6 billion of that total."
    )
    assert read == {"trade.us_exports_to_japan": 140_000_000_000}


def test_a_flow_named_before_a_colon_takes_its_list() -> None:
    """'U.S. purchases from Japan were larger:' then 'goods, $X, of which cars ...;' 'services, $Y;' 'all told, $Z.'"""
    read = _flows(
        "U.S. exports to Japan reached $130.0 billion in 2031. U.S. purchases from Japan were larger:\n\n"
        "- goods, $150.2 billion, of which cars and parts made up some $60 billion;\n"
        "- services, $35.3 billion;\n- all told, $185.5 billion."
    )
    assert read == {
        "trade.us_exports_to_japan": 130_000_000_000,
        **dict(zip(IMPORTS, (185_500_000_000, 150_200_000_000, 35_300_000_000), strict=True)),
    }


def test_a_list_that_does_not_add_up_is_not_split() -> None:
    """A list whose parts do not add up to its total gives the total only."""
    read = _flows(
        "U.S. purchases from Japan in 2031 were these:\n\n- goods, $150.2 billion;\n- services, $15.3 billion;\n"
        "- all told, $185.5 billion."
    )
    assert read == {"trade.us_imports_from_japan": 185_500_000_000}


TABLE = (
    "\n\nTable 1. U.S. Trade with Japan, 2031 ($ billions)\n\n"
    "| Flow | Goods | Services | Total |\n| --- | --- | --- | --- |\n"
    "| U.S. exports to Japan | 90.0 | 50.5 | 140.5 |\n| U.S. imports from Japan | 150.0 | 40.0 | 190.0 |\n"
    "| U.S. balance | -60.0 | 10.5 | -49.5 |\n"
)


def test_a_table_whose_columns_are_goods_services_and_total() -> None:
    """Columns by kind of trade, the year the title's: each cell its row's part; the balance's goods cell the goods
    deficit, its total cell no fact."""
    read = {key: value for key, value in _facts(TABLE).items() if "rank" not in key}
    assert read == {
        **{
            key: (value, "2031")
            for key, value in zip(EXPORTS, (140_500_000_000, 90_000_000_000, 50_500_000_000), strict=True)
        },
        **{
            key: (value, "2031")
            for key, value in zip(IMPORTS, (190_000_000_000, 150_000_000_000, 40_000_000_000), strict=True)
        },
        "trade.goods_deficit": (60_000_000_000, "2031"),
    }


def test_a_kind_table_with_two_years_or_a_missing_cell_is_left_alone() -> None:
    """A title naming two years, or a row short of a cell, leaves the table unread."""
    two_years = TABLE.replace("2031 ($", "2030-2031 ($")
    short = TABLE.replace("| 90.0 | 50.5 | 140.5 |", "| 90.0 | 140.5 |")
    assert _flows(two_years) == {}
    assert _flows(short) == {}


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("Japan ranked behind four partners in 2031, Canada, Mexico, China, and Germany, in combined U.S. trade.", 5),
        ("Sixth among U.S. trading partners in 2031, Japan bought $140.0 billion of U.S. goods and services.", 6),
    ],
)
def test_the_overall_rank_counted_behind_or_fronted(paragraph: str, rank: int) -> None:
    """'ranked behind four partners' is fifth; 'Sixth among U.S. trading partners, Japan ...' is sixth."""
    assert _facts(paragraph).get("trade.overall_partner_rank") == (rank, "2031")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan ranked behind four partners in 2031 as a market for U.S. exports.",
        "Sixth among U.S. export markets in 2031, Japan bought $140.0 billion of U.S. goods and services.",
    ],
)
def test_a_counted_or_fronted_rank_in_another_ranking_is_no_overall_rank(paragraph: str) -> None:
    """A rank among export markets is not the overall trading-partner rank."""
    assert "trade.overall_partner_rank" not in _facts(paragraph)


def test_a_year_in_the_corner_dates_a_grid_of_flows_by_part() -> None:
    """A year over the rows' labels ('2031 | Goods | Services') dates the whole grid: each cell its row's flow and
    its column's part (the balance's row beside them)."""
    grid = (
        "\n\nTable 1. U.S. Trade with Japan, by Type (billions of dollars)\n\n| 2031 | Goods | Services |\n"
        "|---|---|---|\n| U.S. exports to Japan | 74.7 | 49.3 |\n| U.S. imports from Japan | 143.9 | 35.5 |\n"
        "| U.S. balance | -69.2 | +13.8 |\n"
    )
    read = _flows(grid)
    assert read == dict(
        zip(
            (*EXPORTS[1:], *IMPORTS[1:]), (74_700_000_000, 49_300_000_000, 143_900_000_000, 35_500_000_000), strict=True
        )
    )
