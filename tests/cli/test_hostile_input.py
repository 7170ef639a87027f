"""Hostile input, as typed: each case exits 2 with one clear line on stderr and leaves the store as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022, _command, as_typed, snapshot_files
from usjapan_facts.store import SnapshotStore

Setup = Callable[[Path, Path], None]


def _nothing(store: Path, tmp: Path) -> None:
    return None


def _write(name: str, content: bytes) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        (store / name).write_bytes(content)

    return setup


def _edit(change: Callable[[dict[str, object]], None]) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        path = store / "2022-07-21.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")

    return setup


def _set_troops(value: object) -> Callable[[dict[str, object]], None]:
    def change(data: dict[str, object]) -> None:
        data["facts"]["alliance.us_troops_in_japan"]["value"] = value  # type: ignore[index]

    return change


def _huge_file(store: Path, tmp: Path) -> None:
    with (store / "2022-07-21.json").open("r+b") as stream:
        stream.truncate(50 * 1024 * 1024)


def _link_outside(store: Path, tmp: Path) -> None:
    outside = tmp / "elsewhere.json"
    shutil.copy(store / "2022-07-21.json", outside)
    (store / "2022-07-21.json").unlink()
    (store / "2022-07-21.json").symlink_to(outside)


def _copy_for_same_date(store: Path, tmp: Path) -> None:
    shutil.copy(store / "2022-07-21.json", store / "2022-07-21 copy.json")


def _directory_for_a_version(store: Path, tmp: Path) -> None:
    (store / "2022-07-21.json").unlink()
    (store / "2022-07-21.json").mkdir()


def _rules(content: str) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        (tmp / "rules.toml").write_text(content, encoding="utf-8")

    return setup


def _brief_files(store: Path, tmp: Path) -> None:
    (tmp / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp / "empty.md").write_bytes(b"")


@dataclass(frozen=True)
class Case:
    name: str
    command: str
    needles: tuple[str, ...]
    setup: Setup = _nothing


S = "usjapan-facts --snapshots-dir {store}"
CASES = [
    Case("malformed JSON", f"{S} show 2022-07-21", ("2022-07-21.json", "is not valid JSON"), _write("2022-07-21.json", b"{oops")),
    Case("JSON of the wrong shape", f"{S} show 2022-07-21", ("must hold a JSON object",), _write("2022-07-21.json", b"[]")),
    Case("unknown field", f"{S} show 2022-07-21", ("colour", "Extra inputs"), _edit(lambda d: d.update(colour="red"))),
    Case("wrong type", f"{S} show 2022-07-21", ("coverage",), _edit(lambda d: d.update(coverage=7))),
    Case("negative troop count", f"{S} diff 2022-03-30 2022-07-21",
         ("facts.alliance.us_troops_in_japan.count.value", "greater than or equal to 0"), _edit(_set_troops(-54000))),
    Case("troop count as text", f"{S} history alliance.us_troops_in_japan", ("count.value",), _edit(_set_troops("many"))),
    Case("impossible date", f"{S} show 2022-07-21", ("updated",), _edit(lambda d: d.update(updated="2022-02-30"))),
    Case("updated disagrees with the file name", f"{S} show 2022-07-21", ("file name says 2022-07-21",),
         _edit(lambda d: d.update(updated="2022-07-20"))),
    Case("two files for one date", f"{S} list", ("2022-07-21 copy.json", "YYYY-MM-DD.json"), _copy_for_same_date),
    Case("future schema version", f"{S} log", ("schema version 9", "upgrade usjapan-facts"),
         _edit(lambda d: d.update(schema_version=9))),
    Case("non-UTF-8 bytes", f"{S} export 2022-07-21", ("is not UTF-8",), _write("2022-07-21.json", b"\xff\xfe{\x00}")),
    Case("empty file", f"{S} show 2022-07-21", ("is empty",), _write("2022-07-21.json", b"")),
    Case("50 MB file refused by its size", f"{S} show 2022-07-21", ("52,428,800 bytes", "limit"), _huge_file),
    Case("symlink out of the store", f"{S} show 2022-07-21", ("outside the store",), _link_outside),
    Case("a folder where a version should be", f"{S} show 2022-07-21", ("is a directory",), _directory_for_a_version),
    Case("../ in a version", f"{S} show ../2022-07-21", ("../2022-07-21", "no such file")),
    Case("absolute path that is no snapshot", f"{S} show /etc/hostname", ("/etc/hostname", "is not valid JSON")),
    Case("unknown version", f"{S} diff 2021-05-12 2031-01-01", ("2031-01-01", "usjapan-facts list")),
    Case("ambiguous version prefix", f"{S} export 2022", ("2022-03-30, 2022-07-21",)),
    Case("unknown fact id in show", f"{S} show 2022-07-21 alliance.troops", ("'alliance.troops'",)),
    Case("unknown fact id in history", f"{S} history trade.rank", ("'trade.rank'",)),
    Case("unknown glob in --only", f"{S} diff 2021-05-12 2021-12-03 --only 'nothing.*'", ("'nothing.*'",)),
    Case("unknown glob in log --only", f"{S} log --only bogus", ("'bogus'",)),
    Case("malformed rules file", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "not valid TOML"), _rules("[[rules]\n")),
    Case("unknown severity in rules", f"{S} check --rules {{tmp}}/rules.toml",
         ("rules.0.severity",), _rules('[[rules]]\nmatch = "leaders.*"\nseverity = "urgent"\n')),
    Case("unknown severity option", f"{S} diff --min-severity urgent", ("'urgent' is not one of",)),
    Case("impossible --as-of date", f"{S} check --as-of 2026-02-30", ("--as-of", "2026-02-30")),
    Case("store that is a file", "usjapan-facts --snapshots-dir {tmp}/rules.toml list", ("rules.toml", "is a file"), _rules("x = 1\n")),
    Case("store that is missing", "usjapan-facts --snapshots-dir {tmp}/none list", ("no snapshot store here",)),
    Case("URL that 404s", f"{S} extract {{server}}/missing", ("HTTP 404",)),
    Case("URL that times out", f"{S} check --brief {{server}}/slow --timeout 0.1", ("no answer within 0.1 seconds",)),
    Case("redirect to another scheme", f"{S} extract {{server}}/to-ftp", ("ftp://127.0.0.1/brief.md", "not an http(s) URL")),
    Case("redirect to a file", f"{S} extract {{server}}/to-file", ("file:///etc/passwd",)),
    Case("20 MB response", f"{S} extract {{server}}/huge", ("over the 5,242,880-byte limit",)),
    Case("binary content type", f"{S} check --brief {{server}}/binary", ("application/octet-stream",)),
    Case("binary file as a brief", f"{S} extract {{tmp}}/binary.md", ("binary.md", "is binary"), _brief_files),
    Case("empty file as a brief", f"{S} extract {{tmp}}/empty.md", ("the text is empty",), _brief_files),
    Case("--force without --save", f"{S} extract {BRIEF_2022} --force", ("--force", "--save")),
    Case("stdin closed", f"{S} extract - <&-", ("standard input is closed",)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_exits_2_with_one_clear_line(
    case: Case, store_copy: SnapshotStore, tmp_path: Path, brief_server: str
) -> None:
    """Exit 2; one line on stderr naming the file, field or argument; no traceback; the store unchanged."""
    store = store_copy.root
    case.setup(store, tmp_path)
    before = snapshot_files(store)
    command = case.command.format(store=store, tmp=tmp_path, server=brief_server)
    done = as_typed(command, timeout=120)
    assert done.code == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("usjapan-facts: error: ")
    for needle in case.needles:
        assert needle in lines[0]
    assert "Traceback" not in done.stderr
    assert snapshot_files(store) == before


def test_suite_has_at_least_30_cases() -> None:
    """The issue asks for 30 hostile cases at least."""
    assert len(CASES) >= 30


def _read_only(store: Path, command: list[str]) -> list[str]:
    """Run `command` with `store` mounted read-only: by permissions, or for root in a private mount namespace."""
    if os.geteuid() != 0:
        store.chmod(0o555)
        return command
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a read-only store as root here: {probe.stderr.decode().strip()}")
    quoted = " ".join(f"'{word}'" for word in command)
    return [
        "unshare",
        "-m",
        "sh",
        "-c",
        f"mount --bind '{store}' '{store}' && mount -o remount,ro,bind '{store}' && {quoted}",
    ]


def test_save_into_a_read_only_store_exits_2(store_copy: SnapshotStore) -> None:
    """`extract --save` into a store that cannot be written: exit 2, one line, nothing changed."""
    store = store_copy.root
    (store / "2022-07-21.json").unlink()
    before = snapshot_files(store)
    command = _read_only(store, [*_command(), "--snapshots-dir", str(store), "extract", str(BRIEF_2022), "--save"])
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    finally:
        store.chmod(0o755)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()[-1:]
    assert "cannot write to the store" in line
    assert str(store) in line
    assert snapshot_files(store) == before
