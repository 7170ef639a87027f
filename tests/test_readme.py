"""The README is a front door: short, with the two-command quick start that CI runs as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    """The two commands of the README's quick start: the first shell block under '## Quick start'."""
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return block[1].strip().splitlines()


def test_readme_is_under_150_lines() -> None:
    """The README stays a front door; the reference lives in docs/."""
    assert len(README.splitlines()) < 150


def test_quick_start_is_two_commands_install_and_diff_then_tests() -> None:
    """The first command installs and diffs two stored versions; the second runs the tests."""
    install, tests = _quick_start()
    assert install.startswith("python -m pip install . && usjapan-facts diff ")
    assert tests.endswith("python -m pytest")


def _words(line: str) -> list[str]:
    # CI may quieten a step or silence a banner; the command itself must be the README's.
    return [word for word in shlex.split(line) if word not in ("--quiet", "NO_MKDOCS_2_WARNING=1")]


def test_ci_runs_the_readme_test_command_step_by_step() -> None:
    """Every step of the README's test command is a line of .ci/run, in the same order."""
    steps = [_words(step) for step in _quick_start()[1].split("&&")]
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    lines = [_words(line) for line in script if line.startswith(("python", "mkdocs", "NO_MKDOCS"))]
    positions = [lines.index(step) for step in steps]
    assert positions == sorted(positions)
    assert ["mkdocs", "build", "--strict"] in steps


def test_every_docs_page_is_linked_from_the_readme_or_the_nav() -> None:
    """No page of docs/ is an orphan: the README links it, or mkdocs.yml's nav lists it."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f"docs/{page.name}" in README or f": {page.name}" in nav, page.name
