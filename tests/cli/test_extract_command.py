"""`extract`, run as a user types it: files, stdin, URLs, saving, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022, FIXTURES, Run, snapshot_files
from usjapan_facts import catalog
from usjapan_facts.store import SnapshotStore


def test_extract_prints_the_snapshot_and_a_summary(run: Run) -> None:
    """stdout is the proposed snapshot (JSON); stderr: how many facts, which mentioned but not read, which not."""
    result = run(f"usjapan-facts extract {BRIEF_2022}")
    assert result.code == 0
    snapshot = json.loads(result.stdout)
    assert snapshot["updated"] == "2022-07-21"
    assert snapshot["facts"]["alliance.us_troops_in_japan"]["value"] == 54000
    facts = len(catalog.load("IF10199").facts)
    assert f"30 of {facts} catalogue facts found in {BRIEF_2022}" in result.stderr
    assert "\nmentioned but not read (unknown): politics.lower_house_election_due, " in result.stderr
    assert (
        "\nnot mentioned (not stated): alliance.marines_relocating_to_guam, alliance.marines_in_guam, " in result.stderr
    )
    assert (snapshot["coverage"], snapshot["unread"][0]) == ("full", "politics.lower_house_election_due")
    assert "alliance.marines_in_guam" in snapshot["tracked"]


def test_extract_text_format_reads_by_section(run: Run) -> None:
    """--format text shows the proposed snapshot as `show` does."""
    result = run(f"usjapan-facts extract {FIXTURES / 'IF10199-2022-07-21.html'} --format text")
    assert result.code == 0
    assert "alliance.us_troops_in_japan" in result.stdout
    assert "around 54,000" in result.stdout


_PAGE_HEAD = """<html><head><title>U.S.-Japan Relations</title></head><body>
<nav><ul>{links}</ul></nav>
<main><div class="product-header">
<p class="kind">In Focus</p>
<p class="number">IF10199 &middot; Version 51</p>
<p class="date">Updated March 4, 2031</p>
</div>
<h1>U.S.-Japan Relations</h1>
<h2>Alliance</h2>
<p>Roughly 55,000 U.S. military personnel are stationed in Japan.</p>
</main></body></html>
"""


def test_extract_finds_the_cover_date_among_a_pages_header_lines(run: Run, tmp_path: Path) -> None:
    """A page whose kind, number and date stand in short header paragraphs run together: the date is the cover's."""
    page = tmp_path / "page.html"
    # a site's long navigation first, as congress.gov pages have: the date stands well into the page
    links = "".join(f'<li><a href="/products/{number}">Related product {number}</a></li>' for number in range(60))
    page.write_text(_PAGE_HEAD.replace("{links}", links), encoding="utf-8")
    result = run(f"usjapan-facts extract {page}")
    assert result.code == 0, result.stderr
    snapshot = json.loads(result.stdout)
    assert snapshot["updated"] == "2031-03-04"
    assert snapshot["facts"]["alliance.us_troops_in_japan"]["value"] == 55000
    assert all("Version 51" not in fact.get("quote", "") for fact in snapshot["facts"].values())


def test_extract_reads_stdin(run: Run) -> None:
    """'-' reads the brief from standard input."""
    result = run("usjapan-facts extract - --updated 2022-07-21", stdin=BRIEF_2022.read_text(encoding="utf-8"))
    assert result.code == 0
    assert json.loads(result.stdout)["facts"]["leaders.japan_prime_minister"]["value"]["family"] == "Kishida"


def test_extract_fetches_a_url_and_records_it(run: Run, brief_server: str) -> None:
    """An http URL is fetched; the URL goes into the snapshot's sources."""
    result = run(f"usjapan-facts extract {brief_server}/brief.html")
    assert result.code == 0
    assert json.loads(result.stdout)["sources"] == [f"{brief_server}/brief.html"]


def test_extract_save_writes_into_the_store_and_refuses_to_replace(run: Run, store_copy: SnapshotStore) -> None:
    """--save stores a new version; the same date again is refused without --force, and replaced with it."""
    (store_copy.root / "2022-07-21.json").unlink()
    before = snapshot_files(store_copy.root)
    saved = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save")
    assert saved.code == 0
    assert f"saved {store_copy.root / '2022-07-21.json'}" in saved.stderr
    assert set(snapshot_files(store_copy.root)) == {*before, "2022-07-21.json"}
    assert run(f"usjapan-facts --snapshots-dir {store_copy.root} validate").code == 0
    stored = snapshot_files(store_copy.root)
    again = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save")
    assert again.code == 2
    assert "already stored; pass --force" in again.stderr
    assert snapshot_files(store_copy.root) == stored
    forced = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save --force")
    assert forced.code == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("/nonexistent/brief.md", "no such file"),
        ("{binary}", "is binary"),
        ("{big}", "limit for a brief"),
        ("{nofacts}", "no fact of the catalogue"),
        ("{brief} --force", "--force replaces a stored version"),
        ("{server}/missing", "HTTP 404"),
        ("{server}/pdf", "not text or HTML"),
        ("{server}/slow --timeout 0.1", "no answer within 0.1 seconds"),
    ],
)
def test_extract_bad_input_exits_2(run: Run, tmp_path: Path, brief_server: str, arguments: str, message: str) -> None:
    """Missing, binary, oversized or factless text, --force alone, and bad URLs: exit 2, one line, no traceback."""
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "big.md").write_bytes(b"word " * (2 * 1024 * 1024))
    (tmp_path / "nofacts.md").write_text("Updated July 1, 2024\n\nNothing to see.\n", encoding="utf-8")
    command = arguments.format(
        binary=tmp_path / "binary.md", big=tmp_path / "big.md", nofacts=tmp_path / "nofacts.md",
        brief=BRIEF_2022, server=brief_server,
    )  # fmt: skip
    result = run(f"usjapan-facts extract {command}")
    assert result.code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("report", "title", "hint"),
    [
        ("", "U.S.-Japan Trade Agreements and Tariff Negotiations", "it is IF11120's title: pass --report IF11120"),
        ("--report IF11120 ", "U.S.-Japan Relations", "it is IF10199's title: pass --report IF10199"),
        ("", "Japan's Economy in Brief", ""),
    ],
)
def test_extract_of_another_briefs_text_names_the_report_to_pass(
    run: Run, tmp_path: Path, report: str, title: str, hint: str
) -> None:
    """A text titled as the other brief is refused, naming the file and the --report that reads it; an unknown title
    is refused with no such hint."""
    path = tmp_path / "brief.md"
    path.write_text(f"# {title}\n\nUpdated May 3, 2027\n\nJapan is the largest holder of Treasuries.\n", "utf-8")
    result = run(f"usjapan-facts {report}extract {path}")
    assert result.code == 2
    assert result.stderr.startswith(f"usjapan-facts: error: {path}: the text is titled {title!r}")
    assert ("--report" in result.stderr) == bool(hint)
    assert hint in result.stderr
    assert "Traceback" not in result.stderr


_RELATED = (
    "<aside><h2>Related CRS Products</h2><ul>"
    '<li><a href="/product/IF10199">U.S.-Japan Relations</a></li>'
    '<li><a href="/product/IF11120">U.S.-Japan Trade Agreements and Tariff Negotiations</a></li></ul></aside>'
)
_OTHERS = (
    '<ul><li><a href="/product/IF10199"><span>U.S.-Japan Relations</span> (IF10199)</a></li>'
    "<li>IF10199, U.S.-Japan Relations, by its authors</li></ul>"
)
_SITE = "<h2>Congress.gov</h2>"
_TRADE = "U.S.-Japan Trade Agreements and Tariff Negotiations"


@pytest.mark.parametrize(
    ("report", "heading", "title", "related", "refused"),
    [
        ("", "", _TRADE, _RELATED, "it is IF11120's title: pass --report IF11120"),
        ("--report IF11120 ", "", "U.S.-Japan Trade Relations and Prospects for Negotiations", _RELATED, "(IF11120)\n"),
        ("", _SITE, _TRADE, _RELATED, "the page names first IF11120's title: pass --report IF11120"),
        ("", _SITE, _TRADE, _OTHERS, "the page names first IF11120's title: pass --report IF11120"),
        ("", _SITE, _TRADE, "<p>[U.S.-Japan Relations](/product/IF10199)</p>", "the page names first IF11120's"),
        ("", _SITE, "U.S.-Japan Relations", _RELATED, ""),
        ("--report IF11120 ", _SITE, _TRADE, _OTHERS, ""),
    ],
)
def test_extract_of_a_web_page_takes_its_title_from_the_page_not_its_links(
    run: Run, tmp_path: Path, report: str, heading: str, title: str, related: str, refused: str
) -> None:
    """A page that lists both briefs among its related products is read only as the brief its own title names,
    whether a site's heading comes first or not: another brief's page, or one titled as neither, is refused with the
    --report that reads it, whether the list names the other brief in a link, a link's inner words or plain text."""
    path = tmp_path / "brief.html"
    path.write_text(
        f"<html><body>{heading}<h1>{title}</h1><p>Updated May 3, 2027</p>"
        f"<p>Japan is the largest foreign holder of U.S. Treasury securities.</p>{related}</body></html>",
        "utf-8",
    )
    result = run(f"usjapan-facts {report}extract {path} --format text")
    assert "Traceback" not in result.stderr
    if refused:
        assert result.code == 2
        assert result.stderr.startswith(f"usjapan-facts: error: {path}: the text is titled ")
        assert refused in result.stderr
    else:
        assert result.code == 0, result.stderr
        assert "trade.treasury_holder_rank" in result.stdout


def _two_column_pdf(path: Path, left: str, right: str) -> Path:
    """Write a one-page PDF with two columns, drawn row by row as layout programs often write them."""
    import textwrap

    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(15, 15, "Updated March 3, 2031")
    pdf.text(15, 22, "U.S.-Japan Relations")
    lines = (textwrap.wrap(left, 56), textwrap.wrap(right, 56))
    for row in range(max(map(len, lines))):
        for column, x in zip(lines, (15, 112), strict=True):
            if row < len(column):
                pdf.text(x, 32 + 4.5 * row, column[row])
    pdf.output(str(path))
    return path


def test_extract_reads_a_two_column_pdf(run: Run, tmp_path: Path) -> None:
    """A PDF brief is read column by column: each value comes from its own column's sentence."""
    left = (
        "Japan, a U.S. treaty ally since 1951, is a close partner of the United States. The treaty lets the "
        "United States base U.S. troops, currently numbering around 47,000, in Japan. Japan is the third-largest "
        "U.S. trading partner."
    )
    right = (
        "Elections for the Lower House must be held by October 2032. Japan pays roughly $3 billion per year "
        "to defray the cost of stationing U.S. military personnel in Japan."
    )
    result = run(f"usjapan-facts extract {_two_column_pdf(tmp_path / 'brief.pdf', left, right)}")
    assert result.code == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    assert json.loads(result.stdout)["updated"] == "2031-03-03"
    assert (facts["alliance.us_troops_in_japan"]["value"], facts["alliance.us_troops_in_japan"]["qualifier"]) == (
        47000,
        "about",
    )
    assert facts["trade.overall_partner_rank"]["value"] == 3
    assert facts["politics.lower_house_election_due"]["value"] == "2032-10"
    assert facts["alliance.host_nation_support_per_year"]["value"] == 3_000_000_000


def test_extract_damaged_pdf_exits_2(run: Run, tmp_path: Path) -> None:
    """A file that starts as a PDF but is not one: exit 2, one line naming it, no traceback."""
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    result = run(f"usjapan-facts extract {damaged}")
    assert result.code == 2
    assert result.stdout == ""
    assert "damaged.pdf" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_saved_extraction_then_diff_reports_nothing_removed(
    run: Run, store_copy: SnapshotStore, tmp_path: Path
) -> None:
    """An extraction saved beside a full version: facts it did not find are unknown, never 'removed'."""
    brief = tmp_path / "next.md"
    brief.write_text(
        "Updated August 1, 2022\n\n## U.S.-Japan Relations\n\nJapan, a U.S. treaty ally since 1951, hosts "
        "around 54,000 U.S. troops.\n",
        encoding="utf-8",
    )
    saved = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {brief} --save")
    assert saved.code == 0, saved.stderr
    result = run(f"usjapan-facts --snapshots-dir {store_copy.root} diff 2022-07-21 2022-08-01 --format json")
    assert result.code == 0, result.stdout
    assert "removed" not in result.stdout
