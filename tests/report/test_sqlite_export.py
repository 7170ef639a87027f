"""`export --format sqlite FILE`: the tidy table and the change log in a SQLite database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import Run
from usjapan_facts.diff import log_diffs
from usjapan_facts.report.export import export_rows
from usjapan_facts.store import SnapshotStore


def test_sqlite_export_has_one_row_per_version_and_fact(run: Run, tmp_path: Path, real_store: SnapshotStore) -> None:
    """The database opens in sqlite3; `facts` holds exactly the tidy rows, keyed by (version, fact_id)."""
    database = tmp_path / "facts.db"
    result = run(f"usjapan-facts export --format sqlite {database}")
    assert (result.code, result.stdout) == (0, "")
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT version, fact_id, value FROM facts ORDER BY version, fact_id").fetchall()
        versions = [row[0] for row in db.execute("SELECT version FROM versions ORDER BY version")]
        duplicates = db.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM facts GROUP BY version, fact_id HAVING COUNT(*) > 1)"
        )
        assert duplicates.fetchone() == (0,)
    expected = sorted((row["version"], row["fact_id"], row["value"]) for row in export_rows(real_store))
    assert rows == expected
    assert versions == [version.isoformat() for version in real_store.versions()]


def test_sqlite_export_types_and_indexes(run: Run, tmp_path: Path) -> None:
    """Numbers are REAL where the fact is numeric, the versions' CRS numbers INTEGER, and lookups are indexed."""
    database = tmp_path / "facts.db"
    assert run(f"usjapan-facts export --format sqlite {database}").code == 0
    with sqlite3.connect(database) as db:
        troops = db.execute(
            "SELECT number, typeof(number), qualifier FROM facts WHERE fact_id = ? AND version = ?",
            ("alliance.us_troops_in_japan", "2022-07-21"),
        ).fetchone()
        assert troops == (54000.0, "real", "about")
        president = db.execute("SELECT number FROM facts WHERE fact_id = 'leaders.us_president' LIMIT 1")
        assert president.fetchone() == (None,)
        assert db.execute("SELECT typeof(crs_version) FROM versions WHERE crs_version IS NOT NULL").fetchone() == (
            "integer",
        )
        indexes = {row[1] for row in db.execute("SELECT type, name FROM sqlite_master WHERE type = 'index'")}
        assert {"facts_by_fact", "changes_by_fact", "changes_by_fingerprint"} <= indexes
        plan = db.execute("EXPLAIN QUERY PLAN SELECT * FROM changes WHERE fingerprint = 'x'").fetchall()
        assert any("changes_by_fingerprint" in str(step) for step in plan)


def test_sqlite_change_log_matches_log(run: Run, tmp_path: Path, real_store: SnapshotStore) -> None:
    """The `changes` table holds every change `log` reports, at the version that first shows it, with its JSON."""
    database = tmp_path / "facts.db"
    assert run(f"usjapan-facts export --format sqlite {database}").code == 0
    expected = sorted(
        (diff.new.version, change.fact_id, change.fingerprint)
        for diff in log_diffs(real_store)
        for change in diff.changes
    )
    with sqlite3.connect(database) as db:
        got = sorted(db.execute("SELECT new_version, fact_id, fingerprint FROM changes").fetchall())
        data = json.loads(db.execute("SELECT data FROM changes LIMIT 1").fetchone()[0])
    assert got == expected
    assert {"fact_id", "summary", "fingerprint"} <= data.keys()


def test_sqlite_export_of_chosen_versions(run: Run, tmp_path: Path) -> None:
    """Versions before FILE limit the export; the change log covers only the pairs among them."""
    database = tmp_path / "two.db"
    assert run(f"usjapan-facts export 2021-05-12 2021-12-03 --format sqlite {database}").code == 0
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT COUNT(*) FROM versions").fetchone() == (2,)
        changes = db.execute("SELECT fact_id, kind FROM changes").fetchall()
        assert changes[0] == ("leaders.japan_prime_minister", "value")
        assert ("elections.upper_house_2022", "first_recorded") in changes


def test_sqlite_export_needs_a_file_and_keeps_an_old_one_on_failure(run: Run, tmp_path: Path) -> None:
    """No FILE is a usage error; an unknown version fails with exit 2 and leaves an existing file as it was."""
    missing = run("usjapan-facts export --format sqlite")
    assert missing.code == 2
    assert "give its FILE" in missing.stderr
    database = tmp_path / "facts.db"
    database.write_bytes(b"earlier")
    failed = run(f"usjapan-facts export 1999-01-01 --format sqlite {database}")
    assert failed.code == 2
    assert failed.stderr.startswith("usjapan-facts: error: ")
    assert database.read_bytes() == b"earlier"
    assert [path.name for path in tmp_path.iterdir()] == ["facts.db"]


def _facts_of(database: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT version, fact_id, value FROM facts ORDER BY version, fact_id").fetchall()


def test_sqlite_export_writes_the_file_given_with_output(run: Run, tmp_path: Path) -> None:
    """`--output FILE` names the database; every VERSIONS argument is then a version, and no note is printed."""
    database = tmp_path / "facts.db"
    result = run(f"usjapan-facts export 2021-05-12 2021-12-03 --format sqlite --output {database}")
    assert (result.code, result.stdout, result.stderr) == (0, "", f"wrote {database}: 2 versions\n")
    assert sorted({row[0] for row in _facts_of(database)}) == ["2021-05-12", "2021-12-03"]


def test_the_database_as_last_argument_still_works_with_a_note_naming_output(run: Run, tmp_path: Path) -> None:
    """The old form writes the same database as --output, then says on one stderr line that --output replaces it."""
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    result = run(f"usjapan-facts export 2021-05-12 2021-12-03 --format sqlite {old}")
    assert run(f"usjapan-facts export 2021-05-12 2021-12-03 --format sqlite --output {new}").code == 0
    assert result.code == 0
    wrote, note = result.stderr.splitlines()
    assert "deprecated" in note
    assert "--output FILE" in note
    assert wrote == f"wrote {old}: 2 versions"
    assert _facts_of(old) == _facts_of(new)
