"""One invented brief copied from a two-column PDF gives the facts its Markdown gives.

Each class of defect of text copied with the columns' lines taking turns has its own test: a sentence cut
at the column break, a column that ends before the other, a figure's labels taking turns with the other
column's prose, a page's footer, a title-case line of prose, headings and authors in plain text, a right
column opening beside the left's heading whose word cut at its end goes on over the page break.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.layout_brief import (
    BLOCKS,
    COVER,
    FIGURE,
    FOOTER,
    TABLE_LINES,
    TABLE_TEXT,
    TITLE,
    copied_page,
    facts,
    lines_of,
    markdown,
    side_by_side,
    taking_turns,
)
from usjapan_facts.extract.text import parse_markdown


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


@pytest.mark.parametrize("legend", ["Exports   Imports", "U.S. goods exports to Japan   U.S. goods imports from Japan"])
def test_a_figures_labels_taking_turns_with_prose_cut_no_sentence_and_state_nothing(legend: str) -> None:
    """A figure in the right column: its ticks, years and legend (its series named in a word or in five) take
    turns with the left column's lines."""
    lines = lines_of(BLOCKS)
    page = copied_page(BLOCKS, split=len(lines) // 2, right_extra=[*FIGURE[:-2], legend, FIGURE[-1]])
    document = parse_markdown(page)
    labels = ("150", " ".join(legend.split()), legend.rsplit("   ", maxsplit=1)[-1])
    assert not any(label in sentence.text for sentence in document.sentences for label in labels)
    assert facts(page) == facts(markdown(BLOCKS))


def test_a_page_footer_between_pages_is_no_sentence() -> None:
    """Each page's footer ('IF11120 · VERSION 40   https://...') is dropped, the cover's date kept."""
    document = parse_markdown(copied_page(BLOCKS, split=20))
    assert document.updated is not None
    assert document.updated.isoformat() == "2031-03-03"
    assert not any("VERSION" in sentence.text or "crsreports" in sentence.text for sentence in document.sentences)


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


def test_a_figures_legend_of_six_words_is_no_sentence_in_layout_text() -> None:
    """'Japanese FDI stock in the U.S.' under a figure's ticks and above its source line is its legend."""
    figure = ["Figure 1. Japanese FDI in the United States, 2026-2030", "$ billions", "800", "400", "0"]
    figure += ["2026   2028   2030", "Japanese FDI stock in the U.S.", "Source: CRS."]
    left = lines_of(TABLE_TEXT)
    page = f"{COVER}\n\n{TITLE}\n\n" + side_by_side(left, figure + lines_of(BLOCKS[-3:-1]))
    document = parse_markdown(page)
    assert not any("FDI stock in the U.S." in sentence.text for sentence in document.sentences)
    assert any(sentence.text.startswith("In December 2030") for sentence in document.sentences)


def test_a_right_column_that_opens_beside_a_heading_goes_on_over_the_page_break() -> None:
    """The left column opens with a heading and the right with the tail of the left's last sentence; the right
    column ends first on a word cut at a hyphen ('Agree-'), whose rest ('ment ...') opens the next page."""
    tail = "The European Union reached a similar deal in July, with a pledge of $600 billion in investment."
    left = ["Overview", *lines_of(BLOCKS[1:4]), *textwrap.wrap(tail, 56)[:-1]]
    right = [textwrap.wrap(tail, 56)[-1], *lines_of(BLOCKS[8:10]), "Earlier Agreements"]
    right += ["Bilateral trade also rests on the U.S.-Japan Trade Agree-"]
    assert len(left) > len(right) + 2
    rest = "ment and the U.S.-Japan Digital Trade Agreement, signed in 2019 and in force since 2020."
    page = [COVER, TITLE, *taking_turns(left, right), FOOTER, *textwrap.wrap(rest, 56), FOOTER]
    document = parse_markdown("\n".join(page) + "\n")
    sentences = {sentence.text for sentence in document.sentences if not sentence.cut}
    assert tail in sentences
    assert "Bilateral trade also rests on the U.S.-Japan Trade Agreement and the U.S.-Japan Digital" in " ".join(
        sentences
    )
    found = facts("\n".join(page) + "\n")
    assert found["agreements.usjta_in_force"]["value"] == "2020"
