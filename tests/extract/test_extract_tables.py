"""Facts a table states, a row per fact and a column per year, in Markdown and HTML alike; unsure tables unread."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated March 3, 2031\n\n## Trade\n\n"
PROSE = "Japan was the fifth-largest U.S. trading partner in 2030.\n\n"
MARKDOWN = """Table 1. U.S. Trade with Japan ($ billions)

| | 2029 | 2030 |
| --- | ---: | ---: |
| U.S. exports, goods | 81.0 | 83.5 |
| U.S. exports, services | 40.1 | 42.0 |
| U.S. exports, total | 121.1 | 125.5 |
| U.S. imports, goods | 150.2 | 149.9 |
| Goods trade balance | -69.2 | -66.4 |
"""
HTML = """<html><body><h1>U.S.-Japan Trade Agreements and Tariff Negotiations</h1><p>Updated March 3, 2031</p>
<p>Japan was the fifth-largest U.S. trading partner in 2030.</p>
<table><caption>Table 1. U.S. Goods and Services Trade with Japan (billions of dollars)</caption>
<tr><th></th><th>2029</th><th>2030</th></tr>
<tr><th>U.S. exports to Japan</th><td>121.1</td><td>125.5</td></tr>
<tr><th>U.S. imports from Japan</th><td>180.0</td><td>183.2</td></tr>
</table></body></html>"""


def table_facts(text: str) -> dict[str, Any]:
    """Extract IF11120 from the text and return its trade facts' value, period and quote."""
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {
        fact_id: (fact.model_dump(mode="json")["value"], fact.model_dump(mode="json").get("period"))
        for fact_id, fact in facts.items()
        if fact_id.startswith("trade.") and fact_id != "trade.overall_partner_rank"
    }


def test_a_markdown_table_gives_each_rows_fact_for_the_latest_year() -> None:
    """Each row a fact declares is read in the latest year's column, in the table's unit; a balance as a deficit."""
    assert table_facts(COVER + PROSE + MARKDOWN) == {
        "trade.us_exports_to_japan": (125500000000, "2030"),
        "trade.us_goods_exports_to_japan": (83500000000, "2030"),
        "trade.us_services_exports_to_japan": (42000000000, "2030"),
        "trade.us_goods_imports_from_japan": (149900000000, "2030"),
        "trade.goods_deficit": (66400000000, "2030"),
    }


def test_an_html_table_reads_as_the_markdown_one_and_quotes_its_row() -> None:
    """A web page's table gives the same facts; the quote names the table, the row and the year."""
    facts = extract_snapshot(HTML, brief="IF11120").snapshot.facts
    assert facts["trade.us_imports_from_japan"].model_dump(mode="json")["value"] == 183200000000
    assert facts["trade.us_imports_from_japan"].quote == (
        "Table 1. U.S. Goods and Services Trade with Japan (billions of dollars): U.S. imports from Japan, 2030: 183.2"
    )


@pytest.mark.parametrize(
    "table",
    [
        MARKDOWN.replace(" ($ billions)", ""),  # no unit: a figure of unknown scale
        MARKDOWN.replace("| 81.0 | 83.5 |", "| 83.5 |"),  # a row short of a cell: the columns cannot be trusted
        MARKDOWN.replace("| 2029 | 2030 |", "| 2029 | 2030 (proj.) |"),  # the latest column a projection
        # another country's table: its 'U.S. exports' rows are that country's
        MARKDOWN.replace("U.S. Trade with Japan", "South Korea's Trade with the U.S."),
    ],
)
def test_a_table_read_with_doubt_gives_no_value(table: str) -> None:
    """A table without a unit, whose first row's cells do not line up with its years, whose latest column is marked
    a projection, or whose title names another country's trade and not Japan's, gives nothing."""
    assert table_facts(COVER + PROSE + table) == {}


def test_a_plain_row_of_a_goods_table_is_no_total() -> None:
    """'U.S. exports' in a table of goods trade is not the goods-and-services total."""
    table = MARKDOWN.replace("U.S. Trade with Japan", "U.S. Goods Trade with Japan").replace(", total", "")
    assert "trade.us_exports_to_japan" not in table_facts(COVER + PROSE + table)
    # A title of goods (or services) trade alone makes its plain rows that kind's, never the other's.
    goods = MARKDOWN.replace("U.S. Trade with Japan", "U.S. Goods Trade with Japan").split("| U.S. exports, goods")[0]
    goods += "| U.S. exports | 81.0 | 83.5 |\n| U.S. imports from Japan | 150.2 | 149.9 |\n"
    assert table_facts(COVER + PROSE + goods) == {
        "trade.us_goods_exports_to_japan": (83500000000, "2030"),
        "trade.us_goods_imports_from_japan": (149900000000, "2030"),
    }
    services = goods.replace("Goods Trade", "Services Trade")
    assert set(table_facts(COVER + PROSE + services)) == {
        "trade.us_services_exports_to_japan",
        "trade.us_services_imports_from_japan",
    }


def test_a_markdown_table_whose_header_names_its_label_column_is_read() -> None:
    """'| Item | 2029 | 2030 |' under a title on its own line: the header's first cell is no row, the rows are read."""
    table = MARKDOWN.replace("| | 2029 | 2030 |", "| Item | 2029 | 2030 |")
    facts = table_facts(COVER + PROSE + table)
    assert facts["trade.us_exports_to_japan"] == (125_500_000_000, "2030")
    assert facts["trade.us_goods_exports_to_japan"] == (83_500_000_000, "2030")


def test_a_labelled_header_with_one_year_is_not_taken_for_a_table() -> None:
    """A trap: a paragraph after a table title that opens 'Exports 2030 ...' has no run of years: nothing is read."""
    text = COVER + PROSE + "Table 1. U.S. Trade with Japan ($ billions)\n\nExports 2030 rose 125.5 percent.\n"
    assert "trade.us_exports_to_japan" not in table_facts(text)


RELATIONS = """# U.S.-Japan Relations\n\nUpdated March 3, 2031\n\n## Trade

Japan was the fifth-largest U.S. trading partner in 2030.

Table 1. Japan in U.S. Trade, 2030 and 2027 ($ billions; ranks among U.S. partners)

| Measure | 2030 | 2027 |
| --- | --- | --- |
| U.S. exports to Japan | 131.5 | 118.0 |
| U.S. imports from Japan | 201.2 | 170.4 |
| Overall partner rank | 5th | 4th |
"""


def test_a_trade_table_whose_years_fall_gives_its_first_column() -> None:
    """IF10199's table of trade as a whole, its newest year first and its unit beside its ranks' note, is read in the
    2030 column; the same table of auto trade states no flow."""
    facts = extract_snapshot(RELATIONS, brief="IF10199").snapshot.facts
    assert facts["trade.us_exports_to_japan"].model_dump(mode="json")["value"] == 131_500_000_000
    assert facts["trade.us_imports_from_japan"].model_dump(mode="json")["period"] == "2030"
    autos = extract_snapshot(RELATIONS.replace("Japan in U.S. Trade", "Japan in U.S. Auto Trade"), brief="IF10199")
    assert "trade.us_exports_to_japan" not in autos.snapshot.facts
