"""A watch folder from anywhere inside it: settings found upward, and a word on stderr about which store is used."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

from tests.conftest import Run, _command


def _environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("USJAPAN_FACTS_")}


def _watch(tmp_path: Path, run: Run) -> Path:
    folder = tmp_path / "watch"
    assert run(f"usjapan-facts init {folder}").code == 0
    for path in (folder / "snapshots").iterdir():
        if path.stem >= "2022-07-21":
            path.unlink()
    return folder


def test_list_from_the_snapshots_subfolder_shows_the_watchs_store(tmp_path: Path, run: Run) -> None:
    """From DIR/snapshots/, `list` finds DIR/usjapan-facts.toml above and lists the watch's versions."""
    folder = _watch(tmp_path, run)
    done = subprocess.run([*_command(), "list", "--format", "json"], cwd=folder / "snapshots", env=_environment(),
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    versions = [row["version"] for row in json.loads(done.stdout)]
    assert versions == sorted(path.stem for path in (folder / "snapshots").glob("*.json"))
    assert versions[-1] == "2022-03-30"
    assert done.stderr == ""


def test_a_terminal_is_told_which_store_is_used(tmp_path: Path, run: Run) -> None:
    """With stderr on a terminal, a command in the watch names its store and the settings file that chose it."""
    folder = _watch(tmp_path, run)
    leader, follower = pty.openpty()
    with subprocess.Popen([*_command(), "list"], cwd=folder / "snapshots", env=_environment(),
                          stdout=subprocess.PIPE, stderr=follower) as process:  # fmt: skip
        os.close(follower)
        stdout, _ = process.communicate(timeout=60)
    said = b""
    try:
        while chunk := os.read(leader, 4096):
            said += chunk
    except OSError:  # the terminal closed with the process
        pass
    os.close(leader)
    assert process.returncode == 0
    assert said.decode().strip() == (
        f"usjapan-facts: using the store {folder / 'snapshots'} (from {folder / 'usjapan-facts.toml'})"
    )
    assert b"2022-03-30" in stdout


def test_the_shipped_store_is_used_silently_outside_a_watch(tmp_path: Path) -> None:
    """Outside any watch folder, on a terminal too, `list` reads the shipped history and says nothing."""
    leader, follower = pty.openpty()
    with subprocess.Popen([*_command(), "list"], cwd=tmp_path, env=_environment(), stdout=subprocess.PIPE,
                          stderr=follower) as process:  # fmt: skip
        os.close(follower)
        stdout, _ = process.communicate(timeout=60)
    os.set_blocking(leader, False)
    try:
        said = os.read(leader, 4096)
    except OSError:
        said = b""
    os.close(leader)
    assert said == b""
    assert b"2026-10-01" in stdout
