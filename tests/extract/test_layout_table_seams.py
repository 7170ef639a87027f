"""A table, list or figure cut by the page's layout reads as on the web page: a title broken at a line's end, rows
and items the other column's turns ran into, a heading after an item, the sentence after a table or under a title."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.blocks import markdown_blocks
from usjapan_facts.extract.column_glue import carry_rows, glue
from usjapan_facts.extract.line_joins import table_line
from usjapan_facts.extract.table_columns import rows_kept


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Table 2. Japan Among Trading Part-", "ners"], "Table 2. Japan Among Trading Partners"),
        (["Table 5. Two-Way Trade With Japan,", "2029"], "Table 5. Two-Way Trade With Japan, 2029"),  # its year alone
    ],
)
def test_a_table_title_broken_at_a_line_end_is_made_whole_in_copied_columns(lines: list[str], title: str) -> None:
    out = list(glue([*lines, "Item  Rank", "Two-way trade  3rd"]))
    assert out[0] == title
    assert "| Two-way trade | 3rd |" in out[1]


def test_a_table_title_broken_at_a_line_end_keeps_its_rows_under_a_worded_header() -> None:
    text = "Table 2. Japan Among Trading Part-\nners\nItem         Place      Amount\nExports  3rd  $98.1 billion\n"
    title, table = markdown_blocks(text)
    assert title.text == "Table 2. Japan Among Trading Partners"
    assert table.table is not None
    assert table.table.rows == (("Exports", "3rd", "$98.1 billion"),)


@pytest.mark.parametrize(
    "row",
    [
        "Exports to Japan      3rd   $98.1 billion",
        "Debt held  (2.5 trillion)",
        "U.S. balance  -68.8  -67.6  4 (deficit)",
    ],
)
def test_a_row_of_amounts_in_words_is_a_table_row(row: str) -> None:
    assert table_line(row)


@pytest.mark.parametrize(
    ("lines", "told", "kept"),
    [
        (
            ["Table 2. Trade ($ billions)", "ends a sentence here.", "Item  2017  2016", "Exports  98.1  90.2"],
            [0, 1, 0, 1],
            [0, 1, 0, 0],
        ),
        (
            ["Mark E. Manyin", "Key Terms", "Specialist in Asian Affairs", "• Tariff: 15%", "• Pledge: $550 billion"],
            [1, 0, 1, 0, 1],
            [1, 0, 1, 0, 0],
        ),
        (
            [
                "Table 2. Trade",
                "ends here.",
                "Exports  4th  $98 billion",
                "the end.",
                "Holdings  1st  Dec. 2019",
                "prose.",
                "Source: CRS.",
            ],
            [1, 0, 1, 0, 1, 0, 0],
            [1, 0, 1, 0, 1, 0, 1],
        ),
        (
            [
                "Table 3. Flows ($ billions)",
                "and the two ministers signed it in",
                "Exports  61.2  64.0",
                "Geneva with the Trade Representative",
                "of which: goods  40.1  41.9",
            ],
            [1, 0, 1, 1, 1],
            [1, 0, 1, 0, 1],
        ),
    ],
    ids=["table-rows", "after-the-authors", "source-line", "prose-amid-rows"],
)
def test_lines_the_other_columns_turns_ran_into_go_back(lines: list[str], told: list[int], kept: list[int]) -> None:
    assert rows_kept(lines, told) == kept


def test_a_list_item_as_wide_as_the_column_ends_before_a_heading() -> None:
    lines = [
        "• Japan's pledge: $550 billion in U.S. projects",
        "Trade Flows",
        "Japan remains a large partner of the U.S.",
    ]
    assert list(glue(lines))[:2] == ["• Japan's pledge: $550 billion in U.S. projects", "Trade Flows"]


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


def test_a_sentence_set_under_a_figures_title_is_prose_in_markdown_as_in_the_pdf() -> None:
    text = "**Figure 3. U.S. Trade with Japan, 2016-2018. By total trade, Japan was the fourth-largest partner.**\n"
    assert [(block.kind, block.text) for block in markdown_blocks(text)] == [
        ("caption", "Figure 3. U.S. Trade with Japan, 2016-2018."),
        ("paragraph", "By total trade, Japan was the fourth-largest partner."),
    ]


def test_a_table_cut_at_a_page_s_foot_takes_the_next_page_s_first_rows() -> None:
    """The left column of a page opening on rows, where the page before ended on a table's rows: they are that
    table's, and its source line, wrapped onto a second line, is one line, not the start of the prose after it."""
    text = ["Some prose.", "", "Table 4. Flows, 2030-2031 ($ billions)\nFlow  2030  2031\nExports  61.2  64.0", ""]
    lines = ["Imports  80.1  82.3", "Balance  -18.9  -18.3", "Source: Bureau of Economic Analysis; goods on a"]
    lines += ["Census basis.", "In the first half of 2032, U.S. exports to Japan rose."]
    rest = carry_rows(text, lines)
    assert text[2].endswith("Exports  61.2  64.0\nImports  80.1  82.3\nBalance  -18.9  -18.3")
    assert rest == [
        "Source: Bureau of Economic Analysis; goods on a Census basis.",
        "In the first half of 2032, U.S. exports to Japan rose.",
    ]
