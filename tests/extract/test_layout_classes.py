"""Shapes of a page that the layouts lost and the Markdown kept: headings with a comma or colon, a heading on two
lines, a figure's legend up to the gutter, ranks in a table's rows, a table whose figures reach into the gutter."""

from __future__ import annotations

import itertools
import textwrap

import pytest

from usjapan_facts.extract.column_lines import paragraphs
from usjapan_facts.extract.text import Document, parse_markdown

TOP = "Updated May 2, 2031\n\nU.S.-Japan Relations\n\n"
BEFORE = "Officials in Tokyo met their counterparts from Washington twice in the spring of 2031 to review the plan."
AFTER = "Negotiators from both capitals are scheduled to meet again in Osaka during the autumn of 2031."
RIGHT = (
    "Lawmakers in the Diet debated a new budget for most of the winter, and the cabinet approved a draft in "
    "March. Its passage is expected before the summer recess begins in the middle of the year."
)
HEADINGS = [
    "Steel, Aluminum, and Autos",
    "Politics: A Minority Cabinet",
    "The Talks, Step by Step",
    "Bases, Budgets, and the Region",
    "The Second Stage, Deferred",
    "2031 Budget Talks",
]


def side_by_side(left: list[str], right: list[str], *, at: int = 62) -> str:
    """Two columns' lines as `pdftotext -layout` prints them, the right one's beside the left's."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{one:<{at}}{two}".rstrip() for one, two in zip(left, right, strict=True)) + "\n"


def _section_of(document: Document, opening: str) -> str:
    return next(sentence.section for sentence in document.sentences if sentence.text.startswith(opening))


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("layout", ["apart", "columns"])
def test_a_heading_with_a_comma_colon_or_opening_year_heads_its_section(heading: str, layout: str) -> None:
    """A heading that lists its topics, has a phrase each side of a comma or colon, or opens on its year ('2031
    Budget Talks'), is a heading in every layout:
    on a line of its own between blank lines, or between two paragraphs' lines in a column."""
    if layout == "apart":
        text = f"{TOP}{BEFORE}\n\n{heading}\n\n{AFTER}\n"
    else:
        left = [*textwrap.wrap(BEFORE, 50), heading, *textwrap.wrap(AFTER, 50)]
        text = TOP + side_by_side(left, textwrap.wrap(RIGHT, 50))
    document = parse_markdown(text)
    assert _section_of(document, "Negotiators from both capitals") == heading
    # A heading's year dates the paragraph below it, as a sentence that states nothing (cut).
    assert not any(heading in sentence.text and not sentence.cut for sentence in document.sentences)


def test_a_lone_line_that_a_lower_case_line_goes_on_from_is_a_sentences_start() -> None:
    """'Former Foreign Minister Mori Aki, Japan's' alone on a line, the sentence going on below in lower case."""
    text = f"{TOP}{BEFORE}\n\nFormer Foreign Minister Mori Aki, Japan's\n\nlongest-serving envoy, retired in 2031.\n"
    document = parse_markdown(text)
    opening = "Former Foreign Minister Mori Aki, Japan's longest-serving envoy"
    assert any(sentence.text.startswith(opening) for sentence in document.sentences)


def test_a_heading_wrapped_onto_a_second_line_is_one_heading() -> None:
    """A heading too long for its column (a larger type: "... and Defense" / "Outlays") heads its section whole."""
    left = textwrap.wrap(f"{BEFORE} {AFTER} {BEFORE}", 50)
    right = [*textwrap.wrap(AFTER, 50), "Cost-Sharing: Accords and Defense", "Outlays"]
    right += textwrap.wrap(RIGHT, 50)
    document = parse_markdown(TOP + side_by_side(left, right))
    assert _section_of(document, "Lawmakers in the Diet") == "Cost-Sharing: Accords and Defense Outlays"


def test_a_figures_legend_that_ends_where_the_right_column_starts_stays_in_the_left_one() -> None:
    """A legend set in small type may run up to the right column's first letter: it crosses no gutter, and the left
    column goes on below the figure before the right column is read."""
    at = 62
    legend = "U.S. goods exports to Japan  U.S. goods imports from Japan".rjust(at)
    left = [*textwrap.wrap(BEFORE, 50), "Figure 1. U.S. Trade with Japan, 2027-2031", "   150", "    50"]
    left += [legend, "Source: CRS.", *textwrap.wrap(AFTER, 50)]
    assert len(legend) == at
    read = parse_markdown(TOP + side_by_side(left, textwrap.wrap(RIGHT, 50), at=at)).text
    assert read.index("Officials in Tokyo") < read.index("Negotiators from both") < read.index("Lawmakers in the")


TABLE = [
    "Table 1. Japan in U.S. Trade, 2031 and 2030 ($ billions; ranks)",
    "Measure                    2031      2030",
    "U.S. exports to Japan     140.2     131.0",
    "Overall partner rank        5th       4th",
    "Export market rank          3rd       2nd",
]


@pytest.mark.parametrize("wide", [False, True], ids=["cells-in-column", "cells-in-gutter"])
def test_a_tables_rows_stay_in_its_caption(wide: bool) -> None:
    """Rows whose cells are ranks ('3rd', '2nd') are the table's, as rows of figures are; and a table whose last
    column of figures sits in the gutter, short of the right column, set between the right column's lines, is
    the left column's."""
    at = 72
    right = textwrap.wrap(RIGHT, 48)
    page = side_by_side([*textwrap.wrap(BEFORE, 48), *textwrap.wrap(TABLE[0], 48)], right[:4], at=at)
    for row in TABLE[1:]:
        label, first, second = row.rsplit(None, 2)
        page += (f"{label:<40}{first:>8}{second:>18}\n" if wide else f"{row}\n") + (" " * at + right[4] + "\n") * (
            wide and row == TABLE[1]
        )
    page += side_by_side(textwrap.wrap(AFTER, 48), right[5:] if wide else right[4:], at=at)
    document = parse_markdown(TOP + page)
    caption = next(caption for caption in document.captions if caption.startswith("Table 1."))
    assert "Export market rank 3rd 2nd" in " ".join(caption.split())
    assert "131.0" in caption
    assert all(not any(cell in sentence.text for cell in ("3rd", "131.0")) for sentence in document.sentences)
    assert any(sentence.text.startswith("Lawmakers in the Diet debated") for sentence in document.sentences)


def test_a_table_of_words_whose_header_titles_touch_is_read_whole() -> None:
    """Two one-word titles set one space apart ('Seats Coalition') over a row of four cells are two cells."""
    right = ["Table 1. Coalition Strength in the Diet, May 2031", "Chamber              Seats Coalition      Share"]
    right += ["Lower House            465       301      64.7%", "", *textwrap.wrap(AFTER, 48)]
    document = parse_markdown(TOP + side_by_side(textwrap.wrap(f"{BEFORE} {BEFORE}", 50), right))
    assert any(sentence.text.startswith("Lower House share: 64.7%") for sentence in document.sentences)
    assert not _section_of(document, "Negotiators from both capitals").startswith("Table 1.")


def test_a_figures_long_label_right_above_its_source_line_is_no_heading() -> None:
    """An axis title as long as a line of prose ('Goods and services trade (exports plus imports)') over the
    figure's source line is one of its labels: it heads no section."""
    right = ["Allies and Partners", "Figure 1. Top U.S. Partners, 2030", "$ billions", "   600", "     0"]
    right += ["    China   Canada   Japan", "    Goods and services trade (exports plus imports)", "Source: CRS."]
    right += textwrap.wrap(RIGHT, 48)
    document = parse_markdown(TOP + side_by_side(textwrap.wrap(f"{BEFORE} {AFTER} {BEFORE}", 50), right))
    assert _section_of(document, "Lawmakers in the Diet") == "Allies and Partners"


def test_a_figure_in_yen_or_a_fiscal_year_goes_on_from_its_verb_across_the_columns() -> None:
    """Columns copied line by line, the right one running on alone at the page's foot: the left column's last line
    ('outlays over') goes on at the right one's top ('FY2031-FY2035'), as a figure goes on from its hedge or verb,
    and the right one's last line goes on over the page."""
    left = (
        "Japan's ruling coalition lost seats in the upper chamber election of July 2031, yet it kept a narrow "
        "majority there. Its leaders promised to keep the alliance at the center of their foreign policy, and the "
        "new defense minister visited Guam within a week of taking office. Public support for the cabinet has held "
        "steady since. The opposition parties failed to agree on a joint slate of candidates. Officials in Tokyo "
        "met their counterparts from Washington twice in the spring of 2031 to review the plan. The cabinet then "
        "adopted a program for the years ahead, and the plan it approved envisages ¥52 trillion (about $350 "
        "billion) in defense outlays over"
    )
    top = "FY2031-FY2035, a rise of more than half on the five years before."
    right = (
        "Trade between the two countries grew again in 2031, led by aircraft, energy, and farm goods. Japanese firms "
        "announced new plants in several states, and the two governments opened talks on chips. Exports of beef "
        "rose by a fifth. Imports of cars from Japan fell slightly in value. Lawmakers in the Diet debated a new "
        "budget for most of the winter, and the cabinet approved a draft in March. Its passage is expected before "
        "the summer recess begins. Ministers from both sides later met in Osaka and agreed at last to restore "
        "their intelligence-sharing"
    )
    lines = [
        line
        for pair in itertools.zip_longest(
            textwrap.wrap(left, 50), [*textwrap.wrap(top, 50), *textwrap.wrap(right, 50)], fillvalue=""
        )
        for line in pair
        if line
    ]
    footer = "IF10199 · VERSION 9    https://crsreports.congress.gov"
    text = TOP + "\n".join([*lines, footer, "pact to full operation by the end of the year."]) + "\n"
    sentences = [sentence.text for sentence in parse_markdown(text).sentences]
    assert any("in defense outlays over FY2031-FY2035, a rise" in sentence for sentence in sentences)
    assert any("restore their intelligence-sharing pact to full operation" in sentence for sentence in sentences)


def test_a_tables_header_of_its_unit_and_a_title_keeps_the_rows_in_its_caption() -> None:
    """A header row that sets the unit over the figures and a title over the ranks ('$ billions  Japan's rank')."""
    rows = ["$ billions     Japan's rank", "U.S. exports to Japan     82.4     4th", "U.S. balance     -61.0"]
    text = f"{TOP}{BEFORE}\nTable 1. U.S. Goods Trade with Japan, 2031\n" + "\n".join(rows) + f"\n{AFTER}\n"
    document = parse_markdown(text)
    # The title, then its rows as a table of words (the header names whose rank): the captions a table reads.
    captions = " ".join(" ".join(document.captions).split())
    assert "2031 $ billions Japan's rank U.S. exports to Japan 82.4 4th U.S. balance -61.0" in captions
    assert any(sentence.text.startswith("Negotiators from both capitals") for sentence in document.sentences)


def test_a_list_item_cut_at_a_page_goes_on_with_its_year_and_a_heading_may_follow_it() -> None:
    """An item cut at a page's foot inside a date ('in September' / '2031: ...') goes on over the page; an item
    ends with no stop, so a heading may stand right below it; a name after a hanging 'and' is no heading."""
    text = (
        f"{TOP}Figures at a glance:\n\n• Rank among U.S. partners in 2031: fourth, after Canada, Mexico, and\n"
        "Germany\n• Treasury securities held by Japan in September\n\n\n2031: $1.3 trillion, the largest of any\n"
        f"foreign holder\nOutlook for Congress\n{AFTER}\n"
    )
    document = parse_markdown(text)
    texts = [sentence.text for sentence in document.sentences]
    assert "Rank among U.S. partners in 2031: fourth, after Canada, Mexico, and Germany" in texts
    assert "Treasury securities held by Japan in September 2031: $1.3 trillion, the largest of any foreign holder" in [
        " ".join(text.split()) for text in texts
    ]
    assert _section_of(document, "Negotiators from both capitals") == "Outlook for Congress"


def test_a_shares_line_goes_on_with_what_it_is_charged_on_and_small_words_pairs_prove_nothing() -> None:
    """Columns copied line by line, the right one's last line printed after the footer: '... cars and 25%' goes on
    with 'on light trucks' in its own column, not with the other column's 'in the United States' (that the text
    writes 'and in' elsewhere is no sign two lines go on from each other)."""
    left = [
        "Japan's ruling coalition lost seats in the upper",
        "chamber election of July 2031, yet it kept a narrow",
        "majority there. Its leaders promised to keep the",
        "alliance at the center of their foreign policy, and",
        "in public they have said so often. Public support",
        "for the cabinet has held steady since. The",
        "opposition parties failed to agree on a joint slate",
        "of candidates. Investment flows mostly run the",
        "other way. Japan has been the largest source of",
        "foreign direct investment (FDI)",
        "in the United States every year since 2029. Japanese",
        "firms' holdings in the United States",
    ]
    right = [
        "reached $900 billion at the end of 2030, a record.",
        "Trade between the two countries grew again in",
        "2031, led by aircraft, energy, and farm goods.",
        "Exports of beef rose by a fifth. Imports of cars",
        "from Japan fell slightly in value. The second",
        "stage of talks never began, and the Administration",
        "has not pursued new agreements with any partner.",
        "Officials met in Osaka in March and in Tokyo in",
        "June to review the list of disputes, which grew",
        "shorter over the year. The U.S. tariffs of 2.5%",
        "on Japanese cars and 25%",
        "on light trucks, which Japan had hoped to see cut,",
    ]
    lines = [line for pair in zip(right, left, strict=True) for line in pair]
    footer = "IF10199 · VERSION 9    https://crsreports.congress.gov"
    text = TOP + "\n".join(["Overview", *lines, footer, "remain in place.", "Allies and Partners", AFTER]) + "\n"
    sentences = [sentence.text for sentence in parse_markdown(text).sentences]
    assert (
        "Japanese firms' holdings in the United States reached $900 billion at the end of 2030, a record." in sentences
    )
    assert any(
        sentence.endswith("25% on light trucks, which Japan had hoped to see cut, remain in place.")
        for sentence in sentences
    )


def test_a_figures_legend_across_the_gutter_right_above_its_source_line_cuts_no_sentence() -> None:
    """'Goods exports to Japan  Goods imports from Japan', a legend too wide for its column (read after both columns'
    lines above it), is dropped, not run into the sentence after the source line."""
    lines = ["Figure 1. U.S. Goods Trade with Japan, 2027-2031", "$ billions", "160", "0", "2027   2029   2031", ""]
    lines += ["Lawmakers in the Diet debated a new budget for most of the", "winter, and the cabinet approved it.", ""]
    lines += ["Goods exports to Japan  Goods imports from Japan", "", "Source: U.S. Census Bureau."]
    lines += ["The goods deficit with Japan narrowed to $52.1", "billion in 2031, from $60.3 billion in 2030."]
    read = " ".join(paragraphs(lines))
    assert "Goods exports to Japan" not in read
    assert "approved it. The goods deficit with Japan narrowed to $52.1 billion in 2031" in read


def test_a_tables_cells_left_atop_a_column_are_not_run_into_its_prose() -> None:
    """'for the next' / '2033' / 'Lower House election      Deadline', a table's cells a layout set apart from
    their rows at the top of a column, are dropped, not read as the end of the sentence the column before left open."""
    lines = ["Japan bought less from the United States than", "", "for the next", "2033"]
    lines += ["Lower House election            Deadline", "Prime Minister Hoshino visited Washington in May."]
    read = " ".join(paragraphs(lines))
    assert "2033" not in read
    assert "than Prime Minister Hoshino visited Washington in May." in read


def test_a_sidebar_table_with_no_table_caption_is_read_as_rows_not_prose() -> None:
    """A sidebar's table with no 'Table N.' caption ('Step  Date' over rows of dated steps) is a table: its rows never
    run into the prose, and the heading and sentence after it stand apart."""
    from usjapan_facts.extract import extract_snapshot

    left = [*textwrap.wrap(BEFORE, 50), "", "Timeline of the Talks", f"{'Step':<40}Date"]
    left += [
        f"{step:<38}{date:>12}"
        for step, date in [("Talks announced", "Sept. 26, 2018"), ("Deal signed", "Oct. 7, 2019")]
    ]
    opening = "Formal talks got under way in Washington in mid-April 2019, the first negotiating round."
    left += ["", "How the Talks Unfolded", *textwrap.wrap(f"{opening} {AFTER}", 50)]
    top = "Updated January 10, 2020\n\nU.S.-Japan Trade Agreement Negotiations\n\n"
    text = top + side_by_side(left, textwrap.wrap(RIGHT, 48))
    document = parse_markdown(text)
    assert _section_of(document, "Formal talks got under way") == "How the Talks Unfolded"
    assert not any("Sept. 26, 2018" in sentence.text for sentence in document.sentences)
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    assert snapshot.events["first_negotiating_round"].date == "2019-04"
