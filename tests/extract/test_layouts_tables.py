"""Facts stated only in a table or a list are read alike in every layout: Markdown, HTML, the PDF, copied text.

Each class has its own test: a table's rows in copied columns (its caption wrapped, its last rows opening
the next column, 'of which' rows under their parent), its unit in the header row, years named in its
title, its title in a paragraph before an HTML table, a one-column PDF page's table (under a header of years or of
words), a list under a heading that carries the year, a header row naming a column after the years and a cell
'n.a.', list items without a stop, list items going on in lower case from a lead-in, a table of words inside a copied
column, a table whose caption ends one page and whose rows open the next, a rank column's figures atop a page, a
source line wrapped under the rows, an author's role beside a left column's table.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.layout_brief import (
    BLOCKS,
    COVER,
    FOOTER,
    GLANCE,
    TABLE_LINES,
    TABLE_MARKDOWN,
    TABLE_TEXT,
    TITLE,
    facts,
    lines_of,
    markdown,
    side_by_side,
    taking_turns,
)
from usjapan_facts.extract.layout_figures import figure
from usjapan_facts.extract.pdf import pdf_text
from usjapan_facts.extract.text import parse_markdown


def test_a_tables_rows_in_copied_columns_give_the_markdown_tables_facts() -> None:
    """A table at the foot of the left column: its wrapped caption and rows, 'of which' rows under their parent."""
    blocks = [*BLOCKS[:-1], ("paragraph", TABLE_TEXT[3][1])]  # the trade figures in the table alone
    left = lines_of(blocks[:4]) + TABLE_LINES
    page = "\n".join([COVER, TITLE, *taking_turns(left, lines_of(blocks[4:])), FOOTER]) + "\n"
    from_markdown = facts(markdown(blocks) + "\n" + TABLE_MARKDOWN)
    assert from_markdown["trade.us_goods_exports_to_japan"]["value"] == 82_000_000_000
    assert from_markdown["trade.us_services_exports_to_japan"]["value"] == 49_000_000_000
    assert from_markdown["trade.us_imports_from_japan"]["value"] == 188_000_000_000
    assert facts(page) == from_markdown


def test_a_table_whose_unit_is_its_header_rows_first_cell_is_read() -> None:
    """'$ billions' as the first cell of the years' row gives the table its unit, as '($ billions)' does."""
    table = "Table 1. U.S. Trade in Goods and Services with Japan\n\n"
    table += "| $ billions | 2029 | 2030 |\n| --- | ---: | ---: |\n"
    table += "| Exports to Japan | 127.0 | 131.0 |\n| Imports from Japan | 181.0 | 188.0 |\n"
    found = facts(markdown(TABLE_TEXT) + "\n" + table)
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["trade.us_imports_from_japan"]["value"] == 188_000_000_000


YEARS_TABLE = (
    "Table 1. U.S. Trade with Japan, Goods and Services ($ billions)",
    (110, 140),
    [
        ("", "2029", "2030"),
        ("U.S. exports, goods and services", "127.0", "131.0"),
        ("of which goods", "80.0", "82.0"),
        ("U.S. imports, goods and services", "181.0", "188.0"),
    ],
)
WORDS_TABLE = (  # 'Goods' and 'Services' set so close that the PDF gives them as one piece
    "Table 1. U.S. Trade with Japan, 2030 ($ billions)",
    (100, 116, 132),
    [
        ("Flow", "Goods", "Services", "Total"),
        ("U.S. exports to Japan", "82.0", "49.0", "131.0"),
        ("U.S. imports from Japan", "146.0", "42.0", "188.0"),
    ],
)


@pytest.mark.parametrize("table", [YEARS_TABLE, WORDS_TABLE], ids=["header-of-years", "header-of-words"])
def test_a_one_column_pdf_page_keeps_each_table_row_on_a_line(
    tmp_path: Path, table: tuple[str, tuple[int, ...], list[tuple[str, ...]]]
) -> None:
    """A PDF page with no second column beside its table keeps the table's rows whole, as its cells stand, under a
    header of years or of words."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    caption, places, cells = table
    rows = [
        (COVER,),
        (TITLE,),
        ("Trade and Investment",),
        ("Japan was the sixth-largest U.S. trade partner in 2030.",),
        (caption,),
        *cells,
        ("Trade has grown again since the talks began, and officials expect more of it.",),
    ]
    for number, (label, *row) in enumerate(rows):
        y = 20 + 6 * number
        pdf.set_xy(20, y)
        pdf.cell(90 if row else 180, 5, label)
        for x, end, cell in zip(places, [*places[1:], places[-1] + 20], row, strict=False):
            pdf.set_xy(x, y)
            pdf.cell(end - x, 5, cell, align="R")
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    found = facts(pdf_text(path.read_bytes()))
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["trade.us_goods_exports_to_japan"]["value"] == 82_000_000_000


def test_a_left_columns_table_beside_a_right_column_of_only_author_lines_keeps_its_rows(tmp_path: Path) -> None:
    """A page whose right column holds only the authors' names, level with a long left column's paragraphs above its
    table, has two columns all the same (a few lines are no gutter's crossing): the table keeps its rows."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    left = [
        (COVER,),
        (TITLE,),
        ("Trade and Investment",),
        ("Japan was the sixth-largest U.S. trade",),
        ("partner in 2030, behind five others.",),
        ("Table 1. U.S. Trade with Japan, Goods and",),
        ("Services ($ billions)",),
        ("", "2029", "2030"),
        ("U.S. exports to Japan", "127.0", "131.0"),
        ("U.S. imports from Japan", "181.0", "188.0"),
        *[("Officials met again to talk about farm goods.",)] * 50,
    ]
    authors = ["Ann B. Smith", "Specialist in Asian Affairs", "Carl D. Jones", "Analyst in International Trade"]
    for number, (label, *cells) in enumerate(left):
        y = 12 + 4 * number
        pdf.set_xy(20, y)
        pdf.cell(45, 4, label)
        for x, cell in zip((65, 82), cells, strict=False):
            pdf.set_xy(x, y)
            pdf.cell(17, 4, cell, align="R")
        if 2 <= number < 2 + len(authors):
            pdf.set_xy(115, y)
            pdf.cell(80, 4, authors[number - 2])
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    found = facts(pdf_text(path.read_bytes()))
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["trade.us_imports_from_japan"]["value"] == 188_000_000_000


def test_a_table_whose_title_names_its_years_reads_its_header_years() -> None:
    """'Table 1. U.S.-Japan Trade, 2029 and 2030 ($ billions)': the years of the header row, not the title's."""
    table = TABLE_MARKDOWN.replace("Goods and Services ($ billions)", "Goods and Services, 2029 and 2030 ($ billions)")
    found = facts(markdown(TABLE_TEXT) + "\n" + table)
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["trade.us_goods_exports_to_japan"]["value"] == 82_000_000_000


def test_an_html_tables_title_in_a_paragraph_before_it_is_its_caption() -> None:
    """'<p>Table 1. ...</p>' then '<table>': the title and the table are read as one, as with '<caption>'."""
    rows = "".join(
        f"<tr><th>{label}</th><td>{before}</td><td>{latest}</td></tr>"
        for label, before, latest in (
            ("U.S. exports to Japan", "127.0", "131.0"),
            ("U.S. imports from Japan", "181.0", "188.0"),
        )
    )
    page = (
        f"<html><body><h1>{TITLE}</h1><p>{COVER}</p><h2>Overview</h2><p>{TABLE_TEXT[1][1]}</p>"
        "<p>Table 1. U.S. Trade in Goods and Services with Japan ($ billions)</p>"
        f"<table><tr><th></th><th>2029</th><th>2030</th></tr>{rows}</table></body></html>"
    )
    assert facts(page)["trade.us_exports_to_japan"] == {
        "value": 131_000_000_000,
        "qualifier": "exact",
        "period": "2030",
    }


def test_a_table_that_runs_on_at_the_top_of_the_right_column_keeps_its_rows() -> None:
    """The last rows of a table at the foot of the left column open the right one: they are the table's."""
    blocks = [*BLOCKS[:-1], ("paragraph", TABLE_TEXT[3][1])]
    left = lines_of(blocks[:4]) + TABLE_LINES[:5]
    right = TABLE_LINES[5:] + lines_of(blocks[4:])
    page = "\n".join([COVER, TITLE, *taking_turns(left, right), FOOTER]) + "\n"
    found = facts(page)
    assert found["trade.us_services_exports_to_japan"]["value"] == 49_000_000_000
    assert found["trade.us_imports_from_japan"]["value"] == 188_000_000_000


def test_a_list_under_a_heading_carrying_the_year_is_dated_by_it_in_every_layout() -> None:
    """'Trade at a Glance, 2030': each item below takes the year, as a list item in HTML, Markdown or the PDF."""
    head = markdown(TABLE_TEXT[:2])
    as_markdown = head + "\n## Trade at a Glance, 2030\n\n" + "".join(f"- {item}\n" for item in GLANCE)
    as_html = (
        f"<html><body><h1>{TITLE}</h1><p>{COVER}</p><h2>Overview</h2><p>{TABLE_TEXT[1][1]}</p>"
        "<aside><h3>Trade at a Glance, 2030</h3><ul>" + "".join(f"<li>{item}</li>" for item in GLANCE) + "</ul>"
        "</aside></body></html>"
    )
    bullets = [line for item in GLANCE for line in textwrap.wrap(f"\u2022 {item}", 56)]
    column = [*lines_of(TABLE_TEXT[:2]), "Trade at a Glance, 2030", *bullets]
    as_layout = "\n".join([COVER, "", TITLE, "", *(f"{line:<64}" for line in column)]) + "\n"
    wanted = {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    for text in (as_markdown, as_html, as_layout):
        assert facts(text)["trade.us_exports_to_japan"] == wanted


def test_list_items_without_a_stop_are_sentences_of_their_own() -> None:
    """Items that end without a full stop are not run into one another, nor into the paragraph after them."""
    items = [item.removesuffix(".") for item in GLANCE]
    text = markdown(TABLE_TEXT[:2]) + "\n## Trade at a Glance, 2030\n\n" + "".join(f"- {item}\n" for item in items)
    text += "\nThe figures are the latest the Commerce Department has published.\n"
    sentences = [sentence.text for sentence in parse_markdown(text).sentences]
    assert all(item in sentences for item in items)
    assert facts(text)["trade.us_imports_from_japan"]["value"] == 188_000_000_000


def test_list_items_going_on_from_a_lead_in_are_read_though_they_open_in_lower_case() -> None:
    """'Under the deal:' then '- most goods from Japan ...': an item in lower case is no column's cut tail."""
    items = [
        "most Japanese goods now face a 16% IEEPA tariff, set on May 2, 2030;",
        "and steel from Japan still pays 50%.",
    ]
    head = markdown(TABLE_TEXT[:2]) + "\nUnder the deal:\n\n"
    as_markdown = head + "".join(f"- {item}\n" for item in items)
    as_html = (
        f"<html><body><h1>{TITLE}</h1><p>{COVER}</p><h2>Overview</h2><p>{TABLE_TEXT[1][1]}</p>"
        "<p>Under the deal:</p><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></body></html>"
    )
    bullets = [line for item in items for line in textwrap.wrap(f"\u2022 {item}", 56)]
    as_layout = "\n".join([COVER, "", TITLE, "", *lines_of(TABLE_TEXT[:2]), "Under the deal:", *bullets]) + "\n"
    for text in (as_markdown, as_html, as_layout):
        assert facts(text)["tariffs.ieepa_rate"]["value"] == 16


def test_a_paragraph_going_on_in_lower_case_is_still_a_cut_tail() -> None:
    """Outside a list, a sentence opening in lower case is the tail of one cut by another column: it states nothing."""
    text = markdown(TABLE_TEXT[:2]) + "\nThe deal holds.\n\nmost Japanese goods now face a 16% IEEPA tariff.\n"
    assert "tariffs.ieepa_rate" not in facts(text)


def test_a_table_with_a_change_column_and_an_empty_cell_reads_alike_in_every_layout() -> None:
    """A header row '2029  2030 Change, %' and a balance row ending in 'n.a.': the rows stay the table's."""
    rows = [
        ("Total exports", "127.0", "131.0", "3.1"),
        ("Total imports", "181.0", "188.0", "3.9"),
        ("Goods balance", "-62.0", "-64.0", "n.a."),
    ]
    caption = "Table 1. U.S. Trade with Japan, 2029-2030 ($ billions)"
    table = f"{caption}\n\n| | 2029 | 2030 | Change, % |\n| --- | --- | --- | --- |\n"
    table += "".join(f"| {label} | {a} | {b} | {c} |\n" for label, a, b, c in rows)
    lines = [
        caption,
        f"{'':<26}2029      2030 Change, %",
        *(f"{label:<26}{a:>6}    {b:>6}    {c:>6}" for label, a, b, c in rows),
    ]
    lines += ["Source: Bureau of Economic Analysis."]
    left = lines_of(TABLE_TEXT[:2])
    from_markdown = facts(markdown(TABLE_TEXT[:2]) + "\n" + table)
    assert from_markdown["trade.us_exports_to_japan"]["value"] == 131_000_000_000
    as_layout = "\n".join([COVER, "", TITLE, ""]) + "\n" + side_by_side(left, [*lines, "", *lines_of(TABLE_TEXT[2:3])])
    as_copied = "\n".join([COVER, TITLE, *taking_turns(left, [*lines, *lines_of(TABLE_TEXT[2:3])]), FOOTER]) + "\n"
    for text in (as_layout, as_copied):
        found = facts(text)
        assert found["trade.us_exports_to_japan"] == from_markdown["trade.us_exports_to_japan"]
        assert found["trade.us_imports_from_japan"] == from_markdown["trade.us_imports_from_japan"]


def test_a_tables_unit_on_a_line_of_its_own_under_its_title_keeps_its_header_of_words() -> None:
    """'Table 1. U.S. Trade with Japan, 2030' over '(billions of dollars)' on a line of its own, then a header of words
    ('Category  Exports  Imports  Balance') and rows, in a column beside prose: the unit is the title's, and the rows
    read as the Markdown table's, not run into the paragraph before the title."""
    caption = "Table 1. U.S. Trade with Japan, 2030"
    rows = [
        ("Goods", "82.0", "146.0", "-64.0"),
        ("Services", "49.0", "42.0", "7.0"),
        ("Total", "131.0", "188.0", "-57.0"),
    ]
    table = (
        f"{caption} (billions of dollars)\n\n| Category | Exports | Imports | Balance |\n| --- | --- | --- | --- |\n"
    )
    table += "".join(f"| {' | '.join(row)} |\n" for row in rows)
    lines = [caption, "(billions of dollars)", f"{'Category':<22}Exports   Imports   Balance"]
    lines += [f"{label:<22}{a:>7}   {b:>7}   {c:>7}" for label, a, b, c in rows]
    lines += ["Source: Bureau of Economic Analysis."]
    left = lines_of(TABLE_TEXT[:2])
    from_markdown = facts(markdown(TABLE_TEXT[:2]) + "\n" + table)
    flows = ("trade.us_exports_to_japan", "trade.us_imports_from_japan", "trade.us_goods_exports_to_japan")
    assert from_markdown["trade.us_exports_to_japan"]["value"] == 131_000_000_000
    right = [*lines_of(TABLE_TEXT[2:3])[:2], *lines]
    found = facts("\n".join([COVER, "", TITLE, ""]) + "\n" + side_by_side(left, right))
    assert {fact: found.get(fact) for fact in flows} == {fact: from_markdown[fact] for fact in flows}


def test_a_table_of_words_inside_a_copied_column_gives_the_markdown_tables_facts() -> None:
    """'Item  Latest  Earlier' rows of words and figures between a column's paragraphs, taking turns with the
    other column's lines: read as the Markdown table's rows, never run into the heading and prose after them."""
    rows = [
        ("Investment pledge", "$550 billion", "none"),
        ("U.S. exports to Japan", "$131 billion", "$127 billion (2029)"),
    ]
    caption = "Table 1. Trade Measures, Latest and Earlier"
    table = f"{caption}\n\n| Item | Latest | Earlier |\n| --- | --- | --- |\n"
    table += "".join(f"| {label} | {latest} | {earlier} |\n" for label, latest, earlier in rows)
    lines = [caption, "Item  Latest  Earlier", *(f"{label}  {latest}  {earlier}" for label, latest, earlier in rows)]
    left = lines_of(TABLE_TEXT[:2]) + lines + lines_of(BLOCKS[4:6])
    right = lines_of(BLOCKS[:4])
    from_markdown = facts(markdown(TABLE_TEXT[:2] + BLOCKS[:6]) + "\n" + table)
    assert from_markdown["framework.investment_pledge"]["value"] == 550_000_000_000
    as_layout = "\n".join([COVER, "", TITLE, ""]) + "\n" + side_by_side(left, right)
    as_copied = "\n".join([COVER, TITLE, *taking_turns(left, right), FOOTER]) + "\n"
    assert facts(as_layout) == from_markdown
    assert facts(as_copied) == from_markdown


def test_a_tables_caption_at_a_pages_foot_keeps_its_rows_atop_the_next_page() -> None:
    """Layout text whose table caption ends the first page's right column and whose rows open the next page."""
    caption = "Table 1. U.S. Trade with Japan, 2030 ($ billions)"
    rows = [("U.S. exports to Japan", "82.0", "49.0", "131.0"), ("U.S. imports from Japan", "146.0", "42.0", "188.0")]
    table = f"{caption}\n\n| Flow | Goods | Services | Total |\n| --- | --- | --- | --- |\n"
    table += "".join(f"| {' | '.join(row)} |\n" for row in rows)
    lines = [f"{'Flow':<26}{'Goods':>8}{'Services':>10}{'Total':>9}"]
    lines += [f"{label:<26}{goods:>8}{services:>10}{total:>9}" for label, goods, services, total in rows]
    prose = lines_of(BLOCKS[:4])
    first = side_by_side(prose[:8], [*prose[8:14], caption])
    second = side_by_side([*lines, "Source: Bureau of Economic Analysis.", *prose[14:]], lines_of(TABLE_TEXT[:2]))
    text = "\n".join([COVER, "", TITLE, ""]) + "\n" + first + "\n\n" + FOOTER + "\n\f" + second
    from_markdown = facts(markdown([*BLOCKS[:4], *TABLE_TEXT[:2]]) + "\n" + table)
    assert from_markdown["trade.us_exports_to_japan"]["value"] == 131_000_000_000
    assert facts(text) == from_markdown


RANKED_CAPTION = "Table 1. U.S. Goods Trade with Japan ($ billions), with Japan's Rank Among U.S. Partners in 2030"
RANKED = [("U.S. exports to Japan", "80.0", "82.0", "4"), ("U.S. imports from Japan", "140.0", "146.0", "5")]
RANKED += [("Total goods trade", "220.0", "228.0", "4"), ("U.S. balance", "-60.0", "-64.0", "6 (deficit)")]


def _ranked_markdown() -> str:
    rows = "".join(f"| {' | '.join(row)} |\n" for row in RANKED)
    return f"{RANKED_CAPTION}\n\n| Flow | 2029 | 2030 | Rank |\n| --- | --- | --- | --- |\n{rows}"


@pytest.mark.parametrize("where", ["rows-atop-the-next-page", "source-line-wrapped", "role-beside-the-header"])
def test_a_tables_rows_and_source_read_as_the_markdown_wherever_the_page_sets_them(where: str) -> None:
    """A rank column's last figures atop a page (no page number), a cell with a note ('6 (deficit)'), a source line
    wrapped onto a second line under the rows, an author's role beside a left column's table: the Markdown's facts."""
    prose, caption = lines_of(BLOCKS[:4]), textwrap.wrap(RANKED_CAPTION, 56)
    closing = (
        "Japan remained the largest foreign holder of U.S. Treasury securities at the end of 2030, ahead of China and"
    )
    closing += " of the United Kingdom, its nearest rivals."
    from_markdown = facts(markdown([*BLOCKS[:4], ("paragraph", closing)]) + "\n" + _ranked_markdown())
    assert from_markdown["trade.goods_deficit_rank"]["value"] == 6
    widths = (26, 8, 8, 14) if where != "role-beside-the-header" else (26, 6, 13, 12)
    rows = [
        f"{label:<{widths[0]}}{before:>{widths[1]}}{latest:>{widths[2]}}{rank:>{widths[3]}}"
        for label, before, latest, rank in [("Flow", "2029", "2030", "Rank"), *RANKED]
    ]
    head = "\n".join([COVER, "", TITLE, ""]) + "\n"
    if where == "rows-atop-the-next-page":
        first = side_by_side(prose[:8], [*prose[8:], *caption])
        text = head + first + "\n\n" + FOOTER + "\n\f" + side_by_side([*rows, "", *textwrap.wrap(closing, 56)], [])
    elif where == "source-line-wrapped":
        source = ["Source: Bureau of Economic Analysis (BEA), international", "transactions, March 2031."]
        left = [*lines_of(BLOCKS[:2]), *textwrap.wrap(closing, 56), *caption, *rows, "", *source, ""]
        text = head + side_by_side(left, lines_of(BLOCKS[2:4]))
    else:
        left = [*prose, *caption, *rows]
        right = [*textwrap.wrap(closing, 56), *[""] * (len(left) - len(rows) - 3), "Hoshino Aki", "", ""]
        right[len(left) - len(rows)] = "Specialist in Asian Affairs"
        text = head + side_by_side(left, right)
    print(text)
    assert facts(text) == from_markdown


def test_a_tables_header_wrapped_onto_lines_of_their_own_keeps_its_rows_in_the_caption() -> None:
    """'Rank  Exports' / 'Market' / 'of U.S. goods': a header whose cells wrap onto lines of their own, over rows of
    figures, is the table's, so the rows stay in its caption and the paragraph after its source line is prose."""
    lines = ["Table 2. Largest Markets for U.S. Goods, 2031 ($ billions)", "Rank          Exports", "Market"]
    lines += ["of U.S. goods", "1        Canada        402", "2        Mexico        356", "3        Japan        88"]
    lines += ["Source: Census Bureau.", "Exports to Japan rose to $88 billion in 2031."]
    blocks, end = figure(lines, 0)
    assert "3 Japan 88" in blocks[0]
    assert blocks[-1] == "Source: Census Bureau."
    assert lines[end] == "Exports to Japan rose to $88 billion in 2031."


def test_a_header_of_words_over_rows_no_reading_lines_up_keeps_them_in_the_caption() -> None:
    """'Date   Event   Status' over rows whose cells a layout set on lines of their own ('July 9,' / 'Upper House' /
    '2031   election   Held'): the rows to the source line are the table's caption, not a paragraph of prose."""
    lines = ["Table 1. Election Calendar", "Date          Event          Status", "Upper House vote; the"]
    lines += ["Mar. 2031   Jun. 2031", "July 9,", "coalition", "2031      loses its majority      Held"]
    lines += ["Source: CRS.", "Tokyo has said it will keep to the deal."]
    blocks, end = figure(lines, 0)
    assert blocks[0].startswith("Table 1. Election Calendar Date Event Status Upper House vote")
    assert (blocks[0].endswith("Held"), lines[end]) == (True, "Source: CRS.")


def test_a_tables_title_then_blank_lines_then_its_rows_is_one_table() -> None:
    """Plain text copied page by page: a table's title at one page's foot, blank lines, then its rows atop the next
    page. The rows are the table's (read under its title), not a paragraph of figures run into the next sentence."""
    text = "\n".join(
        [
            "Japan ranked fourth among U.S. partners in 2031.",
            "",
            "Table 1. U.S. Trade with Japan, 2031 ($ billions)",
            "",
            "",
            "Flow                      Goods  Services   Total",
            "U.S. exports to Japan      81.0      47.0   128.0",
            "U.S. imports from Japan   150.0      40.0   190.0",
            "Source: Bureau of Economic Analysis.",
            "The United States sold more services than it bought.",
        ]
    )
    sentences = [sentence.text for sentence in parse_markdown(text).sentences]
    assert "U.S. exports to Japan: 128.0" in sentences
    assert "The United States sold more services than it bought." in sentences
