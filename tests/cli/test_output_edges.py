"""Where output meets its edges: data's escape sequences in every report, odd stdouts, options that do not combine."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022, Run, _command, run_on_terminal
from usjapan_facts.store import default_store_root

CONCEAL = "\x1b[8m"
"""Conceal: the text after it is hidden on a terminal, so two different values would look the same."""


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """A copy of the shipped history whose newest prime minister's given name starts with a conceal sequence."""
    store = tmp_path / "store"
    shutil.copytree(default_store_root(), store, ignore=shutil.ignore_patterns(".*"))
    path = store / "2026-10-01.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"]["leaders.japan_prime_minister"]["value"]["given"] = CONCEAL + "Sanae"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return store


def test_a_conceal_sequence_from_the_data_is_shown_in_a_pipe(run: Run, planted: Path) -> None:
    """Piped, `diff` shows the data's escape sequence as text instead of stripping it with the tool's colours."""
    result = run(f"usjapan-facts --snapshots-dir {planted} diff 2025-09-29 2026-10-01 --only 'leaders.*'")
    assert "Takaichi \\x1b[8mSanae" in result.stdout
    assert "\x1b" not in result.stdout


def test_a_conceal_sequence_from_the_data_is_shown_on_a_colour_terminal(planted: Path) -> None:
    """On a colour terminal the tool's own colours stay, but the data's conceal sequence is shown, not run."""
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"} | {"TERM": "xterm"}
    shown = run_on_terminal(["--snapshots-dir", str(planted), "diff", "2025-09-29", "2026-10-01"], env)
    assert CONCEAL not in shown
    assert "Takaichi \\x1b[8mSanae" in shown
    assert "\x1b[31m" in shown  # the tool's own red for a major change


def test_piped_csv_export_reads_back_as_the_data(run: Run, planted: Path) -> None:
    """Piped, `export --format csv` writes the data as it is, so the file reads back as the same values."""
    result = run(f"usjapan-facts --snapshots-dir {planted} export --format csv 2026-10-01")
    rows = {row["fact_id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["leaders.japan_prime_minister"]["value"] == f"Takaichi {CONCEAL}Sanae"


def test_jsonl_export_escapes_the_json_way_and_reads_back_as_the_data(run: Run, planted: Path) -> None:
    """`export --format jsonl` holds no raw control character, yet each line parses back to the same value."""
    result = run(f"usjapan-facts --snapshots-dir {planted} export --format jsonl 2026-10-01")
    assert "\x1b" not in result.stdout
    rows = {row["fact_id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows["leaders.japan_prime_minister"]["value"] == f"Takaichi {CONCEAL}Sanae"


def test_json_output_on_an_ascii_stdout_is_written_not_a_traceback() -> None:
    """With an ASCII-only stdout, `log --format json` still writes valid JSON and exits 0."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([*_command(), "log", "--format", "json"], capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert json.loads(done.stdout)


def test_a_closed_stdout_is_one_line_and_exit_2() -> None:
    """Started with stdout closed, a command says so in one line on stderr and exits 2, with no traceback."""
    done = subprocess.run([*_command(), "list"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                          pass_fds=(), close_fds=True, preexec_fn=lambda: os.close(1))  # fmt: skip
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2
    assert lines == ["usjapan-facts: error: standard output is closed; run the command with its output going "
                     "somewhere (a file, a pipe)"]  # fmt: skip


def test_diff_text_refuses_the_options_of_a_fact_diff(run: Run) -> None:
    """`diff --text` compares texts, so --format or --only with it is one line and exit 2, not silently ignored."""
    result = run("usjapan-facts diff --text --format json")
    assert result.code == 2
    assert result.stderr.splitlines() == [
        "usjapan-facts: error: --text compares the kept texts word by word: it takes no --format "
        "(see 'usjapan-facts diff --help')"
    ]


def test_fetch_refuses_a_timeout_that_is_not_a_number(run: Run) -> None:
    """`fetch --timeout nan` is refused in one line, as `extract --timeout nan` is, before any source is asked."""
    result = run("usjapan-facts fetch --timeout nan")
    assert result.code == 2
    assert "nan is not a number of seconds" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_refused_connection_is_named_as_refused(run: Run) -> None:
    """A URL where nothing listens says the connection was refused, not that a server closed it."""
    import socket

    with socket.socket() as probe:  # a port on this machine that nothing listens on once the probe closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(f"usjapan-facts extract http://127.0.0.1:{port}/brief.html --timeout 5")
    assert result.code == 2
    assert "the connection was refused" in result.stderr


def test_check_brief_with_an_older_text_says_its_changes_run_backwards(run: Run) -> None:
    """Given the 2022 text against a store whose newest version is 2026, `check --brief` says so in a note."""
    result = run(f"usjapan-facts check --brief {BRIEF_2022} --format json")
    notes = json.loads(result.stdout)["notes"]
    assert any("older than the newest stored version (2026-10-01)" in note for note in notes)


def test_log_refuses_a_since_after_its_until(run: Run) -> None:
    """`log --since 2026 --until 2025` is one usage line and exit 2, not an empty log that looks like no change."""
    result = run("usjapan-facts log --since 2026 --until 2025")
    assert result.code == 2
    assert "--since 2026 comes after --until 2025" in result.stderr
