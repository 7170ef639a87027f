"""$GITHUB_STEP_SUMMARY: appended to whatever writable file it names, as `>>` would, and never a stall."""

from __future__ import annotations

import fcntl
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Run
from usjapan_facts.cli import _output

DIFF = "usjapan-facts diff 2021-05-12 2021-12-03 --format github"
BIG_DIFF = "usjapan-facts diff 2022-07-21 2026-10-01 --format github"
CHECK = "usjapan-facts check --as-of 2026-11-27 --format github"


@pytest.mark.parametrize("command", [DIFF, CHECK])
def test_a_step_summary_on_dev_null_is_written_and_the_report_printed(run: Run, command: str) -> None:
    """GITHUB_STEP_SUMMARY=/dev/null (a character device) works: the same report, the same exit code."""
    plain = run(command, env={"GITHUB_STEP_SUMMARY": ""})
    result = run(command, env={"GITHUB_STEP_SUMMARY": os.devnull})
    assert (result.code, result.stdout, result.stderr) == (plain.code, plain.stdout, plain.stderr)
    assert result.code in (0, 1)
    assert result.stdout.startswith("::")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """A named pipe in a temporary folder."""
    path = tmp_path / "summary.pipe"
    os.mkfifo(path)
    return path


@pytest.fixture
def reader(fifo: Path) -> Iterator[int]:
    """The pipe's read end, open (without blocking) before the command runs, as a `cat` reading it would be."""
    descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    yield descriptor
    os.close(descriptor)


def test_a_step_summary_on_a_read_pipe_reaches_its_reader(run: Run, fifo: Path, reader: int) -> None:
    """A named pipe someone reads gets the whole Markdown, byte for byte the same as a file gets."""
    result = run(DIFF, env={"GITHUB_STEP_SUMMARY": str(fifo)})
    assert (result.code, result.stderr) == (0, "")
    as_file = fifo.parent / "summary.md"
    assert run(DIFF, env={"GITHUB_STEP_SUMMARY": str(as_file)}).code == 0
    assert os.read(reader, 1 << 20) == as_file.read_bytes()
    assert as_file.read_text(encoding="utf-8").startswith("<!-- usjapan-facts:diff -->\n")


def test_a_step_summary_on_a_pipe_no_one_reads_ends_at_once_with_one_line(run: Run, fifo: Path) -> None:
    """A named pipe without a reader cannot hang the command: exit 2, one line naming it, after the report."""
    started = time.monotonic()
    result = run(DIFF, env={"GITHUB_STEP_SUMMARY": str(fifo)})
    assert time.monotonic() - started < 5
    assert result.code == 2
    assert result.stdout.startswith("::")
    assert result.stderr == (
        f"usjapan-facts: error: {fifo}: cannot append the step summary (no process reads it); "
        "check GITHUB_STEP_SUMMARY\n"
    )


def test_a_reader_that_stops_reading_ends_the_command_after_the_wait(
    run: Run, fifo: Path, reader: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that takes in nothing while the pipe is full costs at most STEP_SUMMARY_WAIT, then one line."""
    fcntl.fcntl(reader, fcntl.F_SETPIPE_SZ, 4096)  # smaller than the report's Markdown, so the pipe fills
    monkeypatch.setattr(_output, "STEP_SUMMARY_WAIT", 0.3)
    started = time.monotonic()
    result = run(BIG_DIFF, env={"GITHUB_STEP_SUMMARY": str(fifo)})
    assert time.monotonic() - started < 10
    assert result.code == 2
    assert result.stderr == (
        f"usjapan-facts: error: {fifo}: cannot append the step summary (its reader did not take it in within 0.3 s); "
        "check GITHUB_STEP_SUMMARY\n"
    )


def test_a_step_summary_on_a_folder_is_named(run: Run, tmp_path: Path) -> None:
    """A folder cannot be appended to: exit 2 and one line naming it."""
    result = run(DIFF, env={"GITHUB_STEP_SUMMARY": str(tmp_path)})
    assert result.code == 2
    assert result.stderr == (
        f"usjapan-facts: error: {tmp_path}: cannot append the step summary (Is a directory); "
        "check GITHUB_STEP_SUMMARY\n"
    )


def _block_device() -> Path | None:
    for entry in os.scandir("/dev"):
        if stat.S_ISBLK(entry.stat(follow_symlinks=False).st_mode):
            return Path(entry.path)
    return None


@pytest.mark.skipif(_block_device() is None, reason="this machine shows no block device in /dev")
def test_a_step_summary_on_a_block_device_is_refused(run: Run, tmp_path: Path) -> None:
    """A disk is never written to, not even by root: exit 2 and one line, through a link to it as well."""
    device = _block_device()
    assert device is not None
    link = tmp_path / "summary.md"
    link.symlink_to(device)
    for target in (device, link):
        result = run(DIFF, env={"GITHUB_STEP_SUMMARY": str(target)})
        assert result.code == 2
        assert result.stderr == (
            f"usjapan-facts: error: {target}: is a block device, not a file; point GITHUB_STEP_SUMMARY at a file\n"
        )


def test_a_missing_step_summary_file_is_created_and_then_appended_to(run: Run, tmp_path: Path) -> None:
    """As with `>>`: a new file is made for the first report, and the second is added after it."""
    summary = tmp_path / "summary.md"
    assert run(DIFF, env={"GITHUB_STEP_SUMMARY": str(summary)}).code == 0
    once = summary.read_text(encoding="utf-8")
    assert run(DIFF, env={"GITHUB_STEP_SUMMARY": str(summary)}).code == 0
    assert summary.read_text(encoding="utf-8") == once + once
