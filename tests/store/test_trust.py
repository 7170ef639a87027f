"""The record of validated content: `list` reads recorded bytes without the models; all else is validated in full."""

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
from usjapan_facts.model import Snapshot
from usjapan_facts.store import (
    InvalidSnapshotError,
    SnapshotStore,
    canonical_json,
    default_store_root,
    read_snapshot,
    summary_of,
)
from usjapan_facts.trust import digest, read_record, record_path, shipped


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
    """Each bundled snapshot's bytes are in the record (else run scripts/build_snapshots.py), with its true summary."""
    files = sorted(default_store_root().parent.glob("*/*.json"))
    assert files
    expected = {}
    for path in files:
        summary = summary_of(read_snapshot(path))
        assert summary.hash == digest(path.read_bytes()), f"{path} is not canonical"
        expected[summary.hash] = summary
    assert shipped() == expected, "run scripts/build_snapshots.py to record the shipped snapshots again"


def test_list_reads_a_recorded_store_without_validating(validations: list[object]) -> None:
    """The rows of the bundled store come from its recorded bytes: no snapshot is validated."""
    rows = list(SnapshotStore(default_store_root()).summaries())
    assert rows
    assert validations == []


def test_list_of_a_recorded_store_imports_no_model() -> None:
    """In a fresh process, listing the bundled store imports neither the models nor pydantic."""
    program = (
        "import sys\n"
        "from usjapan_facts.store import SnapshotStore, default_store_root\n"
        "list(SnapshotStore(default_store_root()).summaries())\n"
        "print('pydantic' in sys.modules, 'usjapan_facts.model' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_a_recorded_row_equals_the_validated_row(real_store: SnapshotStore) -> None:
    """For every shipped snapshot, the row read from its recorded bytes is the one validation gives."""
    rows = {row.version: row for row in real_store.summaries()}
    assert list(rows) == [version.isoformat() for version in real_store.versions()]
    for path in real_store.files():
        assert rows[path.stem] == summary_of(read_snapshot(path))


def test_loading_validates_even_recorded_content(validations: list[object]) -> None:
    """A load validates in full, recorded or not: the record only spares `list`."""
    store = SnapshotStore(default_store_root())
    assert store.trust.get(digest(store.path_for(store.resolve("2022-07-21")).read_bytes())) is not None
    store.load("2022-07-21")
    assert len(validations) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snapshot=snapshots())
def test_any_saved_snapshot_is_listed_from_the_record_as_it_was_saved(tmp_path: Path, snapshot: Snapshot) -> None:
    """Whatever is saved is recorded, and its row from the record is the row of the snapshot saved."""
    store = SnapshotStore(tmp_path / snapshot.updated.isoformat())
    path = store.save(snapshot, overwrite=True)
    assert digest(path.read_bytes()) in read_record(record_path(store.root))
    assert list(SnapshotStore(store.root).summaries()) == [summary_of(snapshot)]


def test_a_planted_record_line_does_not_let_a_bad_value_into_list(
    store_copy: SnapshotStore, validations: list[object]
) -> None:
    """A line naming the hash of a canonical file with -5 troops: the recheck fails, so list validates and refuses."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"]["alliance.us_troops_in_japan"]["value"] = -5
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    record = record_path(store_copy.root)
    record.parent.mkdir(parents=True, exist_ok=True)
    summary = summary_of(read_snapshot(store_copy.path_for(store_copy.resolve("2021-05-12"))))
    line = {**summary.__dict__, "hash": digest(path.read_bytes()), "version": "2022-07-21", "key": _key()}
    record.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(InvalidSnapshotError, match=r"alliance\.us_troops_in_japan"):
        list(store_copy.summaries())
    assert len(validations) >= 1


def _key() -> str:
    from usjapan_facts.trust import validation_key

    return validation_key()


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


def test_a_reformatted_valid_file_is_validated_and_listed(store_copy: SnapshotStore, validations: list[object]) -> None:
    """Same content, other bytes (no indentation): not in the record, so list validates it, and lists it alike."""
    path = store_copy.path_for(store_copy.resolve("2022-07-21"))
    before = {row.version: row for row in store_copy.summaries()}["2022-07-21"]
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), encoding="utf-8")
    after = {row.version: row for row in store_copy.summaries()}["2022-07-21"]
    assert len(validations) == 1
    assert after == before  # the row's hash is that of the canonical content, whatever the file's layout


def test_trusted_bytes_under_another_date_are_refused(store_copy: SnapshotStore) -> None:
    """Trust is in the content, not the name: a trusted file copied under another date still fails the name check."""
    source = store_copy.path_for(store_copy.resolve("2022-07-21"))
    (store_copy.root / "2023-01-01.json").write_bytes(source.read_bytes())
    with pytest.raises(Exception, match="file name says 2023-01-01"):
        store_copy.load("2023-01-01")
    with pytest.raises(Exception, match="file name says 2023-01-01"):
        list(store_copy.summaries())


def test_a_user_store_keeps_its_record_in_the_cache_folder(
    tmp_path: Path, cache_home: Path, validations: list[object]
) -> None:
    """save records the file's hash in the user's cache folder; the store holds the snapshot file alone."""
    snapshot = SnapshotStore(default_store_root()).load("2022-07-21").model_copy(update={"notes": "a user's copy"})
    store = SnapshotStore(tmp_path / "store")
    path = store.save(snapshot)
    assert [entry.name for entry in store.root.iterdir()] == [path.name]
    record = record_path(store.root)
    assert record.is_relative_to(cache_home)
    assert set(read_record(record)) == {digest(path.read_bytes())}
    validations.clear()  # the save validated what it wrote before recording it
    assert [row.hash for row in SnapshotStore(store.root).summaries()] == [digest(path.read_bytes())]
    assert validations == []


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
    rows = {row.version: row for row in store_copy.summaries()}
    assert len(validations) == 1
    assert rows["2022-07-21"].hash == sha


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
