"""Last known values: what a history knew of each fact as of a version, and diffs judged against it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.strategies import EVERYTHING_TRACKED
from usjapan_facts import catalog
from usjapan_facts.diff import diff_versions, log_diffs
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore
from usjapan_facts.timeline import Timeline, timeline_as_of


def version(updated: str, coverage: str = "excerpt", **facts: Any) -> Snapshot:
    """A version stating `facts` (id with '__' for '.'); a full one is checked for every fact."""
    stated = {fact_id.replace("__", "."): fact for fact_id, fact in facts.items()}
    tracked = EVERYTHING_TRACKED if coverage == "full" else []
    return Snapshot.model_validate({"updated": updated, "coverage": coverage, "tracked": tracked, "facts": stated})


def pm(family: str) -> dict[str, Any]:
    return {"kind": "person", "value": {"family": family}}


def troops(value: int, qualifier: str = "about") -> dict[str, Any]:
    return {"kind": "count", "value": value, "qualifier": qualifier}


def store_of(tmp_path: Path, *snapshots: Snapshot) -> SnapshotStore:
    store = SnapshotStore(tmp_path / "store")
    store.root.mkdir()
    for snapshot in snapshots:
        store.save(snapshot)
    return store


def test_state_is_the_last_recording_at_or_before_a_version(tmp_path: Path) -> None:
    """A fact a later excerpt did not record keeps the value and the date of the last version that did."""
    store = store_of(
        tmp_path,
        version("2020-01-01", leaders__japan_prime_minister=pm("Abe")),
        version("2021-01-01", leaders__japan_prime_minister=pm("Suga")),
        version("2022-01-01", alliance__us_troops_in_japan=troops(50000)),
    )
    known = timeline_as_of(store, dt.date(2022, 1, 1)).state("leaders.japan_prime_minister")
    assert known is not None
    assert (known.version, known.raw) == ("2021-01-01", {"kind": "person", "value": {"family": "Suga"}})
    assert timeline_as_of(store, dt.date(2020, 6, 1)).state("alliance.us_troops_in_japan") is None


def test_a_full_version_records_what_it_lacks_as_not_stated() -> None:
    """Tracked and absent is a state (None), dated; untracked and absent is no state at all."""
    timeline = Timeline.of(version("2022-07-21", "full"))
    known = timeline.state("economy.yen")
    assert known is not None
    assert (known.version, known.raw) == ("2022-07-21", None)
    assert timeline.state("elections.upper_house_2028") is not None  # the whole collection was checked
    assert Timeline.of(version("2022-07-21")).state("economy.yen") is None


def test_unknown_lists_the_facts_no_version_recorded() -> None:
    """Before any full version, every catalogue fact the excerpts did not state is unknown; after one, none."""
    timeline = Timeline.of(version("2020-01-01", leaders__japan_prime_minister=pm("Abe")))
    assert len(timeline.unknown()) == len(catalog.load("IF10199").facts) - 1
    timeline.fold(version("2021-01-01", "full"))
    assert timeline.unknown() == ()


def test_diff_compares_with_the_value_last_recorded_before_old(tmp_path: Path) -> None:
    """OLD recorded nothing: the change is judged against the version before it, and says which."""
    store = store_of(
        tmp_path,
        version("2024-06-05", leaders__japan_prime_minister=pm("Kishida")),
        version("2024-11-05"),
        version("2026-10-01", leaders__japan_prime_minister=pm("Takaichi")),
    )
    [change] = diff_versions(store, "2024-11-05", "2026-10-01").changes
    assert (change.kind, change.severity, change.old_version) == ("value", "major", "2024-06-05")
    assert (change.old_text, change.new_text) == ("Kishida", "Takaichi")


def test_a_fact_new_does_not_record_is_no_change(tmp_path: Path) -> None:
    """Unknown in NEW is no change, however much OLD knew."""
    store = store_of(tmp_path, version("2022-01-01", "full", economy__yen={"kind": "text", "value": "low"}),
                     version("2023-01-01"))  # fmt: skip
    result = diff_versions(store, "2022-01-01", "2023-01-01")
    assert result.changes == ()
    assert len(result.unknown_new) == len(catalog.load("IF10199").facts)


@pytest.mark.parametrize(
    ("history", "kind", "old_version"),
    [
        # Not stated in a full text, unknown in an excerpt, then stated: added, against the full text.
        ((version("2021-01-01", "full"), version("2022-01-01"),
          version("2023-01-01", alliance__us_troops_in_japan=troops(1))), "added", "2021-01-01"),
        # Stated, unknown, then a full text without it: removed, against the last statement.
        ((version("2021-01-01", alliance__us_troops_in_japan=troops(1)), version("2022-01-01"),
          version("2023-01-01", "full")), "removed", "2021-01-01"),
        # Never recorded, then stated: its first record, with no earlier version to name.
        ((version("2021-01-01"), version("2022-01-01"), version("2023-01-01", alliance__us_troops_in_japan=troops(1))),
         "first_recorded", None),
        # Stated, then not stated in a full text, then stated again by an excerpt: added again.
        ((version("2021-01-01", alliance__us_troops_in_japan=troops(1)), version("2022-01-01", "full"),
          version("2023-01-01", alliance__us_troops_in_japan=troops(1))), "added", "2022-01-01"),
    ],
)  # fmt: skip
def test_added_and_removed_are_judged_with_knowledge_carried_forward(
    tmp_path: Path, history: tuple[Snapshot, ...], kind: str | None, old_version: str | None
) -> None:
    """Added needs the fact last known as not stated; removed needs NEW to have been checked for it."""
    store = store_of(tmp_path, *history)
    changes = diff_versions(store, "2022-01-01", "2023-01-01").changes
    assert [(change.kind, change.old_version) for change in changes] == ([(kind, old_version)] if kind else [])


def test_loose_files_are_compared_as_they_are_and_the_diff_says_so(tmp_path: Path) -> None:
    """A file outside the store has no history: compared as it is, with a note naming it."""
    store = store_of(
        tmp_path, version("2024-06-05", leaders__japan_prime_minister=pm("Kishida")), version("2024-11-05")
    )
    loose = tmp_path / "2024-11-05.json"
    loose.write_text((store.root / "2024-11-05.json").read_text(encoding="utf-8"), encoding="utf-8")
    newer = tmp_path / "2026-10-01.json"
    newer.write_text(version("2026-10-01", leaders__japan_prime_minister=pm("Takaichi")).model_dump_json(),
                     encoding="utf-8")  # fmt: skip
    as_is = diff_versions(store, str(loose), str(newer))
    assert [(change.fact_id, change.kind) for change in as_is.changes] == [
        ("leaders.japan_prime_minister", "first_recorded")
    ]
    assert as_is.notes == (f"{loose} is not a stored version: compared as it is, without the store's history",)
    stored = diff_versions(store, str(store.root / "2024-11-05.json"), str(newer))
    assert [(change.fact_id, change.kind) for change in stored.changes] == [("leaders.japan_prime_minister", "value")]
    assert stored.notes == ()


def test_log_reports_each_change_once_at_the_first_version_showing_it() -> None:
    """Across a gap, a change appears once, where it is first seen, and never again at later repeats."""
    history = [
        version("2021-01-01", alliance__us_troops_in_japan=troops(50000)),
        version("2022-01-01"),
        version("2023-01-01", alliance__us_troops_in_japan=troops(54000)),
        version("2024-01-01"),
        version("2025-01-01", alliance__us_troops_in_japan=troops(54000)),
    ]
    seen = [(diff.new.version, change.old_version) for diff in log_diffs(history) for change in diff.changes]
    assert seen == [("2023-01-01", "2021-01-01")]


def test_log_since_folds_earlier_versions_in_but_reports_none_of_them() -> None:
    """With `since`, earlier versions are what is known, not what is reported."""
    history = [
        version("2021-01-01", alliance__us_troops_in_japan=troops(50000)),
        version("2022-01-01", alliance__us_troops_in_japan=troops(52000)),
        version("2023-01-01"),
        version("2024-01-01", alliance__us_troops_in_japan=troops(54000)),
    ]
    diffs = list(log_diffs(history, since=dt.date(2023, 1, 1)))
    assert [diff.new.version for diff in diffs] == ["2023-01-01", "2024-01-01"]
    assert [change.old_text for change in diffs[1].changes] == ["around 52,000"]
