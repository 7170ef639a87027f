"""`lookup`: one fact, election, event or piece of metadata of one version, as a `FactView`."""

from __future__ import annotations

import pytest

from usjapan_facts.lookup import fact_ids, lookup, unrecorded_viewer, viewer
from usjapan_facts.store import SnapshotStore

TROOPS = "alliance.us_troops_in_japan"


def test_a_stated_fact_reads_with_its_display_canonical_number_and_quote(real_store: SnapshotStore) -> None:
    """The troop figure of 2022-07-21: stated, 'around 54,000', 54000, quoted from its section."""
    snapshot = real_store.load("2022-07-21")
    view = lookup(snapshot, TROOPS)
    fact = snapshot.facts[TROOPS]
    assert (view.version, view.fact_id, view.kind, view.status) == ("2022-07-21", TROOPS, "count", "stated")
    assert (view.display, view.canonical, view.number) == ("around 54,000", "54000", 54000.0)
    assert (view.quote, view.quoted_section, view.item) == (fact.quote, fact.section, fact)
    assert view.as_json()["data"] == fact.model_dump(mode="json", exclude_none=True)


def test_a_fact_the_version_does_not_state_has_its_status_and_no_value(real_store: SnapshotStore) -> None:
    """Where a version leaves a fact out, the view says why (not stated, or unknown) and holds no value."""
    for snapshot in real_store:
        missing = [
            spec.id for spec in snapshot.catalogue.specs if not spec.is_metadata and spec.id not in snapshot.facts
        ]
        if missing:
            view = lookup(snapshot, missing[0])
            assert view.status == snapshot.absence_of(missing[0])
            assert (view.display, view.canonical, view.number, view.item) == ("", "", None, None)
            return
    pytest.fail("every stored version states every fact: no absence to look up")


def test_metadata_reads_from_the_snapshot_itself(real_store: SnapshotStore) -> None:
    """The report's id, title and date are always stated; the date reads as a date."""
    snapshot = real_store.load("2022-07-21")
    assert lookup(snapshot, "report.id").canonical == snapshot.report_id
    assert lookup(snapshot, "report.title").display == snapshot.title
    updated = lookup(snapshot, "report.updated")
    assert (updated.status, updated.canonical, updated.display) == ("stated", "2022-07-21", "July 21, 2022")


def test_elections_and_events_are_looked_up_by_collection_and_slug(real_store: SnapshotStore) -> None:
    """`elections.SLUG` gives the election with its status as the canonical value; an unknown slug is not stated."""
    snapshot = next(s for s in real_store if s.elections)
    slug, election = next(iter(snapshot.elections.items()))
    view = lookup(snapshot, f"elections.{slug}")
    assert (view.kind, view.status, view.item, view.canonical) == (
        "election",
        "stated",
        election,
        election.status or "",
    )
    absent = lookup(snapshot, "elections.no_such_race")
    assert (absent.status, absent.item) == (snapshot.absence_of("elections"), None)


def test_a_viewer_resolved_once_answers_for_every_version(real_store: SnapshotStore) -> None:
    """`viewer` gives, for each version and its date, what `lookup` gives."""
    view = viewer(TROOPS, real_store.catalogue)
    for snapshot in real_store:
        assert view(snapshot, snapshot.updated.isoformat()) == lookup(snapshot, TROOPS)


def test_an_unrecorded_version_is_unknown_and_metadata_never_is(real_store: SnapshotStore) -> None:
    """For a version that did not record a fact the view is 'unknown'; metadata has no such view."""
    unknown = unrecorded_viewer(TROOPS, real_store.catalogue)
    assert unknown is not None
    view = unknown("2030-01-01")
    assert (view.version, view.fact_id, view.status, view.kind) == ("2030-01-01", TROOPS, "unknown", "count")
    assert unrecorded_viewer("report.title", real_store.catalogue) is None


def test_fact_ids_list_the_catalogue_then_elections_and_events(real_store: SnapshotStore) -> None:
    """Every catalogue id first, in order, then one id per election and event the version holds."""
    snapshot = real_store.load("2022-07-21")
    ids = fact_ids(snapshot)
    specs = [spec.id for spec in snapshot.catalogue.specs]
    assert ids[: len(specs)] == specs
    assert ids[len(specs) :] == [f"elections.{s}" for s in snapshot.elections] + [
        f"events.{s}" for s in snapshot.events
    ]
