"""The site's version pages and fact histories as the site makes them: escaped, and equal to the engine's."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pytest

from usjapan_facts.diff import diff_snapshots, log_diffs
from usjapan_facts.history import fact_history
from usjapan_facts.model import Snapshot
from usjapan_facts.report.site import by_severity, fact_ids
from usjapan_facts.report.site.facts import site_histories
from usjapan_facts.report.site.versions import VersionRow, version_main, version_rows
from usjapan_facts.report.site.words import change_words
from usjapan_facts.store import SnapshotStore, default_store_root

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 's'"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#34;q&#34; &#39;s&#39;"
PM = "leaders.japan_prime_minister"


class _Tags(HTMLParser):
    """Every start tag, attribute name and link a parser sees."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self.links += [value or "" for name, value in attrs if name == "href"]


def _parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def _hostile_pair(real_store: SnapshotStore) -> tuple[Snapshot, Snapshot]:
    old, new = real_store.load("previous"), real_store.load("latest")
    fact = new.facts[PM].model_copy(update={"quote": HOSTILE, "as_written": HOSTILE})
    sources = [f'https://x.test/a.pdf#"onmouseover=alert(1) {HOSTILE}', "javascript:alert(1)", HOSTILE]
    hostile = new.model_copy(update={"facts": {**new.facts, PM: fact}, "sources": sources})
    return old, hostile


def test_version_page_and_row_keep_hostile_data_as_text(real_store: SnapshotStore) -> None:
    """Sources, CRS version, values and sentences from the data stay text: no script, handler or javascript: link."""
    old, new = _hostile_pair(real_store)
    diff = diff_snapshots(old, new)
    assert any(change.fact_id == PM for change in diff.changes)
    row = VersionRow(new, old.updated.isoformat(), diff)
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in (old, new)}
    html = version_main(
        row,
        {row.version: old.updated.isoformat()},
        lambda changes: by_severity(changes, new.catalogue),
        lambda change, version: change_words(change, by_version[version], by_version),
    )
    html += str(version_rows([row], {}))
    parsed = _parsed(html)
    assert parsed.tags <= {"h1", "p", "ul", "li", "a", "section", "h2", "h3", "h4", "article", "span", "figure",
                           "figcaption", "blockquote", "tr", "td"}  # fmt: skip
    assert not any(name.startswith("on") for name in parsed.attributes)
    assert not any(link.lower().startswith("javascript:") for link in parsed.links)
    assert html.count(ESCAPED) >= 4  # the plain source, twice, and the new sentence
    assert f"texts/{old.updated.isoformat()}_{row.version}.html" in html


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
@pytest.mark.parametrize(
    "keep",
    [lambda index: True, lambda index: index % 3 != 1, lambda index: index >= 5, lambda index: index % 2 == 0],
    ids=["every version", "every third left out", "the oldest five left out", "every other version"],
)
def test_site_histories_equal_fact_history_for_every_id(brief: str, keep: Callable[[int], bool]) -> None:
    """Taken from the diffs, every fact's, metadata's, election's and event's entries equal `fact_history`'s."""
    store = SnapshotStore(default_store_root(brief), brief=brief)
    snapshots = [snapshot for index, snapshot in enumerate(store) if keep(index)]
    catalogue = snapshots[-1].catalogue
    ids = fact_ids(snapshots, catalogue)
    found = list(site_histories(snapshots, list(log_diffs(snapshots)), ids, catalogue))
    assert len(found) == len(ids)
    for fact_id, entries in zip(ids, found, strict=True):
        assert entries == list(fact_history(snapshots, fact_id, catalogue=catalogue)), fact_id
    assert sum(entry.changed for entries in found for entry in entries) > 10
    assert any(entry.first_recorded for entries in found for entry in entries)


def test_site_histories_are_compared_on_every_status_and_kind_of_unit() -> None:
    """The shipped histories, between them, give the comparison above every status and every kind of unit."""
    seen: set[tuple[str, str]] = set()
    for brief in ("IF10199", "IF11120"):
        snapshots = list(SnapshotStore(default_store_root(brief), brief=brief))
        catalogue = snapshots[-1].catalogue
        ids = fact_ids(snapshots, catalogue)
        for entries in site_histories(snapshots, list(log_diffs(snapshots)), ids, catalogue):
            seen |= {(entry.view.kind, entry.view.status) for entry in entries}
    assert {status for _, status in seen} == {"stated", "not_stated", "unknown"}
    assert {kind for kind, _ in seen} >= {"count", "person", "authors", "date", "election", "event"}
    assert {("election", "unknown"), ("event", "not_stated"), ("count", "not_stated")} <= seen


def test_version_page_names_a_change_kind_in_words_and_keeps_its_id_as_data(real_store: SnapshotStore) -> None:
    """A fact recorded for the first time reads "first recorded" to a reader; the kind id stays in data-kind."""
    old, new = real_store.load("previous"), real_store.load("latest")
    facts = {fact_id: fact for fact_id, fact in old.facts.items() if fact_id != PM}
    diff = diff_snapshots(old.model_copy(update={"facts": facts}), new)
    assert [change.kind for change in diff.changes if change.fact_id == PM] == ["first_recorded"]
    row = VersionRow(new, old.updated.isoformat(), diff)
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in (old, new)}
    html = version_main(
        row,
        {row.version: old.updated.isoformat()},
        lambda changes: by_severity(changes, new.catalogue),
        lambda change, version: change_words(change, by_version[version], by_version),
    )
    assert '<span class="kind" data-kind="first_recorded">first recorded</span>' in html
    assert ">first_recorded<" not in html
