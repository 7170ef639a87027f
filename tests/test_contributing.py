"""CONTRIBUTING.md's walk-through, done for real on a copy of the repository: only the expected files change.

The test reads each titled block of the walk-through (`toml title="FILE"`, `json title="FILE" version="DATE"`)
and does what the text says with it, runs `python scripts/refresh.py`, and then reads `git status`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(
    r'^ *```(?P<lang>toml|json) title="(?P<file>[^"]+)"(?: version="(?P<version>[^"]+)")?\n(?P<body>.*?)^ *```$',
    re.M | re.S,
)
DOC_PAGES = re.compile(r"^(README\.md|docs/.+\.md|usjapan_facts/__init__\.py)$")
PROMPTS = ("$ ", ">>> ", "... ")
IN_GIT = shutil.which("git") is not None and (ROOT / ".git").exists()


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return done.stdout


def _copy_of_the_repository(target: Path) -> None:
    """Copy the files git tracks (as they are in the working tree) and commit them in a fresh repository."""
    for name in _git(ROOT, "ls-files", "-z").split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "copy")


def _follow_the_walk_through(repo: Path) -> set[str]:
    """Do what each titled block of CONTRIBUTING.md says; return the files it edited."""
    text = (repo / "CONTRIBUTING.md").read_text(encoding="utf-8")
    walk = text[text.index("## Walk-through: add a fact") : text.index("## Add a brief")]
    edited: set[str] = set()
    for block in BLOCK.finditer(walk):
        indent = len(block.group(0)) - len(block.group(0).lstrip(" "))
        body = "\n".join(line[indent:] for line in block["body"].splitlines()) + "\n"
        path = repo / block["file"]
        if block["lang"] == "toml":
            with path.open("a", encoding="utf-8") as handle:
                handle.write(body)
        else:
            record = json.loads(path.read_text(encoding="utf-8"))
            [version] = [entry for entry in record["versions"] if entry["updated"] == block["version"]]
            version["facts"].update(json.loads("{" + body + "}"))
            path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        edited.add(block["file"])
    return edited


def _environment(repo: Path) -> dict[str, str]:
    """The copy's package first on the path; nothing of this pytest run (xdist, the current test) leaks in."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST_", "USJAPAN_FACTS_"))}
    environment["PYTHONPATH"] = str(repo)
    environment.pop("UPDATE_GOLDEN", None)
    return environment


def _changed_lines(repo: Path, name: str) -> list[str]:
    diff = _git(repo, "diff", "-U0", "--", name).splitlines()
    return [line[1:] for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


@pytest.mark.skipif(not IN_GIT, reason="needs git and a git checkout: it copies the files git tracks")
def test_adding_a_fact_as_contributing_says_changes_only_its_files(tmp_path: Path) -> None:
    """Catalogue, meaning, examples and record by hand; one command for the rest; goldens and rules untouched."""
    repo = tmp_path / "repo"
    _copy_of_the_repository(repo)
    edited = _follow_the_walk_through(repo)
    assert edited == {
        "usjapan_facts/briefs/IF10199/catalog.toml",
        "usjapan_facts/briefs/IF10199/meaning.toml",
        "tests/examples/IF10199.toml",
        "tests/fixtures/if10199_versions.json",
    }
    environment = _environment(repo)
    refresh = subprocess.run(
        [sys.executable, "scripts/refresh.py"], cwd=repo, env=environment, capture_output=True, text=True, check=False
    )
    assert refresh.returncode == 0, refresh.stderr

    changed = {line[3:] for line in _git(repo, "status", "--porcelain").splitlines()}
    tracked = set(_git(repo, "ls-files").splitlines())
    derived = {"snapshots/IF10199/2026-10-01.json"} | ({"usjapan_facts/trusted.jsonl"} & tracked)
    pages = {name for name in changed if DOC_PAGES.match(name)}
    assert changed == edited | derived | pages
    assert '"trade.cptpp_members"' in (repo / "snapshots/IF10199/2026-10-01.json").read_text(encoding="utf-8")
    for page in pages:  # a page shows the shipped history: only what its examples print may change
        for line in _changed_lines(repo, page):
            assert not line.lstrip().startswith(PROMPTS), f"{page}: {line}"

    targeted = [
        *("tests/report/test_golden.py", "tests/engine/test_catalog.py", "tests/extract/test_examples.py"),
        *("tests/store/test_real_snapshots.py", "tests/store/test_trust.py", "tests/test_docs_examples.py"),
        "tests/test_api.py::test_module_docstring_example_runs",
        "tests/cli/test_check_command.py::test_check_says_how_many_facts_each_side_could_not_see",
    ]
    checks = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *targeted],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checks.returncode == 0, checks.stdout[-3000:]
