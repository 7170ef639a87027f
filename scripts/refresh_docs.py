"""Rewrite the output shown under each example of the README, docs/ and `help(usjapan_facts)` with what it prints now.

Run from the repository root after a change that legitimately changes a report, then read `git diff`
(`python scripts/refresh.py` runs it with every other derived file):

    python scripts/refresh_docs.py

Each `$ usjapan-facts ...` command runs as typed, in a fresh empty folder (as tests/test_docs_examples.py
runs it), with no store set in the environment; stdout then stderr is shown. The `>>>` examples of a
page run in order in one namespace, as doctest runs them; an output that no longer matches (with `...`
matching any text) is replaced by what the example printed, one that still matches is left as written.
"""

from __future__ import annotations

import contextlib
import doctest
import os
import re
import shlex
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

import usjapan_facts
from usjapan_facts.cli import main as usjapan_facts_main

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^(?P<indent> *)```console\s*$")
PYCON = re.compile(r"^(?P<indent> *)```pycon\s*$")
PROMPT = "$ "
STORE_ENV = ("USJAPAN_FACTS_SNAPSHOTS", "USJAPAN_FACTS_REPORT", "NO_COLOR", "FORCE_COLOR")


def _run(command: str) -> list[str]:
    """What the command prints (stdout, then stderr), its trailing whitespace removed line by line.

    It runs in this process through the console script's own entry point, as the tests run it: one
    process for every example instead of one each.
    """
    words = shlex.split(command)
    if words[0] != "usjapan-facts":
        raise SystemExit(f"{command!r}: a console example runs usjapan-facts alone; show others as `sh` or `text`")
    argv = sys.argv
    with _fresh_folder(), CliRunner().isolation(env=dict.fromkeys(STORE_ENV)) as (stdout, stderr, _):
        sys.argv = words
        try:
            usjapan_facts_main()
        except SystemExit:
            pass  # an example may show a command that fails: its exit code is not shown, its messages are
        finally:
            sys.argv = argv
        shown = stdout.getvalue().decode("utf-8") + stderr.getvalue().decode("utf-8")
    return [line.rstrip() for line in shown.rstrip().splitlines()]


def refresh(page: Path) -> bool:
    """Rewrite one page's console examples; say whether anything changed."""
    lines = page.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        out.append(lines[index])
        index += 1
        if opening is None:
            continue
        indent, first = opening["indent"], True
        while index < len(lines) and lines[index].strip() != "```":
            line = lines[index][len(indent) :]
            index += 1
            if line.startswith(PROMPT):
                if not first:
                    out.append("")
                first = False
                out.append(indent + line)
                out.extend(indent + shown if shown else "" for shown in _run(line[len(PROMPT) :]))
    new = "\n".join(out)
    if new == "\n".join(lines):
        return False
    page.write_text(new, encoding="utf-8")
    return True


@contextlib.contextmanager
def _fresh_folder() -> Iterator[None]:
    """Run the block in a fresh empty folder, as the tests run every example."""
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            yield
        finally:
            os.chdir(here)


class _Recorder(doctest.DocTestRunner):
    """Run examples as doctest does, keeping what each mismatching one printed instead of reporting it."""

    def __init__(self) -> None:
        super().__init__(optionflags=doctest.ELLIPSIS)
        self.got: list[tuple[doctest.Example, str]] = []

    def report_failure(self, out: object, test: doctest.DocTest, example: doctest.Example, got: str) -> None:
        self.got.append((example, got))

    def report_unexpected_exception(
        self, out: object, test: doctest.DocTest, example: doctest.Example, exc_info: object
    ) -> None:
        line = (test.lineno or 0) + example.lineno + 1
        raise SystemExit(f"{test.filename}:{line}: the example raised an exception; fix it by hand")


def _rewritten(lines: list[str], start: int, text: str, globs: dict[str, object], where: str) -> None:
    """Run the examples of `text` (lines[start:] in the file) in `globs`; put each new output in `lines`."""
    runner, test = _Recorder(), doctest.DocTestParser().get_doctest(text, globs, where, where, start)
    runner.run(test, clear_globs=False)
    globs.update(test.globs)  # a DocTest runs in a copy: the page's next block sees what this one defined
    for example, got in reversed(runner.got):
        first = start + example.lineno + example.source.count("\n")
        pad = " " * example.indent
        shown = [pad + line if line.strip() else pad + "<BLANKLINE>" for line in got.rstrip("\n").split("\n")]
        lines[first : first + example.want.count("\n")] = shown


def refresh_pycon(page: Path) -> bool:
    """Rewrite the outputs of a page's `>>>` examples that no longer match; say whether anything changed."""
    lines = page.read_text(encoding="utf-8").split("\n")
    globs: dict[str, object] = {}
    blocks: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        opening = PYCON.match(lines[index])
        index += 1
        if opening is not None:
            end = index
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            blocks.append((index, end, opening["indent"]))
            index = end + 1
    old = list(lines)
    # Blocks run in page order (one namespace); outputs are rewritten from the last block up so lines stay put.
    edits: list[tuple[int, int, list[str]]] = []
    with _fresh_folder():
        for begin, end, indent in blocks:
            body = [line[len(indent) :] for line in old[begin:end]]
            rewritten = list(body)
            _rewritten(rewritten, 0, "\n".join(body), globs, str(page))
            edits.append((begin, end, [indent + line if line else line for line in rewritten]))
    for begin, end, new in reversed(edits):
        lines[begin:end] = new
    if lines == old:
        return False
    page.write_text("\n".join(lines), encoding="utf-8")
    return True


def refresh_module_docstring(path: Path, module: object) -> bool:
    """Rewrite the `>>>` outputs of a module's own docstring that no longer match; say whether anything changed."""
    name = getattr(module, "__name__", "")
    lines = path.read_text(encoding="utf-8").split("\n")
    old = list(lines)
    for test in doctest.DocTestFinder().find(module):
        if test.name == name and test.examples:  # the module's own docstring, not its functions'
            with _fresh_folder():
                _rewritten(lines, test.lineno or 0, test.docstring or "", dict(test.globs), str(path))
    if lines == old:
        return False
    path.write_text("\n".join(lines), encoding="utf-8")
    return True


def main() -> None:
    """Refresh the README, every page under docs/ and the package's own docstring example."""
    for key in STORE_ENV:
        os.environ.pop(key, None)
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]:
        if refresh(page) | refresh_pycon(page):
            print(f"rewrote {page.relative_to(ROOT)}")
    if refresh_module_docstring(ROOT / "usjapan_facts" / "__init__.py", usjapan_facts):
        print("rewrote usjapan_facts/__init__.py")


if __name__ == "__main__":
    main()
