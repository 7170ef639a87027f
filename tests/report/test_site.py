"""`usjapan-facts site OUT_DIR`: static pages, escaped, with charts that keep the diff's semantics.

The browser tests open the pages in the system's headless Chromium through Playwright (no browser
download): no console errors, DOM assertions; and, with `pytest --screenshots`, full-page screenshots saved
under benchmarks/out/site/.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Result, Screenshot, Tab, _in_process
from usjapan_facts import catalog
from usjapan_facts.diff import diff_pairs
from usjapan_facts.history import fact_history
from usjapan_facts.report.site import build_site
from usjapan_facts.report.site.chart import build_chart
from usjapan_facts.report.site.words import change_words
from usjapan_facts.store import SnapshotStore, consecutive_pairs

ROOT = Path(__file__).resolve().parents[2]
TROOPS = "alliance.us_troops_in_japan"
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quoted"'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, real_store: SnapshotStore) -> Path:
    """The site of the shipped history."""
    out = tmp_path_factory.mktemp("site")
    snapshots = list(real_store)
    build_site(snapshots, list(diff_pairs(itertools.pairwise(snapshots))), out)
    return out


@pytest.fixture(scope="module")
def site_by_command(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path]:
    """`usjapan-facts site OUT` on the shipped history, run once as typed; the tests only read what it wrote."""
    folder = tmp_path_factory.mktemp("site-command")
    out = folder / "out"
    return _in_process(f"usjapan-facts site {out}", env={"XDG_CACHE_HOME": str(folder / "cache")}), out


def test_site_command_writes_index_versions_facts_and_feed(
    site_by_command: tuple[Result, Path], real_store: SnapshotStore
) -> None:
    """One page per version and per fact, an index, a feed and a style sheet; script only on the search page."""
    result, out = site_by_command
    assert (result.code, result.stdout) == (0, "")
    versions = {path.stem for path in (out / "versions").iterdir()}
    assert versions == {version.isoformat() for version in real_store.versions()}
    assert (out / "facts" / f"{TROOPS}.html").is_file()
    assert (out / "feed.xml").is_file()
    for page in out.rglob("*.html"):
        scripts = re.findall(r"<script[^>]*>", page.read_text(encoding="utf-8").lower())
        expected = ['<script src="search-index.js">', '<script src="search.js">'] if page.name == "search.html" else []
        assert scripts == expected, page.name


def test_site_escapes_what_a_brief_says(tmp_path: Path, real_store: SnapshotStore) -> None:
    """Markup in a quote and a value's wording reaches the page as text, never as markup."""
    old = real_store.load("2022-07-21")
    fact = old.facts[TROOPS]
    changed = fact.model_copy(update={"value": 56000, "quote": HOSTILE, "as_written": HOSTILE})
    new = old.model_copy(update={"updated": old.updated.replace(day=22), "facts": {**old.facts, TROOPS: changed}})
    build_site([old, new], list(diff_pairs([(old, new)])), tmp_path)
    for page in (tmp_path / "versions" / "2022-07-22.html", tmp_path / "facts" / f"{TROOPS}.html"):
        html = page.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#34;quoted&#34;" in html
        assert "<script" not in html
        assert "<img" not in html


def test_chart_holds_values_as_steps_and_leaves_unknowns_as_gaps(real_store: SnapshotStore) -> None:
    """Troops: a point per stated version, a gap per unknown one, steps (H then V) only within known runs."""
    entries = list(fact_history(real_store, TROOPS))
    chart = build_chart(entries)
    assert chart is not None
    stated = [e.view.version for e in entries if e.view.status == "stated"]
    unknown = [e.view.version for e in entries if e.view.status != "stated"]
    assert [point.version for point in chart.points] == stated
    assert [gap.version for gap in chart.gaps] == unknown

    def on_the_line(entry: Any) -> bool:
        """Stated as a figure, not only as a bound (a bound is a band, off the step line)."""
        qualifier = getattr(entry.view.item, "qualifier", None)
        return entry.view.status == "stated" and qualifier not in ("over", "at_least", "under", "nearly")

    groups = [(known, len(list(group))) for known, group in itertools.groupby(entries, on_the_line)]
    # A run of values is one path; one that a bound follows holds until the bound's version (a last "H x").
    held_to_bound = [
        known and index + 1 < len(groups) and entries[sum(n for _, n in groups[: index + 1])].view.status == "stated"
        for index, (known, _) in enumerate(groups)
    ]
    expected = sum(1 for (known, n), held in zip(groups, held_to_bound, strict=True) if known and (n > 1 or held))
    assert len(chart.steps) == expected
    for path in chart.steps:
        assert re.fullmatch(r"M [\d.]+ [\d.]+( H [\d.]+ V [\d.]+)*( H [\d.]+)?", path)
        assert " H " in path
    gap_xs = {gap.x for gap in chart.gaps}
    assert not any(f"H {x} " in path for path in chart.steps for x in gap_xs)


def test_chart_draws_bounds_as_bands_from_the_figure(real_store: SnapshotStore) -> None:
    """'over 50,000' is a band from the figure upward, labelled, one per run of versions; no point sits on it."""
    chart = build_chart(list(fact_history(real_store, TROOPS)))
    assert chart is not None
    over = [point for point in chart.points if point.label.startswith("over")]
    assert over
    for point in chart.points:
        assert point.marker == ("lower" if point.label.startswith("over") else point.marker)
        assert point.marker in ("lower", "approx", "exact")
    banded = [version for band in chart.bands for version in band.versions]
    assert banded == [point.version for point in over]
    for band in chart.bands:
        assert band.y_far < band.y_bound  # SVG y grows downward: the band lies above the figure
        assert band.label.startswith("over")
        assert band.x_end > band.x
    assert len(chart.bands) < len(over)  # consecutive versions with the same bound share one band
    for path in chart.steps:
        assert not any(f"{point.x} {point.y}" in path for point in over)


def test_rank_chart_puts_1_at_the_top(real_store: SnapshotStore) -> None:
    """A rank's axis is inverted: 4th sits above 6th, and the top tick is 1."""
    chart = build_chart(list(fact_history(real_store, "trade.overall_partner_rank")))
    assert chart is not None
    assert chart.inverted
    fourth = next(point for point in chart.points if point.value == 4)
    sixth = next(point for point in chart.points if point.value == 6)
    assert fourth.y < sixth.y
    assert min(chart.y_ticks, key=lambda tick: tick.at).label == "1"


def test_non_numeric_facts_have_no_chart(real_store: SnapshotStore) -> None:
    """A person has a history table but no chart: there is nothing to plot."""
    assert build_chart(list(fact_history(real_store, "leaders.japan_prime_minister"))) is None


# In a real browser ---------------------------------------------------------------------------------


def _open(tab: Tab, url: str) -> Tab:
    """Take the test's tab to `url`."""
    page, problems = tab
    _visit(page, problems, url)
    return page, problems


def _visit(page: Any, problems: list[str], url: str) -> None:
    """Take the tab to `url`, forgetting the problems of the page before."""
    problems.clear()
    page.goto(url)


AXE = ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"


def _serious_violations(browser: Any, urls: list[str]) -> dict[str, list[Any]]:
    """axe-core run on each page (in one tab, axe loaded into every page it opens): its serious or critical findings."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: npm install --prefix .ci/node axe-core (.ci/run does)")
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    found = {}
    for url in urls:
        page.goto(url)
        result = page.evaluate("async () => (await axe.run()).violations.map(v => [v.id, v.impact, v.nodes.length])")
        found[url] = [violation for violation in result if violation[1] in ("serious", "critical")]
    context.close()
    return found


def test_index_opens_cleanly_and_counts_changes(
    tab: Tab, screenshot: Screenshot, site: Path, real_store: SnapshotStore
) -> None:
    """The index: no console message, one row per version newest first, each with its change count."""
    page, problems = _open(tab, (site / "index.html").as_uri())
    screenshot(page, "index.png")
    rows = page.eval_on_selector_all(
        "#versions tbody tr", "rows => rows.map(r => [r.dataset.version, Number(r.dataset.changes)])"
    )
    diffs = {d.new.version: len(d.changes) for d in diff_pairs(consecutive_pairs(real_store))}
    versions = [version.isoformat() for version in reversed(real_store.versions())]
    assert rows == [[version, diffs.get(version, 0)] for version in versions]
    assert page.title() == "Facts and versions · IF10199 facts"
    assert page.eval_on_selector("body", "b => getComputedStyle(b).maxWidth") == "960px"  # style.css applied
    assert problems == []


def test_troop_page_renders_the_chart_and_history(
    tab: Tab, screenshot: Screenshot, site: Path, real_store: SnapshotStore
) -> None:
    """The troop-count page: a marker per stated version, gaps at unknown ones, bound arrows, the whole table."""
    page, problems = _open(tab, (site / "facts" / f"{TROOPS}.html").as_uri())
    screenshot(page, "alliance.us_troops_in_japan.png")
    entries = list(fact_history(real_store, TROOPS))
    stated = [e.view.version for e in entries if e.view.status == "stated"]
    unknown = [e.view.version for e in entries if e.view.status == "unknown"]
    assert page.eval_on_selector_all("svg.chart g.point", "gs => gs.map(g => g.dataset.version)") == stated
    assert page.eval_on_selector_all("svg.chart rect.gap.unknown", "rs => rs.map(r => r.dataset.version)") == unknown
    over = [e.view.version for e in entries if e.view.status == "stated" and e.view.display.startswith("over")]
    assert page.eval_on_selector_all("svg.chart g.point.lower", "gs => gs.map(g => g.dataset.version)") == over
    assert page.eval_on_selector_all("svg.chart g.point.lower circle", "cs => cs.length") == 0
    bands = page.eval_on_selector_all(
        "svg.chart g.band.lower",
        "gs => gs.map(g => [g.dataset.versions, Number(g.dataset.farY) < Number(g.dataset.boundY),"
        " g.querySelector('text').textContent])",
    )
    assert [version for versions, _, _ in bands for version in versions.split()] == over
    assert all(upward and label.startswith("over") for _, upward, label in bands)
    box = page.eval_on_selector("svg.chart", "s => [s.getBoundingClientRect().width, s.getBoundingClientRect().height]")
    assert box[0] > 800
    assert box[1] > 350
    assert page.eval_on_selector("svg.chart", "s => [s.querySelector('title').textContent.length > 0,"
                                 " s.querySelector('desc').textContent.length > 0]") == [True, True]  # fmt: skip
    titles = page.eval_on_selector_all("svg.chart .axis-title", "ts => ts.map(t => t.textContent)")
    assert titles == ["U.S. troops in Japan (number)", "Version of the brief (cover date)"]
    cells = page.eval_on_selector_all("#history tbody tr", "rows => rows.map(r => r.cells[1].textContent.trim())")
    assert cells == [e.view.display if e.view.status == "stated" else "unknown (not recorded)" for e in entries]
    assert problems == []


def test_version_page_lists_changes_major_first_each_with_its_own_words(
    tab: Tab, screenshot: Screenshot, site: Path, real_store: SnapshotStore
) -> None:
    """A version's page: changes major first, by section in catalogue order within each, each with its sentence."""
    page, problems = _open(tab, (site / "versions" / "2022-07-21.html").as_uri())
    diff = next(d for d in diff_pairs(consecutive_pairs(real_store)) if d.new.version == "2022-07-21")
    order = list(catalog.load("IF10199").sections.values())
    shown = page.eval_on_selector_all(
        "article.change",
        "as => as.map(a => [a.dataset.severity, a.closest('section.section').dataset.section, a.dataset.fingerprint,"
        " a.querySelector('blockquote') ? a.querySelector('blockquote').textContent : null])",
    )
    ranks = {"major": 0, "minor": 1, "info": 2}
    assert [(s, sec) for s, sec, _, _ in shown] == sorted(
        [(s, sec) for s, sec, _, _ in shown], key=lambda pair: (ranks[pair[0]], order.index(pair[1]))
    )
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in real_store}
    new = by_version["2022-07-21"]
    expected = {}
    for change in diff.changes:
        words = change_words(change, new, by_version)
        expected[change.fingerprint] = (change.section, words.text if words else None)
    assert {fingerprint: (section, quote) for _, section, fingerprint, quote in shown} == expected
    assert any(quote for _, _, _, quote in shown)
    screenshot(page, "version-2022-07-21.png")
    assert problems == []


def test_hostile_text_stays_text_in_the_browser(tab: Tab, tmp_path: Path, real_store: SnapshotStore) -> None:
    """A quote full of markup renders as its characters: no script, no image, no dialog."""
    old = real_store.load("2022-07-21")
    changed = old.facts[TROOPS].model_copy(update={"value": 56000, "quote": HOSTILE})
    new = old.model_copy(update={"updated": old.updated.replace(day=22), "facts": {**old.facts, TROOPS: changed}})
    build_site([old, new], list(diff_pairs([(old, new)])), tmp_path)
    page, problems = _open(tab, (tmp_path / "versions" / "2022-07-22.html").as_uri())
    dialogs: list[str] = []

    def noted(dialog: Any) -> None:
        dialogs.append(dialog.message)

    page.on("dialog", noted)
    try:
        page.reload()
        assert page.eval_on_selector_all("script, img", "nodes => nodes.length") == 0
        assert page.eval_on_selector("blockquote.quote", "q => q.textContent") == HOSTILE
    finally:
        page.remove_listener("dialog", noted)  # the tab goes on to other tests
    assert dialogs == []
    assert problems == []


def test_a_version_without_sentences_never_shows_an_earlier_one_unlabelled(
    tab: Tab, site_by_command: tuple[Result, Path], real_store: SnapshotStore
) -> None:
    """2026-10-01 quotes nothing: each sentence on its page is an earlier version's, dated, marked as carried."""
    result, out = site_by_command
    assert result.code == 0
    page, problems = _open(tab, (out / "versions" / "2026-10-01.html").as_uri())
    figures = page.eval_on_selector_all(
        "figure.words",
        "fs => fs.map(f => [f.dataset.version, f.dataset.fact, f.classList.contains('carried'),"
        " f.querySelector('figcaption').textContent, f.querySelector('blockquote').textContent,"
        " f.previousElementSibling.textContent])",
    )
    assert figures
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in real_store}
    for version, fact_id, carried, caption, text, before in figures:
        assert version != "2026-10-01"
        assert carried
        assert f"Last recorded {version}" in caption
        assert "No sentence of 2026-10-01 is recorded for the new value" in before
        head, _, slug = fact_id.partition(".")
        stored = getattr(by_version[version], head).get(slug) if head in ("elections", "events") else None
        assert (stored or by_version[version].facts[fact_id]).quote == text
    assert page.eval_on_selector_all("blockquote", "qs => qs.filter(q => !q.closest('figure.words')).length") == 0
    assert problems == []


def test_axe_finds_no_serious_violation_on_the_shipped_history(
    browser: Any, site_by_command: tuple[Result, Path]
) -> None:
    """axe-core on the shipped history's index, its newest version and the troops' chart: nothing serious."""
    result, out = site_by_command
    assert result.code == 0
    names = ("index.html", "versions/2026-10-01.html", f"facts/{TROOPS}.html", "search.html")
    found = _serious_violations(browser, [(out / name).as_uri() for name in names])
    for name in names:
        assert found[(out / name).as_uri()] == [], name


def test_only_web_addresses_become_links() -> None:
    """A source is linked only when it starts with http(s)://; a note after it stays text; anything else is text."""
    from usjapan_facts.report.site.words import source_parts

    assert source_parts("https://www.congress.gov/x/IF10199.49.pdf") == (
        "https://www.congress.gov/x/IF10199.49.pdf",
        "congress.gov",
        "",
    )
    assert source_parts("https://www.everycrsreport.com/r.html (stored copy)") == (
        "https://www.everycrsreport.com/r.html",
        "everycrsreport.com",
        "(stored copy)",
    )
    for text in ("javascript:alert(1)", "shared/briefs/IF10199.md (full text)", "data:text/html,<b>x</b>"):
        assert source_parts(text) == (None, text, "")
