"""Text copied from the brief's two-column PDF pages: the columns read back whole, and prose never taken for them.

The layouts here are made the way a PDF's text comes out: each column's lines stand at heights on the page
(a paragraph break leaves half a line of space, a heading more, a figure a block), and the copied text runs
down the page, the left column's line first where two stand level.
"""

from __future__ import annotations

import itertools
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.column_glue import figure_labels
from usjapan_facts.extract.columns import reassemble_columns
from usjapan_facts.extract.line_joins import LineJoins
from usjapan_facts.extract.text import parse_markdown

COVER = ["Updated March 3, 2031", "U.S.-Japan Relations"]
Block = tuple[str, str]  # ("heading" | "paragraph" | "figure", text)

LEFT: list[Block] = [
    ("heading", "Overview"),
    (
        "paragraph",
        "Japan, a U.S. treaty ally since 1951, is a significant partner of the United States in several "
        "foreign policy areas. The treaty grants the United States the right to base U.S. troops—currently "
        "numbering around 47,000—and other military assets on Japanese territory in return for a U.S. pledge "
        "to protect Japan.",
    ),
    (
        "paragraph",
        "Japan is the third-largest U.S. trading partner and the largest source of foreign direct investment "
        "into the United States, and its investors are the second-largest foreign holders of U.S. Treasury "
        "securities.",
    ),
    ("heading", "The U.S.-Japan Military Alliance"),
    (
        "paragraph",
        "Japan pays roughly $2.4 billion per year to defray the cost of stationing U.S. military personnel "
        "in Japan. In addition, Japan pays compensation to localities hosting U.S. troops and the costs of new "
        "facilities.",
    ),
]
RIGHT: list[Block] = [
    ("heading", "Political Transition in Tokyo"),
    (
        "paragraph",
        "Prime Minister Hoshino Aki has led the Liberal Democratic Party since 2029. Elections for the "
        "Diet's Lower House must be held by October 2032, and Hoshino's approval rating fell below 40% in "
        "several polls this year.",
    ),
    ("figure", "Figure 1. Japan's Trade With the United States, 2030"),
    (
        "paragraph",
        "The bilateral goods trade deficit, which at $61 billion was the seventh-largest U.S. deficit in "
        "2030, has at times caused friction between the two governments.",
    ),
]
EXPECTED = {
    "alliance.us_troops_in_japan": 47000,
    "alliance.treaty_ally_since": 1951,
    "trade.overall_partner_rank": 3,
    "trade.fdi_source_rank": 1,
    "trade.treasury_holder_rank": 2,
    "alliance.host_nation_support_per_year": 2_400_000_000,
    "politics.lower_house_election_due": "2032-10",
    "leaders.japan_prime_minister": {"family": "Hoshino", "given": "Aki"},
}


def _heights(blocks: list[Block], width: int, paragraph_gap: float) -> list[tuple[float, str]]:
    """Each line of one column with the height it stands at."""
    placed: list[tuple[float, str]] = []
    height = 0.0
    for kind, text in blocks:
        if kind == "paragraph":
            for line in textwrap.wrap(text, width):
                placed.append((height, line))
                height += 1.0
            height += paragraph_gap
        elif kind == "heading":
            height += 0.5 if placed else 0.0
            placed.append((height, text))
            height += 1.5
        else:  # a figure: its caption, the picture's space, and its source line
            placed.append((height, text))
            height += 9.0
            placed.append((height, "Source: CRS, with data from the U.S. Census Bureau."))
            height += 1.5
    return placed


def page(left: list[Block], right: list[Block], *, width: int = 56, gap: float = 0.5, offset: float = 0.0) -> str:
    """The text of a two-column page as a PDF gives it: the cover lines, then both columns' lines by height."""
    lines = [(height, 0, line) for height, line in _heights(left, width, gap)]
    lines += [(height + offset, 1, line) for height, line in _heights(right, width, gap)]
    return "\n".join([*COVER, *(line for _, _, line in sorted(lines))])


def values(text: str) -> dict[str, Any]:
    try:
        facts = extract_snapshot(text).snapshot.facts
    except ExtractError:
        return {}
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def whole(text: str) -> str:
    return " ".join(text.split())


LAYOUTS = list(itertools.product((48, 56, 64), (0.5, 1.0), (0.0, 0.3)))


@pytest.mark.parametrize(("width", "gap", "offset"), LAYOUTS)
def test_interleaved_page_gives_no_wrong_value(width: int, gap: float, offset: float) -> None:
    """Across line widths, paragraph spacing and column offsets, every value read is the one the columns state."""
    found = values(page(LEFT, RIGHT, width=width, gap=gap, offset=offset))
    wrong = {fact_id: value for fact_id, value in found.items() if fact_id in EXPECTED and value != EXPECTED[fact_id]}
    assert wrong == {}
    assert len(set(found) & set(EXPECTED)) >= len(EXPECTED) - 1


def test_interleaved_page_is_read_whole() -> None:
    """At the brief's own measure, both columns come back whole and every catalogue value is found."""
    text = reassemble_columns(page(LEFT, RIGHT))
    assert "currently numbering around 47,000—and other military assets" in whole(text)
    assert "Elections for the Diet's Lower House must be held by October 2032" in whole(text)
    assert {fact_id: values(page(LEFT, RIGHT)).get(fact_id) for fact_id in EXPECTED} == EXPECTED


def test_cover_lines_stand_apart_from_the_columns() -> None:
    """The dateline and title come out on their own, not glued to the first line of a column."""
    text = reassemble_columns(page(LEFT, RIGHT))
    assert text.startswith("Updated March 3, 2031\n\nU.S.-Japan Relations\n\n")
    assert extract_snapshot(page(LEFT, RIGHT)).snapshot.updated.isoformat() == "2031-03-03"


def test_a_column_running_alone_beside_a_figure_is_read_whole() -> None:
    """Beside a figure the other column's lines come one after another; they join up, the caption stands apart."""
    right = [RIGHT[0], RIGHT[2], RIGHT[1], RIGHT[3]]  # the figure first: the left column runs alone beside it
    text = reassemble_columns(page(LEFT, right))
    assert "military assets on Japanese territory in return for a U.S. pledge to protect Japan." in whole(text)
    assert "\n\nFigure 1. Japan's Trade With the United States, 2030\n\n" in text
    found = values(page(LEFT, right))
    assert {fact_id: value for fact_id, value in found.items() if value != EXPECTED.get(fact_id, value)} == {}
    assert found["trade.overall_partner_rank"] == 3


def test_a_paragraph_break_in_one_column_keeps_the_other_in_step() -> None:
    """Where one column's paragraph ends, the other gives two lines in a row; the reading does not swap columns."""
    text = whole(reassemble_columns(page(LEFT, RIGHT, gap=1.0)))
    assert "the largest source of foreign direct investment into the United States, and its investors" in text
    assert "the Liberal Democratic Party since 2029. Elections for the Diet's Lower House" in text


@pytest.mark.parametrize("width", [42, 53, 64, 80, 95])
def test_single_column_prose_with_name_like_lines_is_left_alone(width: int) -> None:
    """Wrapped prose is never read as columns, even where a wrapped line looks like a heading or a name."""
    prose = (
        "Some Members have called for the United States to join the 11-nation Comprehensive and Progressive "
        "Agreement for Trans-Pacific Partnership, which Japan helped form. In May 2031, Japan joined other "
        "countries in the U.S.-led Indo-Pacific Economic Framework for Prosperity. Many analysts say relations "
        "reached a high point under President Barack Obama and Japanese Prime Minister Shinzo Abe. The two "
        "countries cooperate on scores of issues, from nuclear nonproliferation to climate change."
    )
    text = "\n".join([*COVER, "Trade Agreement Negotiations", *textwrap.wrap(prose * 3, width), "Asian Affairs"])
    assert reassemble_columns(text) == text


def test_a_cut_dollar_figure_is_not_read() -> None:
    """'which at $61' then a line of the other column: the figure lost its 'billion', and no deficit is read."""
    text = "\n".join(
        [
            *COVER,
            "The bilateral goods trade deficit, which at $61",
            "On October 7, 2030, after six months of formal",
            "billion was the seventh-largest U.S. deficit in 2030.",
        ]
    )
    assert "trade.goods_deficit" not in values(text)


def flattened(text: str) -> str:
    """The page as some sites keep it: every line of both columns run together with spaces, line breaks lost."""
    return " ".join(text.split("\n"))


@pytest.mark.parametrize(("width", "gap", "offset"), LAYOUTS)
def test_columns_run_together_give_no_value(width: int, gap: float, offset: float) -> None:
    """A page flattened into one paragraph is not read: its sentences are cut every few words."""
    text = flattened(page(LEFT, RIGHT, width=width, gap=gap, offset=offset))
    with pytest.raises(ExtractError, match="run the two columns of a PDF page together"):
        extract_snapshot(text)


def test_a_flattened_paragraph_is_set_aside_and_the_rest_is_read() -> None:
    """Beside paragraphs of whole sentences, the flattened one is left out with a warning naming its opening."""
    prose = "Japan, a U.S. treaty ally since 1951, hosts about 47,000 U.S. troops."
    body = flattened(page(LEFT, RIGHT)).removeprefix("Updated March 3, 2031 U.S.-Japan Relations ")
    result = extract_snapshot("\n\n".join([*COVER, prose, body]))
    assert result.snapshot.facts["alliance.us_troops_in_japan"].value == 47000
    assert "trade.overall_partner_rank" not in result.snapshot.facts
    assert any("runs two columns' lines together" in warning and "'Overview" in warning for warning in result.warnings)


def test_extract_of_a_flattened_page_exits_2_naming_the_file(run: Run, tmp_path: Path) -> None:
    """Through the CLI: exit 2, one line on stderr naming the file and what to extract instead, no traceback."""
    path = tmp_path / "IF10199-flattened.txt"
    path.write_text(flattened(page(LEFT, RIGHT)), encoding="utf-8")
    result = run(f"usjapan-facts extract {path}")
    assert result.code == 2
    assert str(path) in result.stderr
    assert "extract the PDF itself" in result.stderr
    assert "Traceback" not in result.stderr


SEAMED = "Japan hosts about 47,000 U.S. troops on its territory and The Bank of Japan keeps its policy loose."


def test_a_sentence_showing_a_seam_does_not_stand_alone_for_a_value() -> None:
    """'... territory and The Bank of Japan ...': put together from two columns, it gives no value by itself."""
    result = extract_snapshot("\n\n".join([*COVER, "Japan has been a U.S. treaty ally since 1951.", SEAMED]))
    assert result.snapshot.facts["alliance.treaty_ally_since"].value == 1951
    assert "alliance.us_troops_in_japan" not in result.snapshot.facts
    assert any("cut by another column's lines" in warning for warning in result.warnings)


def test_a_sentence_showing_a_seam_may_back_a_whole_one() -> None:
    """The same value in a whole sentence is read, the seamed sentence agreeing with it."""
    whole_sentence = "Japan hosts about 47,000 U.S. troops."
    result = extract_snapshot("\n\n".join([*COVER, SEAMED, whole_sentence]))
    assert result.snapshot.facts["alliance.us_troops_in_japan"].value == 47000


@pytest.mark.parametrize(
    "sentence",
    [
        "Report Type In Focus Authors Emma Chanlett-Avery, Coordinator.",
        "The U.S.-Japan alliance, U.S. Forces Japan (USFJ) and the Self-Defense Forces train together.",
        "Japan buys U.S. liquefied natural gas, soybeans, etc. and sells cars.",
        "In 2031, the LDP and Komeito kept their majority, as the polls had said.",
    ],
)
def test_the_brief_s_own_sentences_show_no_seam(sentence: str) -> None:
    """A capitalised word before an opener, abbreviations and 'U.S.-Japan' are no seam: such sentences are read."""
    from usjapan_facts.extract.flattened import cut_by_another_column

    assert not cut_by_another_column(sentence)


@pytest.mark.parametrize("heading", ["The U.S.-Japan Military Alliance", "Japan Expands its Defense Posture"])
def test_a_heading_line_in_plain_text_ends_the_paragraph_before_it(heading: str) -> None:
    """A plain-text heading with 'U.S.' or 'its' in it is a heading, not the first words of the next sentence."""
    text = "\n".join([*COVER, "", "Japan hosts about 47,000 U.S. troops.", "", heading, "", "Japan pays $2 billion."])
    sections = {sentence.section for sentence in parse_markdown(text).sentences}
    assert heading in sections


def test_a_page_with_a_blank_line_between_rows_is_read_as_columns() -> None:
    """Some copies double-space the rows of a page: the blank lines do not stop the columns being read."""
    double_spaced = page(LEFT, RIGHT).replace("\n", "\n\n")
    assert {fact_id: values(double_spaced).get(fact_id) for fact_id in EXPECTED} == EXPECTED


def test_prose_left_alone_keeps_its_own_line_ends() -> None:
    """Single-column text with Windows line ends and blank lines comes back byte for byte."""
    prose = textwrap.wrap("Japan hosts about 47,000 U.S. troops under the treaty of 1960. " * 6, 50)
    text = "\r\n".join([*prose[:4], "", *prose[4:]]) + "\r\n"
    assert reassemble_columns(text) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan traditionally limited defense spending to Germany long limited spending to about about 1% of GDP.",
        "Japan was the fourth-second-largest U.S. trading partner in 2030.",
        "Tokyo plans to raise defense spending to 2% of GDP by For decades, Japan capped spending at 1% of GDP.",
        "$1.9 billion a year toward the cost of hosting U.S. forces.",
        "about 1% of GDP. Tokyo plans to raise defense spending.",
    ],
    ids=["doubled-word", "two-ranks", "opener-after-by", "opens-with-dollars", "opens-lower-case"],
)
def test_sentences_put_together_from_two_columns_show_a_seam(sentence: str) -> None:
    """Doubled words, two ordinals run together, an opener mid-sentence, a tail that opens a sentence: seams."""
    from usjapan_facts.extract.flattened import cut_by_another_column

    assert cut_by_another_column(sentence)


def test_a_heading_of_the_other_column_inside_a_sentence_loses_no_hedge() -> None:
    """'Japan pays about' / another column's heading / '$1.9 billion a year ...': never an exact $1.9 billion."""
    text = "\n".join([*COVER, "Japan pays about", "Japan's Domestic Politics", "$1.9 billion a year toward hosting."])
    fact = values(text + "\n\nJapan has been a U.S. treaty ally since 1951.")
    assert fact.get("alliance.host_nation_support_per_year") is None


def test_each_page_between_its_footers_is_read_on_its_own() -> None:
    """Two pages, each closed by the PDF's footer lines: each page's columns come back whole."""
    first = page(LEFT, RIGHT)
    second = page(RIGHT[:2], LEFT[3:]).split("\n", 2)[2]  # a second page, without the cover lines
    footer = "https://crsreports.congress.gov\nIF10199 · VERSION 50 · UPDATED"
    found = values("\n".join([first, footer, second, footer]))
    assert {fact_id: found.get(fact_id) for fact_id in EXPECTED} == EXPECTED


def test_a_value_backed_by_a_whole_sentence_is_published_from_it() -> None:
    """A cut sentence that agrees may not lend its period or quote: what is published comes from the whole one."""
    cut = "U.S. exports to Japan totaled $80.2 billion in 2019, and The yen fell."
    whole_sentence = "In 2022, U.S. exports to Japan totaled $80.2 billion."
    fact = extract_snapshot("\n\n".join([*COVER, cut, whole_sentence])).snapshot.facts["trade.us_exports_to_japan"]
    assert (fact.value, fact.period, fact.quote) == (80_200_000_000, "2022", whole_sentence)


def test_the_part_of_a_sentence_before_another_columns_heading_stands_for_nothing() -> None:
    """'... held 60% ... until the July 2025' / heading / 'in which the coalition lost its majority': no 60%."""
    text = "\n".join(
        [
            *COVER,
            "",
            "The LDP and Komeito held 60% of Upper House seats until the July 2025",
            "Upper House Election",
            "in which the coalition lost its majority.",
            "",
            "Japan has been a U.S. treaty ally since 1951.",
        ]
    )
    assert "politics.upper_house_coalition_share" not in values(text)


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize("width", range(30, 62, 4))
def test_the_whole_brief_wrapped_narrow_is_left_alone(width: int, between: str) -> None:
    """The 2022-07-21 brief hard-wrapped as one column, with or without blank lines between paragraphs, stays."""
    brief = (Path(__file__).parents[1] / "fixtures" / "IF10199-2022-07-21.md").read_text(encoding="utf-8")
    parts = [" ".join(part.split()) for part in brief.split("\n\n") if part.strip()]
    text = between.join(
        part.lstrip("# ") if part.startswith("#") else "\n".join(textwrap.wrap(part, width)) for part in parts
    )
    assert reassemble_columns(text) == text


def test_each_page_s_first_heading_stands_apart_from_the_footer_before_it() -> None:
    """After a page's footer, the next page's columns begin a new paragraph: its heading is a section."""
    first = page(LEFT, RIGHT)
    second = page(RIGHT[:2], LEFT[3:]).split("\n", 2)[2]
    footer = "https://crsreports.congress.gov"
    sections = {sentence.section for sentence in parse_markdown("\n".join([first, footer, second])).sentences}
    assert "Political Transition in Tokyo" in sections


def test_a_page_nested_thousands_of_elements_deep_is_read_without_a_traceback(run: Run, tmp_path: Path) -> None:
    """3,000 nested <div> around the brief: read as any page is, no recursion error."""
    body = "<p>Updated March 3, 2031</p><h1>U.S.-Japan Relations</h1><p>Japan hosts about 47,000 U.S. troops.</p>"
    path = tmp_path / "deep.html"
    path.write_text(f"<html><body>{'<div>' * 3000}{body}{'</div>' * 3000}</body></html>", encoding="utf-8")
    result = run(f"usjapan-facts extract {path}")
    assert result.code == 0, result.stderr
    assert '"value": 47000' in result.stdout


def test_a_line_ending_on_a_share_goes_on_with_what_it_is_a_share_of() -> None:
    """'nearly 62%' goes on with 'of the chamber's seats' far better than with 'the Lower House.' or a new clause."""
    lines = [
        "majority in the Upper House and now has nearly 62%",
        "of the chamber's seats. The coalition holds",
        "the Lower House.",
    ]
    joins = LineJoins([*lines, "and lobby groups have since cut into support"])
    assert joins.join(0, 1) > joins.join(0, 2) + 1.5
    assert joins.join(0, 1) > joins.join(0, 3) + 1.5


@pytest.mark.parametrize(
    ("lines", "other"),
    [
        (
            [
                "Coordinator, Specialist in Asian Affairs",
                "the talks end and",
                "Cai Roe",
                "x",
                "Analyst in Asian Affairs",
            ],
            1,
        ),
        (["under a Special Measures Agreement", "leaving a U.S. deficit of", "(SMA) that negotiators concluded"], 1),
        (["Trade and Investment", "a smaller supplementary budget of", "Only China and Canada traded more with"], 1),
        (["Only China, Mexico,", "the agreement, is to", "Vietnam, Canada, and Germany accounted for more"], 1),
    ],
    ids=["next-author", "short-form", "sentence-opener", "list-of-names"],
)
def test_a_line_goes_on_from_its_own_kind_across_the_other_columns_line(lines: list[str], other: int) -> None:
    """A role goes on with the next author's name (its role two lines below); a name with its short form in brackets;
    a heading with a sentence's first word ('Only ...'); a list of names with its next name. Each reads better than
    the other column's line between them (a cut sentence, a hanging 'of' or 'to')."""
    joins = LineJoins(lines)
    assert joins.join(0, 2) > max(0.0, joins.join(other, 2))


def test_a_figure_s_labels_between_its_caption_and_source_cut_no_sentence() -> None:
    """Ticks, years, unit and legend interleaved with the other column's lines are dropped, so its sentences join."""
    left = [
        "On January 1, 2031, the two governments' new trade deal",
        "entered into force, and a digital trade accord took effect",
        "the same day. Leaders had signed a joint statement on the",
        "accords in Osaka in September 2030, and officials signed",
        "the texts in Tokyo on October 9, 2030. The Administration",
    ]
    labels = ["$ billions", "160", "120", "80", "2026   2027   2028   2029   2030"]
    lines = ["Figure 1. U.S. Goods Trade with Japan, 2026-2030"]
    lines += [line for pair in zip(left, labels, strict=True) for line in pair]
    lines += ["Goods exports   Goods imports", "Source: U.S. Census Bureau, February 2031."]
    text = whole(reassemble_columns("\n".join([*COVER, *lines])))
    assert "Leaders had signed a joint statement on the accords in Osaka in September 2030" in text
    assert "160" not in text
    assert "Goods exports" not in text
    assert "Figure 1. U.S. Goods Trade with Japan, 2026-2030" in text
    assert "Source: U.S. Census Bureau, February 2031." in text


def test_a_figures_long_legend_in_its_turn_above_its_source_line_cuts_no_sentence() -> None:
    """'U.S. goods trade deficit with Japan', the figure's legend in its turn right above its source line (the other
    column's line between), is dropped as its ticks are, not read into the sentence it interleaves."""
    prose = [
        "Three years have passed since the two trade agreements",
        "took effect. The Administration has shown no interest in",
        "a broader deal and has instead pursued cooperation with",
        "Tokyo through other channels, among them the Economic",
        "Framework for Prosperity, which was unveiled in Tokyo",
        "in May 2030. When the prime minister met the President",
        "at the White House in January, the two leaders stressed",
        "economic security and export controls in their talks.",
    ]
    figure = ["Figure 1. U.S. Goods Trade Deficit with Japan, 2026-2030", "$ billions", "80", "40", "0"]
    figure += ["2026   2028   2030", "U.S. goods trade deficit with Japan", "Source: U.S. Census Bureau."]
    lines = [line for pair in zip(figure, prose, strict=True) for line in pair]
    text = whole(reassemble_columns("\n".join([*COVER, *lines])))
    assert "the prime minister met the President at the White House in January" in text
    assert "deficit with Japan at" not in text


def test_a_page_s_first_line_is_its_left_column_s() -> None:
    """Each row gives the left column's line first: a page opening on '21, 2031, election ...' (the date the last
    page's right column cut) is read with that line on the left, though its left column's last line, 'close to
    the', would go on from it too."""
    left1 = ["Tokyo and Washington finished a new round of talks on", "farm tariffs in February, and both governments"]
    left1 += ["said that the results would be put before their legislatures soon.", "The Diet took up the bill in its"]
    left1 += ["ordinary session, and the lower house passed it with a large majority on March"]
    right1 = ["2, after a short debate. Opposition parties objected to", "the speed of the vote but did not block it."]
    right1 += ["Officials in both capitals expect the upper house to follow within a"]
    right1 += ["month, well before the summer recess. In the July", ""]
    left2 = [
        "21, 2031, election for the House of Councillors, the",
        "governing coalition kept its majority, though it lost",
    ]
    left2 += [
        "seats in several rural districts where farm groups had",
        "campaigned against the new tariff schedule. The prime",
    ]
    left2 += [
        "minister's term as party leader runs to September 2033.",
        "Trade officials say the second round of talks will open",
    ]
    left2 += [
        "in Geneva in the spring and should end within a year.",
        "Exports of U.S. rice to Japan rose in the first half of",
    ]
    left2 += ["2031, and shipments of beef held steady, close to the"]
    right2 = [
        "pace of the year before. Farm groups in both countries",
        "have welcomed the change in tariff rates on grain.",
    ]
    right2 += ["Jane Q. Doe", "Analyst in Asian Affairs"]
    footer = "IF10199 · VERSION 3    https://crsreports.congress.gov"
    page1 = [line for pair in zip(left1, right1, strict=True) for line in pair if line]
    page2 = [line for pair in zip(left2, right2, strict=False) for line in pair] + left2[len(right2) :]
    text = whole(reassemble_columns("\n".join([*COVER, "Overview", *page1, footer, *page2, footer])))
    assert "In the July 21, 2031, election for the House of Councillors" in text
    assert "close to the pace of the year before" in text


def test_a_figure_running_alone_drops_its_legend_above_its_source_line() -> None:
    """A figure in a column that runs on alone: its legend, right under its ticks and above its source line, is a
    label too, not the first words of the paragraph after it."""
    lines = ["Figure 2. U.S. Goods Deficit with Japan, 2027-2031", "$ billions", "80", "40", "0"]
    lines += ["2027   2029   2031", "U.S. goods deficit with Japan", "Source: U.S. Census Bureau."]
    assert figure_labels(lines) == [False, True, True, True, True, True, True, False]


def test_a_line_ending_on_an_goes_on_with_no_word_opening_in_a_consonant() -> None:
    """'rose at an' / 'Measures Agreement ...' is no join (the other column's name cut at 'a Special' goes on there);
    'an' goes on with 'annual', and with an initialism said with a vowel ('an MFN rate')."""
    from usjapan_facts.extract.alternation import page_joins

    cut = ["Exports rose at an", "Costs fall under a Special"]
    scorer = page_joins([*cut, "Measures Agreement reached in 2021 that", "annual 3%.", "MFN rate."])
    assert scorer.join(0, 2) < scorer.join(1, 2)
    assert scorer.join(0, 3) > 0
    assert scorer.join(0, 4) == 1.0
