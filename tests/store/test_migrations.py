"""Schema evolution: files of an older schema load through explicit migrations, and diff says so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, Run
from usjapan_facts.diff import diff_snapshots
from usjapan_facts.migrations import MigrationError, migrate
from usjapan_facts.model import SCHEMA_VERSION
from usjapan_facts.store import SnapshotStore, read_snapshot

V0_FILE = FIXTURES / "schema-v0" / "2022-07-21.json"


def _without_provenance(snapshot: Any) -> dict[str, Any]:
    data: dict[str, Any] = snapshot.model_dump(mode="json", exclude={"text_sha256"})
    for name in ("facts", "elections", "events"):
        for item in data[name].values():
            item.pop("quote", None)
            item.pop("section", None)
    return data


def test_schema_0_file_loads_as_the_current_snapshot(real_store: SnapshotStore) -> None:
    """The gathered-record shape (schema 0) migrates to the stored snapshot, value for value."""
    migrated = read_snapshot(V0_FILE)
    assert migrated.schema_version == SCHEMA_VERSION
    assert migrated.written_schema_version == 0
    assert _without_provenance(migrated) == _without_provenance(real_store.load("2022-07-21"))


def test_current_file_is_not_migrated(real_store: SnapshotStore) -> None:
    """A file of the current schema is read as it is."""
    assert real_store.load("2022-07-21").written_schema_version == SCHEMA_VERSION


def test_diff_reports_the_schema_change_apart_from_facts(real_store: SnapshotStore) -> None:
    """Between files of two schemas, diff says the schema changed, and finds no fact change."""
    result = diff_snapshots(read_snapshot(V0_FILE), real_store.load("2022-07-21"))
    assert result.schema_changed
    assert (result.old.schema_version, result.new.schema_version) == (0, SCHEMA_VERSION)
    assert result.changes == ()


def test_diff_command_prints_the_schema_change(run: Run, real_store: SnapshotStore) -> None:
    """`diff OLDFILE NEW` prints 'schema changed' on its own line, and no change of a fact."""
    result = run(f"usjapan-facts diff {V0_FILE} 2022-07-21")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "IF10199 2022-07-21 -> 2022-07-21: no changes"
    assert f"schema changed: version 0 -> {SCHEMA_VERSION}" in lines


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema_version": -1}, "is not a schema version"),
        ({"schema_version": "one"}, "is not a schema version"),
        ({"facts": {"alliance.troops": {"value": 1}}}, "'alliance.troops' is not a fact id"),
        ({"authors": [{"role": "Coordinator"}]}, "not in the shape of schema version 0"),
        ({"events": {"x": {"what": "y"}}}, "events.x: has no 'date'"),
    ],
)
def test_malformed_old_shape_is_a_clear_error(change: dict[str, Any], message: str) -> None:
    """A file that claims schema 0 but is not in its shape fails with the field named."""
    data = {**json.loads(V0_FILE.read_text(encoding="utf-8")), **change}
    with pytest.raises(MigrationError, match=message):
        migrate(data)


def test_migrated_file_is_saved_in_the_current_schema(tmp_path: Path) -> None:
    """Saving a migrated snapshot writes the current schema."""
    path = SnapshotStore(tmp_path).save(read_snapshot(V0_FILE))
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert read_snapshot(path).written_schema_version == SCHEMA_VERSION
