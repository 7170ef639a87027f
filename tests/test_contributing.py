"""CONTRIBUTING.md's walk-throughs, done for real on a copy of the repository: only the expected files change.

The tests read each titled block of a walk-through (`toml title="FILE"`, `python title="FILE"`,
`json title="FILE"` with `version="DATE"` to record values in one version) and do what the text says
with it, run `python scripts/refresh.py` (from the walk-through's `sh` block where it has one), and then
read `git status`. The brief's walk-through ends with console examples, run in the copy and compared.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(
    r'^(?P<indent> *)```(?P<lang>toml|json|python|markdown|sh|console)(?: title="(?P<file>[^"]+)")?'
    r'(?: version="(?P<version>[^"]+)")?\n(?P<body>.*?)^ *```$',
    re.M | re.S,
)
DOC_PAGES = re.compile(r"^(README\.md|docs/.+\.md|usjapan_facts/__init__\.py)$")
PROMPTS = ("$ ", ">>> ", "... ")
IN_GIT = shutil.which("git") is not None and (ROOT / ".git").exists()
BRIEF_FILES = {
    "usjapan_facts/briefs/IF99999/catalog.toml",
    "usjapan_facts/briefs/IF99999/meaning.toml",
    "usjapan_facts/extract/rules/if99999/__init__.py",
    "usjapan_facts/extract/rules/registry.py",
    "tests/examples/IF99999.toml",
    "tests/fixtures/if99999_versions.json",
    "tests/fixtures/frozen/briefs/IF99999/catalog.toml",
}
"""What the brief's walk-through writes by hand: its data, its extraction module and its one registration."""


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return done.stdout


BENCHMARK_TEXTS = "benchmarks/texts/"
"""The reworded benchmark texts: half the files git tracks, which no walk-through step or test it runs reads (a file
a step wrote there would still show in `git status`, as a new one)."""


def _copy_of_the_repository(target: Path) -> None:
    """Copy the files git tracks (as they are in the working tree) but the benchmark texts, and commit them in a fresh
    repository."""
    for name in _git(ROOT, "ls-files", "-z").split("\0"):
        if name and not name.startswith(BENCHMARK_TEXTS) and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    # The bytecode the suite compiled and the test modules pytest rewrote (conftest.py), kept by each source's
    # time and size: the pytest runs in the copy read them instead of parsing and rewriting every module again.
    for cache in [*(ROOT / "usjapan_facts").rglob("__pycache__"), *(ROOT / "tests").rglob("__pycache__")]:
        shutil.copytree(cache, target / cache.relative_to(ROOT), dirs_exist_ok=True)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "copy")


def _walk_through(repo: Path, title: str) -> str:
    """The text of CONTRIBUTING.md's section `title`, up to the next section."""
    text = (repo / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    return text[start : text.index("\n## ", start + 1)]


def _blocks(walk: str) -> list[tuple[str, str | None, str | None, str]]:
    """Each fenced block of the walk-through: language, title, version, and its body without its indent."""
    found = []
    for block in BLOCK.finditer(walk):
        indent = len(block["indent"])
        body = "\n".join(line[indent:] for line in block["body"].splitlines()) + "\n"
        found.append((block["lang"], block["file"], block["version"], body))
    return found


def _run(repo: Path, command: str, environment: dict[str, str]) -> None:
    """Run one line of an `sh` block in the copy, `python` being this interpreter."""
    words = shlex.split(command)
    if words[0] == "python":
        words[0] = sys.executable
    done = subprocess.run(words, cwd=repo, env=environment, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"


def _follow(repo: Path, title: str, environment: dict[str, str]) -> set[str]:
    """Do what each titled block of the walk-through says, and run its `sh` lines; return the files edited."""
    edited: set[str] = set()
    for lang, name, version, body in _blocks(_walk_through(repo, title)):
        if lang == "sh":
            for command in body.splitlines():
                _run(repo, command, environment)
            continue
        if name is None or lang in ("markdown", "console"):
            continue  # what a user does with the brief, once it is added: see _console
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if lang == "json" and version is not None:
            record = json.loads(path.read_text(encoding="utf-8"))
            [entry] = [entry for entry in record["versions"] if entry["updated"] == version]
            entry["facts"].update(json.loads("{" + body + "}"))
            path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif lang == "json":
            json.loads(body)  # a whole new file: it must be JSON as shown
            path.write_text(body, encoding="utf-8")
        else:
            with path.open("a", encoding="utf-8") as handle:
                handle.write(body)
        edited.add(name)
    return edited


def _environment(repo: Path) -> dict[str, str]:
    """The copy's package first on the path; nothing of this pytest run (xdist, the current test) leaks in.

    The pytest runs in the copy keep their temporary folders beside it: in pytest's shared numbered folders,
    each run would delete the oldest ones (other runs' thousands of files, seconds of disk time) on its way out.
    """
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "USJAPAN_FACTS_"))}
    environment["PYTHONPATH"] = str(repo)
    environment["PYTEST_ADDOPTS"] = f"--basetemp={repo.parent / 'pytest'}"
    environment.pop("UPDATE_GOLDEN", None)
    return environment


def _changed_lines(repo: Path, name: str) -> list[str]:
    diff = _git(repo, "diff", "-U0", "--", name).splitlines()
    return [line[1:] for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def _changed(repo: Path) -> set[str]:
    """Every file git status lists as changed or new, each new file named (not its folder)."""
    return {line[3:] for line in _git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()}


def _only_example_output_changed(repo: Path, pages: set[str]) -> None:
    for page in pages:  # a page shows the shipped history: only what its examples print may change
        for line in _changed_lines(repo, page):
            assert not line.lstrip().startswith(PROMPTS), f"{page}: {line}"


def _targeted_tests(repo: Path, environment: dict[str, str], *tests: str) -> None:
    checks = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *tests],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checks.returncode == 0, checks.stdout[-3000:]


def _add_a_fact(repo: Path, environment: dict[str, str]) -> None:
    """Catalogue, meaning, examples and record by hand; one command for the rest; goldens and rules untouched."""
    edited = _follow(repo, "Walk-through: add a fact to IF10199", environment)
    assert edited == {
        "usjapan_facts/briefs/IF10199/catalog.toml",
        "usjapan_facts/briefs/IF10199/meaning.toml",
        "tests/examples/IF10199.toml",
        "tests/fixtures/if10199_versions.json",
    }
    refresh = subprocess.run(
        [sys.executable, "scripts/refresh.py"], cwd=repo, env=environment, capture_output=True, text=True, check=False
    )
    assert refresh.returncode == 0, refresh.stderr

    changed = _changed(repo)
    tracked = set(_git(repo, "ls-files").splitlines())
    derived = {"snapshots/IF10199/2026-10-01.json"} | ({"usjapan_facts/trusted.jsonl"} & tracked)
    pages = {name for name in changed if DOC_PAGES.match(name)}
    assert changed == edited | derived | pages
    assert '"trade.cptpp_members"' in (repo / "snapshots/IF10199/2026-10-01.json").read_text(encoding="utf-8")
    _only_example_output_changed(repo, pages)


FACT_TESTS = (
    "tests/report/test_golden.py",
    "tests/engine/test_catalog.py",
    "tests/extract/test_examples.py",
    "tests/store/test_real_snapshots.py",
    "tests/store/test_trust.py",
    "tests/test_docs_examples.py",
    "tests/test_api.py::test_module_docstring_example_runs",
    "tests/cli/test_check_command.py::test_check_says_how_many_facts_each_side_could_not_see",
)
"""The tests a new fact's files feed: goldens, catalogue, examples, snapshots, the record, the documentation."""


def _console(repo: Path, folder: Path, environment: dict[str, str]) -> list[tuple[str, str, str]]:
    """Write the walk-through's `markdown` files into `folder`, run its console commands there as typed.

    Returns each command with the output the walk-through shows and the output it printed (stdout, then
    stderr, trailing spaces trimmed, as the documentation's examples are compared).
    """
    runs = []
    for lang, name, _, body in _blocks(_walk_through(repo, "Walk-through: add a brief")):
        if lang == "markdown" and name is not None:
            (folder / name).write_text(body, encoding="utf-8")
        if lang != "console":
            continue
        for command, shown in re.findall(r"^\$ (usjapan-facts .*)\n((?:(?!\$ ).*\n)*)", body, re.M):
            words = [sys.executable, "-m", "usjapan_facts", *shlex.split(command)[1:]]
            done = subprocess.run(words, cwd=folder, env=environment, capture_output=True, text=True, check=False)
            printed = "\n".join(line.rstrip() for line in (done.stdout + done.stderr).splitlines()).rstrip()
            runs.append((command, "\n".join(line.rstrip() for line in shown.splitlines()).rstrip(), printed))
    return runs


def _add_a_brief(repo: Path, folder: Path, environment: dict[str, str]) -> None:
    """A third brief is its data, one extraction module and one registry entry; users reach it at once."""
    edited = _follow(repo, "Walk-through: add a brief", environment)
    assert edited | {"tests/fixtures/frozen/briefs/IF99999/catalog.toml"} == BRIEF_FILES

    changed = _changed(repo)
    tracked = set(_git(repo, "ls-files").splitlines())
    snapshots = {name for name in changed if name.startswith("snapshots/IF99999/")}
    record = json.loads((repo / "tests/fixtures/if99999_versions.json").read_text(encoding="utf-8"))
    assert snapshots == {f"snapshots/IF99999/{version['updated']}.json" for version in record["versions"]}
    pages = {name for name in changed if DOC_PAGES.match(name)}
    assert changed == BRIEF_FILES | snapshots | ({"usjapan_facts/trusted.jsonl"} & tracked) | pages
    _only_example_output_changed(repo, pages)

    runs = _console(repo, folder, environment)
    assert [command.split()[3] for command, _, _ in runs] == ["list", "diff", "history", "extract", "validate"]
    for command, shown, printed in runs:
        assert printed == shown, f"$ {command}\n{printed}"


BRIEF_TESTS = (
    "tests/extract/test_extract_registry.py",
    "tests/cli/test_judgment.py::test_briefs_that_agree_or_speak_of_other_months_do_not_contradict",
    "tests/cli/test_judgment.py::test_the_shipped_briefs_do_not_contradict_each_other",
)
"""The tests a new brief feeds beyond a fact's: its extraction module's registration, the briefs side by side."""


@pytest.mark.skipif(not IN_GIT, reason="needs git and a git checkout: it copies the files git tracks")
def test_adding_a_fact_then_a_brief_as_contributing_says_changes_only_their_files(tmp_path: Path) -> None:
    """Both walk-throughs, one after the other, on one copy of the repository.

    Each changes only the files it names and those the one command derives (checked on its own, then committed);
    the added brief's console examples print what they show; then the tests those files feed pass on the copy
    holding both. One copy and one run of the tests, not two of each: the walk-throughs were a third of the
    suite's time.
    """
    repo, folder = tmp_path / "repo", tmp_path / "work"
    _copy_of_the_repository(repo)
    folder.mkdir()
    environment = _environment(repo)
    _add_a_fact(repo, environment)
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "add a fact")
    _add_a_brief(repo, folder, environment)
    _targeted_tests(repo, environment, *FACT_TESTS, *BRIEF_TESTS)
