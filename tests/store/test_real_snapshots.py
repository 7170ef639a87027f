"""The shipped history: every snapshot valid and matching the gathered record value for value."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.conftest import BRIEF_2022, FIXTURES
from usjapan_facts import catalog
from usjapan_facts.extract.text import parse_markdown
from usjapan_facts.model import precision_of
from usjapan_facts.store import SnapshotStore, canonical_json, default_store_root

RECORDS = {brief: FIXTURES / f"{brief.lower()}_versions.json" for brief in catalog.available()}
"""Each tracked brief's gathered record: every brief this release knows has one."""


def _record(brief: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORDS[brief].read_text(encoding="utf-8"))
    return data


VERSIONS = [(brief, index) for brief in RECORDS for index in range(len(_record(brief)["versions"]))]


def test_store_holds_the_22_published_versions(real_store: SnapshotStore, record: dict[str, Any]) -> None:
    """One snapshot per version of the record, from 2015-04-17 to 2026-10-01."""
    versions = [version.isoformat() for version in real_store.versions()]
    assert versions == [version["updated"] for version in record["versions"]]
    assert len(versions) == 22
    assert (versions[0], versions[-1]) == ("2015-04-17", "2026-10-01")


def test_every_stored_snapshot_is_valid_and_canonical(real_store: SnapshotStore) -> None:
    """The store passes its own check, and every file is byte-for-byte canonical."""
    assert real_store.check() == []
    for snapshot in real_store:
        assert real_store.path_for(snapshot.updated).read_text(encoding="utf-8") == canonical_json(snapshot)


def test_every_brief_has_a_record_and_a_store_of_its_versions() -> None:
    """Each catalogue under briefs/ comes with its record and one stored snapshot per recorded version."""
    for brief, path in RECORDS.items():
        assert path.is_file(), brief
        store = SnapshotStore(default_store_root(brief), brief=brief)
        versions = [version.isoformat() for version in store.versions()]
        assert versions == [version["updated"] for version in _record(brief)["versions"]]
        assert store.check() == []
        assert {snapshot.report_id for snapshot in store} == {brief}


def _expected_fact(catalogue: catalog.Catalogue, fact_id: str, data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    if catalogue.get(fact_id).kind == "person":
        return {"value": {"family": data.pop("family"), "given": data.pop("given")}, **data}
    data.pop("precision", None)
    return data


@pytest.mark.parametrize(("brief", "index"), VERSIONS)
def test_snapshot_matches_the_record_value_for_value(brief: str, index: int) -> None:
    """Every recorded value, title, coverage, source, CRS version, author, election and event is stored."""
    record = _record(brief)
    expected = record["versions"][index]
    snapshot = SnapshotStore(default_store_root(brief), brief=brief).load(expected["updated"])
    assert snapshot.report_id == record["report"]["id"]
    assert snapshot.title == expected.get("title", record["report"]["title"])
    assert snapshot.coverage == expected["coverage"]
    assert snapshot.crs_version == expected["crs_version"]
    assert snapshot.sources == expected["sources"]
    assert snapshot.notes == expected.get("notes")
    assert [(name, author.role) for name, author in snapshot.authors.items()] == [
        (author["name"], author.get("role")) for author in expected.get("authors", [])
    ]
    assert set(snapshot.facts) == set(expected["facts"])
    for fact_id, data in expected["facts"].items():
        stored = snapshot.facts[fact_id].model_dump(mode="json", exclude_none=True)
        for key, value in _expected_fact(snapshot.catalogue, fact_id, data).items():
            assert stored.get(key) == value, f"{expected['updated']} {fact_id}.{key}"
        if "precision" in data:
            assert precision_of(stored["value"]) == data["precision"]
    for name in ("elections", "events"):
        stored_items = getattr(snapshot, name)
        assert set(stored_items) == set(expected.get(name, {}))
        for slug, data in expected.get(name, {}).items():
            item = stored_items[slug]
            assert precision_of(item.date) == data["precision"]
            for key, value in data.items():
                if key == "candidates":
                    assert [
                        {"name": n, **c.model_dump(exclude_defaults=True)} for n, c in item.candidates.items()
                    ] == value
                elif key != "precision":
                    assert getattr(item, key) == value, f"{expected['updated']} {name}.{slug}.{key}"


def test_2022_07_21_states_every_catalogue_fact_with_its_quote(real_store: SnapshotStore) -> None:
    """The full-text version states every fact it tracked but those a later version introduced, each quoted."""
    snapshot = real_store.load("2022-07-21")
    introduced_later = {
        "politics.lower_house_election_due",
        "trade.us_tariff_on_most_imports_from_japan",
        "trade.japan_investment_pledge",
        "defense.tomahawk_purchase",
        "alliance.marines_relocating_to_guam",
    }
    assert set(snapshot.facts) == set(snapshot.tracked) - set(catalog.COLLECTIONS) - introduced_later
    sentences = {
        (sentence.text, sentence.section) for sentence in parse_markdown(BRIEF_2022.read_text("utf-8")).sentences
    }
    for fact_id, fact in snapshot.facts.items():
        assert (fact.quote, fact.section) in sentences, fact_id
    for election in snapshot.elections.values():
        assert (election.quote, election.section) in sentences
    for event in snapshot.events.values():
        assert (event.quote, event.section) in sentences


def test_latest_version_is_the_2026_full_text(real_store: SnapshotStore) -> None:
    """The newest stored version is 2026-10-01, recorded in full."""
    latest = real_store.latest()
    assert (latest.updated, latest.coverage, latest.crs_version) == (dt.date(2026, 10, 1), "full", 49)
