"""`extract`, run as a user types it: files, stdin, URLs, saving, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022, FIXTURES, Run, snapshot_files
from usjapan_facts.store import SnapshotStore


def test_extract_prints_the_snapshot_and_a_summary(run: Run) -> None:
    """stdout is the proposed snapshot (JSON); stderr says how many facts, which were not found."""
    result = run(f"usjapan-facts extract {BRIEF_2022}")
    assert result.code == 0
    snapshot = json.loads(result.stdout)
    assert snapshot["updated"] == "2022-07-21"
    assert snapshot["facts"]["alliance.us_troops_in_japan"]["value"] == 54000
    assert f"30 of 35 catalogue facts found in {BRIEF_2022}" in result.stderr
    assert "not found: alliance.marines_relocating_to_guam" in result.stderr


def test_extract_text_format_reads_by_section(run: Run) -> None:
    """--format text shows the proposed snapshot as `show` does."""
    result = run(f"usjapan-facts extract {FIXTURES / 'IF10199-2022-07-21.html'} --format text")
    assert result.code == 0
    assert "alliance.us_troops_in_japan" in result.stdout
    assert "around 54,000" in result.stdout


def test_extract_reads_stdin(run: Run) -> None:
    """'-' reads the brief from standard input."""
    result = run("usjapan-facts extract - --updated 2022-07-21", stdin=BRIEF_2022.read_text(encoding="utf-8"))
    assert result.code == 0
    assert json.loads(result.stdout)["facts"]["leaders.japan_prime_minister"]["value"]["family"] == "Kishida"


def test_extract_fetches_a_url_and_records_it(run: Run, brief_server: str) -> None:
    """An http URL is fetched; the URL goes into the snapshot's sources."""
    result = run(f"usjapan-facts extract {brief_server}/brief.html")
    assert result.code == 0
    assert json.loads(result.stdout)["sources"] == [f"{brief_server}/brief.html"]


def test_extract_save_writes_into_the_store_and_refuses_to_replace(run: Run, store_copy: SnapshotStore) -> None:
    """--save stores a new version; the same date again is refused without --force, and replaced with it."""
    (store_copy.root / "2022-07-21.json").unlink()
    before = snapshot_files(store_copy.root)
    saved = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save")
    assert saved.code == 0
    assert f"saved {store_copy.root / '2022-07-21.json'}" in saved.stderr
    assert set(snapshot_files(store_copy.root)) == {*before, "2022-07-21.json"}
    assert run(f"usjapan-facts --snapshots-dir {store_copy.root} validate").code == 0
    stored = snapshot_files(store_copy.root)
    again = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save")
    assert again.code == 2
    assert "already stored; pass --force" in again.stderr
    assert snapshot_files(store_copy.root) == stored
    forced = run(f"usjapan-facts --snapshots-dir {store_copy.root} extract {BRIEF_2022} --save --force")
    assert forced.code == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("/nonexistent/brief.md", "no such file"),
        ("{binary}", "is binary"),
        ("{big}", "limit for a brief"),
        ("{nofacts}", "no fact of the catalogue"),
        ("{brief} --force", "--force replaces a stored version"),
        ("{server}/missing", "HTTP 404"),
        ("{server}/pdf", "not text or HTML"),
        ("{server}/slow --timeout 0.5", "no answer within 0.5 seconds"),
    ],
)
def test_extract_bad_input_exits_2(run: Run, tmp_path: Path, brief_server: str, arguments: str, message: str) -> None:
    """Missing, binary, oversized or factless text, --force alone, and bad URLs: exit 2, one line, no traceback."""
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "big.md").write_bytes(b"word " * (2 * 1024 * 1024))
    (tmp_path / "nofacts.md").write_text("Updated July 1, 2024\n\nNothing to see.\n", encoding="utf-8")
    command = arguments.format(
        binary=tmp_path / "binary.md", big=tmp_path / "big.md", nofacts=tmp_path / "nofacts.md",
        brief=BRIEF_2022, server=brief_server,
    )  # fmt: skip
    result = run(f"usjapan-facts extract {command}")
    assert result.code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr
