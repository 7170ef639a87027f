"""Text from `pdftotext -layout` of a two-column brief, and typeset characters, read as the Markdown is."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests import layout_pdf
from tests.conftest import FIXTURES, Run
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.layout_text import find_gutter, split_layout
from usjapan_facts.extract.text import parse_markdown

BRIEF_2022 = FIXTURES / "IF10199-2022-07-21.md"
needs_poppler = pytest.mark.skipif(not layout_pdf.available(), reason="needs fpdf2, Liberation fonts and pdftotext")

LEFT = (
    "Japan, a U.S. treaty ally since 1951, hosts around 54,000 U.S. troops under the mutual defense treaty. "
    "Japan is the fourth-largest overall U.S. trading partner. Prime Minister Kishida Fumio met President "
    "Joseph Biden in Tokyo in May 2022, where the two leaders reaffirmed the alliance."
)
RIGHT = (
    "Japan pays roughly $2 billion per year to defray the cost of stationing U.S. military personnel in Japan. "
    "The LDP and Komeito control over 60% of the Diet's Lower House."
)


def side_by_side(left: list[str], right: list[str], *, at: int = 62) -> str:
    """Lines of two columns as `pdftotext -layout` prints them: the right column's line beside the left's."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{one:<{at}}{two}".rstrip() for one, two in zip(left, right, strict=True)) + "\n"


def _page(left: str, right: str, *, footer: str = "") -> str:
    """One page of invented prose, both columns wrapped at 52 characters, the footer below."""
    page = side_by_side(textwrap.wrap(left, 52), textwrap.wrap(right, 52))
    return page + (f"\n\n{footer}\n" if footer else "")


def _values(snapshot: Any) -> dict[str, Any]:
    return {fact_id: fact.model_dump(exclude={"quote", "section", "note"}) for fact_id, fact in snapshot.facts.items()}


def test_each_page_is_read_left_column_then_right_without_its_footer() -> None:
    """Two pages: each page's left column, then its right; footers and page numbers dropped."""
    footer = f"{'IF10199 · VERSION 49':<30}{'2':<32}https://crsreports.congress.gov"
    text = "Updated July 21, 2022\n\nU.S.-Japan Relations\n\n" + _page(LEFT, RIGHT, footer=footer) + "\f"
    text += _page("The yen fell to a 24-year low against the dollar in July 2022.", "Japan joined IPEF.")
    read = split_layout(text)
    assert read.index("hosts around 54,000") < read.index("alliance.") < read.index("Japan pays") < read.index("yen")
    assert "crsreports" not in read
    assert "VERSION" not in read
    assert "met President Joseph Biden in Tokyo" in read


def test_an_author_line_beside_a_sentence_is_never_read_into_it(run: Run, tmp_path: Path) -> None:
    """'President' at a left line's end goes on in the left column, not into the author's name beside it."""
    right = ["Mark E. Manyin", "Coordinator, Specialist in Asian Affairs", "", "Kyla H. Kitamura"]
    right += ["Analyst in International Trade and Finance"]
    left = textwrap.wrap(LEFT + " " + RIGHT, 52)
    at = next(index for index, line in enumerate(left) if line.endswith("President"))
    text = "Updated July 21, 2022\n\nU.S.-Japan Relations\n\n" + side_by_side(left, [""] * at + right)
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    result = run(f"usjapan-facts extract {tmp_path / 'brief.txt'}")
    assert result.code == 0, result.stderr
    snapshot = json.loads(result.stdout)
    assert snapshot["facts"]["leaders.us_president"]["value"] == {"family": "Biden", "given": "Joseph"}
    assert list(snapshot["authors"]) == ["Mark E. Manyin", "Kyla H. Kitamura"]


@pytest.mark.parametrize(
    ("above", "pages"), [(False, 2), (True, 2), (False, 1)], ids=["beside-the-prose", "name-alone-above-it", "one-page"]
)
def test_a_last_page_whose_right_column_holds_only_an_author_reads_the_author_apart(above: bool, pages: int) -> None:
    """Two lines side by side are too few for a gutter: the page is read whole, its author set apart from the prose,
    the name beside the prose's first line or alone on the line above it; a one-page brief's too."""
    left = textwrap.wrap(
        "The Diet approved both accords in December, and the cabinet signed them in Tokyo soon after.", 52
    )
    left = ["", *left] if above else left
    text = "Updated July 21, 2022\n\nU.S.-Japan Relations\n\n" + (_page(LEFT, RIGHT) + "\f" if pages == 2 else "")
    text += side_by_side(left, ["Ann B. Doe", "Analyst in Asian Affairs"])
    document = parse_markdown(text)
    whole = "The Diet approved both accords in December, and the cabinet signed them in Tokyo soon after."
    assert whole in [sentence.text for sentence in document.sentences]
    assert ("Ann B. Doe", "Analyst in Asian Affairs") in document.authors


def test_a_figures_labels_never_stand_for_a_fact() -> None:
    """A figure's axis ticks, years and legend are dropped; its caption and source line are captions."""
    left = [*textwrap.wrap(LEFT, 52), "", "Figure 1. U.S. Troops in Japan, 2019-2023", "thousands", "   60"]
    left += ["", "   40", "    2019    2020    2021", "    U.S. troops    Okinawa", "Source: CRS."]
    document = parse_markdown(
        "Updated July 21, 2022\n\nU.S.-Japan Relations\n\n" + side_by_side(left, textwrap.wrap(RIGHT, 52))
    )
    assert document.captions == ["Figure 1. U.S. Troops in Japan, 2019-2023", "Source: CRS."]
    assert not any("thousands" in sentence.text or "2019" in sentence.text for sentence in document.sentences)


def test_a_word_broken_at_a_lines_end_is_joined() -> None:
    """A soft hyphen always goes; a hard one stays only where both halves are words of the text, not the whole."""
    left = ["Japan is the fourth-largest overall U.S. trad-", "ing partner. Japan is a major trading", "nation."]
    left += ["It is buying long-", "range missiles and some secu\u00ad", "rity items. Their range is long.", "A decre-"]
    left += ["asing share is sold."]
    read = split_layout(side_by_side(left, ["The LDP leads.", "Komeito is its", "partner.", "It governs."]))
    assert "U.S. trading partner." in read
    assert "long-range missiles and some security items." in read
    assert "A decreasing share" in read


def test_ligatures_curly_quotes_and_odd_spaces_read_as_plain_text() -> None:
    """'ﬁ', curly quotes, non-breaking and thin spaces and soft hyphens give the facts the plain text gives."""
    plain = BRIEF_2022.read_text("utf-8")
    typeset = (
        plain.replace("fi", "\ufb01")
        .replace("fl", "\ufb02")
        .replace("'", "\u2019")
        .replace(' "', " \u201c")
        .replace("54,000", "54,000\u00a0")
        .replace("U.S. troops", "U.S.\u2009troops")
        .replace("fourth-largest", "fourth-larg\u00adest")
    )
    assert _values(extract_snapshot(typeset).snapshot) == _values(extract_snapshot(plain).snapshot)


def test_single_column_text_is_left_as_it_is() -> None:
    """Markdown, plain text and an aligned table on a page of prose have no gutter: nothing is split."""
    table = "Year    Exports    Imports\n2020    104.4      150.6\n2021    112.2      167.8\n"
    for text in (BRIEF_2022.read_text("utf-8"), *(path.read_text("utf-8") for path in FIXTURES.glob("variants/*.md"))):
        assert split_layout(text) == text
        assert split_layout(text + "\n" + table) == text + "\n" + table


def _same_reading(run: Run, source: Path) -> None:
    """Extract `source` and the 2022 Markdown through the CLI: the same facts, people, dates and outcomes."""
    from_layout = run(f"usjapan-facts extract {source}")
    from_markdown = run(f"usjapan-facts extract {BRIEF_2022}")
    assert from_layout.code == 0, from_layout.stderr
    layout, clean = json.loads(from_layout.stdout), json.loads(from_markdown.stdout)
    strip = ("quote", "section", "page", "column", "note")  # where a sentence stands is provenance, not reading
    assert {k: {f: v for f, v in fact.items() if f not in strip} for k, fact in layout["facts"].items()} == {
        k: {f: v for f, v in fact.items() if f not in strip} for k, fact in clean["facts"].items()
    }
    assert (layout["authors"], layout["elections"], layout["events"]) == (
        clean["authors"],
        clean["elections"],
        clean["events"],
    )
    assert (layout["updated"], layout["tracked"], layout["unread"]) == (
        clean["updated"],
        clean["tracked"],
        clean["unread"],
    )


def test_the_stored_layout_text_of_the_two_column_pdf_gives_the_markdowns_facts(run: Run) -> None:
    """pdftotext -layout of the brief laid out in two columns (made by tests/layout_pdf.py): the same facts."""
    _same_reading(run, FIXTURES / "IF10199-2022-07-21.layout.txt")


@needs_poppler
@pytest.mark.parametrize("read_as", ["layout text", "pdf", "typeset layout text"])
def test_the_two_column_pdf_and_its_layout_text_give_the_markdowns_facts(
    run: Run, tmp_path: Path, read_as: str
) -> None:
    """The brief as a two-column PDF, read itself or as pdftotext -layout, typeset or not: the same facts."""
    markdown = BRIEF_2022.read_text("utf-8")
    if read_as.startswith("typeset"):
        # Ligatures, curly quotes, a non-breaking space after each comma, long words broken at soft hyphens.
        for plain, fancy in (("fi", "\ufb01"), ("fl", "\ufb02"), ("'", "\u2019"), (", ", ",\u00a0")):
            markdown = markdown.replace(plain, fancy)
        markdown = re.sub(r"\b([a-z]{5})([a-z]{5,})\b", "\\1\u00ad\\2", markdown)
    source = pdf = layout_pdf.two_column_pdf(markdown, tmp_path / "brief.pdf", figure_after=9)
    if read_as != "pdf":
        source = tmp_path / "brief.txt"
        source.write_text(layout_pdf.layout_text(pdf), encoding="utf-8")
    _same_reading(run, source)


@pytest.mark.skipif(not layout_pdf.FONTS.exists(), reason="needs the Liberation fonts")
@pytest.mark.parametrize("form", ["pdf", "layout text"])
def test_check_brief_reads_the_pdf_and_its_layout_text_as_the_markdown(run: Run, tmp_path: Path, form: str) -> None:
    """check --brief on the same version as a PDF or layout text: nothing changed, exit 0."""
    store = tmp_path / "store"
    assert run(f"usjapan-facts --snapshots-dir {store} extract {BRIEF_2022} --save").code == 0
    brief = FIXTURES / "IF10199-2022-07-21.layout.txt"
    if form == "pdf":
        brief = layout_pdf.two_column_pdf(BRIEF_2022.read_text("utf-8"), tmp_path / "brief.pdf", figure_after=9)
    result = run(f"usjapan-facts --snapshots-dir {store} check --brief {brief} --as-of 2022-08-01 --format json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["compared"] == ["2022-07-21", "2022-07-21"]
    assert [finding for finding in report["findings"] if finding["kind"] == "change"] == []


def test_a_tables_rows_are_read_as_its_caption_as_in_html() -> None:
    """A table's rows are read as a web page's table is: under its caption, as its cells, never as prose."""
    left = [*textwrap.wrap(LEFT, 52), "", "Table 1. U.S. Trade with Japan ($", "billions)", "         2023    2024"]
    left += ["U.S. exports to Japan    121.0   129.0", "Source: CRS."]
    document = parse_markdown(
        "Updated July 21, 2022\n\nU.S.-Japan Relations\n\n" + side_by_side(left, textwrap.wrap(RIGHT, 52))
    )
    assert document.captions[0] == "Table 1. U.S. Trade with Japan ($ billions)"
    title, table = document.tables[0]
    assert title == "Table 1. U.S. Trade with Japan ($ billions)"
    assert table.rows == (("U.S. exports to Japan", "121.0", "129.0"),)
    assert not any("121.0" in sentence.text for sentence in document.sentences)


def test_a_pdf_page_without_a_found_gutter_reads_box_by_box(tmp_path: Path) -> None:
    """A short two-column page whose gutter is not found keeps pdfminer's boxes: no sentence runs both columns."""
    from tests.site_fixture import write_versions
    from usjapan_facts.extract import extract_snapshot
    from usjapan_facts.extract.pdf import pdf_text, read_pdf_bytes

    *_, pdf = write_versions(tmp_path)
    snapshot = extract_snapshot(pdf_text(read_pdf_bytes(str(pdf)))).snapshot
    quote = snapshot.facts["leaders.japan_prime_minister"].quote
    assert quote == "Japanese Prime Minister Ishiba Shigeru has pledged to deepen security ties with Washington."


def test_a_line_run_out_past_the_page_s_edge_leaves_the_gutter_where_it_is() -> None:
    """A figure's source line set on one line, far past the page's right edge, widens the page: the gutter between
    the columns is still found where the other lines leave it."""
    left = textwrap.wrap("Tokyo and Washington set out a new agenda for the alliance this spring. " * 6, 50)
    right = textwrap.wrap("The two governments agreed to widen the exchange of defense technology. " * 6, 50)
    lines = [f"{one:<56}{two}" for one, two in zip(left, right, strict=False)]
    lines.insert(3, " " * 56 + "Source: CRS, from the ministry's notices; " + "rates shown are the latest ones. " * 6)
    assert find_gutter(lines) == (50, 56)
