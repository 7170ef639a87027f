"""`log --format atom`: a valid Atom feed of the facts' changes, validated by feedparser."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser

from tests.conftest import Run
from usjapan_facts.diff import diff_pairs, log_diffs
from usjapan_facts.report.atom import ATOM_NS, entry_id, render_atom
from usjapan_facts.store import SnapshotStore, consecutive_pairs


def test_log_atom_is_a_valid_feed_with_one_entry_per_version_with_changes(run: Run, real_store: SnapshotStore) -> None:
    """feedparser reads it: Atom 1.0, one entry per version with changes, newest first, the changes of log."""
    result = run("usjapan-facts log --format atom")
    assert (result.code, result.stderr) == (0, "")
    feed = feedparser.parse(result.stdout)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    with_changes = [d for d in reversed(list(log_diffs(real_store))) if d.changes]
    assert [entry.updated[:10] for entry in feed.entries] == [d.new.version for d in with_changes]
    assert [entry.id for entry in feed.entries] == [entry_id(d) for d in with_changes]
    dates = [entry.updated for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert feed.feed.updated.startswith(with_changes[0].new.version)
    newest = feed.entries[0]
    assert "Takaichi Sanae" in newest.content[0].value
    assert newest.title.startswith(f"IF10199 {with_changes[0].new.version}: {len(with_changes[0].changes)} changes")


def test_atom_entry_ids_are_stable_and_follow_the_fingerprints(run: Run, store_copy: SnapshotStore) -> None:
    """Two runs give the same ids; a version whose changes differ gets a new id, the others keep theirs."""
    first = feedparser.parse(run(f"usjapan-facts --snapshots-dir {store_copy.root} log --format atom").stdout)
    again = feedparser.parse(run(f"usjapan-facts --snapshots-dir {store_copy.root} log --format atom").stdout)
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    latest = store_copy.root / "2026-10-01.json"
    latest.write_text(latest.read_text(encoding="utf-8").replace('"value": 55000', '"value": 57000'), encoding="utf-8")
    moved = feedparser.parse(run(f"usjapan-facts --snapshots-dir {store_copy.root} log --format atom").stdout)
    assert moved.entries[0].id != first.entries[0].id
    assert [e.id for e in moved.entries[1:]] == [e.id for e in first.entries[1:]]


def test_atom_escapes_what_the_brief_says(real_store: SnapshotStore) -> None:
    """Markup in a change's text stays text: the XML parses and the entry's HTML holds it escaped."""
    diff = next(d for d in diff_pairs(consecutive_pairs(real_store, newest_first=True)) if d.changes)
    change = diff.changes[0]
    hostile = type(change)(**{**change.__dict__, "new_text": "<script>alert('x')</script> & co"})
    feed_xml = render_atom([type(diff)(diff.old, diff.new, (hostile,))], catalogue=real_store.catalogue)
    root = ET.fromstring(feed_xml)  # noqa: S314 - our own output, the thing under test
    content = root.find(f"{{{ATOM_NS}}}entry/{{{ATOM_NS}}}content")
    assert content is not None
    assert content.text is not None
    assert "&lt;script&gt;" in content.text
    assert "<script>" not in content.text
    assert not feedparser.parse(feed_xml).bozo


def test_atom_leaves_out_versions_without_changes(tmp_path: Path, real_store: SnapshotStore) -> None:
    """A store whose two versions are equal yields a valid feed with no entry."""
    root = tmp_path / "same"
    root.mkdir()
    shutil.copy(real_store.root / "2022-07-21.json", root)
    snapshots = list(SnapshotStore(root))
    diffs = diff_pairs(itertools.pairwise([*snapshots, *snapshots]))
    feed = feedparser.parse(render_atom(diffs, catalogue=real_store.catalogue))
    assert not feed.bozo
    assert feed.entries == []
