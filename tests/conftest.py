"""Shared fixtures: the real store, scratch stores, and the command as a user types it."""

from __future__ import annotations

import compileall
import contextlib
import gc
import itertools
import json
import os
import pty
import re
import shlex
import shutil
import signal
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

import usjapan_facts
from usjapan_facts import catalog
from usjapan_facts.store import SnapshotStore, default_store_root

# The package is compiled once, here, so the commands the tests start as separate processes read its
# cached bytecode, as an installed command does, and never write it: not where the environment asks
# Python not to (compiling afresh in every process was a tenth of the suite's CPU time), and not under
# a file-size limit (`ulimit -f`), where CPython can cache a cut-short .pyc that breaks later imports.
compileall.compile_dir(Path(usjapan_facts.__file__).parent, quiet=1)
# For the same reason pytest may keep its assertion-rewritten modules even where PYTHONDONTWRITEBYTECODE is
# set: otherwise each xdist worker, and each pytest a test starts, parses and rewrites every test module again
# (half of collection: 3.5 s -> 1.8 s a worker), and Hypothesis too (pytest rewrites the packages of its plugins:
# 0.5 s a process), which is why Hypothesis is imported only after this line (`pytest_configure`). Only this
# process writes; the commands the tests start keep the environment's setting.
sys.dont_write_bytecode = False

LONG_FIRST = (
    "tests/test_contributing.py::",
    "tests/engine/test_properties.py::test_extractor_never_raises",
    "tests/watch/test_workflow.py::test_weekly_job_fetches_once",
    "tests/watch/test_release.py::",
    "tests/engine/test_history.py::test_history_stars_exactly_where_log_reports",
)
"""The longest tests (seconds each, `--durations`): run first, so that with `-n 2` the short ones fill both
workers at the end instead of one worker finishing a long test alone (the wheel's build, collected among the
last, was one)."""


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """With `-n N` and no `--dist`, let an idle worker take tests queued on a busy one (xdist's `worksteal`).

    xdist's default (`load`) hands the first worker a quarter of the suite at the start, the long tests among
    them; it then waits on that batch while the other worker has run out (about 3 s of a `-n 2` run, measured).
    """
    if getattr(config.option, "numprocesses", None) and config.option.dist == "no":
        config.option.dist = "worksteal"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move the longest tests to the front in the order of LONG_FIRST, keeping the order of the rest."""

    def rank(item: pytest.Item) -> int:
        return next((n for n, prefix in enumerate(LONG_FIRST) if item.nodeid.startswith(prefix)), len(LONG_FIRST))

    items.sort(key=rank)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Once the tests are collected, keep the collector's cyclic garbage collection off what lives all session.

    The modules, compiled patterns and collected items are moved out of the collector's reach (`gc.freeze`), and a
    collection runs after 10,000 allocations, not 700: each one walked every long-lived object again, some 6% of the
    in-process tests' CPU time (2.8 s of 28 s over tests/extract, engine and store; 1.1 s after). Objects freed by
    their reference count, as almost all are, go at once as before; only cycles wait a little longer.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
FROZEN = FIXTURES / "frozen"
"""A frozen test catalogue (briefs/) and the IF10199 store it was taken with (snapshots/): goldens render these,
so adding a fact to the real catalogue or record changes no golden (see tests/fixtures/frozen/README.md)."""
BRIEF_2022 = FIXTURES / "IF10199-2022-07-21.md"
RECORD = FIXTURES / "if10199_versions.json"


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


def _command() -> list[str]:
    script = Path(sys.executable).parent / "usjapan-facts"
    return [str(script)] if script.exists() else [sys.executable, "-m", "usjapan_facts"]


def run_on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run `usjapan-facts ARGS` with its stdout on a pseudo-terminal; return what it wrote there."""
    leader, follower = pty.openpty()
    done = subprocess.run([*_command(), *args], stdout=follower, stderr=subprocess.PIPE, env=env, check=False)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower is closed and everything was read
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert done.returncode == 0, done.stderr
    return output.decode("utf-8")


Run = Callable[..., Result]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="the site's browser tests also save full-page screenshots in benchmarks/out/site/, to look at",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Load the Hypothesis profile before any test module is imported (its `@settings` start from the profile).

    Speed is measured by the benchmarks, never by a test: a property test on a loaded machine (CI's two cores
    running xdist, or the browser tests beside it) must not fail on Hypothesis's per-example deadline.
    """
    from hypothesis import settings

    settings.register_profile("usjapan-facts", deadline=None)
    settings.load_profile("usjapan-facts")
    # matplotlib keeps its list of fonts in the user's cache folder, as a user's machine does. Each test points
    # XDG_CACHE_HOME at a fresh folder (for the store's own record), which would have every process that draws a
    # chart rebuild that list (0.1 s and more each): it stays where matplotlib keeps it outside the tests.
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    os.environ.setdefault("MPLCONFIGDIR", str(cache / "matplotlib"))


def _process(command: str, *, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    words = shlex.split(command)
    assert words[0] == "usjapan-facts"
    environment = {key: value for key, value in os.environ.items() if key not in _STORE_ENV}
    environment.update(env or {})
    done = subprocess.run(
        [*_command(), *words[1:]],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


class _TookTooLong(BaseException):
    """Raised by the alarm of an in-process run; no handler of the command (they catch OSError) stops it."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Fail a run in this process that takes over `seconds` (a hang, say on a FIFO), as a subprocess's timeout does."""

    def expire(signum: int, frame: Any) -> None:
        raise _TookTooLong(f"the command ran over {seconds:g} seconds")

    if threading.current_thread() is not threading.main_thread():  # only the main thread may take signals
        yield
        return
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _in_process(
    command: str,
    *,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
    drop: tuple[str, ...] = (),
    errors: str = "strict",
    timeout: float = 120,
) -> Result:
    words = shlex.split(command)
    assert words[0] == "usjapan-facts"
    from usjapan_facts.cli import main

    # The same door as the console script: `main` parses argv, maps errors to one line and exits.
    environment: dict[str, str | None] = dict.fromkeys((*_STORE_ENV, *drop))
    environment.update(env or {})
    argv, folder = sys.argv, Path.cwd()
    with CliRunner().isolation(input=stdin, env=environment) as (stdout, stderr, _):
        sys.argv = words
        try:
            if cwd is not None:
                os.chdir(cwd)
            with _deadline(timeout):
                main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = argv
            os.chdir(folder)
        return Result(code, stdout.getvalue().decode("utf-8", errors), stderr.getvalue().decode("utf-8", errors))


_SHELL_OUTSIDE_QUOTES = frozenset("|&;<>()$`\\*?[]~#!{}")
"""What bash reads as more than a word outside quotes: redirects, pipes, lists, expansions, globs, comments."""
_SHELL_IN_DOUBLE_QUOTES = frozenset("$`\\!")


def _needs_shell(line: str) -> bool:
    """Tell whether bash would read `line` as more than words (quotes aside), or it changes the shell (umask)."""
    quote = ""
    for char in line:
        if quote == "'":
            quote = "" if char == "'" else quote
        elif quote == '"':
            if char in _SHELL_IN_DOUBLE_QUOTES:
                return True
            quote = "" if char == '"' else quote
        elif char in "'\"":
            quote = char
        elif char in _SHELL_OUTSIDE_QUOTES or (char.isspace() and char not in " \t"):
            return True
    return quote != "" or line.split(maxsplit=1)[0] in ("umask", "ulimit", "cd", "exec")


_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=")
_UMASK = re.compile(r"^umask (?P<mask>[0-7]{3,4}); (?P<rest>.+)$", re.S)


def as_typed(
    line: str,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    drop: tuple[str, ...] = (),
    errors: str = "strict",
    timeout: float = 60,
) -> Result:
    """Run a command line as a user types it, its environment without `drop` and the store variables.

    A line that is one `usjapan-facts` command (after `NAME=value` words, perhaps) runs in this process
    through `main`, the console script's door, and fails if it runs over `timeout`; so does one after
    `umask NNN;`, with this process's mask set as bash's `umask` sets the shell's (and put back after). A line
    that needs the shell (a redirection, `ulimit`, `$'...'`, a closed stream) runs in bash with the installed
    command, as before.
    """
    umask = _UMASK.match(line)
    if umask and not _needs_shell(umask["rest"]):
        previous = os.umask(int(umask["mask"], 8))
        try:
            return as_typed(umask["rest"], env=env, cwd=cwd, drop=drop, errors=errors, timeout=timeout)
        finally:
            os.umask(previous)
    words = [] if _needs_shell(line) else shlex.split(line)
    assigned = list(itertools.takewhile(_ASSIGNMENT.match, words))
    rest = words[len(assigned) :]
    if rest and rest[0] == "usjapan-facts":
        extra = dict(word.split("=", 1) for word in assigned)
        return _in_process(
            shlex.join(rest), env={**(env or {}), **extra}, cwd=cwd, drop=drop, errors=errors, timeout=timeout
        )
    program = shlex.join(_command())
    typed = re.sub(r"(^|[;&|] *)((?:\w+=\S+ )*)usjapan-facts", lambda m: f"{m[1]}{m[2]}{program}", line)
    environment = {key: value for key, value in os.environ.items() if key not in (*_STORE_ENV, *drop)}
    environment.update(env or {})
    done = subprocess.run(
        ["bash", "-c", typed], capture_output=True, timeout=timeout, check=False, env=environment, cwd=cwd
    )
    return Result(done.returncode, done.stdout.decode("utf-8", errors), done.stderr.decode("utf-8", errors))


_STORE_ENV = ("USJAPAN_FACTS_SNAPSHOTS", "USJAPAN_FACTS_REPORT")


@pytest.fixture
def run() -> Run:
    """Run `usjapan-facts ARGS` as typed, in this process through click's test runner, with no store set."""
    return _in_process


@pytest.fixture
def run_process() -> Run:
    """Run `usjapan-facts ARGS` as typed, as a real process of the installed command, with no store set."""
    return _process


@pytest.fixture(scope="session")
def caches(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder that holds each test's cache folder."""
    return tmp_path_factory.mktemp("caches")


_CACHE_NUMBERS = itertools.count()


@pytest.fixture(autouse=True)
def cache_home(caches: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user's cache folder (where stores keep their records of validated content) at a scratch folder.

    The folder is this test's own and made by the first write into it: pytest's numbered folders cost a scan of
    every earlier one each (two seconds over the suite when every test made one).
    """
    folder = caches / str(next(_CACHE_NUMBERS))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "usjapan-facts"


@pytest.fixture(scope="session")
def real_store() -> SnapshotStore:
    return SnapshotStore(default_store_root())


@pytest.fixture
def store_copy(tmp_path: Path, real_store: SnapshotStore) -> SnapshotStore:
    """A scratch copy of the real store that a test may damage."""
    root = tmp_path / "snapshots"
    shutil.copytree(real_store.root, root)
    return SnapshotStore(root)


def _forget_catalogues() -> None:
    catalog.load.cache_clear()
    catalog.available.cache_clear()


@pytest.fixture
def frozen_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[SnapshotStore]:
    """The frozen IF10199 store, read with the frozen catalogues in place of the shipped ones (forgotten after)."""
    monkeypatch.setattr(catalog, "BRIEFS_DIR", FROZEN / "briefs")
    _forget_catalogues()
    yield SnapshotStore(FROZEN / "snapshots" / "IF10199", brief="IF10199")
    monkeypatch.undo()
    _forget_catalogues()


@pytest.fixture(scope="session")
def record() -> dict[str, Any]:
    """The gathered values of every published version of IF10199 (its shape: docs/record.md)."""
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def check_golden(name: str, actual: str) -> None:
    """Compare output with tests/golden/NAME whole; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def snapshot_files(root: Path) -> dict[str, bytes]:
    """Every file of a store with its bytes, to prove a command changed nothing."""
    return {path.name: path.read_bytes() for path in sorted(root.iterdir()) if path.is_file()}


def serve_in_background(server: socketserver.BaseServer) -> None:
    """Serve `server` from a daemon thread that notices `shutdown()` within 20 ms.

    http.server's loop looks for a shutdown every half second by default: idle time at every teardown
    of a test's server, about ten seconds over the suite.
    """
    report = server.handle_error

    def handle_error(request: Any, client_address: Any) -> None:
        """A client that went away (a command giving up at its deadline, on purpose) is no error of the server's.

        socketserver would print it to sys.stderr, where a later in-process command's capture, running then,
        took it for the command's own output (a flaky extra line in test_hostile_input_round3).
        """
        if not isinstance(sys.exc_info()[1], ConnectionError):
            report(request, client_address)

    server.handle_error = handle_error  # type: ignore[method-assign]
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()


class _BriefHandler(BaseHTTPRequestHandler):
    """Serves the brief and every way a fetch can go wrong, on 127.0.0.1 only."""

    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: a timeout test
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def brief_server() -> Iterator[str]:
    """A web server on 127.0.0.1 serving the 2022-07-21 brief, and errors; yields its base URL."""
    markdown = BRIEF_2022.read_bytes()
    _BriefHandler.routes = {
        "/brief.md": (200, {"Content-Type": "text/plain; charset=utf-8"}, markdown),
        "/brief-troops-moved.md": (
            200,
            {"Content-Type": "text/plain; charset=utf-8"},
            markdown.replace(b"around 54,000", b"around 56,000"),
        ),
        "/brief.html": (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            (FIXTURES / "IF10199-2022-07-21.html").read_bytes(),
        ),
        "/slow": (200, {"Content-Type": "text/plain"}, markdown),
        "/big": (200, {"Content-Type": "text/plain"}, b"x" * (6 * 1024 * 1024)),
        "/huge": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * (20 * 1024 * 1024)),
        "/binary": (200, {"Content-Type": "application/octet-stream"}, b"\x00\x01\x02"),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/to-ftp": (302, {"Location": "ftp://127.0.0.1/brief.md"}, b""),
        "/to-brief": (302, {"Location": "/brief.md"}, b""),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BriefHandler)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _chromium() -> str:
    """The system's Chromium (the browser tests use it, never a downloaded one); skip without one."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no system Chromium: apt-get install chromium (.ci/run installs it)")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Playwright driving the system's headless Chromium: one browser a session (each test opens its own pages)."""
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


SCREENSHOTS = Path(__file__).resolve().parent.parent / "benchmarks" / "out" / "site"


Screenshot = Callable[[Any, str], None]
"""Save a browser tab's whole page under a file name (see the `screenshot` fixture)."""


@pytest.fixture(scope="session")
def screenshot(request: pytest.FixtureRequest) -> Screenshot:
    """Save a tab's whole page as benchmarks/out/site/NAME when the run asks (`pytest --screenshots`); else nothing.

    A screenshot is for a person to look at before calling a page done: no test reads one, so a plain run of the
    suite spends no browser time on them.
    """

    def take(page: Any, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
        print(f"screenshot: {SCREENSHOTS / name}")

    return take if request.config.getoption("screenshots") else (lambda page, name: None)


Tab = tuple[Any, list[str]]
"""A browser tab and the problems its pages reported (console messages, page errors, failed requests)."""


@pytest.fixture(scope="session")
def _browser_tab(browser: Any) -> Iterator[Tab]:
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    yield page, problems
    page.close()


@pytest.fixture
def tab(_browser_tab: Tab) -> Iterator[Tab]:
    """The session's one tab, for one test: its problems forgotten, and back on about:blank after, as a new tab is.

    A tab a test started a renderer process each time, a fifth of a second of CPU apiece.
    """
    page, problems = _browser_tab
    problems.clear()
    yield page, problems
    page.goto("about:blank")
