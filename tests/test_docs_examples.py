"""Every example in the README and the documentation runs and prints what it shows, so none can drift."""

from __future__ import annotations

import doctest
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import _in_process

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w-]*)\s*$")
PROMPT = "$ "


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    text: str


def _blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a page, indented ones (inside tabs) included, with their indent removed."""
    found: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, body = opening["indent"], []
        end = index + 1
        while end < len(lines) and lines[end].strip() != "```":
            body.append(lines[end][len(indent) :])
            end += 1
        found.append(Block(page, index + 1, opening["lang"], "\n".join(body)))
        index = end + 1
    return found


@dataclass(frozen=True)
class Example:
    page: Path
    line: int
    command: str
    output: str

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def _examples(block: Block) -> list[Example]:
    """Split a console block into `$ usjapan-facts ...` commands, each with the lines after it as its output."""
    examples: list[Example] = []
    for offset, line in enumerate(block.text.split("\n")):
        if line.startswith(PROMPT):
            examples.append(Example(block.page, block.line + 1 + offset, line[len(PROMPT) :], ""))
        elif examples:
            last = examples[-1]
            examples[-1] = Example(last.page, last.line, last.command, last.output + line + "\n")
    return examples


BLOCKS = [block for page in PAGES for block in _blocks(page)]
CONSOLE = [example for block in BLOCKS if block.lang == "console" for example in _examples(block)]
PYCON_PAGES = sorted({block.page for block in BLOCKS if block.lang == "pycon"})


def _trimmed(text: str) -> str:
    """Trailing whitespace removed, of each line and of the whole: nothing else is normalised."""
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip()


def test_every_console_block_holds_only_commands_this_test_runs() -> None:
    """A console block starts with `$ usjapan-facts`, and every command in it is one: none escapes the check."""
    for block in BLOCKS:
        if block.lang == "console":
            assert block.text.startswith(PROMPT + "usjapan-facts "), f"{block.page.name}:{block.line}"
    assert len(CONSOLE) >= 20
    for example in CONSOLE:
        assert example.command.startswith("usjapan-facts "), example.name


@pytest.mark.parametrize("example", CONSOLE, ids=[example.name for example in CONSOLE])
def test_console_example_prints_what_it_shows(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run the command as typed (in a fresh folder) and compare its stdout, then stderr, with the shown output."""
    monkeypatch.chdir(tmp_path)
    result = _in_process(shlex.join(shlex.split(example.command)))
    assert _trimmed(result.stdout + result.stderr) == _trimmed(example.output)


@pytest.mark.parametrize("page", PYCON_PAGES, ids=[str(page.relative_to(ROOT)) for page in PYCON_PAGES])
def test_python_examples_run_as_shown(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's `>>>` examples, run in order in one namespace (doctest, `...` matching any text)."""
    monkeypatch.chdir(tmp_path)
    source = "\n\n".join(block.text for block in BLOCKS if block.page == page and block.lang == "pycon")
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    test = parser.get_doctest(source, {}, page.name, str(page), 0)
    report: list[str] = []
    outcome = runner.run(test, out=report.append)
    assert outcome.attempted > 0
    assert outcome.failed == 0, "".join(report)
