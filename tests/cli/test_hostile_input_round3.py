"""Hostile input, round three, as typed: everything the tool writes, publishes and sends.

Each case runs the command in a shell, in a scratch folder of its own (the store, a cache folder for
the record of validated content, a working folder), and checks: the exit code; the lines on stderr
(exactly one for trouble, `usjapan-facts: error: ...` naming the culprit); no traceback; nothing that
existed before lost or changed, but what the case is meant to write; no temporary file left; an end
within seconds; and what the case proves about its output.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from xml.etree import ElementTree as ET

import pytest

from tests.cli.test_hostile_input_round2 import _set
from tests.conftest import BRIEF_2022, as_typed, serve_in_background
from usjapan_facts.store import SnapshotStore, default_store_root

SECONDS = 10.0
"""Every case ends well within this; a hang on a FIFO or an unbounded read would not."""
SECRET = "s3cretT0ken9Zq"
HOSTILE = (
    "Evil\x1b]0;pwned\x07\u202eexe.txt\x01\x9b2J\u2066\r @octocat #123 GH-7 [x](https://evil.test/a) "
    "![i](https://evil.test/p.png) www.evil.test <img src=x onerror=alert(1)> <script>alert(1)</script> "
    "javascript:alert(1) `code` |cell|"
)
"""What a brief's sentence could hold: a terminal title, bidi overrides, controls, Markdown and HTML."""
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PM = "leaders.japan_prime_minister"
TROOPS = "alliance.us_troops_in_japan"
LATEST = "2026-10-01"

Setup = Callable[[Path], None]
Check = Callable[[Path, "Done"], None]


@dataclass(frozen=True)
class Done:
    code: int
    stdout: str
    stderr: str
    seconds: float


@dataclass(frozen=True)
class Case:
    name: str
    command: str
    setup: Setup
    code: int = 2
    needles: tuple[str, ...] = ()
    lines: int = 1
    """Lines on stderr: one for trouble; commands that write files say what they wrote."""
    writes: tuple[str, ...] = ()
    """Paths (relative to the scratch folder, prefixes) that the case may create or change."""
    check: Check | None = None


# Setups ---------------------------------------------------------------------------------------------


def _nothing(tmp: Path) -> None:
    return None


def _all(*setups: Setup) -> Setup:
    def setup(tmp: Path) -> None:
        for one in setups:
            one(tmp)

    return setup


def _edit_latest(change: Callable[[dict[str, Any]], None]) -> Setup:
    """Edit the store's newest version as JSON (not canonical, so it is validated in full)."""

    def setup(tmp: Path) -> None:
        path = tmp / "store" / f"{LATEST}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    return setup


def _hostile_name(data: dict[str, Any]) -> None:
    data["facts"][PM]["value"]["family"] = HOSTILE.strip()
    data["facts"][PM]["quote"] = HOSTILE
    data["facts"][TROOPS]["note"] = HOSTILE


HOSTILE_STORE = _edit_latest(_hostile_name)


def _fifo(relative: str) -> Setup:
    def setup(tmp: Path) -> None:
        os.mkfifo(tmp / relative)

    return setup


def _link(relative: str, target: str) -> Setup:
    def setup(tmp: Path) -> None:
        path = tmp / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target.format(tmp=tmp))

    return setup


def _file(relative: str, content: bytes, mode: int = 0o644) -> Setup:
    def setup(tmp: Path) -> None:
        path = tmp / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        path.chmod(mode)

    return setup


def _folder(relative: str) -> Setup:
    def setup(tmp: Path) -> None:
        (tmp / relative).mkdir(parents=True, exist_ok=True)

    return setup


def _canonical_latest(change: Callable[[dict[str, Any]], object]) -> Setup:
    """Write a changed newest version byte for byte as `save` would, and plant its hash in the user's record."""

    def setup(tmp: Path) -> None:
        from usjapan_facts.trust import record_path, validation_key

        path = tmp / "store" / f"{LATEST}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        line = {"key": validation_key(), "hash": hashlib.sha256(text.encode()).hexdigest(), "version": LATEST,
                "crs_version": None, "coverage": "full", "facts": len(data["facts"])}  # fmt: skip
        record = _record_file(tmp, record_path)
        record.parent.mkdir(parents=True, exist_ok=True)
        with record.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(line) + "\n")

    return setup


def _record_file(tmp: Path, record_path: Callable[[Path], Path]) -> Path:
    # The record lives in the cache folder the command sees: XDG_CACHE_HOME is tmp/cache for every case.
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    try:
        return record_path(tmp / "store")
    finally:
        if saved is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = saved


def _record_as(make: Callable[[Path], None]) -> Setup:
    """Make the user's record of validated content something hostile: a FIFO, a link, a huge file."""

    def setup(tmp: Path) -> None:
        from usjapan_facts.trust import record_path

        record = _record_file(tmp, record_path)
        record.parent.mkdir(parents=True, exist_ok=True)
        make(record)

    return setup


def _other_brief(tmp: Path) -> None:
    other = sorted(default_store_root("IF11120").glob("*.json"))[0]
    (tmp / "store" / other.name).write_bytes(other.read_bytes())


def _earlier_site(tmp: Path) -> None:
    """An earlier build in tmp/site: its index a link to a file outside, and a page no build writes now."""
    site = tmp / "site"
    (site / "versions").mkdir(parents=True)
    (site / "feed.xml").write_text("<feed/>", encoding="utf-8")
    (site / "versions" / "1999-01-01.html").write_text("stale page", encoding="utf-8")
    (site / "index.html").symlink_to(tmp / "outside.txt")


# Checks of what was written ---------------------------------------------------------------------------


def _no_raw_controls(tmp: Path, done: Done) -> None:
    assert HOSTILE.split("\x1b", maxsplit=1)[0] in done.stdout, "the hostile text is in the report"
    assert not RAW_CONTROL.search(done.stdout), done.stdout
    assert "\\x1b]0;pwned" in done.stdout or "\\u001b]0;pwned" in done.stdout


def _json_keeps_the_text(tmp: Path, done: Done) -> None:
    _no_raw_controls(tmp, done)
    assert any("\x1b]0;pwned" in text for text in _strings(json.loads(done.stdout))), "parsed, the text is intact"


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for item in data.values():
            yield from _strings(item)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def _inert_markdown(text: str) -> None:
    assert "Evil" in text
    for live in (
        "@octocat",
        "#123",
        r"(?<!\\)\]\(",
        r"(?<!\\)!\[",
        "<img",
        "<script",
        "https://evil",
        "www.evil",
        "GH-7",
    ):
        assert not re.search(live, text), live
    assert not RAW_CONTROL.search(text)


def _markdown_stdout(tmp: Path, done: Done) -> None:
    _inert_markdown(done.stdout)


def _markdown_file(relative: str) -> Check:
    def check(tmp: Path, done: Done) -> None:
        _inert_markdown((tmp / relative).read_text(encoding="utf-8"))

    return check


def _atom_parses(tmp: Path, done: Done) -> None:
    feed = ET.fromstring(done.stdout.encode("utf-8"))
    assert feed.tag.endswith("feed")


def _atom_stdout(tmp: Path, done: Done) -> None:
    _atom_parses(tmp, done)
    assert "Evil" in done.stdout


OWN_SCRIPTS = frozenset({"search.js", "search-index.js"})
"""The site's own files that the search page loads: code shipped with the tool, and the index as JSON data."""


class _Scripts(HTMLParser):
    """Collects what could run in a page: script elements other than the site's own, inline code, event handlers,
    javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        if tag == "script" and dict(attrs).get("src") not in OWN_SCRIPTS:
            self.found.append(f"script {dict(attrs).get('src')}")
        if tag in ("iframe", "object", "embed"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if value and value.strip().lower().replace("\x00", "").startswith(("javascript:", "data:text/html")):
                self.found.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.found.append(f"inline script {data[:40]!r}")


def _safe_site(tmp: Path, done: Done) -> None:
    pages = list((tmp / "site").rglob("*.html"))
    assert len(pages) > 20
    shown = False
    for page in pages:
        text = page.read_text(encoding="utf-8")
        shown = shown or "Evil" in text
        parser = _Scripts()
        parser.feed(text)
        assert parser.found == [], (page, parser.found)
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text), page
    assert shown, "the hostile name is on some page"
    ET.parse(tmp / "site" / "feed.xml")
    # The search index is data: one JSON value, in which no text can close the statement or a tag.
    index = (tmp / "site" / "search-index.js").read_text(encoding="utf-8")
    prefix = "window.SEARCH_INDEX = "
    assert index.startswith(prefix)
    assert index.endswith(";\n")
    assert "<" not in index
    assert "Evil" in json.dumps(json.loads(index[len(prefix) : -2]))


def _site_replaced(tmp: Path, done: Done) -> None:
    site = tmp / "site"
    assert not (site / "versions" / "1999-01-01.html").exists(), "a page of the earlier build is gone"
    assert not (site / "index.html").is_symlink()
    assert (tmp / "outside.txt").read_text(encoding="utf-8") == "outside\n"
    ET.parse(site / "feed.xml")


def _mode(relative: str, expected: int) -> Check:
    def check(tmp: Path, done: Done) -> None:
        assert stat.S_IMODE((tmp / relative).stat().st_mode) == expected, oct((tmp / relative).stat().st_mode)

    return check


def _workflow_value(tmp: Path, done: Done) -> None:
    import yaml

    workflow = yaml.safe_load((tmp / "watch" / ".github" / "workflows" / "brief-watch.yml").read_bytes())
    assert workflow["env"]["USJAPAN_FACTS"] == "usjapan-facts==1.2.3"


def _fifo_kept(relative: str) -> Check:
    def check(tmp: Path, done: Done) -> None:
        assert stat.S_ISFIFO((tmp / relative).lstat().st_mode)

    return check


def _devnull_kept(tmp: Path, done: Done) -> None:
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def _record_target_kept(tmp: Path, done: Done) -> None:
    assert (tmp / "outside.txt").read_text(encoding="utf-8") == "outside\n"
    assert (tmp / "store" / "2022-07-21.json").exists()


def _no_secret(tmp: Path, done: Done) -> None:
    assert SECRET not in done.stdout + done.stderr


def _posted(path: str, count: int) -> Check:
    def check(tmp: Path, done: Done) -> None:
        _no_secret(tmp, done)
        got = [entry for entry in _Hook.received if entry[0] == "POST" and entry[1] == path]
        assert len(got) == count, _Hook.received
        assert all(entry[2]["fingerprint"] for entry in got)
        assert not [entry for entry in _Hook.received if entry[0] != "POST"]

    return check


def _empty(relative: str) -> Check:
    def check(tmp: Path, done: Done) -> None:
        assert list((tmp / relative).iterdir()) == []

    return check


# A webhook on 127.0.0.1 ---------------------------------------------------------------------------


class _Hook(BaseHTTPRequestHandler):
    """Webhook paths: /redirect/CODE answers that redirect to /ok; /slow answers after 0.3 s; others 200."""

    received: ClassVar[list[tuple[str, str, Any]]] = []

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        path = self.path.split("?")[0]
        self.received.append((method, path, body))
        if path.startswith("/redirect/"):
            self.send_response(int(path.rsplit("/", 1)[1]))
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/slow":
            time.sleep(0.3)
        status = 500 if "fail" in path else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_GET(self) -> None:
        self._answer("GET")

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def hook() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    server.daemon_threads = True
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# The cases ------------------------------------------------------------------------------------------

S = "usjapan-facts --snapshots-dir {tmp}/store"
CHECK = f"{S} check --as-of 2026-11-27"


def _failing_findings() -> int:
    """How many findings `check --as-of 2026-11-27` of the shipped history fails on: what --notify sends."""
    import datetime as dt

    from usjapan_facts.checks import check
    from usjapan_facts.store import SnapshotStore, default_store_root

    result = check(SnapshotStore(default_store_root()), as_of=dt.date(2026, 11, 27))
    return sum(1 for finding in result.findings if finding.severity == "major")


FAILING = _failing_findings()
TOML = "work/usjapan-facts.toml"

OUTPUT = [
    # Data that breaks or hijacks an output: the terminal, XML, Markdown.
    Case("show: controls in a person's name", f"{S} show latest {PM}", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("show: the whole version", f"{S} show latest", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("show --format json", f"{S} show latest --format json", HOSTILE_STORE, 0, lines=0, check=_json_keeps_the_text),
    Case("show one fact --format json", f"{S} show latest {PM} --format json", HOSTILE_STORE, 0, lines=0, check=_json_keeps_the_text),
    Case("diff: text", f"{S} diff", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("diff --format json", f"{S} diff --format json", HOSTILE_STORE, 0, lines=0, check=_json_keeps_the_text),
    Case("history: text", f"{S} history {PM}", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("history --format json", f"{S} history {PM} --format json", HOSTILE_STORE, 0, lines=0, check=_json_keeps_the_text),
    Case("history --format csv", f"{S} history {PM} --format csv", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("log: text", f"{S} log", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("log --format json", f"{S} log --format json", HOSTILE_STORE, 0, lines=0, check=_json_keeps_the_text),
    Case("check: text", f"{CHECK}", HOSTILE_STORE, 1, lines=0, check=_no_raw_controls),
    Case("export --format jsonl", f"{S} export {LATEST} --format jsonl", HOSTILE_STORE, 0, lines=0, check=_no_raw_controls),
    Case("log --format atom: C0 controls", f"{S} log --format atom", HOSTILE_STORE, 0, lines=0, check=_atom_stdout),
    Case("log --format atom: U+FFFE", f"{S} log --format atom", _edit_latest(_set("facts", PM, "quote", "a\ufffeb\x0c")), 0, lines=0, check=_atom_parses),
    Case("diff --format markdown", f"{S} diff --format markdown", HOSTILE_STORE, 0, lines=0, check=_markdown_stdout),
    Case("check --format markdown", f"{CHECK} --format markdown", HOSTILE_STORE, 1, lines=0, check=_markdown_stdout),
    Case("check --output-markdown", f"{CHECK} --output-markdown {{tmp}}/check.md", HOSTILE_STORE, 1, lines=0, writes=("check.md",), check=_markdown_file("check.md")),
    Case("diff --format github: step summary", f"GITHUB_STEP_SUMMARY={{tmp}}/summary.md {S} diff --format github", HOSTILE_STORE, 0, lines=0, writes=("summary.md",), check=_markdown_file("summary.md")),
    Case("site from hostile data", f"{S} site {{tmp}}/site", HOSTILE_STORE, 0, writes=("site",), check=_safe_site),
]  # fmt: skip

CODE = [
    # Values that become code elsewhere: init's workflow (YAML, GitHub expressions).
    Case("init --ref ending in a backslash", "usjapan-facts init {tmp}/watch --ref 'v1\\'", _nothing, needles=("v1\\\\", "not a git tag")),
    Case("init --ref with a GitHub expression", "usjapan-facts init {tmp}/watch --ref '${{{{ secrets.GITHUB_TOKEN }}}}'", _nothing, needles=("${{",)),
    Case("init --ref with an expression, no spaces", "usjapan-facts init {tmp}/watch --ref 'v${{{{github.token}}}}'", _nothing, needles=("${{",)),
    Case("init --ref with a double quote", "usjapan-facts init {tmp}/watch --ref 'v1\"'", _nothing, needles=("not a git tag",)),
    Case("init --ref with a newline", "usjapan-facts init {tmp}/watch --ref $'v1\\nrun: evil'", _nothing, needles=("not a git tag", "\\n")),
    Case("init --ref with a YAML comment", "usjapan-facts init {tmp}/watch --ref 'v1 #x'", _nothing, needles=("not a git tag",)),
    Case("init --ref with '..'", "usjapan-facts init {tmp}/watch --ref 'v1..v2'", _nothing, needles=("not a git tag",)),
    Case("init --ref starting with a dash", "usjapan-facts init {tmp}/watch --ref=-x", _nothing, needles=("not a git tag",)),
    Case("init --ref with a shell substitution", "usjapan-facts init {tmp}/watch --ref '$(id)'", _nothing, needles=("not a git tag",)),
    Case("init --ref plain on an install not from git: names --install", "usjapan-facts init {tmp}/watch --ref v1.2.3", _nothing, needles=("--install", "not installed from git")),
    Case("init --install plain: the workflow parses", "usjapan-facts init {tmp}/watch --install 'usjapan-facts==1.2.3'", _nothing, 0, lines=5, writes=("watch",), check=_workflow_value),
]  # fmt: skip

LINKS = [
    # Writing through links and special files.
    Case("export sqlite onto a FIFO", f"{S} export --format sqlite {{tmp}}/out.db", _fifo("out.db"), needles=("out.db", "named pipe"), check=_fifo_kept("out.db")),
    Case("export sqlite onto /dev/null", f"{S} export --format sqlite /dev/null", _nothing, needles=("/dev/null", "character device"), check=_devnull_kept),
    Case("export sqlite through a link out of its folder", f"{S} export --format sqlite {{tmp}}/db/out.db", _all(_file("outside.txt", b"outside\n"), _link("db/out.db", "{tmp}/outside.txt")), needles=("out.db", "link")),
    Case("export sqlite through a dangling link", f"{S} export --format sqlite {{tmp}}/db/out.db", _link("db/out.db", "{tmp}/elsewhere/new.db"), needles=("out.db", "link")),
    Case("check --output-json onto a FIFO", f"{CHECK} --output-json {{tmp}}/check.json", _fifo("check.json"), needles=("check.json", "named pipe"), check=_fifo_kept("check.json")),
    Case("check --output-markdown onto a FIFO", f"{CHECK} --output-markdown {{tmp}}/check.md", _fifo("check.md"), needles=("check.md", "named pipe")),
    Case("check --output-json through a link out", f"{CHECK} --output-json {{tmp}}/out/check.json", _all(_file("outside.txt", b"outside\n"), _link("out/check.json", "{tmp}/outside.txt")), needles=("check.json", "link")),
    Case("check --output-json onto /dev/zero", f"{CHECK} --output-json {{tmp}}/out/check.json", _link("out/check.json", "/dev/zero"), needles=("check.json",)),
    Case("history --plot onto a FIFO", f"{S} history {TROOPS} --plot {{tmp}}/chart.svg", _fifo("chart.svg"), needles=("chart.svg", "named pipe")),
    Case("history --plot through a link out", f"{S} history {TROOPS} --plot {{tmp}}/out/chart.png", _all(_file("outside.txt", b"outside\n"), _link("out/chart.png", "{tmp}/outside.txt")), needles=("chart.png", "link")),
    Case("site into a folder of other files", f"{S} site {{tmp}}/docs", _file("docs/notes.txt", b"mine\n"), needles=("docs", "no site")),
    Case("site onto a regular file", f"{S} site {{tmp}}/site", _file("site", b"a file\n"), needles=("site", "is a file")),
    Case("site over an earlier build with a page linked out", f"{S} site {{tmp}}/site", _all(_file("outside.txt", b"outside\n"), _earlier_site), 0, writes=("site",), check=_site_replaced),
    Case("init with a dangling settings link", "usjapan-facts init {tmp}/watch", _link("watch/usjapan-facts.toml", "{tmp}/elsewhere/x.toml"), needles=("usjapan-facts.toml", "already exists")),
    Case("init with .github linked elsewhere", "usjapan-facts init {tmp}/watch", _all(_folder("elsewhere"), _link("watch/.github", "{tmp}/elsewhere")), needles=(".github", "link"), check=_empty("elsewhere")),
    Case("init with .github/workflows linked elsewhere", "usjapan-facts init {tmp}/watch", _all(_folder("elsewhere"), _link("watch/.github/workflows", "{tmp}/elsewhere")), needles=("workflows", "link"), check=_empty("elsewhere")),
    Case("init onto a regular file", "usjapan-facts init {tmp}/watch", _file("watch", b"x\n"), needles=("watch",)),
    Case("extract --save --force through a stored link out", f"{S} extract {BRIEF_2022} --save --force", _all(_file("outside.txt", b"outside\n"), lambda tmp: (tmp / "store" / "2022-07-21.json").unlink(), _link("store/2022-07-21.json", "{tmp}/outside.txt")), needles=("2022-07-21.json", "link"), lines=4),
    Case("a save never appends through a linked record", f"{S} extract {BRIEF_2022} --save", _all(_file("outside.txt", b"outside\n"), lambda tmp: (tmp / "store" / "2022-07-21.json").unlink(), _record_as(lambda record: record.symlink_to(record.parents[3] / "outside.txt"))), 0, lines=5, writes=("store/2022-07-21.json", "store/texts"), check=_record_target_kept),
]  # fmt: skip

HALF_DONE = [
    # Half-done writes and modes.
    Case("export sqlite: a new file honours the umask 022", f"umask 022; {S} export --format sqlite --output {{tmp}}/out.db", _nothing, 0, writes=("out.db",), check=_mode("out.db", 0o644)),
    Case("export sqlite: a new file honours the umask 027", f"umask 027; {S} export --format sqlite --output {{tmp}}/out.db", _nothing, 0, writes=("out.db",), check=_mode("out.db", 0o640)),
    Case("export sqlite keeps an existing file's mode", f"umask 077; {S} export --format sqlite --output {{tmp}}/out.db", _file("out.db", b"", 0o664), 0, writes=("out.db",), check=_mode("out.db", 0o664)),
    Case("extract --save --force keeps a 0644 file 0644", f"umask 077; {S} extract {BRIEF_2022} --save --force", lambda tmp: (tmp / "store" / "2022-07-21.json").chmod(0o644), 0, lines=5, writes=("store/2022-07-21.json", "store/texts"), check=_mode("store/2022-07-21.json", 0o644)),
    Case("extract --save: a new snapshot honours the umask", f"umask 022; {S} extract {BRIEF_2022} --save", lambda tmp: (tmp / "store" / "2022-07-21.json").unlink(), 0, lines=5, writes=("store/2022-07-21.json", "store/texts"), check=_mode("store/2022-07-21.json", 0o644)),
    Case("check --output-json keeps an existing file's mode", f"umask 077; {CHECK} --output-json {{tmp}}/check.json", _file("check.json", b"{}", 0o644), 1, lines=0, writes=("check.json",), check=_mode("check.json", 0o644)),
    Case("init on a full disk leaves nothing", "ulimit -f 8; usjapan-facts init {tmp}/watch", _nothing, needles=("watch", "nothing was written")),
    Case("init into an existing folder on a full disk leaves it as it was", "ulimit -f 8; usjapan-facts init {tmp}/watch", _file("watch/README", b"mine\n"), needles=("watch", "nothing was written")),
    Case("export sqlite on a full disk leaves no temp file", f"ulimit -f 16; {S} export --format sqlite {{tmp}}/out.db", _file("out.db", b"earlier\n"), needles=("out.db",)),
    Case("site on a full disk leaves the earlier site", f"ulimit -f 16; {S} site {{tmp}}/site", _all(_folder("site"), _file("site/index.html", b"old"), _file("site/feed.xml", b"<feed/>")), needles=("site",)),
    Case("--snapshots-dir on a full disk: save leaves no temp file", f"ulimit -f 4; {S} extract {BRIEF_2022} --save", lambda tmp: (tmp / "store" / "2022-07-21.json").unlink(), needles=("2022-07-21.json",), lines=4),
]  # fmt: skip

RECORD = [
    # The record of validated content trusted blindly.
    Case("planted record: a troop count of -5", f"{S} show latest {TROOPS}", _canonical_latest(_set("facts", TROOPS, "value", -5)), needles=(f"{LATEST}.json", TROOPS)),
    Case("planted record: -5 troops in a diff", f"{S} diff", _canonical_latest(_set("facts", TROOPS, "value", -5)), needles=(f"{LATEST}.json",)),
    Case("planted record: a person as a string", f"{S} show latest", _canonical_latest(_set("facts", PM, "value", "Nobody")), needles=(f"{LATEST}.json", PM)),
    Case("planted record: a person without a family name", f"{S} history {PM}", _canonical_latest(_set("facts", PM, "value", {"given": "X"})), needles=(f"{LATEST}.json",)),
    Case("planted record: facts as a list", f"{S} log", _canonical_latest(_set("facts", [])), needles=(f"{LATEST}.json", "facts")),
    Case("planted record: an unknown field", f"{S} show latest", _canonical_latest(_set("facts", TROOPS, "evil", 1)), needles=(f"{LATEST}.json",)),
    Case("planted record: a rank of 0", f"{S} export {LATEST}", _canonical_latest(lambda data: [fact.update(value=0) for fact in data["facts"].values() if fact["kind"] == "rank"]), needles=(f"{LATEST}.json",)),
    Case("planted record: an election date that is no date", f"{S} show latest", _canonical_latest(lambda data: [item.update(date="2028-02-30") for item in data["elections"].values()]), needles=(f"{LATEST}.json",)),
    Case("record that is a FIFO", f"{S} list", _record_as(os.mkfifo), 0, lines=0),
    Case("record linked to /dev/zero", f"{S} list", _record_as(lambda record: record.symlink_to("/dev/zero")), 0, lines=0),
    Case("record of 100 MB", f"{S} list", _record_as(lambda record: os.truncate(record.open("wb").name, 100 * 1024 * 1024)), 0, lines=0),
    Case("record that is a folder", f"{S} list", _record_as(lambda record: record.mkdir()), 0, lines=0),
    Case("planted record: -5 troops in list", f"{S} list", _canonical_latest(_set("facts", TROOPS, "value", -5)), needles=(f"{LATEST}.json", TROOPS)),
]  # fmt: skip

QUIET = [
    # Quiet wrong answers: another brief's snapshot in a store; webhooks that redirect or leak secrets.
    Case("validate: a snapshot of the other brief", f"{S} validate", _other_brief, 1, needles=("of 23",), check=lambda tmp, done: _needle_in_stdout(done, "pass --report IF11120")),
    Case("log: a snapshot of the other brief", f"{S} log", _other_brief, needles=("IF11120", "--report IF11120")),
    Case("diff: a snapshot of the other brief", f"{S} diff 2019-04-26 latest", _other_brief, needles=("2019-04-26.json", "--report IF11120")),
    Case("webhook answers 302", f"{CHECK} --notify {{hook}}/redirect/302", _nothing, needles=("HTTP 302", "GET"), check=_posted("/redirect/302", 1)),
    Case("webhook answers 301", f"{CHECK} --notify {{hook}}/redirect/301", _nothing, needles=("HTTP 301",), check=_posted("/redirect/301", 1)),
    Case("webhook answers 303", f"{CHECK} --notify {{hook}}/redirect/303", _nothing, needles=("HTTP 303",), check=_posted("/redirect/303", 1)),
    Case("webhook answers 307: followed", f"{CHECK} --notify {{hook}}/redirect/307", _nothing, 1, needles=("notified",), check=_posted("/ok", FAILING)),
    Case("webhook answers 308: followed", f"{CHECK} --notify {{hook}}/redirect/308", _nothing, 1, needles=("notified",), check=_posted("/ok", FAILING)),
    Case("webhook token in the query, failing", f"{CHECK} --notify '{{hook}}/fail?token={SECRET}&x=1'", _nothing, needles=("HTTP 500", "token=***"), check=_no_secret),
    Case("Slack-style token in the path", f"{CHECK} --notify {{hook}}/services/T000/B000/{SECRET}", _nothing, 1, needles=("notified", "/services/***"), check=_no_secret),
    Case("Discord-style token in the path, failing", f"{CHECK} --notify {{hook}}/api/webhooks/123/{SECRET}/fail", _nothing, needles=("HTTP 500",), check=_no_secret),
    Case("webhook token in the fragment and user info", f"{CHECK} --notify 'http://user:{SECRET}@127.0.0.1:9/x#{SECRET}'", _nothing, needles=("user name or password",), check=_no_secret),
    Case("one deadline for all POSTs of a run", f"{CHECK} --notify {{hook}}/slow --timeout 0.4", _nothing, needles=("/slow", "within 0.4 seconds", f"of {FAILING} findings delivered")),
]  # fmt: skip

SETTINGS = [
    # The settings file, ./usjapan-facts.toml, parsed with the rules file's guards.
    Case("settings nested 100,000 deep", "usjapan-facts list", _file(TOML, b"a = " + b"[" * 100_000 + b"]" * 100_000), needles=("usjapan-facts.toml", "nested too deeply")),
    Case("settings nested deep, with --snapshots-dir", f"{S} list", _file(TOML, b"a = " + b"[" * 100_000 + b"]" * 100_000), needles=("usjapan-facts.toml",)),
    Case("settings with a 5,000-digit number", "usjapan-facts show latest", _file(TOML, b"x = " + b"9" * 5000), needles=("usjapan-facts.toml", "not valid TOML")),
    Case("settings with a 5,000-digit number, with --snapshots-dir", f"{S} diff", _file(TOML, b"x = " + b"9" * 5000), needles=("usjapan-facts.toml",)),
    Case("settings with deep inline tables", f"{S} log", _file(TOML, b"a = " + b"{b = " * 50_000 + b"1" + b"}" * 50_000), needles=("usjapan-facts.toml",)),
    Case("settings that are not UTF-8", f"{S} list", _file(TOML, b"report = \"\xff\xfe\"\n"), needles=("usjapan-facts.toml", "UTF-8")),
    Case("settings of 2 MB", f"{S} list", _file(TOML, b"# pad\n" * 400_000), needles=("usjapan-facts.toml", "limit")),
    Case("settings linked to /dev/zero", f"{S} list", _link(TOML, "/dev/zero"), 0, lines=0),
]  # fmt: skip

CASES = [*OUTPUT, *CODE, *LINKS, *HALF_DONE, *RECORD, *QUIET, *SETTINGS]


def _needle_in_stdout(done: Done, needle: str) -> None:
    assert needle in done.stdout, done.stdout


# Running a case --------------------------------------------------------------------------------------


def _shell(command: str, cwd: Path, tmp: Path) -> Done:
    environment = {"XDG_CACHE_HOME": str(tmp / "cache"), "HOME": str(tmp / "home"), "NO_COLOR": "1"}
    start = time.monotonic()
    done = as_typed(command, env=environment, cwd=cwd, drop=("GITHUB_STEP_SUMMARY",), errors="replace", timeout=60)
    return Done(done.code, done.stdout, done.stderr, time.monotonic() - start)


def _tree(tmp: Path) -> dict[str, tuple[Any, ...]]:
    """Every entry under the scratch folder: a file's bytes and mode, a link's target, or its type."""
    state: dict[str, tuple[Any, ...]] = {}
    for path in sorted(tmp.rglob("*")):
        info = path.lstat()
        name = str(path.relative_to(tmp))
        if stat.S_ISLNK(info.st_mode):
            state[name] = ("link", os.readlink(path))
        elif stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if info.st_size < 50_000_000 else info.st_size
            state[name] = ("file", digest, stat.S_IMODE(info.st_mode))
        else:
            state[name] = (stat.S_IFMT(info.st_mode), stat.S_IMODE(info.st_mode))
    return state


def _temp_files(tmp: Path) -> list[str]:
    return [
        str(path) for path in tmp.rglob("*")
        if path.name.endswith(".tmp") or path.name.startswith((".usjapan-facts-init", ".site.", ".watch."))
    ]  # fmt: skip


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A scratch folder: a copy of the shipped store, a cache and a home of its own, a working folder."""
    import shutil

    shutil.copytree(SnapshotStore(default_store_root()).root, tmp_path / "store")
    for name in ("cache", "home", "work"):
        (tmp_path / name).mkdir()
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_round_three(case: Case, scratch: Path, hook: str) -> None:
    """Exit code; stderr lines (one for trouble, naming the culprit); no traceback; nothing else changed; no temp."""
    _Hook.received.clear()
    case.setup(scratch)
    before = _tree(scratch)
    done = _shell(case.command.format(tmp=scratch, hook=hook), scratch / "work", scratch)
    assert done.code == case.code, (done.stdout[-2000:], done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == case.lines, done.stderr
    if case.code == 2:
        assert lines[-1].startswith("usjapan-facts: error: "), lines
    for needle in case.needles:
        assert needle in done.stderr, (needle, done.stderr)
    assert not RAW_CONTROL.search(done.stderr)
    after = _tree(scratch)
    changed = [name for name, entry in before.items() if after.get(name) != entry]
    assert [name for name in changed if not name.startswith(case.writes or ("\0",))] == []
    created = [name for name in after if name not in before and not name.startswith(case.writes or ("\0",))]
    # Caches the tool (and matplotlib) keep in the user's own folders are not part of what it publishes.
    assert [name for name in created if not name.startswith(("cache/", "home/"))] == []
    assert _temp_files(scratch) == []
    assert done.seconds < SECONDS
    if case.check is not None:
        case.check(scratch, done)


def test_round_three_has_cases_for_every_class() -> None:
    """At least 60 cases, and several for each class of the issue."""
    assert len(CASES) >= 60
    assert all(len(cases) >= 5 for cases in (OUTPUT, CODE, LINKS, HALF_DONE, RECORD, QUIET, SETTINGS))


# Signals, retries and rebuilds -------------------------------------------------------------------------

_SLOW_EXPORT = """
import sys, time
from pathlib import Path
marker = Path(sys.argv[1])
import usjapan_facts.report.sqlite as sqlite_export
real_fill = sqlite_export._fill
def slow_fill(db, snapshots, diffs):
    real_fill(db, snapshots, diffs)
    marker.write_text("exporting")
    time.sleep(30)
sqlite_export._fill = slow_fill
sys.argv = ["usjapan-facts", *sys.argv[2:]]
from usjapan_facts.cli import main
main()
"""


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_signal_during_sqlite_export_leaves_no_temp_file(signal_name: str, scratch: Path) -> None:
    """SIGTERM or SIGINT mid-export: exit 2, one line, no temporary file, the earlier database as it was."""
    import signal
    import sys

    target = scratch / "work" / "facts.db"
    target.write_bytes(b"earlier")
    marker = scratch / "exporting"
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_EXPORT, str(marker), "--snapshots-dir", str(scratch / "store"), "export",
         "--format", "sqlite", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the export never started"
        assert _temp_files(scratch), "the export has its temporary file by now"
        process.send_signal(getattr(signal, signal_name))
        _, stderr = process.communicate(timeout=SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 2, stderr
    [line] = stderr.decode().splitlines()
    assert line.startswith("usjapan-facts: error: ")
    assert f"interrupted by {signal_name}" in line
    assert _temp_files(scratch) == []
    assert target.read_bytes() == b"earlier"


def test_init_that_failed_midway_can_be_retried(scratch: Path) -> None:
    """A full disk stops init with nothing written, so the retry finds an empty folder and succeeds."""
    watch = scratch / "watch"
    failed = _shell(f"ulimit -f 8; usjapan-facts init {watch}", scratch / "work", scratch)
    assert failed.code == 2
    assert not watch.exists()
    retried = _shell(f"usjapan-facts init {watch}", scratch / "work", scratch)
    assert retried.code == 0, retried.stderr
    assert sorted(path.name for path in watch.iterdir()) == [".github", "snapshots", "usjapan-facts.toml"]


def test_site_rebuild_writes_only_the_pages_that_changed(scratch: Path) -> None:
    """Unchanged, a rebuild writes no page anew (same inodes); with a version removed, only what shows it changes."""
    site = scratch / "site"
    assert _shell(f"usjapan-facts --snapshots-dir {scratch}/store site {site}", scratch, scratch).code == 0
    first = {path: path.stat().st_ino for path in site.rglob("*") if path.is_file()}
    assert _shell(f"usjapan-facts --snapshots-dir {scratch}/store site {site}", scratch, scratch).code == 0
    assert {path: path.stat().st_ino for path in site.rglob("*") if path.is_file()} == first
    (scratch / "store" / f"{LATEST}.json").unlink()
    assert _shell(f"usjapan-facts --snapshots-dir {scratch}/store site {site}", scratch, scratch).code == 0
    after = {path: path.stat().st_ino for path in site.rglob("*") if path.is_file()}
    assert site / "versions" / f"{LATEST}.html" not in after
    kept = [path for path, inode in after.items() if first.get(path) == inode]
    assert site / "versions" / "2022-07-21.html" in kept
    assert site / "index.html" not in kept
