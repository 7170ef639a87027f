"""An argument that reads as a VERSION is taken for one: never a file to write, never a fact id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Run

TO_OUTPUT = "usjapan-facts: error: --format sqlite writes a database: give its FILE with --output FILE"


VERSIONS = ["2025-09-29", "2025-09", "2025", "latest", "previous", "snapshots/2025-09-29.json"]


@pytest.mark.parametrize("version", VERSIONS)
def test_export_sqlite_never_writes_a_file_named_by_a_version(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    """`export --format sqlite 2025-09-29` exits 2 with one line pointing to --output, and writes nothing."""
    monkeypatch.chdir(tmp_path)
    result = run(f"usjapan-facts export --format sqlite {version}")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"{TO_OUTPUT} ({version!r} is a VERSION, so no file was written) (see 'usjapan-facts export --help')\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_export_sqlite_refuses_a_last_argument_that_is_not_plainly_a_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare word (no folder, no .db) could be a typo of a version: it is refused, not written."""
    monkeypatch.chdir(tmp_path)
    result = run("usjapan-facts export --format sqlite facts")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"{TO_OUTPUT} ('facts' has no folder and no database suffix such as .db")
    assert len(result.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["sub/", "out/sub"])
def test_export_sqlite_refuses_a_folder_given_as_the_last_argument(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    """`export --format sqlite 2022-07-21 sub/` (or an existing folder) exits 2 naming --output FILE, writes nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out" / "sub").mkdir(parents=True)
    result = run(f"usjapan-facts export --format sqlite 2022-07-21 {target}")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"{TO_OUTPUT} ({target!r} is a folder, so no file was written) (see 'usjapan-facts export --help')\n"
    )
    assert sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*")) == ["out", "out/sub"]


@pytest.mark.parametrize("fmt", ["sqlite", "csv", "jsonl"])
def test_export_output_ending_in_a_slash_is_a_folder_and_writes_nothing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """`export --format F 2022-07-21 --output sub/` exits 2 saying sub/ is a folder; no file `sub` appears."""
    monkeypatch.chdir(tmp_path)
    result = run(f"usjapan-facts export --format {fmt} 2022-07-21 --output sub/")
    assert (result.code, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1
    assert "--output 'sub/' names a folder" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_sqlite_still_reads_a_plain_database_file_last_with_a_note(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first form, `export --format sqlite VERSION... facts.db`, still writes the file and says to use --output."""
    monkeypatch.chdir(tmp_path)
    result = run("usjapan-facts export 2021-05-12 2021-12-03 --format sqlite facts.db")
    assert (result.code, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        "wrote facts.db: 2 versions",
        "usjapan-facts: note: the database FILE as the last argument is deprecated; use --output FILE",
    ]
    with sqlite3.connect(tmp_path / "facts.db") as db:
        versions = [row[0] for row in db.execute("SELECT version FROM versions ORDER BY version")]
    assert versions == ["2021-05-12", "2021-12-03"]


def test_export_sqlite_with_output_takes_every_argument_as_a_version(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --output, a last argument like facts.db is a VERSION like the others: a bad one is named."""
    monkeypatch.chdir(tmp_path)
    result = run("usjapan-facts export 2021-05-12 --format sqlite --output out.db")
    assert (result.code, result.stderr) == (0, "wrote out.db: 1 version\n")
    refused = run("usjapan-facts export 2021-05-12 facts.db --format sqlite --output other.db")
    assert refused.code == 2
    assert "facts.db" in refused.stderr
    assert not (tmp_path / "other.db").exists()


@pytest.mark.parametrize("version", ["latest", "previous", "2024-11-05", "2024", "2024-11"])
def test_show_with_a_version_and_as_of_says_it_got_both(run: Run, version: str) -> None:
    """`show latest --as-of DATE` names the two versions it was given, not an unknown fact id 'latest'."""
    result = run(f"usjapan-facts show {version} --as-of 2024-12-01")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"usjapan-facts: error: give either VERSION ({version}) or --as-of DATE, not both "
        "(see 'usjapan-facts show --help')\n"
    )


def test_show_as_of_with_a_fact_id_still_shows_the_fact(run: Run) -> None:
    """With --as-of, one argument that is a fact id shows that fact in the version in force."""
    result = run("usjapan-facts show --as-of 2023-01-01 alliance.us_troops_in_japan")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.startswith("alliance.us_troops_in_japan  U.S. troops in Japan (Alliance, 2022-07-21)\n")


def test_show_as_of_with_a_mistyped_fact_id_names_the_fact_id(run: Run) -> None:
    """An argument that reads as no version is still checked as a fact id, with the nearest one offered."""
    result = run("usjapan-facts show --as-of 2023-01-01 alliance.us_troops_in_japn")
    assert (result.code, result.stdout) == (2, "")
    assert "unknown fact id 'alliance.us_troops_in_japn'" in result.stderr
    assert len(result.stderr.splitlines()) == 1
