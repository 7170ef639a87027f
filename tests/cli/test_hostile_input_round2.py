"""Hostile input, round two, as typed: no hang, no unbounded read, no traceback, no injected output.

Each case runs the command in a shell with a hard timeout and checks: the exit code, exactly one line
on stderr (`usjapan-facts: error: ...` naming the culprit), no traceback, the store's bytes unchanged,
and an end within seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socketserver
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.conftest import BRIEF_2022, FIXTURES, as_typed, serve_in_background, snapshot_files
from usjapan_facts.store import SnapshotStore

Setup = Callable[[Path, Path], None]
SECONDS = 10.0
"""Every case ends well within this; a hang or an unbounded read would not."""
V0_FILE = FIXTURES / "schema-v0" / "2022-07-21.json"
SECRET = "s3cret-Pa55"


def _nothing(store: Path, tmp: Path) -> None:
    return None


def _fifo(name: str) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        os.mkfifo(store / name)
        os.mkfifo(tmp / name)

    return setup


def _link(where: str, target: str) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        path = Path(where.format(store=store, tmp=tmp))
        path.unlink(missing_ok=True)
        path.symlink_to(target)

    return setup


def _loop(store: Path, tmp: Path) -> None:
    (store / "2031-01-01.json").symlink_to(store / "2031-01-02.json")
    (store / "2031-01-02.json").symlink_to(store / "2031-01-01.json")


def _write(name: str, content: bytes) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        (store / name).write_bytes(content)
        (tmp / name).write_bytes(content)

    return setup


def _replace_text(old: str, new: str) -> Setup:
    """Edit the stored 2022-07-21 file as text, so that what json.dumps could never write can be written."""

    def setup(store: Path, tmp: Path) -> None:
        path = store / "2022-07-21.json"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return setup


TROOPS = '"value": 54000'


def _old_schema(version: int, change: Callable[[dict[str, Any]], None]) -> Setup:
    """Put a file of an old schema, in a wrong shape, in place of the stored 2022-07-21."""

    def setup(store: Path, tmp: Path) -> None:
        if version == 0:
            data = json.loads(V0_FILE.read_text(encoding="utf-8"))
        else:
            data = json.loads((store / "2022-07-21.json").read_text(encoding="utf-8"))
            data["schema_version"] = 1
            data.pop("tracked", None)
        change(data)
        (store / "2022-07-21.json").write_text(json.dumps(data), encoding="utf-8")

    return setup


def _set(*keys_and_value: Any) -> Callable[[dict[str, Any]], None]:
    *keys, value = keys_and_value

    def change(data: dict[str, Any]) -> None:
        for key in keys[:-1]:
            data = data[key]
        data[keys[-1]] = value

    return change


def _rules_bytes(content: bytes) -> Setup:
    def setup(store: Path, tmp: Path) -> None:
        (tmp / "rules.toml").write_bytes(content)

    return setup


@dataclass(frozen=True)
class Case:
    name: str
    command: str
    needles: tuple[str, ...]
    setup: Setup = _nothing
    code: int = 2


S = "usjapan-facts --snapshots-dir {store}"
DEEP = b"[" * 100_000 + b"]" * 100_000
FILES = [
    # Files that are not regular files: FIFOs, devices, loops; every file read has a cap.
    Case("FIFO named like a snapshot, list", f"{S} list", ("2031-01-01.json", "named pipe"), _fifo("2031-01-01.json")),
    Case("FIFO named like a snapshot, show", f"{S} show 2031-01-01", ("2031-01-01.json", "not a regular file"), _fifo("2031-01-01.json")),
    Case("FIFO named like a snapshot, log", f"{S} log", ("2031-01-01.json", "named pipe"), _fifo("2031-01-01.json")),
    Case("FIFO given as a snapshot path", f"{S} diff 2022-07-21 {{tmp}}/2031-01-01.json", ("2031-01-01.json", "named pipe"), _fifo("2031-01-01.json")),
    Case("FIFO as the rules file", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "named pipe"), _fifo("rules.toml")),
    Case("FIFO as the brief", f"{S} extract {{tmp}}/brief.md", ("brief.md", "named pipe"), _fifo("brief.md")),
    Case("snapshot path linking to /dev/zero", f"{S} show {{tmp}}/2022-07-21.json", ("2022-07-21.json", "character device"), _link("{tmp}/2022-07-21.json", "/dev/zero")),
    Case("snapshot path linking to /dev/urandom", f"{S} diff {{tmp}}/2022-07-21.json latest", ("character device",), _link("{tmp}/2022-07-21.json", "/dev/urandom")),
    Case("stored version linking to /dev/zero", f"{S} export", ("2022-07-21.json",), _link("{store}/2022-07-21.json", "/dev/zero")),
    Case("rules file linking to /dev/zero", f"{S} check --rules {{tmp}}/rules.toml", ("rules.toml", "character device"), _link("{tmp}/rules.toml", "/dev/zero")),
    Case("rules file linking to /dev/urandom", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "character device"), _link("{tmp}/rules.toml", "/dev/urandom")),
    Case("brief linking to /dev/urandom", f"{S} extract {{tmp}}/brief.md", ("brief.md", "character device"), _link("{tmp}/brief.md", "/dev/urandom")),
    Case("symlink loop in the store, list", f"{S} list", ("2031-01-01.json", "symbolic link loop"), _loop),
    Case("symlink loop in the store, show", f"{S} show 2031-01-02", ("2031-01-02.json", "symbolic link loop"), _loop),
    Case("symlink loop as the rules file", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "symbolic link loop"), _link("{tmp}/rules.toml", "rules.toml")),
    Case("oversized rules file", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "1,048,576-byte limit"), _rules_bytes(b"# padding\n" * 200_000)),
    Case("oversized pyproject-style rules file", f"{S} check --rules {{tmp}}/rules.toml", ("rules.toml", "limit"), _rules_bytes(b"watch = []\n" + b" " * (2 * 1024 * 1024))),
]  # fmt: skip
JSON = [
    # Pathological JSON and TOML: deep nesting, huge numbers, duplicate keys, booleans and floats as counts.
    Case("100,000-deep nesting, show", f"{S} show 2022-07-21", ("2022-07-21.json", "nests deeper than"), _write("2022-07-21.json", DEEP)),
    Case("100,000-deep objects, diff", f"{S} diff 2022-03-30 2022-07-21", ("nests deeper than",), _write("2022-07-21.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000)),
    Case("100,000-deep nesting in a fact", f"{S} history alliance.us_troops_in_japan", ("2022-07-21.json", "nests deeper"), _replace_text(TROOPS, '"value": ' + "[" * 100_000 + "]" * 100_000)),
    Case("thousands-digit troop count, show", f"{S} show 2022-07-21", ("2022-07-21.json", "(5000 digits)"), _replace_text(TROOPS, '"value": ' + "9" * 5000)),
    Case("thousands-digit troop count, diff", f"{S} diff 2022-03-30 2022-07-21", ("beyond the",), _replace_text(TROOPS, '"value": -' + "1" * 20_000)),
    Case("troop count of 1e400, show", f"{S} show 2022-07-21", ("2022-07-21.json", "1e400"), _replace_text(TROOPS, '"value": 1e400')),
    Case("troop count of 1e400, diff", f"{S} diff 2022-03-30 2022-07-21", ("1e400",), _replace_text(TROOPS, '"value": 1e400')),
    Case("troop count of NaN", f"{S} export 2022-07-21", ("NaN",), _replace_text(TROOPS, '"value": NaN')),
    Case("troop count of 1e300 (finite, no integer)", f"{S} show 2022-07-21", ("count.value",), _replace_text(TROOPS, '"value": 1e300')),
    Case("troop count of 2**60", f"{S} show 2022-07-21", ("beyond the",), _replace_text(TROOPS, f'"value": {2**60}')),
    Case("troop count of ten billion", f"{S} show 2022-07-21", ("count.value", "less than or equal to"), _replace_text(TROOPS, '"value": 10000000000')),
    Case("duplicate key in a fact", f"{S} show 2022-07-21", ("2022-07-21.json", "'value' twice"), _replace_text(TROOPS, TROOPS + ', "value": 1')),
    Case("duplicate top-level key", f"{S} diff 2022-03-30 2022-07-21", ("'coverage' twice",), _replace_text('"coverage": ', '"coverage": "full", "coverage": ')),
    Case("true as a troop count", f"{S} show 2022-07-21", ("count.value", "valid integer"), _replace_text(TROOPS, '"value": true')),
    Case("false as a rank", f"{S} diff 2022-03-30 2022-07-21", ("rank.value", "valid integer"), _replace_text('"kind": "rank",\n      "value": 1,', '"kind": "rank",\n      "value": false,')),
    Case("54000.0 as a troop count", f"{S} show 2022-07-21", ("count.value", "valid integer"), _replace_text(TROOPS, '"value": 54000.0')),
    Case("true as a CRS version", f"{S} list", ("crs_version",), _replace_text('"coverage": ', '"crs_version": true, "coverage": ')),
    Case("schema 0: facts as a list", f"{S} show 2022-07-21", ("2022-07-21.json: facts: must be an object", "schema version 0"), _old_schema(0, _set("facts", []))),
    Case("schema 0: a fact as a string", f"{S} show 2022-07-21", ("facts.alliance.us_troops_in_japan: must be an object",), _old_schema(0, _set("facts", "alliance.us_troops_in_japan", "54,000"))),
    Case("schema 0: authors as an object", f"{S} log", ("authors: must be an array",), _old_schema(0, _set("authors", {"name": "x"}))),
    Case("schema 0: an author as a number", f"{S} show 2022-07-21", ("authors.0: must be an object",), _old_schema(0, _set("authors", [7]))),
    Case("schema 0: author role as a list", f"{S} show 2022-07-21", ("authors.0.role: must be a string",), _old_schema(0, _set("authors", [{"name": "A", "role": ["x"]}]))),
    Case("schema 0: candidates as a string", f"{S} show 2022-07-21", ("elections.upper_house_2022.candidates: must be an array",), _old_schema(0, _set("elections", "upper_house_2022", "candidates", "Kishida"))),
    Case("schema 0: a date of the wrong length", f"{S} show 2022-07-21", ("elections.upper_house_2022.date", "not an ISO date"), _old_schema(0, _set("elections", "upper_house_2022", "date", 20220710))),
    Case("schema 0: report as a list", f"{S} show 2022-07-21", ("report: must be an object",), _old_schema(0, _set("report", ["IF10199"]))),
    Case("schema 0: events as a string", f"{S} show 2022-07-21", ("events: must be an object",), _old_schema(0, _set("events", "none"))),
    Case("schema 1: facts as a list", f"{S} show 2022-07-21", ("2022-07-21.json: facts",), _old_schema(1, _set("facts", []))),
    Case("schema 1: elections as a string", f"{S} diff 2022-03-30 2022-07-21", ("2022-07-21.json: elections",), _old_schema(1, _set("elections", "x"))),
    Case("schema version true", f"{S} show 2022-07-21", ("schema_version", "is not a schema version"), _old_schema(1, _set("schema_version", True))),
    Case("100,000-deep TOML rules", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "nested too deeply"), _rules_bytes(b"watch = " + b"[" * 100_000 + b"]" * 100_000)),
    Case("thousands-digit integer in TOML rules", f"{S} check --rules {{tmp}}/rules.toml", ("rules.toml", "not valid TOML"), _rules_bytes(b"stale_after_years = " + b"9" * 5000)),
    Case("duplicate key in TOML rules", f"{S} diff --rules {{tmp}}/rules.toml", ("rules.toml", "not valid TOML"), _rules_bytes(b'watch = []\nwatch = ["leaders.*"]\n')),
]  # fmt: skip
URLS = [
    # URLs and HTTP: parse errors, protocol errors, redirects to bad URLs, short bodies, deadlines, credentials.
    Case("malformed IPv6 literal", f"{S} extract 'http://[::1/brief'", ("http://[::1/brief", "not a valid URL")),
    Case("malformed IPv6 literal, check", f"{S} check --brief 'http://[127.0.0.1]:80/'", ("http://[127.0.0.1]:80/",)),
    Case("non-numeric port", f"{S} extract http://127.0.0.1:abc/brief", ("127.0.0.1:abc", "not a valid URL")),
    Case("port out of range", f"{S} check --brief http://127.0.0.1:99999/brief", ("127.0.0.1:99999",)),
    Case("over-long host label", f"{S} extract http://{'a' * 70}.example/brief", ("host name", "not valid")),
    Case("over-long host name", f"{S} extract http://{'.'.join(['abcdefgh'] * 40)}/", ("host name",)),
    Case("bad status line", f"{S} extract {{raw}}/bad-status", ("/bad-status", "not HTTP")),
    Case("bad status line, check", f"{S} check --brief {{raw}}/bad-status", ("/bad-status", "not HTTP")),
    Case("too many headers", f"{S} extract {{raw}}/many-headers", ("/many-headers", "more than 100 headers")),
    Case("over-long header line", f"{S} check --brief {{raw}}/long-header", ("/long-header", "header line")),
    Case("body shorter than its Content-Length", f"{S} extract {{raw}}/short-body --save", ("/short-body", "ended after", "10,000")),
    Case("body shorter than its Content-Length, check", f"{S} check --brief {{raw}}/short-body", ("/short-body", "cut short")),
    Case("server that closes without answering", f"{S} extract {{raw}}/hang-up", ("/hang-up", "closed the connection")),
    Case("reason phrase with escape codes", f"{S} extract {{raw}}/escape-reason", ("HTTP 500", "\\x1b[2J")),
    Case("redirect to a malformed IPv6 URL", f"{S} extract {{raw}}/to-ipv6", ("redirects to", "http://[::1/x")),
    Case("redirect to a non-numeric port", f"{S} check --brief {{raw}}/to-port", ("redirects to", "127.0.0.1:abc")),
    Case("redirect to an over-long label", f"{S} extract {{raw}}/to-label", ("redirects to",)),
    Case("redirect to a bad status line", f"{S} extract {{raw}}/to-bad-status", ("/to-bad-status", "not HTTP")),
    Case("redirect to too many headers", f"{S} check --brief {{raw}}/to-many-headers", ("more than 100 headers",)),
    Case("redirect to a short body", f"{S} extract {{raw}}/to-short-body", ("ended after",)),
    Case("redirect to a URL with a password", f"{S} extract {{raw}}/to-credentials", ("redirects to", "user name or password")),
    Case("redirect loop", f"{S} extract {{raw}}/loop", ("/loop", "redirect")),
    Case("body dripped a byte at a time", f"{S} check --brief {{raw}}/drip-body --timeout 0.1", ("/drip-body", "no answer within 0.1 seconds")),
    Case("headers dripped a byte at a time", f"{S} extract {{raw}}/drip-headers --timeout 0.1", ("/drip-headers", "0.1 seconds")),
    Case("redirect to a dripping server", f"{S} extract {{raw}}/to-drip --timeout 0.1", ("no answer within 0.1 seconds",)),
    Case("NaN --timeout", f"{S} extract {{raw}}/brief --timeout nan", ("--timeout", "nan")),
    Case("infinite --timeout", f"{S} check --brief {{raw}}/brief --timeout inf", ("--timeout", "inf")),
    Case("--timeout past double range", f"{S} check --brief {{raw}}/brief --timeout 1e999", ("--timeout",)),
    Case("password in the URL", f"{S} extract http://reader:{SECRET}@127.0.0.1:1/brief", ("http://127.0.0.1:1/brief", "user name or password")),
    Case("password in a broken URL", f"{S} extract 'http://reader:{SECRET}@[::1/brief'", ("not a valid URL",)),
]  # fmt: skip
OUTPUT = [
    # Output that cannot be written, and outside text that would span lines or drive the terminal.
    Case("export to a full device", f"{S} export > /dev/full", ("standard output cannot be written", "No space left")),
    Case("export --format jsonl to a full device", f"{S} export --format jsonl 2022-07-21 > /dev/full", ("standard output cannot be written",)),
    Case("small output to a full device", f"{S} list --format json > /dev/full", ("standard output cannot be written",)),
    Case("schema to a full device", "usjapan-facts schema > /dev/full", ("standard output cannot be written",)),
    Case("file name with a newline and a workflow command", f"{S} check --format github", ("\\n::error file=x::injected",), _write("x\n::error file=x::injected.json", b"{}")),
    Case("file name with ESC codes", f"{S} list", ("\\x1b[2J\\x1b[31mred.json",), _write("\x1b[2J\x1b[31mred.json", b"{}")),
    Case("path argument with a newline", f"{S} show {{tmp}}/$'a\\n::error::b.json'", ("a\\n::error::b.json", "no such file")),
    Case("rules path with ESC", f"{S} diff --rules {{tmp}}/$'\\e]0;owned\\a.toml'", ("\\x1b]0;owned\\x07.toml",)),
    Case("brief path with a carriage return", f"{S} extract {{tmp}}/$'brief\\rFAKE.md'", ("brief\\rFAKE.md", "no such file")),
]  # fmt: skip
CASES = FILES + JSON + URLS + OUTPUT


# A raw HTTP server on 127.0.0.1: it answers what a well-behaved server never would. -----------------


def _head(status: bytes, headers: list[bytes], body: bytes = b"") -> bytes:
    return b"HTTP/1.1 " + status + b"\r\n" + b"".join(h + b"\r\n" for h in headers) + b"\r\n" + body


def _redirect(location: str) -> bytes:
    return _head(b"302 Found", [b"Location: " + location.encode(), b"Content-Length: 0", b"Connection: close"])


class _RawHandler(socketserver.BaseRequestHandler):
    port: ClassVar[int] = 0

    def _answers(self) -> dict[str, bytes]:
        text = [b"Content-Type: text/plain", b"Connection: close"]
        here = f"http://127.0.0.1:{self.port}"
        return {
            "/brief": _head(b"200 OK", [*text, b"Content-Length: 5"], b"hello"),
            "/bad-status": b"HELLO WORLD\r\n\r\n",
            "/many-headers": _head(b"200 OK", [*text, *(b"X-Pad-%d: 1" % i for i in range(150))], b"hello"),
            "/long-header": _head(b"200 OK", [*text, b"X-Long: " + b"a" * 100_000], b"hello"),
            "/short-body": _head(b"200 OK", [*text, b"Content-Length: 10000"], BRIEF_2022.read_bytes()[:100]),
            "/hang-up": b"",
            "/escape-reason": _head(b"500 Bad\x1b[2J Thing", [b"Content-Length: 0", b"Connection: close"]),
            "/to-ipv6": _redirect("http://[::1/x"),
            "/to-port": _redirect("http://127.0.0.1:abc/x"),
            "/to-label": _redirect(f"http://{'b' * 80}.example/x"),
            "/to-bad-status": _redirect(f"{here}/bad-status"),
            "/to-many-headers": _redirect(f"{here}/many-headers"),
            "/to-short-body": _redirect(f"{here}/short-body"),
            "/to-credentials": _redirect(f"http://reader:{SECRET}@127.0.0.1:{self.port}/brief"),
            "/to-drip": _redirect(f"{here}/drip-body"),
            "/loop": _redirect(f"{here}/loop"),
        }

    def handle(self) -> None:
        request = b""
        self.request.settimeout(5)
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in request and len(request) < 65_536:
                chunk = self.request.recv(4096)
                if not chunk:
                    return
                request += chunk
        path = request.split(b" ")[1].decode() if request.count(b" ") >= 2 else "/"
        with contextlib.suppress(OSError):
            if path == "/drip-body":
                self.request.sendall(_head(b"200 OK", [b"Content-Type: text/plain", b"Content-Length: 100000"]))
                self._drip(b"x" * 400)
            elif path == "/drip-headers":
                self._drip(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 400)
            else:
                self.request.sendall(self._answers().get(path, _head(b"404 Not Found", [b"Content-Length: 0"])))

    def _drip(self, data: bytes) -> None:
        # At most 400 bytes at 20 a second: the server gives up by itself after 20 seconds.
        for byte in data:
            self.request.sendall(bytes([byte]))
            time.sleep(0.05)


@pytest.fixture(scope="module")
def raw_server() -> Iterator[str]:
    """A raw-socket HTTP server on 127.0.0.1 with bad status lines, headers, bodies and redirects."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _RawHandler)
    server.daemon_threads = True
    _RawHandler.port = server.server_address[1]
    serve_in_background(server)
    yield f"http://127.0.0.1:{_RawHandler.port}"
    server.shutdown()
    server.server_close()


# Running a case --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    code: int
    stdout: str
    stderr: str
    seconds: float


def _shell(command: str, *, env: dict[str, str] | None = None) -> Done:
    start = time.monotonic()
    done = as_typed(command, env=env, drop=("GITHUB_STEP_SUMMARY",), errors="replace", timeout=60)
    return Done(done.code, done.stdout, done.stderr, time.monotonic() - start)


def _store_state(store: Path) -> dict[str, bytes | str]:
    """Every entry of the store: a regular file's bytes, or what kind of entry it is."""
    state: dict[str, bytes | str] = dict(snapshot_files(store))
    for path in store.iterdir():
        state.setdefault(path.name, "link" if path.is_symlink() else "other")
    return state


def _one_error_line(done: Done) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("usjapan-facts: error: "), lines[0]
    assert "\x1b" not in done.stderr
    return lines[0]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_round_two_exits_2_with_one_clear_line(
    case: Case, store_copy: SnapshotStore, tmp_path: Path, raw_server: str
) -> None:
    """Exit 2; one escaped line on stderr naming the culprit; no traceback; the store unchanged; within seconds."""
    store = store_copy.root
    case.setup(store, tmp_path)
    before = _store_state(store)
    done = _shell(case.command.format(store=store, tmp=tmp_path, raw=raw_server))
    assert done.code == case.code, done.stderr
    line = _one_error_line(done)
    for needle in case.needles:
        assert needle in line
    assert SECRET not in done.stderr + done.stdout
    assert not any(out.startswith("::") for out in (done.stdout + done.stderr).splitlines())
    assert _store_state(store) == before
    assert done.seconds < SECONDS


def test_round_two_has_cases_for_every_class() -> None:
    """More than one case for each class of hostile input."""
    assert all(len(cases) >= 5 for cases in (FILES, JSON, URLS, OUTPUT))


# validate and check report what list refuses --------------------------------------------------------

FINDINGS = [
    ("FIFO named like a snapshot", _fifo("2031-01-01.json"), "2031-01-01.json: is a named pipe (FIFO)"),
    ("symlink loop", _loop, "2031-01-01.json: is a symbolic link loop"),
    (
        "link to /dev/zero",
        _link("{store}/2031-01-01.json", "/dev/zero"),
        "2031-01-01.json: is a link to a file outside",
    ),
    ("100,000-deep nesting", _write("2031-01-01.json", DEEP), "2031-01-01.json: nests deeper than"),
    ("1e400 troop count", _replace_text(TROOPS, '"value": 1e400'), "2022-07-21.json: holds the number 1e400"),
    ("duplicate keys", _replace_text(TROOPS, TROOPS + ', "value": 1'), "2022-07-21.json: has the key 'value' twice"),
]


@pytest.mark.parametrize(("setup", "expected"), [c[1:] for c in FINDINGS], ids=[c[0] for c in FINDINGS])
def test_validate_reports_the_hostile_file_without_hanging(
    setup: Setup, expected: str, store_copy: SnapshotStore, tmp_path: Path
) -> None:
    """`validate` names the file and the problem on stdout and exits 1, within seconds, store unchanged."""
    store = store_copy.root
    setup(store, tmp_path)
    before = _store_state(store)
    done = _shell(f"usjapan-facts --snapshots-dir {store} validate")
    assert done.code == 1, done.stderr
    assert any(expected in line for line in done.stdout.splitlines()), done.stdout
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert _store_state(store) == before
    assert done.seconds < SECONDS


@pytest.mark.parametrize(("setup", "expected"), [c[1:] for c in FINDINGS], ids=[c[0] for c in FINDINGS])
def test_check_reports_the_hostile_file_as_a_finding(
    setup: Setup, expected: str, store_copy: SnapshotStore, tmp_path: Path
) -> None:
    """`check --format json` finds the invalid file (exit 1) rather than hanging or crashing."""
    store = store_copy.root
    setup(store, tmp_path)
    done = _shell(f"usjapan-facts --snapshots-dir {store} check --format json --as-of 2026-10-02")
    assert done.code == 1, done.stderr
    invalid = [f for f in json.loads(done.stdout)["findings"] if f["kind"] == "invalid"]
    assert any(expected in finding["message"] for finding in invalid)
    assert "Traceback" not in done.stderr
    assert done.seconds < SECONDS


def test_file_names_with_control_characters_stay_on_their_line_in_validate(store_copy: SnapshotStore) -> None:
    """`validate` lists a file named with a newline and ESC escaped, so no line starts with '::'."""
    store = store_copy.root
    (store / "2031-01-01\n::error::injected\x1b[2J.json").write_bytes(b"{}")
    done = _shell(f"usjapan-facts --snapshots-dir {store} validate")
    assert done.code == 1
    assert not any(line.startswith("::") for line in done.stdout.splitlines() + done.stderr.splitlines())
    assert "\x1b" not in done.stdout
    assert any("2031-01-01\\n::error::injected\\x1b[2J.json" in line for line in done.stdout.splitlines())


def test_github_check_output_never_starts_a_line_with_a_command_from_data(
    real_store: SnapshotStore, tmp_path: Path
) -> None:
    """`check --format github` on a store whose path carries a newline, '::error' and ESC: every line is ours."""
    store = tmp_path / "snap\n::error file=a.py::injected\x1b[31m"
    shutil.copytree(real_store.root, store)
    (store / "2015-04-17.json").write_bytes(b'{"x": 1, "x": 2}')
    done = _shell("usjapan-facts check --format github --as-of 2026-10-02", env={"USJAPAN_FACTS_SNAPSHOTS": str(store)})
    assert done.code == 1, done.stderr
    lines = done.stdout.splitlines()
    assert any("2015-04-17.json" in line for line in lines)
    assert all(line.startswith(("::error title=", "::warning title=", "::notice title=")) for line in lines)
    assert any("snap%0A::error file=a.py::injected" in line for line in lines)  # data, escaped, mid-line
    assert "\x1b" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_url_password_never_echoed_in_any_output(store_copy: SnapshotStore, raw_server: str) -> None:
    """A URL with user:password@ is refused, shown without its credentials, on stdout, stderr or the store."""
    store = store_copy.root
    port = raw_server.rsplit(":", 1)[1]
    for url in (f"http://reader:{SECRET}@127.0.0.1:{port}/brief", f"{raw_server}/to-credentials"):
        done = _shell(f"usjapan-facts --snapshots-dir {store} extract '{url}' --save")
        assert done.code == 2
        assert SECRET not in done.stdout + done.stderr
        assert "reader" not in done.stderr
    assert all(SECRET.encode() not in content for content in snapshot_files(store).values())


# Signals and leftover temporary files ---------------------------------------------------------------

_SLOW_SAVE = """
import os, sys, time
from pathlib import Path
marker = Path(sys.argv[1])
real_fsync = os.fsync
def slow_fsync(fd):
    real_fsync(fd)
    marker.write_text("saving")
    time.sleep(30)
os.fsync = slow_fsync
sys.argv = ["usjapan-facts", *sys.argv[2:]]
from usjapan_facts.cli import main
main()
"""


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_signal_during_save_removes_the_temp_file(signal_name: str, store_copy: SnapshotStore, tmp_path: Path) -> None:
    """SIGTERM or SIGINT while `extract --save` writes: exit 2, one error line, no temp file, store unchanged."""
    import signal

    store = store_copy.root
    (store / "2022-07-21.json").unlink()
    before = _store_state(store)
    marker = tmp_path / "saving"
    # The save is made slow inside the child only (its fsync waits), so the signal lands mid-save, every time.
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SAVE, str(marker), "--snapshots-dir", str(store), "extract", str(BRIEF_2022),
         "--save"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the save never started"
        assert [p.name for p in store.iterdir() if p.name.endswith(".tmp")], "the save has a temp file by now"
        process.send_signal(getattr(signal, signal_name))
        _, stderr = process.communicate(timeout=SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 2, stderr
    text = stderr.decode()
    assert "Traceback" not in text
    last = text.splitlines()[-1]
    assert last.startswith("usjapan-facts: error: ")
    assert f"interrupted by {signal_name}" in last
    assert "2022-07-21.json" in last
    assert not [p.name for p in store.iterdir() if p.name.startswith(".")]
    assert _store_state(store) == before


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.fixture
def leftover(store_copy: SnapshotStore) -> tuple[Path, Path]:
    """A store without 2022-07-21 that holds a temp file a killed save of 2022-07-21 left, and one of another date."""
    store = store_copy.root
    (store / "2022-07-21.json").unlink()
    mine = store / f".2022-07-21.{_dead_pid()}.k1ll3d.tmp"
    mine.write_bytes(b'{"half": ')
    other = store / ".2023-01-11.abc123.tmp"
    other.write_bytes(b"")
    return mine, other


def test_readers_ignore_a_leftover_temp_file(store_copy: SnapshotStore, leftover: tuple[Path, Path]) -> None:
    """`list` and `show` read the store as if the leftover temp files were not there."""
    store = store_copy.root
    listed = _shell(f"usjapan-facts --snapshots-dir {store} list --format json")
    assert listed.code == 0, listed.stderr
    assert "2022-07-21" not in [row["version"] for row in json.loads(listed.stdout)]
    shown = _shell(f"usjapan-facts --snapshots-dir {store} show latest --format json")
    assert shown.code == 0, shown.stderr


def test_validate_reports_a_leftover_temp_file(store_copy: SnapshotStore, leftover: tuple[Path, Path]) -> None:
    """`validate` names each temp file a killed save left (exit 1) and says the next save removes it."""
    store = store_copy.root
    done = _shell(f"usjapan-facts --snapshots-dir {store} validate")
    assert done.code == 1
    reported = [line for line in done.stdout.splitlines() if "temporary file left by a save that was killed" in line]
    assert sorted(line.split(": ", 1)[0] for line in reported) == sorted(str(path) for path in leftover)
    assert "the next save of 2022-07-21 removes it" in done.stdout


def test_temp_file_of_a_running_save_is_not_reported(store_copy: SnapshotStore) -> None:
    """A temp file whose writer is alive (this test's own process id) is a save in progress, not a leftover."""
    store = store_copy.root
    (store / f".2022-07-21.{os.getpid()}.busy.tmp").write_bytes(b"{")
    done = _shell(f"usjapan-facts --snapshots-dir {store} validate")
    assert done.code == 0, done.stdout


def test_next_save_of_that_date_removes_the_leftover(store_copy: SnapshotStore, leftover: tuple[Path, Path]) -> None:
    """`extract --save` of 2022-07-21 removes that date's leftover and leaves another date's alone."""
    store = store_copy.root
    mine, other = leftover
    done = _shell(f"usjapan-facts --snapshots-dir {store} extract {BRIEF_2022} --save")
    assert done.code == 0, done.stderr
    assert (store / "2022-07-21.json").is_file()
    assert not mine.exists()
    assert other.exists()


def test_link_inside_the_store_to_a_regular_file_still_reads(store_copy: SnapshotStore) -> None:
    """A link to a regular file inside the store reads as before: only links to non-files or outside are refused."""
    store = store_copy.root
    shutil.move(store / "2022-07-21.json", store / "real.txt")
    (store / "2022-07-21.json").symlink_to("real.txt")
    done = _shell(f"usjapan-facts --snapshots-dir {store} show 2022-07-21 alliance.us_troops_in_japan --format json")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["display"] == "around 54,000"
