"""The tidy table and the change log as a SQLite database, for Datasette and sqlite-utils users.

Written with the standard library's sqlite3: the schema is three small tables whose column types
and indexes are declared here, which needs no dependency, and any SQLite tool reads the result.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from usjapan_facts.catalog import NUMERIC_KINDS
from usjapan_facts.diff import SnapshotDiff
from usjapan_facts.errors import FactsError
from usjapan_facts.model import Snapshot
from usjapan_facts.report.export import COLUMNS, export_rows
from usjapan_facts.store import content_hash
from usjapan_facts.writing import replacing

_FACT_COLUMNS = ", ".join(f"{name} TEXT" for name in COLUMNS if name not in ("version", "fact_id", "kind", "value"))
SCHEMA = f"""
CREATE TABLE versions (
    version TEXT PRIMARY KEY,
    crs_version INTEGER,
    coverage TEXT NOT NULL,
    facts INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE facts (
    version TEXT NOT NULL REFERENCES versions(version),
    fact_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    number REAL,
    {_FACT_COLUMNS},
    PRIMARY KEY (version, fact_id)
);
CREATE INDEX facts_by_fact ON facts (fact_id, version);
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    old_version TEXT NOT NULL REFERENCES versions(version),
    new_version TEXT NOT NULL REFERENCES versions(version),
    fact_id TEXT NOT NULL,
    label TEXT NOT NULL,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    old_text TEXT,
    new_text TEXT,
    delta REAL,
    relative REAL,
    summary TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX changes_by_fact ON changes (fact_id, new_version);
CREATE INDEX changes_by_fingerprint ON changes (fingerprint);
"""
"""`data` holds each change's whole JSON, so fields the engine adds later are kept, not dropped."""


class ExportError(FactsError):
    """The database cannot be written."""


def _number(row: dict[str, str]) -> float | None:
    if row["kind"] not in NUMERIC_KINDS or not row["value"]:
        return None
    try:
        return float(row["value"])
    except ValueError:
        return None


def _fill(db: sqlite3.Connection, snapshots: Iterable[Snapshot], diffs: Iterable[SnapshotDiff]) -> None:
    fact_names = ["number", *COLUMNS]
    # Column names come from this module's own constants, never from input; values are all parameters.
    fact_sql = f"INSERT INTO facts ({', '.join(fact_names)}) VALUES ({', '.join('?' * len(fact_names))})"  # noqa: S608
    for snapshot in snapshots:
        db.execute(
            "INSERT INTO versions VALUES (?, ?, ?, ?, ?)",
            (snapshot.updated.isoformat(), snapshot.crs_version, snapshot.coverage, len(snapshot.facts),
             content_hash(snapshot)),
        )  # fmt: skip
        db.executemany(fact_sql, ([_number(row), *(row[name] for name in COLUMNS)] for row in export_rows([snapshot])))
    change_names = ("fact_id", "label", "section", "kind", "severity", "old_text", "new_text", "delta", "relative",
                    "summary", "fingerprint")  # fmt: skip
    change_sql = (
        "INSERT INTO changes (old_version, new_version, fact_id, label, section, kind, severity, old_text, new_text, "
        "delta, relative, summary, fingerprint, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    for diff in diffs:
        for change in diff.changes:
            data: dict[str, Any] = change.as_json()
            values = [data.get(name) for name in change_names]
            db.execute(change_sql, [diff.old.version, diff.new.version, *values, json.dumps(data, ensure_ascii=False)])


def write_sqlite(path: Path, snapshots: Iterable[Snapshot], diffs: Iterable[SnapshotDiff]) -> Path:
    """Write the versions, the tidy table (`facts`) and the change log (`changes`) into a new SQLite file.

    The file is built beside `path` and moved into place when complete, so a failed export leaves any
    earlier file as it was.
    """
    try:
        with replacing(path) as temp:
            db = sqlite3.connect(temp)
            try:
                with db:
                    db.executescript(SCHEMA)
                    _fill(db, snapshots, diffs)
            finally:
                db.close()
    except sqlite3.Error as exc:
        raise ExportError(f"{path}: cannot write the database ({exc})") from None
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the database ({exc.strerror})") from None
    return path
