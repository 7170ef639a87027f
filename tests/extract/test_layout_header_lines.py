"""A table's header set over two lines, and a calendar's rows that open on their dates, read as the Markdown's table
in every layout: `pdftotext -layout` text (the header's second line holds a year's title set half-way down the row
and the rest of a wrapped title) and interleaved column text (a calendar's rows taking turns with prose)."""

from __future__ import annotations

import itertools
import textwrap

import pytest

from tests.layout_brief import BLOCKS, COVER, FOOTER, TABLE_TEXT, TITLE, facts, lines_of, markdown, side_by_side
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.line_joins import heading_like

B = 1_000_000_000


def _layout_page(right: list[str]) -> str:
    """One `pdftotext -layout` page: the brief's prose in the left column, `right` beside it."""
    head = "\n".join([f"CRS In Focus{' ' * 40}{COVER}", TITLE, ""]) + "\n"
    return head + side_by_side([*lines_of(TABLE_TEXT), "", "", ""], right) + FOOTER + "\n"


@pytest.mark.parametrize(
    ("header", "titles"),
    [
        # A year's title set half-way down the row lands on the second line, with the rest of a wrapped title.
        (
            ["Flow                         2029       Japan's", f"{' ' * 42}2030 rank, 2030"],
            ["Flow", "2029", "2030", "Japan's rank, 2030"],
        ),
        # The labels' title and the last one wrapped ('Trade' / 'flow', 'Change,' / 'percent').
        (
            ["Trade                        2029       2030       Change,", f"{'flow':<51}percent"],
            ["Trade flow", "2029", "2030", "Change, percent"],
        ),
        # Both years' titles under words that go on ('Value,' / '2029').
        (
            ["Flow                         Value,     Value,     Japan's", f"{' ' * 29}2029       2030       rank"],
            ["Flow", "Value, 2029", "Value, 2030", "Japan's rank"],
        ),
    ],
)
def test_a_tables_header_over_two_lines_keeps_its_rows_as_the_markdowns(header: list[str], titles: list[str]) -> None:
    rows = ["U.S. exports to Japan        127.0      131.0      4"]
    rows += ["U.S. imports from Japan      181.0      188.0      3"]
    caption = "Table 1. U.S. Trade with Japan ($ billions, goods and services)"
    page = _layout_page([*textwrap.wrap(caption, 54), *header, *rows])
    table = [f"| {' | '.join(titles)} |", "| --- | --- | --- | --- |"]
    table += ["| U.S. exports to Japan | 127.0 | 131.0 | 4 |", "| U.S. imports from Japan | 181.0 | 188.0 | 3 |"]
    from_markdown = facts(markdown(TABLE_TEXT) + "\n" + caption + "\n\n" + "\n".join(table) + "\n")
    assert facts(page) == from_markdown
    if titles[1] == "2029":
        assert from_markdown["trade.us_exports_to_japan"]["value"] == 131 * B
        assert from_markdown["trade.us_imports_from_japan"]["value"] == 188 * B


@pytest.mark.parametrize("source", [[], ["Source: CRS, with BEA data."]])
def test_a_tables_rows_under_a_header_of_years_are_a_table_with_or_without_a_source_line(source: list[str]) -> None:
    """Rows that line up under a header of years read as a table whether a source line closes them or the column
    ends under them: not their words run into the caption, nor (with no source line) dropped."""
    rows = ["U.S. exports to Japan        127.0      131.0", "U.S. imports from Japan      181.0      188.0"]
    caption = ["Table 1. U.S. Trade with Japan ($ billions, goods and", "services)"]
    found = facts(_layout_page([*caption, "Flow                         2029       2030", *rows, *source]))
    assert found["trade.us_exports_to_japan"]["value"] == 131 * B
    assert found["trade.us_imports_from_japan"]["value"] == 188 * B


@pytest.mark.parametrize(
    "line",
    ["July 24-August 9, 2020  Tokyo Summer Olympics", "March 31, 2021  Current SMA expires", "2022  Upper House Vote"],
)
def test_a_calendars_row_opening_on_its_date_is_no_heading(line: str) -> None:
    assert not heading_like(line)


def test_a_calendar_beside_prose_in_interleaved_text_keeps_the_prose_whole() -> None:
    """A calendar's rows in the left column take turns with a paragraph in the right one: a row whose date is
    written out in full reads as no heading, so the paragraph's lines are joined and its rank read as the
    Markdown's is."""
    rows = [
        "Table 1. Political Calendar, 2031-2033",
        "Date  Milestone",
        "Spring 2031  State visit to Japan (planned)",
        "July 24-August 9, 2031  Osaka World Expo",
        "March 31, 2032  Current SMA Expires",
        "September 20, 2032  Party Leadership Vote",
        "October 1-5, 2032  Quad Summit in Tokyo",
        "July 2033  Half of Upper House seats up for election",
    ]
    investment = (
        "Japanese firms' direct investment position in the United States was $484.4 billion at the end of 2030, "
        "more than that of any country other than the United Kingdom. Japan also once again tops the list of foreign "
        "holders of U.S. Treasury securities: having moved ahead of China last June, it held $1.16 trillion in "
        "November, against China's $1.09 trillion."
    )
    left, right = lines_of(BLOCKS[:4]), lines_of(BLOCKS[4:])
    right = right[: len(left)] + [""] * (len(left) - len(right)) + textwrap.wrap(investment, 56)
    lines = [line for pair in itertools.zip_longest([*left, *rows], right, fillvalue="") for line in pair if line]
    page = "\n".join([f"CRS In Focus{' ' * 40}{COVER}", TITLE, *lines, FOOTER]) + "\n"
    reference = markdown([*BLOCKS[:4], ("paragraph", investment)])
    assert extract_snapshot(reference, brief="IF11120").snapshot.facts["trade.fdi_source_rank"].value == 2
    assert extract_snapshot(page, brief="IF11120").snapshot.facts["trade.fdi_source_rank"].value == 2


@pytest.mark.parametrize(
    ("header", "titles"),
    [
        (
            "Partner                 U.S. exportsU.S. imports Balance",
            ["Partner", "U.S. exports", "U.S. imports", "Balance"],
        ),
        (
            "Partner              U.S. exports   U.S. imports Balance",
            ["Partner", "U.S. exports", "U.S. imports", "Balance"],
        ),
    ],
)
def test_a_header_whose_titles_touch_or_stand_one_space_apart_keeps_its_rows(header: str, titles: list[str]) -> None:
    """A PDF's header row whose titles run together ('exportsU.S.') or stand a space apart ('imports Balance'), over
    rows whose cells stand apart: parted into as many titles as the rows have cells, as the Markdown's table is."""
    rows = [
        "Mexico                         256.6     358.1     -101.5",
        "Japan                           74.7     143.6      -68.9",
    ]
    caption = "Table 1. U.S. Goods Trade with Its Largest Partners, 2030 ($ billions)"
    page = _layout_page([*textwrap.wrap(caption, 54), header, *rows, "Source: U.S. Census Bureau."])
    table = [f"| {' | '.join(titles)} |", "| --- | --- | --- | --- |"]
    table += ["| Mexico | 256.6 | 358.1 | -101.5 |", "| Japan | 74.7 | 143.6 | -68.9 |"]
    from_markdown = facts(
        markdown(TABLE_TEXT) + "\n" + caption + "\n\n" + "\n".join(table) + "\n\nSource: U.S. Census Bureau.\n"
    )
    assert from_markdown["trade.us_goods_imports_from_japan"]["value"] == 143_600_000_000
    assert facts(page) == from_markdown
