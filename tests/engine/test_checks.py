"""The CI gate as a library: validation, comparison, stale facts, watch lists and exit codes."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BRIEF_2022
from usjapan_facts import catalog
from usjapan_facts.checks import check, stale_findings
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.model import Snapshot
from usjapan_facts.severity import Rules
from usjapan_facts.store import SnapshotStore


@pytest.fixture
def store_2022(tmp_path: Path, real_store: SnapshotStore) -> SnapshotStore:
    """A store holding only the real 2022-07-21 snapshot."""
    root = tmp_path / "one"
    root.mkdir()
    shutil.copy(real_store.path_for(dt.date(2022, 7, 21)), root)
    return SnapshotStore(root)


def test_2022_snapshot_checked_in_2026_has_stale_election_and_deadline(store_2022: SnapshotStore) -> None:
    """The Okinawa race of September 2022 still 'upcoming', and the 2025 Diet deadline, are stale and major."""
    result = check(store_2022, as_of=dt.date(2026, 11, 27))
    major = {finding.subject for finding in result.findings if finding.severity == "major"}
    assert major == {"elections.okinawa_governor_2022", "politics.next_diet_election_due"}
    assert all(finding.kind == "stale" for finding in result.findings)
    assert result.exit_code == 1
    assert result.compared is None
    assert result.notes == ("only one stored version (2022-07-21): nothing to compare",)


def test_nothing_is_stale_on_the_version_date(store_2022: SnapshotStore) -> None:
    """Checked on its own date, a version has nothing stale, and with one version nothing to compare: exit 0."""
    result = check(store_2022, as_of=dt.date(2022, 7, 21))
    assert (result.findings, result.exit_code) == ((), 0)


def test_old_data_periods_are_stale_by_the_configured_age(store_2022: SnapshotStore) -> None:
    """Data dated 2021 is stale in 2026 after 3 years, not after 10."""
    snapshot = store_2022.latest()
    assert "trade.us_exports_to_japan" in {f.subject for f in stale_findings(snapshot, dt.date(2026, 1, 1), Rules())}
    relaxed = Rules(stale_after_years=10)
    assert "trade.us_exports_to_japan" not in {
        f.subject for f in stale_findings(snapshot, dt.date(2026, 1, 1), relaxed)
    }


def test_real_history_reports_the_latest_changes(real_store: SnapshotStore) -> None:
    """By default the latest version is compared with the previous one."""
    result = check(real_store, as_of=dt.date(2026, 11, 27))
    assert result.compared == ("2025-09-29", "2026-10-01")
    changes = {finding.subject: finding.severity for finding in result.findings if finding.kind == "change"}
    assert changes["leaders.japan_prime_minister"] == "major"
    assert result.exit_code == 1


def test_unwatched_facts_fall_to_info(real_store: SnapshotStore) -> None:
    """With a watch list, other facts are still reported, at info, and do not fail the check."""
    result = check(real_store, as_of=dt.date(2026, 11, 27), rules=Rules(watch=["economy.*"]))
    others = [finding for finding in result.findings if not finding.subject.startswith("economy.")]
    assert others
    assert {finding.severity for finding in others} == {"info"}
    assert "major" not in {finding.severity for finding in result.findings}
    assert result.exit_code == 0
    assert (
        check(real_store, as_of=dt.date(2026, 11, 27), rules=Rules(watch=["economy.*"]), fail_on="info").exit_code == 1
    )


def test_invalid_snapshot_is_a_major_finding(store_copy: SnapshotStore) -> None:
    """A broken file in the store is a finding naming it; the check still runs."""
    (store_copy.root / "2026-10-01.json").write_text("{", encoding="utf-8")
    result = check(store_copy, as_of=dt.date(2026, 11, 27))
    [invalid] = [finding for finding in result.findings if finding.kind == "invalid"]
    assert invalid.severity == "major"
    assert "2026-10-01.json" in invalid.message
    assert result.exit_code == 1


def test_empty_store_has_nothing_to_compare(tmp_path: Path) -> None:
    """No stored version: a note, no finding, exit 0."""
    result = check(SnapshotStore(tmp_path), as_of=dt.date(2026, 1, 1))
    assert (result.findings, result.exit_code, result.notes) == (
        (),
        0,
        ("the store holds no version: nothing to compare",),
    )


def test_brief_is_compared_with_the_latest_version(tmp_path: Path) -> None:
    """The same text as stored: no change; a moved troop figure: one major change."""
    store = SnapshotStore(tmp_path)
    text = BRIEF_2022.read_text(encoding="utf-8")
    stored = extract_snapshot(text)
    store.save(stored.snapshot)
    same = check(store, brief=stored.snapshot, brief_not_found=stored.not_found, as_of=dt.date(2022, 7, 21))
    assert (same.findings, same.exit_code) == ((), 0)
    moved = extract_snapshot(text.replace("around 54,000", "around 56,000"))
    result = check(store, brief=moved.snapshot, brief_not_found=moved.not_found, as_of=dt.date(2022, 7, 21))
    assert [(f.subject, f.severity) for f in result.findings] == [("alliance.us_troops_in_japan", "major")]
    assert result.findings[0].message == "U.S. troops in Japan: around 54,000 -> around 56,000 (+2,000, +3.7%)"


def test_facts_the_brief_extraction_missed_are_not_reported_removed(tmp_path: Path) -> None:
    """A fact the extractor could not find is unknown, not removed."""
    store = SnapshotStore(tmp_path)
    text = BRIEF_2022.read_text(encoding="utf-8")
    store.save(extract_snapshot(text).snapshot)
    reworded = extract_snapshot(text.replace("fell to a 24-year low against the dollar", "weakened sharply"))
    assert "economy.yen" in reworded.not_found
    result = check(store, brief=reworded.snapshot, brief_not_found=reworded.not_found, as_of=dt.date(2022, 7, 21))
    assert result.findings == ()


def test_fingerprints_are_stable_across_runs(store_2022: SnapshotStore) -> None:
    """The same findings carry the same fingerprints on another run."""
    first = check(store_2022, as_of=dt.date(2026, 11, 27))
    again = check(store_2022, as_of=dt.date(2026, 11, 27))
    assert [f.fingerprint for f in first.findings] == [f.fingerprint for f in again.findings]
    assert len({f.fingerprint for f in first.findings}) == len(first.findings)


def test_newest_version_is_compared_with_what_was_last_known(tmp_path: Path) -> None:
    """A previous version that is an excerpt hides nothing: the newest is set against the last recorded values."""
    store = SnapshotStore(tmp_path)

    def version(updated: str, coverage: str, prime_minister: str | None = None) -> Snapshot:
        person = {"kind": "person", "value": {"family": prime_minister}}
        facts = {"leaders.japan_prime_minister": person} if prime_minister else {}
        return Snapshot.model_validate({"updated": updated, "coverage": coverage, "facts": facts})

    store.save(version("2024-06-05", "excerpt", "Kishida"))
    store.save(version("2024-11-05", "summary"))
    store.save(version("2026-10-01", "excerpt", "Takaichi"))
    result = check(store, as_of=dt.date(2026, 10, 1))
    [finding] = result.findings
    assert result.compared == ("2024-11-05", "2026-10-01")
    assert (finding.subject, finding.severity) == ("leaders.japan_prime_minister", "major")
    assert finding.message == "Prime Minister of Japan: Kishida -> Takaichi (last recorded 2024-06-05)"
    assert result.unknown is not None
    others = len(store.catalogue.facts) - 1  # every fact but the prime minister
    assert (len(result.unknown[0]), len(result.unknown[1])) == (others, others)


def test_brief_is_compared_with_the_knowledge_of_every_stored_version(tmp_path: Path) -> None:
    """The brief is set against the last recorded value even when the newest stored version did not record it."""
    store = SnapshotStore(tmp_path)
    text = BRIEF_2022.read_text(encoding="utf-8")
    store.save(extract_snapshot(text).snapshot)
    store.save(Snapshot(updated=dt.date(2022, 8, 1), coverage="none"))
    moved = extract_snapshot(text.replace("around 54,000", "around 56,000"), updated=dt.date(2022, 9, 1))
    result = check(store, brief=moved.snapshot, brief_not_found=moved.not_found, as_of=dt.date(2022, 9, 1))
    [finding] = [finding for finding in result.findings if finding.kind == "change"]
    assert finding.subject == "alliance.us_troops_in_japan"
    assert finding.message.endswith("(last recorded 2022-07-21)")
    assert result.compared == ("2022-08-01", "2022-09-01")


@pytest.fixture
def briefs_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped briefs' catalogues that a test may change; the catalogue cache forgets it afterwards."""
    copy = tmp_path / "briefs"
    shutil.copytree(catalog.BRIEFS_DIR, copy)
    monkeypatch.setattr(catalog, "BRIEFS_DIR", copy)
    catalog.load.cache_clear()
    yield copy
    monkeypatch.undo()
    catalog.load.cache_clear()


def test_a_deadline_declared_in_a_catalogue_copy_is_stale_once_passed(tmp_path: Path, briefs_copy: Path) -> None:
    """`deadline = true` on an IF11120 date, in data alone, makes `check` report it stale (major) after it."""
    root = tmp_path / "IF11120"
    root.mkdir()
    shutil.copy(SnapshotStore.for_brief("IF11120").root / "2026-09-22.json", root)
    store = SnapshotStore(root, brief="IF11120")
    as_of = dt.date(2027, 1, 1)
    assert "framework.announced" not in {f.subject for f in check(store, as_of=as_of).findings}
    path = briefs_copy / "IF11120" / "catalog.toml"
    entry = 'id = "framework.announced"\n'
    path.write_text(path.read_text(encoding="utf-8").replace(entry, entry + "deadline = true\n"), encoding="utf-8")
    catalog.load.cache_clear()
    stale = [f for f in check(store, as_of=as_of).findings if f.subject == "framework.announced"]
    assert [(f.kind, f.severity) for f in stale] == [("stale", "major")]
    assert "the deadline July 2025 has passed" in stale[0].message


def test_a_threshold_declared_in_a_catalogue_sets_that_facts_default(briefs_copy: Path) -> None:
    """`threshold` in a catalogue is the fact's default for its own brief only; a rules file still overrides it."""
    path = briefs_copy / "IF11120" / "catalog.toml"
    entry = 'id = "framework.investment_pledge"\n'
    path.write_text(path.read_text(encoding="utf-8").replace(entry, entry + "threshold = 0.5\n"), encoding="utf-8")
    catalog.load.cache_clear()
    pledge, troops = "framework.investment_pledge", "alliance.us_troops_in_japan"
    move: dict[str, Any] = {"fact_kind": "money", "delta": 1.0, "relative": 0.2}
    assert Rules().severity_of(pledge, "changed", **move, catalogue=catalog.load("IF11120")) == "minor"
    assert Rules().severity_of(pledge, "changed", **move, catalogue=catalog.load("IF10199")) == "major"
    small: dict[str, Any] = {"fact_kind": "count", "delta": 1.0, "relative": 0.001}
    assert Rules().severity_of(troops, "changed", **small, catalogue=catalog.load("IF10199")) == "major"
    assert Rules().severity_of(troops, "changed", **small, catalogue=catalog.load("IF11120")) == "minor"
    relaxed = Rules.model_validate({"rules": [{"match": troops, "threshold": 0.05}]})
    assert relaxed.severity_of(troops, "changed", **small, catalogue=catalog.load("IF10199")) == "minor"
