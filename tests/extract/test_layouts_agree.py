"""One invented brief in every layout a reader hands over gives the facts its Markdown gives.

The layouts are made here from the brief's blocks: text copied from a two-column PDF with the columns'
lines taking turns (the left column's line, then the right one's, until the shorter column ends), and the
same page as `pdftotext -layout` prints it. Each class of layout defect has its own test: a sentence cut at
the column break, a figure's labels taking turns with the other column's prose, a table's rows, a list
under a heading that carries the year, a title-case line of prose, a page's footer.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.pdf import pdf_text
from usjapan_facts.extract.text import parse_markdown

TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
COVER = "Updated March 3, 2031"
FOOTER = "IF11120 \u00b7 VERSION 40    https://crsreports.congress.gov"
Block = tuple[str, str]  # ("heading" | "paragraph" | "lines", text); "lines" are set one a line, as they stand

BLOCKS: list[Block] = [
    ("heading", "Overview"),
    (
        "paragraph",
        "In January 2031, the two governments opened talks on a second-stage deal covering services, "
        "investment, and autos. The two limited agreements of 2019, which took effect without a vote in "
        "Congress, remain in force, and neither side has proposed to end them.",
    ),
    (
        "paragraph",
        "President Dana Whitfield and Prime Minister Hoshino Aki welcomed the talks at a summit in Osaka. "
        "Officials from both governments said a text could be ready within the year, though autos remain "
        "the hardest question.",
    ),
    (
        "paragraph",
        "Farm groups in both countries have pressed for quicker cuts. Beef and pork producers say the earlier "
        "deal left them behind rivals from Australia and Canada, and rice growers in Japan have asked their "
        "government to keep its own market closed. Negotiators have not said which side will move first.",
    ),
    ("heading", "Digital Trade and Supply Chains"),
    (
        "paragraph",
        "Officials have also discussed rules for data flows, semiconductors, and critical minerals. Several "
        "Members of Congress have asked to be consulted before any text is signed, since the earlier deals "
        "took effect by proclamation and executive agreement rather than by a vote in either chamber.",
    ),
    ("heading", "Tariffs"),
    (
        "paragraph",
        "In December 2030, USTR imposed a 12.5% tariff on most imports from Japan under Section 301, "
        "replacing the 15% tariff that had applied since July 2025 under IEEPA.",
    ),
    ("heading", "Trade and Investment"),
    (
        "paragraph",
        "As the sixth-largest U.S. trade partner in 2030, Japan remains a priority for U.S. trade policy. "
        "In 2030, U.S. exports to Japan totaled $131 billion ($82 billion in goods, $49 billion in services), "
        "and U.S. imports from Japan were $188 billion. Japan is the largest holder of U.S. Treasury "
        "securities, and its firms have kept adding to their plants in the United States.",
    ),
]
FIGURE = [
    "Figure 1. U.S. Trade with Japan, 2026-2030",
    "$ billions",
    "200",
    "150",
    "100",
    "50",
    "0",
    "2026   2027   2028   2029   2030",
    "Exports   Imports",
    "Source: CRS with data from the Bureau of Economic Analysis.",
]


def lines_of(blocks: list[Block], width: int = 56) -> list[str]:
    """The blocks as a column's lines: a heading on its own line, a paragraph wrapped at `width`."""
    out: list[str] = []
    for kind, text in blocks:
        out += textwrap.wrap(text, width) if kind == "paragraph" else text.split("\n")
    return out


def taking_turns(left: list[str], right: list[str]) -> list[str]:
    """Two columns' lines as a copy from the PDF gives them: the left one's line, then the right one's."""
    out: list[str] = []
    for index in range(max(len(left), len(right))):
        out += left[index : index + 1] + right[index : index + 1]
    return out


def copied_page(blocks: list[Block], split: int, *, right_extra: list[str] | None = None) -> str:
    """One page copied from the PDF: the cover, the brief's lines flowed down the left column, then the right."""
    lines = lines_of(blocks)
    left, right = lines[:split], lines[split:]
    if right_extra:
        right = right_extra + right
    return "\n".join([f"CRS In Focus{' ' * 40}{COVER}", TITLE, *taking_turns(left, right), FOOTER]) + "\n"


def markdown(blocks: list[Block]) -> str:
    """The same brief as Markdown."""
    parts = [f"# {TITLE}", COVER]
    for kind, text in blocks:
        parts.append(f"## {text}" if kind == "heading" else text)
    return "\n\n".join(parts) + "\n"


def facts(text: str) -> dict[str, Any]:
    """Each fact's value, hedge and period as extracted from the text."""
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    return {
        fact_id: fact.model_dump(mode="json", include={"value", "qualifier", "period"})
        for fact_id, fact in snapshot.facts.items()
    }


def test_the_markdown_states_the_facts_the_layouts_are_held_to() -> None:
    """The Markdown of the invented brief gives its leaders, tariff, ranks and trade figures."""
    found = facts(markdown(BLOCKS))
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["tariffs.us_tariff_most_imports"]["value"] == 12.5
    assert {"leaders.us_president", "trade.treasury_holder_rank", "trade.us_imports_from_japan"} <= set(found)


def test_columns_taking_turns_until_the_right_one_ends_give_the_markdowns_facts() -> None:
    """A page whose right column is the shorter: once it ends, the left runs on alone, and is read on alone."""
    lines = lines_of(BLOCKS)
    page = copied_page(BLOCKS, split=len(lines) * 2 // 3)
    assert facts(page) == facts(markdown(BLOCKS))


def test_a_sentence_cut_at_the_column_break_is_joined_across_it() -> None:
    """The left column's last line goes on at the top of the right column, in the middle of a sentence."""
    lines = lines_of(BLOCKS)
    split = next(index for index in range(len(lines) // 2, len(lines)) if lines[index][:1].islower())
    document = parse_markdown(copied_page(BLOCKS, split=split))
    whole = {sentence.text for sentence in parse_markdown(markdown(BLOCKS)).sentences}
    assert {sentence.text for sentence in document.sentences if not sentence.cut} == whole


def test_a_figures_labels_taking_turns_with_prose_cut_no_sentence_and_state_nothing() -> None:
    """A figure in the right column: its ticks, years and legend take turns with the left column's lines."""
    lines = lines_of(BLOCKS)
    page = copied_page(BLOCKS, split=len(lines) // 2, right_extra=FIGURE)
    document = parse_markdown(page)
    assert not any(label in sentence.text for sentence in document.sentences for label in ("150", "Exports   "))
    assert facts(page) == facts(markdown(BLOCKS))


def test_a_page_footer_between_pages_is_no_sentence() -> None:
    """Each page's footer ('IF11120 · VERSION 40   https://...') is dropped, the cover's date kept."""
    document = parse_markdown(copied_page(BLOCKS, split=20))
    assert document.updated is not None
    assert document.updated.isoformat() == "2031-03-03"
    assert not any("VERSION" in sentence.text or "crsreports" in sentence.text for sentence in document.sentences)


TABLE_LINES = [
    "Table 1. U.S. Trade with Japan, Goods and Services ($",
    "billions)",
    "2029  2030",
    "U.S. exports, goods and services  127.0  131.0",
    "of which goods  80.0  82.0",
    "of which services  47.0  49.0",
    "U.S. imports, goods and services  181.0  188.0",
]
TABLE_MARKDOWN = """Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2029 | 2030 |
| --- | ---: | ---: |
| U.S. exports, goods and services | 127.0 | 131.0 |
| of which goods | 80.0 | 82.0 |
| of which services | 47.0 | 49.0 |
| U.S. imports, goods and services | 181.0 | 188.0 |
"""
TABLE_TEXT: list[Block] = [
    ("heading", "Overview"),
    (
        "paragraph",
        "President Dana Whitfield and Prime Minister Hoshino Aki met in Osaka in January 2031 and agreed "
        "to open talks on services and autos. The two limited agreements of 2019 remain in force, and "
        "trade between the two countries grew again last year.",
    ),
    ("heading", "Trade and Investment"),
    (
        "paragraph",
        "Japan was the sixth-largest U.S. trade partner in 2030, and the largest holder of U.S. Treasury "
        "securities. Its firms have kept adding to their plants in the United States, while U.S. firms "
        "have expanded their services business in Japan.",
    ),
]


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


GLANCE = [
    "U.S. exports to Japan: $131 billion ($82 billion in goods and $49 billion in services).",
    "U.S. imports from Japan: $188 billion, of which goods were $146 billion.",
    "Japan ranked sixth among U.S. trade partners.",
]


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


def side_by_side(left: list[str], right: list[str], *, at: int = 64) -> str:
    """Two columns' lines as `pdftotext -layout` prints them: the right column's line beside the left's."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{one:<{at}}{two}".rstrip() for one, two in zip(left, right, strict=True)) + "\n"


def test_a_title_case_line_of_prose_is_no_heading() -> None:
    """'The U.S.-Japan Trade Agreement and the Digital Trade' opening a paragraph stays the sentence's start."""
    sentence = (
        "The U.S.-Japan Trade Agreement and the Digital Trade Agreement were both signed in October 2019 "
        "and took effect in January 2020."
    )
    left = ["Earlier Agreements", "The U.S.-Japan Trade Agreement and the Digital Trade"]
    left += textwrap.wrap(sentence.removeprefix(left[1] + " ") + " They cut tariffs on farm goods and left autos.", 56)
    right = lines_of(TABLE_TEXT)
    page = f"{COVER}\n\n{TITLE}\n\n" + side_by_side(left + lines_of(TABLE_TEXT[1:2]), right)
    document = parse_markdown(page)
    assert sentence in {item.text for item in document.sentences}
    assert facts(page)["agreements.usjta_in_force"] == {"value": "2020-01", "qualifier": "exact", "period": None}


def test_a_one_column_pdf_page_keeps_each_table_row_on_a_line(tmp_path: Path) -> None:
    """A PDF page with no second column beside its table keeps the table's rows whole, as its cells stand."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    rows = [
        (COVER, None, None),
        (TITLE, None, None),
        ("Trade and Investment", None, None),
        ("Japan was the sixth-largest U.S. trade partner in 2030.", None, None),
        ("Table 1. U.S. Trade with Japan, Goods and Services ($ billions)", None, None),
        ("", "2029", "2030"),
        ("U.S. exports, goods and services", "127.0", "131.0"),
        ("of which goods", "80.0", "82.0"),
        ("U.S. imports, goods and services", "181.0", "188.0"),
        ("Trade has grown again since the talks began, and officials expect more of it.", None, None),
    ]
    for number, (label, before, latest) in enumerate(rows):
        y = 20 + 6 * number
        pdf.set_xy(20, y)
        pdf.cell(90, 5, label)
        for x, cell in ((110, before), (140, latest)):
            if cell is not None:
                pdf.set_xy(x, y)
                pdf.cell(20, 5, cell, align="R")
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    found = facts(pdf_text(path.read_bytes()))
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}
    assert found["trade.us_goods_exports_to_japan"]["value"] == 82_000_000_000


def test_a_figures_title_wrapped_onto_a_second_line_stays_its_caption() -> None:
    """'Figure 1. U.S. Trade in Goods and Services with' / 'Japan, 2026-2030': one caption, no sentence."""
    text = f"{COVER}\n\n{TITLE}\n\n" + "\n".join(lines_of(TABLE_TEXT)) + "\n"
    text += "Figure 1. U.S. Trade in Goods and Services with\nJapan, 2026-2030\nSource: CRS.\n"
    document = parse_markdown(text)
    assert "Figure 1. U.S. Trade in Goods and Services with Japan, 2026-2030" in document.captions
    assert document.figure_years == {"1": "2026"}
    assert not any("2026-2030" in sentence.text for sentence in document.sentences)


def test_a_figure_beside_a_tables_source_line_keeps_its_own_labels_apart() -> None:
    """The other column's table ends with its own source line while the figure's labels still take turns."""
    figure = ["Figure 1. U.S. Tariffs on Most Imports from Japan", "and on Japanese Cars, 2029-2030", "percent"]
    figure += ["20", "15", "10", "5", "0", "Mar. 2029   Oct. 2029   Jul. 2030", "Most goods   Cars", "Source: CRS."]
    table = [*TABLE_LINES[:4], "Source: BEA."]
    blocks = [*BLOCKS[:-1], ("paragraph", TABLE_TEXT[3][1])]
    prose = lines_of(blocks)
    half = len(prose) // 2
    left = prose[:6] + figure + prose[6:half]
    right = prose[half : half + 4] + table + prose[half + 4 :]
    page = "\n".join([COVER, TITLE, *taking_turns(left, right), FOOTER]) + "\n"
    document = parse_markdown(page)
    assert "Figure 1. U.S. Tariffs on Most Imports from Japan and on Japanese Cars, 2029-2030" in document.captions
    assert not any(label in sentence.text for sentence in document.sentences for label in ("Cars", "Oct. 2029"))
    found = facts(page)
    assert found["trade.us_exports_to_japan"] == {"value": 131_000_000_000, "qualifier": "exact", "period": "2030"}


def test_list_items_without_a_stop_are_sentences_of_their_own() -> None:
    """Items that end without a full stop are not run into one another, nor into the paragraph after them."""
    items = [item.removesuffix(".") for item in GLANCE]
    text = markdown(TABLE_TEXT[:2]) + "\n## Trade at a Glance, 2030\n\n" + "".join(f"- {item}\n" for item in items)
    text += "\nThe figures are the latest the Commerce Department has published.\n"
    sentences = [sentence.text for sentence in parse_markdown(text).sentences]
    assert all(item in sentences for item in items)
    assert facts(text)["trade.us_imports_from_japan"]["value"] == 188_000_000_000


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


def test_authors_names_and_roles_on_lines_of_their_own_are_author_lines() -> None:
    """'Dana Okafor' / 'Specialist in Asian Affairs' below the last paragraph: an author, not a sentence."""
    text = f"{COVER}\n\n{TITLE}\n\n" + "\n".join(lines_of(TABLE_TEXT)) + "\n"
    text += "Dana Okafor\nSpecialist in Asian Affairs\nLee J. Marsh\nAnalyst in International Trade and Finance\n"
    document = parse_markdown(text)
    assert document.authors == [
        ("Dana Okafor", "Specialist in Asian Affairs"),
        ("Lee J. Marsh", "Analyst in International Trade and Finance"),
    ]
    assert not any("Specialist" in sentence.text for sentence in document.sentences)


def test_a_heading_between_two_paragraphs_with_no_blank_line_is_a_heading() -> None:
    """A one-column page from the PDF: 'Tariffs' between a paragraph's last line and the next one's first."""
    column = [*lines_of(BLOCKS[1:3]), "Tariffs", *lines_of(BLOCKS[-3:-2])]
    document = parse_markdown(f"{COVER}\n\n{TITLE}\n\n" + "\n".join(column) + "\n")
    tariff = next(sentence for sentence in document.sentences if "12.5%" in sentence.text)
    assert tariff.section == "Tariffs"
    assert tariff.text.startswith("In December 2030")


def test_a_table_that_runs_on_at_the_top_of_the_right_column_keeps_its_rows() -> None:
    """The last rows of a table at the foot of the left column open the right one: they are the table's."""
    blocks = [*BLOCKS[:-1], ("paragraph", TABLE_TEXT[3][1])]
    left = lines_of(blocks[:4]) + TABLE_LINES[:5]
    right = TABLE_LINES[5:] + lines_of(blocks[4:])
    page = "\n".join([COVER, TITLE, *taking_turns(left, right), FOOTER]) + "\n"
    found = facts(page)
    assert found["trade.us_services_exports_to_japan"]["value"] == 49_000_000_000
    assert found["trade.us_imports_from_japan"]["value"] == 188_000_000_000
