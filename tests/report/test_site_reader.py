"""The site as a reader meets it, in headless Chromium, on a store built from three invented versions.

The store is built the way a user builds one: `extract --save` on two Markdown texts and a two-page PDF
(tests/site_fixture.py), then `site OUT_DIR`. Screenshots go to benchmarks/out/site/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, Screenshot, Tab
from tests.report.test_site import _open, _serious_violations, _visit
from tests.site_fixture import DELETED, INSERTED, PDF_URL, write_versions
from usjapan_facts.store import SnapshotStore

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = ("2023-03-01", "2024-05-01", "2025-09-01")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SnapshotStore]:
    """The three versions extracted and saved with their texts, and the site written from them."""
    from tests.conftest import _in_process

    folder = tmp_path_factory.mktemp("reader")
    store_dir = folder / "store"
    env = {"USJAPAN_FACTS_SNAPSHOTS": str(store_dir), "XDG_CACHE_HOME": str(folder / "cache")}
    first, second, third = write_versions(folder)
    for source, url in ((first, "https://example.org/crs/IF10199.1.html"), (second, None), (third, PDF_URL)):
        option = f" --source-url {url}" if url else ""
        saved = _in_process(f"usjapan-facts extract {source} --save{option}", env=env)
        assert saved.code == 0, saved.stderr
    out = folder / "site"
    made = _in_process(f"usjapan-facts site {out}", env=env)
    assert made.code == 0, made.stderr
    return out, SnapshotStore(store_dir)


def test_extract_save_keeps_the_text_and_its_record(built: tuple[Path, SnapshotStore]) -> None:
    """Each saved version has texts/DATE.txt, one sentence a line, and a record of its source and SHA-256."""
    import hashlib

    _, store = built
    for version in VERSIONS:
        text = (store.root / "texts" / f"{version}.txt").read_bytes()
        record = json.loads((store.root / "texts" / f"{version}.json").read_text(encoding="utf-8"))
        assert record["sha256"] == hashlib.sha256(text).hexdigest()
        assert record["version"] == version
    record = json.loads((store.root / "texts" / "2025-09-01.json").read_text(encoding="utf-8"))
    assert record["source"] == PDF_URL
    lines = (store.root / "texts" / "2023-03-01.txt").read_text(encoding="utf-8").splitlines()
    assert "Tokyo and Washington meet often in regional forums to compare notes on maritime patrols." in lines


def test_pdf_facts_record_their_page_and_show_prints_it(built: tuple[Path, SnapshotStore], run: Run) -> None:
    """The PDF's prime minister stands on page 2 (right column), its troops on page 1; `show` says so."""
    _, store = built
    latest = store.load("2025-09-01")
    assert (latest.facts["leaders.japan_prime_minister"].page, latest.facts["leaders.japan_prime_minister"].column) == (
        2,
        2,
    )
    assert latest.facts["alliance.us_troops_in_japan"].page == 1
    shown = run(f"usjapan-facts --snapshots-dir {store.root} show 2025-09-01 leaders.japan_prime_minister")
    assert shown.code == 0, shown.stderr
    assert "in the PDF: page 2, column 2" in shown.stdout


def _sentences(store: SnapshotStore) -> dict[tuple[str, str], str]:
    """Every (version, fact id) -> the sentence that version quotes for it."""
    return {
        (snapshot.updated.isoformat(), fact_id): fact.quote
        for snapshot in store
        for fact_id, fact in snapshot.facts.items()
        if fact.quote
    }


def _pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_no_sentence_appears_without_the_date_of_its_version(tab: Tab, built: tuple[Path, SnapshotStore]) -> None:
    """On every page each quoted sentence is that version's own, and its label names that version's date."""
    out, store = built
    sentences = _sentences(store)
    checked = 0
    page, problems = _open(tab, "about:blank")  # one tab, navigated to each page in turn
    for path in _pages(out):
        problems.clear()
        page.goto(path.as_uri())
        figures, loose = page.evaluate(  # one round trip a page: there are some fifty pages
            "() => [[...document.querySelectorAll('figure.words')].map(f => [f.dataset.version, f.dataset.fact,"
            " f.querySelector('blockquote').textContent, f.querySelector('figcaption').textContent]),"
            " [...document.querySelectorAll('blockquote')].filter(q => !q.closest('figure.words')).length]"
        )
        for version, fact_id, text, label in figures:
            assert sentences[(version, fact_id)] == text, (path.name, fact_id)
            assert version in label, (path.name, label)
        assert loose == 0, path.name
        checked += len(figures)
        assert problems == [], path.name
    assert checked > 10


def test_a_carried_value_says_last_recorded_with_its_own_sentence(
    tab: Tab, screenshot: Screenshot, built: tuple[Path, SnapshotStore]
) -> None:
    """The defence goal, missing from the PDF, shows '2%, last recorded 2024-05-01' and that version's sentence."""
    out, _ = built
    page, problems = _open(tab, (out / "facts" / "defense.spending_goal_pct_gdp.html").as_uri())
    now = page.text_content("p.now")
    assert "last recorded 2024-05-01" in now
    figure = page.query_selector("p.now + figure.words")
    assert figure.get_attribute("data-version") == "2024-05-01"
    assert "Last recorded 2024-05-01" in figure.text_content()
    row = page.query_selector("#versions") or page.query_selector("table")
    assert row is not None
    _visit(page, problems, (out / "index.html").as_uri())
    cell = page.eval_on_selector(
        'tr[data-fact="defense.spending_goal_pct_gdp"]', "r => [r.dataset.recorded, r.cells[2].textContent]"
    )
    assert cell == ["2024-05-01", "last recorded 2024-05-01"]
    screenshot(page, "index.png")


def test_text_diff_page_marks_the_planted_words_and_links_facts_both_ways(
    tab: Tab, screenshot: Screenshot, built: tuple[Path, SnapshotStore]
) -> None:
    """The 2023 -> 2024 comparison deletes 'steady', inserts 'quarterly', and links the troop change to its row."""
    out, _ = built
    page, problems = _open(tab, (out / "texts" / "2023-03-01_2024-05-01.html").as_uri())
    deleted = page.eval_on_selector_all(".text-diff del", "ds => ds.map(d => d.textContent)")
    inserted = page.eval_on_selector_all(".text-diff ins", "is => is.map(i => i.textContent)")
    assert any(DELETED in text.split() for text in deleted)
    assert any(INSERTED in text.split() for text in inserted)
    assert not any(DELETED in text for text in inserted)
    link = page.query_selector('li[data-fact="alliance.us_troops_in_japan"] a.to-sentence')
    target = link.get_attribute("href")
    row = page.query_selector(target)
    assert "over 50,000" in row.text_content()
    back = row.query_selector("a.to-change").get_attribute("href")
    assert page.query_selector(back).get_attribute("data-fact") == "alliance.us_troops_in_japan"
    screenshot(page, "text-diff.png")
    assert problems == []
    _visit(page, problems, (out / "texts" / "2024-05-01_2025-09-01.html").as_uri())
    shown = page.eval_on_selector_all("ol.fact-changes li", "ls => ls.map(l => [l.dataset.severity, l.dataset.fact])")
    assert shown == [["major", "leaders.japan_prime_minister"], ["minor", "alliance.us_troops_in_japan"]]


def test_search_finds_a_fact_by_a_word_of_its_sentence(
    tab: Tab, screenshot: Screenshot, built: tuple[Path, SnapshotStore]
) -> None:
    """Typing 'territory' (a word of the troops' sentence, not of its label) finds the troops, from file://."""
    out, _ = built
    page, problems = _open(tab, (out / "search.html").as_uri())
    page.fill("#search-input", "territory")
    found = page.eval_on_selector_all("#search-results li", "ls => ls.map(l => l.dataset.fact)")
    assert "alliance.us_troops_in_japan" in found
    assert "leaders.japan_prime_minister" not in found
    page.fill("#search-input", "Ishiba")
    assert page.eval_on_selector_all("#search-results li", "ls => ls.map(l => l.dataset.fact)") == [
        "leaders.japan_prime_minister"
    ]
    screenshot(page, "search.png")
    assert problems == []


def test_search_page_reads_without_script(browser: Any, built: tuple[Path, SnapshotStore]) -> None:
    """With JavaScript off the search page still lists every fact, and the search form stays hidden."""
    out, _ = built
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((out / "search.html").as_uri())
    assert page.is_hidden("#search-form")
    assert len(page.query_selector_all("ul.facts a")) == len(list((out / "facts").iterdir()))
    context.close()


def test_pdf_page_links_carry_the_page_of_the_sentence(
    tab: Tab, screenshot: Screenshot, built: tuple[Path, SnapshotStore]
) -> None:
    """The prime minister's page links his 2025 sentence to the PDF's page 2, the troops' to page 1."""
    out, _ = built
    page, problems = _open(tab, "about:blank")
    for fact_id, number in (("leaders.japan_prime_minister", 2), ("alliance.us_troops_in_japan", 1)):
        _visit(page, problems, (out / "facts" / f"{fact_id}.html").as_uri())
        links = page.eval_on_selector_all(
            'figure.words[data-version="2025-09-01"] a.pdf-page', "as => as.map(a => a.getAttribute('href'))"
        )
        assert links
        assert set(links) == {f"{PDF_URL}#page={number}"}
        if number == 1:
            screenshot(page, "fact-troops.png")


def test_version_pages_link_their_pdf_and_sources(
    tab: Tab, screenshot: Screenshot, built: tuple[Path, SnapshotStore]
) -> None:
    """Source addresses are links; the PDF's version links its PDF; changes come major first."""
    out, _ = built
    page, problems = _open(tab, (out / "versions" / "2025-09-01.html").as_uri())
    assert page.eval_on_selector_all("ul.sources a", "as => as.map(a => a.href)") == [PDF_URL]
    ranks = {"major": 0, "minor": 1, "info": 2}
    severities = page.eval_on_selector_all("article.change", "as => as.map(a => a.dataset.severity)")
    assert severities == sorted(severities, key=ranks.__getitem__)
    assert severities
    screenshot(page, "version.png")
    _visit(page, problems, (out / "index.html").as_uri())
    assert page.eval_on_selector('#versions tr[data-version="2025-09-01"] td.sources a', "a => a.href") == PDF_URL


def test_axe_finds_no_serious_violation(browser: Any, built: tuple[Path, SnapshotStore]) -> None:
    """axe-core on every kind of page: no serious or critical accessibility violation."""
    out, _ = built
    names = ["index.html", "search.html", "versions/2024-05-01.html", "facts/alliance.us_troops_in_japan.html",
             "texts/2023-03-01_2024-05-01.html"]  # fmt: skip
    found = _serious_violations(browser, [(out / name).as_uri() for name in names])
    for name in names:
        assert found[(out / name).as_uri()] == [], name


def test_keyboard_reaches_every_link(tab: Tab, built: tuple[Path, SnapshotStore]) -> None:
    """Tabbing through every kind of page (index, version, fact, text diff, search) focuses each of its links."""
    out, _ = built
    pages = ("index.html", "versions/2024-05-01.html", "facts/alliance.us_troops_in_japan.html",
             "texts/2023-03-01_2024-05-01.html", "search.html")  # fmt: skip
    page, problems = _open(tab, "about:blank")
    for name in pages:
        _visit(page, problems, (out / name).as_uri())
        # Each element the keyboard focuses is noted by the page (one round trip a key press, not two).
        links = page.evaluate("() => { window.reached = new Set(); document.addEventListener('focusin', (e) => "
                              "window.reached.add([...document.querySelectorAll('a[href]')].indexOf(e.target))); "
                              "return document.querySelectorAll('a[href]').length }")  # fmt: skip
        for _ in range(links + 5):
            page.keyboard.press("Tab")
        reached = set(page.evaluate("() => [...window.reached]"))
        reached.discard(-1)
        assert len(reached) == links, name
