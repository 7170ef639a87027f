"""IF11120's trade tables: a title that names its years, and 'of which' rows that split the row above."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities.\n\n"


def _values(table: str) -> dict[str, object]:
    facts = extract_snapshot(COVER + ANCHOR + table + "\n", brief="IF11120").snapshot.facts
    return {
        fact_id: fact.model_dump(mode="json", include={"value", "period"})
        for fact_id, fact in facts.items()
        if fact_id.startswith("trade.us_")
    }


def test_a_title_naming_its_years_is_no_column_header() -> None:
    """'U.S. Trade with Japan, 2030 and 2031 ($ billions)': the columns are the header row's, the latest read."""
    table = (
        "Table 1. U.S. Trade with Japan, 2030 and 2031 ($ billions)\n\n| | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| Exports, goods | 88.0 | 90.2 |\n| Exports, services | 49.0 | 50.3 |\n| Exports, total | 137.0 | 140.5 |\n"
    )
    assert _values(table) == {
        "trade.us_exports_to_japan": {"value": 140_500_000_000, "period": "2031"},
        "trade.us_goods_exports_to_japan": {"value": 90_200_000_000, "period": "2031"},
        "trade.us_services_exports_to_japan": {"value": 50_300_000_000, "period": "2031"},
    }


def test_of_which_rows_split_the_row_above_them() -> None:
    """'of which goods' under exports is the exports' goods, under imports the imports' goods."""
    table = (
        "Table 1. U.S.-Japan Trade ($ billions)\n\n| | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| U.S. exports, goods and services | 137.0 | 140.5 |\n| of which goods | 88.0 | 90.2 |\n"
        "| of which services | 49.0 | 50.3 |\n| U.S. imports, goods and services | 199.0 | 201.7 |\n"
        "| of which goods | 156.0 | 158.4 |\n| of which services | 43.0 | 43.3 |\n"
    )
    values = _values(table)
    assert values["trade.us_goods_exports_to_japan"] == {"value": 90_200_000_000, "period": "2031"}
    assert values["trade.us_goods_imports_from_japan"] == {"value": 158_400_000_000, "period": "2031"}
    assert values["trade.us_services_imports_from_japan"] == {"value": 43_300_000_000, "period": "2031"}


def test_an_of_which_row_with_no_row_above_is_not_read() -> None:
    """A table that opens on 'of which goods' splits nothing: its goods row is no fact."""
    table = (
        "Table 1. U.S.-Japan Trade ($ billions)\n\n| | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| of which goods | 88.0 | 90.2 |\n"
    )
    assert _values(table) == {}


def test_a_row_that_of_which_rows_split_is_their_total() -> None:
    """'U.S. exports to Japan' above 'of which goods' and 'of which services' is the total of exports."""
    table = (
        "Table 1. U.S.-Japan Trade, 2030 and 2031 ($ billions)\n\n| | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| U.S. exports to Japan | 137.0 | 140.5 |\n| of which goods | 88.0 | 90.2 |\n"
        "| of which services | 49.0 | 50.3 |\n"
    )
    assert _values(table)["trade.us_exports_to_japan"] == {"value": 140_500_000_000, "period": "2031"}


def test_a_change_column_after_the_years_is_read_past() -> None:
    """'| | 2030 | 2031 | Change, % |': each row's latest year's cell, never its change; 'Total exports' is a total."""
    for header in ("Change, %", "% change", "Percent change"):
        table = (
            f"Table 1. U.S. Trade with Japan, 2030-2031 ($ billions)\n\n| | 2030 | 2031 | {header} |\n"
            "| --- | --- | --- | --- |\n| Goods exports | 88.0 | 90.2 | 2.5 |\n"
            "| Services exports | 49.0 | 50.3 | 2.7 |\n"
            "| Total exports | 137.0 | 140.5 | 2.6 |\n"
        )
        assert _values(table) == {
            "trade.us_exports_to_japan": {"value": 140_500_000_000, "period": "2031"},
            "trade.us_goods_exports_to_japan": {"value": 90_200_000_000, "period": "2031"},
            "trade.us_services_exports_to_japan": {"value": 50_300_000_000, "period": "2031"},
        }, header


def test_a_share_column_after_the_year_is_read_past() -> None:
    """'| Flow | 2031 | Share of flow |': each row's cell of the year, never its share ('Exports to Japan: goods')."""
    table = (
        "Table 1. U.S. Trade with Japan by Type, 2031 ($ billions)\n\n| Flow | 2031 | Share of flow |\n"
        "| --- | --- | --- |\n| Exports to Japan: goods | 90.2 | 64% |\n| Exports to Japan: services | 50.3 | 36% |\n"
    )
    assert _values(table) == {
        "trade.us_goods_exports_to_japan": {"value": 90_200_000_000, "period": "2031"},
        "trade.us_services_exports_to_japan": {"value": 50_300_000_000, "period": "2031"},
    }


def test_rows_with_more_cells_than_the_header_has_columns_are_not_read() -> None:
    """A header of two years and cells in three columns it does not name: which is 2031's is not sure."""
    table = (
        "Table 1. U.S. Trade with Japan ($ billions)\n\n| | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| Goods exports | 88.0 | 90.2 | 2.5 |\n"
    )
    assert _values(table) == {}


@pytest.mark.parametrize("mark", ["\u2014 ", "\u2022 of which ", ""])
def test_dashed_rows_split_the_row_above_them(mark: str) -> None:
    """'— goods' (or '- goods', '• goods', a bare 'goods' whose indent was lost) under 'U.S. imports from Japan' is the
    imports' goods; the row above, their total."""
    table = (
        "Table 1. U.S. Trade with Japan ($ billions)\n\n| Flow | 2030 | 2031 |\n| --- | --- | --- |\n"
        f"| U.S. imports from Japan | 199.0 | 201.7 |\n| {mark}goods | 156.0 | 158.4 |\n"
        f"| {mark}services | 43.0 | 43.3 |\n"
    )
    assert _values(table) == {
        "trade.us_imports_from_japan": {"value": 201_700_000_000, "period": "2031"},
        "trade.us_goods_imports_from_japan": {"value": 158_400_000_000, "period": "2031"},
        "trade.us_services_imports_from_japan": {"value": 43_300_000_000, "period": "2031"},
    }


@pytest.mark.parametrize("span", ["2030\u20132031", "2030 and 2031"])
def test_a_table_missing_the_last_year_its_title_names_is_not_read(span: str) -> None:
    """'U.S. Trade with Japan, 2030-2031' over a lone 2030 column: the layout lost the 2031 column; reading the 2030
    one as the latest would be a wrong value."""
    table = (
        f"Table 1. U.S. Trade with Japan, {span} ($ billions)\n\n| Flow | 2030 |\n| --- | --- |\n"
        "| U.S. exports, goods and services | 137.0 |\n| Goods trade balance | -66.0 |\n"
    )
    assert _values(table) == {}


_YEAR_ROWS = (
    ("| Year | U.S. exports to Japan | U.S. imports from Japan |\n| --- | --- | --- |\n", "| {} | {} | {} |\n"),
    (
        "<table><tr><th>Year</th><th>U.S. exports to Japan</th><th>U.S. imports from Japan</th></tr>",
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
    ),
)


@pytest.mark.parametrize(("header", "row"), _YEAR_ROWS, ids=["markdown", "html"])
def test_a_table_giving_a_year_a_row_is_read_by_its_latest_row(header: str, row: str) -> None:
    """'| Year | U.S. exports to Japan | ... |' over a row a year: each column's flow in the latest year's row."""
    title = "Table 2. U.S. Goods and Services Trade with Japan ($ billions)"
    cells = header + row.format(2030, "137.0", "199.0") + row.format(2031, "140.5", "201.7")
    values: dict[str, object]
    if header.startswith("<table>"):
        html = "<html><body><h1>U.S.-Japan Trade Agreements and Tariff Negotiations</h1><p>Updated May 4, 2032</p>"
        html += f"<h2>Trade</h2><p>{ANCHOR.strip()}</p>{cells.replace('<table>', f'<table><caption>{title}</caption>')}"
        facts = extract_snapshot(html + "</table></body></html>", brief="IF11120").snapshot.facts
        values = {key: fact.model_dump(mode="json", include={"value", "period"}) for key, fact in facts.items()}
    else:
        values = _values(f"{title}\n\n{cells}")
    assert values["trade.us_exports_to_japan"] == {"value": 140_500_000_000, "period": "2031"}
    assert values["trade.us_imports_from_japan"] == {"value": 201_700_000_000, "period": "2031"}


_HEAD = "Table 1. U.S. Trade in Goods and Services with Japan ($ billions)\n\n"
_READ_PAST = [
    (
        _HEAD
        + "| Flow | 2030 | 2031 | % change |\n| --- | --- | --- | --- |\n"
        + "| U.S. exports to Japan | 137.0 | 140.5 | 2.6% |\n",
        "trade.us_exports_to_japan",
        140_500_000_000,
    ),
    (
        _HEAD
        + "| Flow | 2031 | 2030 | Change |\n| --- | --- | --- | --- |\n| Imports from Japan | 201.7 | 199.0 | +2.7 |\n",
        "trade.us_imports_from_japan",
        201_700_000_000,
    ),
    (
        _HEAD
        + "| Flow | 2031 | Rank among U.S. partners |\n| --- | --- | --- |\n| U.S. exports to Japan | 140.5 | 4 |\n",
        "trade.us_exports_to_japan",
        140_500_000_000,
    ),
    (
        "Table 2. Direct Investment Positions ($ billions)\n\n| Position | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| Japanese FDI in the United States | 801.0 | 822.4 |\n",
        "trade.japan_fdi_stock_in_us",
        822_400_000_000,
    ),
    (
        "Table 2. U.S. Goods Trade with Japan ($ billions)\n\n| Year | Goods exports | Goods deficit |\n"
        "| --- | --- | --- |\n"
        "| 2030 | 81.0 | 66.1 |\n| 2031 | 83.2 | 64.9 |\n",
        "trade.goods_deficit",
        64_900_000_000,
    ),
]


_READ_PAST.append(
    (
        "Table 3. What the United States Buys from Japan\n\n| Item | 2031 |\n| --- | --- |\n"
        "| Goods and services bought from Japan | $201.7 bn |\n",
        "trade.us_imports_from_japan",
        201_700_000_000,
    )
)


@pytest.mark.parametrize(
    ("table", "fact_id", "value"), _READ_PAST, ids=["percent", "signed", "rank", "fdi", "deficit", "bought"]
)
def test_a_rows_value_is_read_past_a_change_or_rank_cell_and_by_its_own_words(
    table: str, fact_id: str, value: int
) -> None:
    """A change written '2.6%' or '+2.7', a rank column, a stock's row and a deficit written as it is, each read."""
    facts = extract_snapshot(COVER + ANCHOR + table + "\n", brief="IF11120").snapshot.facts
    assert facts[fact_id].model_dump(mode="json")["value"] == value
