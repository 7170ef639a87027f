"""The snapshot store: lookup, atomic and careful saving, canonical files, and file checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.strategies import snapshots
from usjapan_facts.errors import (
    AmbiguousVersionError,
    SchemaVersionError,
    SnapshotExistsError,
    SnapshotFileError,
    StoreError,
    VersionNotFoundError,
)
from usjapan_facts.model import Snapshot
from usjapan_facts.store import MAX_SNAPSHOT_BYTES, SnapshotStore, canonical_json, content_hash, read_snapshot


def small(updated: str = "2022-07-21", coverage: str = "excerpt") -> Snapshot:
    return Snapshot.model_validate(
        {
            "updated": updated,
            "coverage": coverage,
            "facts": {"alliance.us_troops_in_japan": {"kind": "count", "value": 54000, "qualifier": "about"}},
        }
    )


def test_save_then_load_gives_the_same_snapshot(tmp_path: Path) -> None:
    """What is saved is what is loaded."""
    store = SnapshotStore(tmp_path)
    store.save(small())
    assert store.load("2022-07-21") == small()


def test_saved_file_is_canonical_json(tmp_path: Path) -> None:
    """On disk: model field order, indent 2, UTF-8, trailing newline, named by the date."""
    path = SnapshotStore(tmp_path).save(small())
    text = path.read_text(encoding="utf-8")
    assert path.name == "2022-07-21.json"
    assert text.endswith("}\n")
    assert text.startswith('{\n  "schema_version": 2,\n  "report_id": "IF10199",')
    assert text == canonical_json(small())


def test_save_refuses_to_replace_a_stored_version(tmp_path: Path) -> None:
    """Saving a date that is already stored fails and leaves the stored file alone."""
    store = SnapshotStore(tmp_path)
    path = store.save(small())
    before = path.read_bytes()
    with pytest.raises(SnapshotExistsError, match="2022-07-21"):
        store.save(small(coverage="full"))
    assert path.read_bytes() == before


def test_save_with_overwrite_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    """Overwriting is atomic: the new file replaces the old and no temporary file remains."""
    store = SnapshotStore(tmp_path)
    store.save(small())
    store.save(small(coverage="full"), overwrite=True)
    assert store.load("2022-07-21").coverage == "full"
    assert [path.name for path in tmp_path.iterdir()] == ["2022-07-21.json"]


def test_save_into_unwritable_store_is_a_store_error(tmp_path: Path) -> None:
    """A store that cannot be written gives a StoreError naming it (here its parent is a file)."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot write to the store"):
        SnapshotStore(blocker / "store").save(small())
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_versions_are_listed_in_date_order(tmp_path: Path) -> None:
    """Versions come oldest first whatever order they were saved in."""
    store = SnapshotStore(tmp_path)
    for day in ("2023-01-11", "2021-05-12", "2022-07-21"):
        store.save(small(day))
    assert store.versions() == [dt.date(2021, 5, 12), dt.date(2022, 7, 21), dt.date(2023, 1, 11)]
    assert store.latest().updated == dt.date(2023, 1, 11)
    assert store.previous().updated == dt.date(2022, 7, 21)


def test_unique_prefix_finds_its_version(real_store: SnapshotStore) -> None:
    """'2022-07' is enough when only one version starts with it."""
    assert real_store.resolve("2022-07") == dt.date(2022, 7, 21)


def test_ambiguous_prefix_names_the_candidates(real_store: SnapshotStore) -> None:
    """'2022' matches two versions, and the error lists both."""
    with pytest.raises(AmbiguousVersionError, match="2022-03-30, 2022-07-21"):
        real_store.resolve("2022")


@pytest.mark.parametrize("ref", ["2030-01-01", "1999", "yesterday", "../2022-07-21"])
def test_unknown_version_is_not_found(real_store: SnapshotStore, ref: str) -> None:
    """A date with no version, or a word that is no version, is an error naming it."""
    with pytest.raises((VersionNotFoundError, SnapshotFileError)):
        real_store.load(ref)


def test_file_path_loads_that_file(real_store: SnapshotStore) -> None:
    """A path to a snapshot file loads it directly."""
    assert real_store.load(str(real_store.path_for(dt.date(2022, 7, 21)))).updated == dt.date(2022, 7, 21)


def test_file_name_must_match_updated(tmp_path: Path) -> None:
    """A snapshot stored under another date's name is refused, naming the field."""
    path = tmp_path / "2022-07-22.json"
    path.write_text(canonical_json(small()), encoding="utf-8")
    with pytest.raises(SnapshotFileError, match="updated") as caught:
        read_snapshot(path)
    assert caught.value.field == "updated"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"{not json", "is not valid JSON"),
        (b"[1, 2]", "must hold a JSON object"),
        (b"\xff\xfe{}", "is not UTF-8"),
    ],
)
def test_unreadable_file_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    """Bytes that are not a snapshot give a one-line error naming the file."""
    path = tmp_path / "2022-07-21.json"
    path.write_bytes(content)
    with pytest.raises(SnapshotFileError, match=message) as caught:
        read_snapshot(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_invalid_field_is_named(tmp_path: Path) -> None:
    """A wrong type names the dotted field path."""
    data = json.loads(canonical_json(small()))
    data["facts"]["alliance.us_troops_in_japan"]["value"] = "many"
    path = tmp_path / "2022-07-21.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SnapshotFileError, match=r"facts\.alliance\.us_troops_in_japan\.count\.value"):
        read_snapshot(path)


def test_future_schema_version_is_refused(tmp_path: Path) -> None:
    """A file from a newer release says to upgrade rather than failing field by field."""
    data = json.loads(canonical_json(small()))
    data["schema_version"] = 99
    path = tmp_path / "2022-07-21.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SchemaVersionError, match="upgrade usjapan-facts"):
        read_snapshot(path)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    """A file over the size limit is refused by its size alone."""
    path = tmp_path / "2022-07-21.json"
    path.write_bytes(b" " * (MAX_SNAPSHOT_BYTES + 1))
    with pytest.raises(SnapshotFileError, match="over the"):
        read_snapshot(path)


def test_check_reports_two_files_for_one_date(tmp_path: Path) -> None:
    """Two files holding one version are a problem, as is a file not named by its date."""
    store = SnapshotStore(tmp_path)
    store.save(small())
    (tmp_path / "copy.json").write_text(canonical_json(small()), encoding="utf-8")
    messages = [str(problem) for problem in store.check()]
    assert any("copy.json" in message and "YYYY-MM-DD.json" in message for message in messages)
    assert any("is also stored in" in message for message in messages)


def test_link_out_of_the_store_is_refused(tmp_path: Path) -> None:
    """A stored version that is a symlink to a file outside the store is not followed."""
    outside = tmp_path / "outside.json"
    outside.write_text(canonical_json(small()), encoding="utf-8")
    root = tmp_path / "store"
    root.mkdir()
    (root / "2022-07-21.json").symlink_to(outside)
    with pytest.raises(SnapshotFileError, match="outside the store"):
        SnapshotStore(root).load("2022-07-21")
    assert any("outside the store" in str(problem) for problem in SnapshotStore(root).check())


def test_missing_store_is_a_store_error(tmp_path: Path) -> None:
    """A store folder that does not exist says how to point at one: in Python's terms, and in the CLI's flags."""
    with pytest.raises(StoreError, match="give SnapshotStore the folder of a store") as caught:
        SnapshotStore(tmp_path / "nowhere").versions()
    assert "--snapshots-dir" in caught.value.for_cli()


def test_content_hash_ignores_nothing_but_is_stable(real_store: SnapshotStore) -> None:
    """Equal content hashes alike; different content differently."""
    assert content_hash(real_store.load("2022-07-21")) == content_hash(real_store.load("2022-07-21"))
    assert content_hash(real_store.load("2022-07-21")) != content_hash(real_store.load("2022-03-30"))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snapshot=snapshots())
def test_any_valid_snapshot_survives_save_and_load_byte_for_byte(tmp_path: Path, snapshot: Snapshot) -> None:
    """save -> load returns an equal snapshot, and saving it again writes the same bytes."""
    store = SnapshotStore(tmp_path)
    path = store.save(snapshot, overwrite=True)
    first = path.read_bytes()
    loaded = store.load(snapshot.updated)
    assert loaded == snapshot
    assert store.save(loaded, overwrite=True).read_bytes() == first
    path.unlink()
