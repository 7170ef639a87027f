"""A table cut by the page's layout reads as it does on the web page: a title broken at a line's end, rows that the
other column's turns ran into, and the sentence after the table, whose subject is the table's."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.blocks import markdown_blocks
from usjapan_facts.extract.column_glue import glue
from usjapan_facts.extract.columns import _rows_kept
from usjapan_facts.extract.line_joins import table_line


def test_a_table_title_broken_at_a_line_end_is_made_whole_in_copied_columns() -> None:
    out = list(glue(["Table 2. Where Japan Stands Among Trading Part-", "ners", "Two-way trade  3rd  2017"]))
    assert out[0].startswith("Table 2. Where Japan Stands Among Trading Partners\n")


def test_a_table_title_broken_at_a_line_end_keeps_its_worded_header_row() -> None:
    text = "Table 2. Japan Among Trading Part-\nners\nItem         Place      Amount\nExports  3rd  $98.1 billion\n"
    captions = [block.text for block in markdown_blocks(text) if block.kind == "caption"]
    assert captions == ["Table 2. Japan Among Trading Partners Item Place Amount Exports 3rd $98.1 billion"]


@pytest.mark.parametrize("row", ["Exports to Japan      3rd   $98.1 billion", "Debt held  (2.5 trillion)"])
def test_a_row_of_amounts_in_words_is_a_table_row(row: str) -> None:
    assert table_line(row)


def test_rows_the_other_column_ran_into_go_back_to_the_tables_column() -> None:
    lines = ["Table 2. Trade ($ billions)", "ends a sentence here.", "Item  2017  2016", "Exports  98.1  90.2"]
    assert _rows_kept(lines, [0, 1, 0, 1]) == [0, 1, 0, 0]


def test_the_sentence_after_a_table_takes_its_subject_from_the_tables_title() -> None:
    text = (
        "# U.S.-Japan Relations\n\nUpdated May 2, 2018\n\n## Trade\n\nTrade talks went on through the spring.\n\n"
        "Table 2. Japan Among U.S. Trading Partners\n\n| Measure | Amount |\n| --- | --- |\n"
        "| Holdings of Treasury securities | $1.06 trillion |\n\n"
        "Only Mexico, Canada, and China traded more with the United States last year.\n"
    )
    fact = extract_snapshot(text).snapshot.facts.get("trade.overall_partner_rank")
    assert fact is not None
    assert fact.value == 4
