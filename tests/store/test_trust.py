"""The record of validated content: trusted bytes load without validators, anything else is validated in full."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.conftest import Run, snapshot_files
from tests.strategies import snapshots
from usjapan_facts import store as store_module
from usjapan_facts.model import Snapshot
from usjapan_facts.store import (
    InvalidSnapshotError,
    SnapshotStore,
    canonical_json,
    default_store_root,
    read_snapshot,
    summary_of,
)
from usjapan_facts.trust import TrustRecord, digest, read_record, record_path, shipped


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Count the full validations of snapshots in this process."""
    calls: list[object] = []
    original = Snapshot.model_validate

    def counting(data: object, **options: object) -> Snapshot:
        calls.append(data)
        return original(data)

    monkeypatch.setattr(Snapshot, "model_validate", counting)
    return calls


def test_the_shipped_record_covers_every_shipped_snapshot_and_nothing_else() -> None:
    """Each bundled snapshot's bytes are in the record (else run scripts/trust_snapshots.py), with its true summary."""
    files = sorted(default_store_root().parent.glob("*/*.json"))
    assert files
    untrusted = TrustRecord(None, with_shipped=False)
    expected = {}
    for path in files:
        summary = summary_of(read_snapshot(path, record=untrusted))
        assert summary.hash == digest(path.read_bytes()), f"{path} is not canonical"
        expected[summary.hash] = summary
    assert shipped() == expected, "run scripts/trust_snapshots.py to record the shipped snapshots again"


def test_a_trusted_file_loads_without_validating(validations: list[object]) -> None:
    """A bundled snapshot whose bytes are in the record is built without the validator."""
    SnapshotStore(default_store_root()).load("2022-07-21")
    assert validations == []


def test_a_long_run_of_loads_validates_past_the_construct_limit(
    monkeypatch: pytest.MonkeyPatch, validations: list[object]
) -> None:
    """Past CONSTRUCT_LIMIT loads a store validates recorded files (cheaper at length), and reads them alike."""
    monkeypatch.setattr(store_module, "CONSTRUCT_LIMIT", 2)
    store = SnapshotStore(default_store_root())
    loaded = [store.load(version) for version in store.versions()[:3]]
    assert len(validations) == 1
    assert [snapshot.verified_json() is not None for snapshot in loaded] == [True, True, False]
    assert loaded[2] == read_snapshot(store.path_for(store.versions()[2]))


def test_a_trusted_load_builds_no_pydantic_schema() -> None:
    """In a fresh process, loading, showing and listing the bundled store build no validator or serializer."""
    program = (
        "from usjapan_facts.store import SnapshotStore, default_store_root\n"
        "from usjapan_facts.report.show import render_snapshot\n"
        "store = SnapshotStore(default_store_root())\n"
        "list(store.summaries())\n"
        "import sys; print('pydantic' in sys.modules)\n"
        "render_snapshot(store.load('2022-07-21'))\n"
        "store.load('2021-05-12').model_dump(mode='json', exclude_none=True)\n"
        "from usjapan_facts import model\n"
        "print(any(cls.__pydantic_complete__ for cls in vars(model).values()\n"
        "          if isinstance(cls, type) and issubclass(cls, model.BaseModel)))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_a_trusted_load_equals_a_validated_load(real_store: SnapshotStore) -> None:
    """For every shipped snapshot, the trusted build equals the validated one, dumps and canonical JSON alike."""
    untrusted = TrustRecord(None, with_shipped=False)
    for path in real_store.files():
        trusted, validated = read_snapshot(path), read_snapshot(path, record=untrusted)
        assert trusted.verified_json() is not None
        assert validated.verified_json() is None
        assert trusted == validated
        dump = {"mode": "json", "exclude_none": True}
        assert json.dumps(trusted.model_dump(**dump)) == json.dumps(validated.model_dump(**dump))
        assert trusted.model_dump() == validated.model_dump()
        assert canonical_json(trusted) == canonical_json(validated) == path.read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snapshot=snapshots())
def test_any_saved_snapshot_reloads_from_the_record_as_it_was_saved(tmp_path: Path, snapshot: Snapshot) -> None:
    """Whatever is saved is recorded, and its trusted reload equals it and dumps like it."""
    store = SnapshotStore(tmp_path / snapshot.updated.isoformat())
    path = store.save(snapshot, overwrite=True)
    reloaded = SnapshotStore(store.root).load(snapshot.updated)
    assert reloaded.verified_json() == path.read_text(encoding="utf-8")
    assert reloaded == snapshot
    dump = {"mode": "json", "exclude_none": True}
    assert json.dumps(reloaded.model_dump(**dump)) == json.dumps(snapshot.model_dump(**dump))


def test_a_copy_of_a_trusted_snapshot_is_not_verified(real_store: SnapshotStore) -> None:
    """A changed copy dumps its own fields, not the text of the file it came from."""
    original = real_store.load("2022-07-21")
    changed = original.model_copy(update={"coverage": "excerpt"})
    assert changed.verified_json() is None
    assert json.loads(canonical_json(changed))["coverage"] == "excerpt"


def test_a_modified_file_is_validated_in_full_and_refused_if_invalid(
    store_copy: SnapshotStore, validations: list[object]
) -> None:
    """A changed byte takes the file out of the record: it is validated again, and a bad value is refused."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    path.write_text(path.read_text(encoding="utf-8").replace('"value": 54000', '"value": -54000'), encoding="utf-8")
    with pytest.raises(InvalidSnapshotError, match=r"alliance\.us_troops_in_japan"):
        store_copy.load("2022-07-21")
    assert len(validations) == 1
    with pytest.raises(InvalidSnapshotError):
        list(store_copy.summaries())


def test_a_reformatted_valid_file_is_validated_and_read(store_copy: SnapshotStore, validations: list[object]) -> None:
    """Same content, other bytes (no indentation): not in the record, so validated in full, and read alike."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    before = store_copy.load("2022-07-21")
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    assert store_copy.load("2022-07-21") == before
    assert len(validations) == 1


def test_trusted_bytes_under_another_date_are_refused(store_copy: SnapshotStore) -> None:
    """Trust is in the content, not the name: a trusted file copied under another date still fails the name check."""
    source = store_copy.path_for(store_copy.resolve("2022-07-21"))
    (store_copy.root / "2023-01-01.json").write_bytes(source.read_bytes())
    with pytest.raises(Exception, match="file name says 2023-01-01"):
        store_copy.load("2023-01-01")


def test_a_user_store_keeps_its_record_in_the_cache_folder(tmp_path: Path, cache_home: Path) -> None:
    """save records the file's hash in the user's cache folder; the store holds the snapshot file alone."""
    snapshot = SnapshotStore(default_store_root()).load("2022-07-21").model_copy(update={"notes": "a user's copy"})
    store = SnapshotStore(tmp_path / "store")
    path = store.save(snapshot)
    assert [entry.name for entry in store.root.iterdir()] == [path.name]
    record = record_path(store.root)
    assert record.is_relative_to(cache_home)
    assert set(read_record(record)) == {digest(path.read_bytes())}
    assert SnapshotStore(store.root).load("2022-07-21").verified_json() is not None


def test_validate_rewrites_the_record_with_the_sound_files(tmp_path: Path, cache_home: Path) -> None:
    """validate records every sound canonical file and drops what no longer is, in the cache folder."""
    store = SnapshotStore(tmp_path)
    template = SnapshotStore(default_store_root()).load("2022-07-21")
    kept = store.save(template.model_copy(update={"notes": "kept"}))
    record = record_path(store.root)
    record.write_text("not json\n" + record.read_text(encoding="utf-8"), encoding="utf-8")
    written = store.root / "2022-07-22.json"
    other = template.model_copy(update={"updated": dt.date(2022, 7, 22), "notes": "x"})
    written.write_text(canonical_json(other), encoding="utf-8")
    assert SnapshotStore(store.root).check() == []
    assert set(read_record(record)) == {digest(kept.read_bytes()), digest(written.read_bytes())}
    kept.write_text(kept.read_text(encoding="utf-8").replace('"notes": "kept"', '"notes": ""'), encoding="utf-8")
    assert SnapshotStore(store.root).check() == []
    assert digest(kept.read_bytes()) in read_record(record)
    assert "not json" not in record.read_text(encoding="utf-8")


def test_a_damaged_record_costs_only_speed(store_copy: SnapshotStore, validations: list[object]) -> None:
    """Lines that are not records, or of another package version, are passed over: the file is validated."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    path.write_text(path.read_text(encoding="utf-8").replace('"about"', '"over"', 1), encoding="utf-8")
    sha = digest(path.read_bytes())
    record = record_path(store_copy.root)
    record.parent.mkdir(parents=True, exist_ok=True)
    forged = {
        "key": "0.0.0/1/0",
        "hash": sha,
        "version": "2022-07-21",
        "crs_version": 1,
        "coverage": "full",
        "facts": 1,
    }
    record.write_text("[]\n{broken\n" + json.dumps({**forged, "facts": 1}) + "\n", encoding="utf-8")
    store_copy.load("2022-07-21")
    assert len(validations) == 1


def test_the_validate_command_records_a_store_in_the_cache_folder_only(
    run: Run, store_copy: SnapshotStore, cache_home: Path
) -> None:
    """`validate` leaves the store's files as they were and writes the store's record in the cache folder."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    path.write_text(path.read_text(encoding="utf-8").replace('"about"', '"over"', 1), encoding="utf-8")
    before = snapshot_files(store_copy.root)
    done = run(f"usjapan-facts --snapshots-dir {store_copy.root} validate")
    assert done.code == 0
    assert snapshot_files(store_copy.root) == before
    assert set(read_record(record_path(store_copy.root))) == {digest(path.read_bytes())}
    assert record_path(store_copy.root).is_relative_to(cache_home)
