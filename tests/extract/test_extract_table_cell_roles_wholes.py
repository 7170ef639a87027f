"""A table's cells read by the roles of their row and column: a flow's whole said with no part ('U.S. exports to Japan'
over 'Goods within exports', 'All imports' under a table of imports) where its parts beside it add up to it; a
negative balance the U.S. deficit; a part of a year's column no reason to doubt the full year's; a unit in a row's
label ('Exports to Japan, $bn'); the cell's own words naming its fact where the title names more than one concept.
Every table is invented for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TITLE = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}
ANCHOR = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}
X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
D, UF = "trade.goods_deficit", "trade.us_fdi_stock_in_japan"
B = 1_000_000_000


def _facts(table: str, brief: str = "IF11120") -> dict[str, Any]:
    text = f"# {TITLE[brief]}\n\nUpdated June 1, 2032\n\n## Overview\n\n{ANCHOR[brief]}\n\n{table}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=dt.date(2032, 6, 1)).snapshot
    return {key: (fact.value, getattr(fact, "period", None)) for key, fact in snapshot.facts.items()}


def test_a_flow_named_with_no_part_over_its_parts_is_its_whole() -> None:
    """'U.S. exports to Japan | 131.2' over 'Goods within exports | 80.4' and 'Services within exports | 50.8' is the
    flow's whole, its parts adding up; the title naming trade and investment leaves each cell's own words to say
    which fact ('U.S. FDI in Japan')."""
    facts = _facts(
        "Table 2. Japan in U.S. Trade and Investment, 2031 ($ billions)\n\n| Measure | Value |\n| --- | --- |\n"
        "| U.S. exports to Japan | 131.2 |\n| Goods within exports | 80.4 |\n| Services within exports | 50.8 |\n"
        "| U.S. imports from Japan | 190.1 |\n| Goods within imports | 146.0 |\n| Services within imports | 44.1 |\n"
        "| U.S. FDI in Japan | 141.7 |"
    )
    expected = {X: 131.2, GX: 80.4, SX: 50.8, M: 190.1, GM: 146.0, SM: 44.1, UF: 141.7}
    assert {key: facts[key] for key in expected if key in facts} == {
        key: (round(value * B), "2031") for key, value in expected.items()
    }


def test_a_whole_row_of_a_table_of_one_flow_is_its_whole_where_the_parts_add_up() -> None:
    """'All imports | 187.2' under 'U.S. Imports from Japan' with 'Goods, total' and 'Services' adding up to it."""
    table = (
        "Table 2. U.S. Imports from Japan, 2031 ($ billions)\n\n| Category | Value | Change from 2030 |\n"
        "| --- | --- | --- |\n| Passenger vehicles and parts | 52.0 | -3.1% |\n| Other goods | 92.1 | +1.0% |\n"
        "| Goods, total | 144.1 | -0.2% |\n| Services | 43.1 | +2.0% |\n| All imports | {whole} | +0.3% |"
    )
    assert _facts(table.format(whole="187.2")).get(M) == (187_200_000_000, "2031")
    # A whole its parts do not add up to is not surely the flow's goods and services together.
    assert M not in _facts(table.format(whole="201.5"))


def test_a_flow_named_with_no_part_and_no_parts_beside_it_is_not_read() -> None:
    """In a brief that tells goods from services, 'U.S. exports to Japan | 80.4' alone may be goods only: unread."""
    facts = _facts(
        "Table 2. Japan in U.S. Trade and Investment, 2031 ($ billions)\n\n| Measure | Value |\n| --- | --- |\n"
        "| U.S. exports to Japan | 80.4 |\n| U.S. imports from Japan | 146.0 |"
    )
    assert X not in facts
    assert M not in facts


@pytest.mark.parametrize(("balance", "expected"), [("-70.3", 70_300_000_000), ("12.4", None)])
def test_a_negative_balance_in_japans_row_is_the_deficit(balance: str, expected: int | None) -> None:
    """'Japan | 78.1 | 148.4 | -70.3' under 'Balance' in a table of goods trade is the U.S. goods deficit; a positive
    balance is none."""
    facts = _facts(
        "Table 1. U.S. Goods Trade with Selected Partners, 2031 ($ billions)\n\n"
        "| Partner | U.S. exports | U.S. imports | Balance |\n| --- | --- | --- | --- |\n"
        f"| China | 140.2 | 430.8 | -290.6 |\n| Japan | 78.1 | 148.4 | {balance} |"
    )
    assert facts.get(D, (None,))[0] == expected


def test_a_part_of_a_years_column_leaves_the_full_year_read() -> None:
    """A title naming '2030 and January-October 2031' over a '2030' column and a 'Jan.-October 2031' one: the 2030
    column is the latest full year's, the other never read."""
    facts = _facts(
        "Table 1. U.S. Trade with Japan, 2030 and January-October 2031 (goods and services, $ billions)\n\n"
        "| Flow | 2030 | Jan.-October 2031 |\n| --- | --- | --- |\n| U.S. exports to Japan | 125.4 | 104.8 |\n"
        "| U.S. imports from Japan | 181.9 | 150.2 |",
        "IF10199",
    )
    assert (facts.get(X), facts.get(M)) == ((125_400_000_000, "2030"), (181_900_000_000, "2030"))


def test_a_unit_in_a_rows_label_scales_its_cells() -> None:
    """'Exports to Japan, $bn | 129.1 | 131.6': the latest year's cell, in billions."""
    facts = _facts(
        "Table 2. Japan in U.S. Trade, 2030-2031\n\n| Flow or standing | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| Exports to Japan, $bn | 129.1 | 131.6 |\n| Rank as export market | 6 | 5 |\n"
        "| Imports from Japan, $bn | 192.4 | 183.4 |",
        "IF10199",
    )
    assert (facts.get(X), facts.get(M)) == ((131_600_000_000, "2031"), (183_400_000_000, "2031"))


def test_a_year_in_the_label_columns_header_dates_the_grid() -> None:
    """'| Two-way trade, 2031 | Value |' over rows of each flow's goods and services: that year's flows."""
    facts = _facts(
        "| Two-way trade, 2031 | Value |\n| --- | --- |\n"
        "| U.S. exports to Japan (goods and services) | $126 billion |\n"
        "| U.S. imports from Japan (goods and services) | $188 billion |"
    )
    assert (facts.get(X), facts.get(M)) == ((126_000_000_000, "2031"), (188_000_000_000, "2031"))


@pytest.mark.parametrize(
    ("table", "brief", "fact"),
    [
        (
            "Table 1. Tariff Terms: Japan and Two Other Partners\n\n| Measure | Japan | S. Korea | EU |\n"
            "| --- | --- | --- | --- |\n| Rate in the 2025 deal (%) | 15 | 15 | 15 |\n"
            "| Pledge ($ billions) | 550 | 350 | 600 |",
            "IF10199",
            "trade.japan_investment_pledge",
        ),
        (
            "Table 1. Investment Commitments in 2025 Trade Deals ($ billions)\n\n| Partner | Commitment |\n"
            "| --- | --- |\n| South Korea | 350 |\n| Japan | 550 |",
            "IF11120",
            "framework.investment_pledge",
        ),
    ],
)
def test_japans_cell_of_a_pledge_row_or_column_is_its_pledge(table: str, brief: str, fact: str) -> None:
    """'Pledge ($ billions) | 550 | 350 | 600' under 'Japan | S. Korea | EU': Japan's pledge is its own cell, never
    another partner's."""
    assert _facts(table, brief)[fact] == (550_000_000_000, None)
