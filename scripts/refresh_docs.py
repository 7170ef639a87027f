"""Rewrite the output shown under each `$ usjapan-facts ...` line of the README and docs/ with what it prints now.

Run from the repository root after a change that legitimately changes a report, then read `git diff`:

    python scripts/refresh_docs.py

Each command runs as typed, in a fresh empty folder (as tests/test_docs_examples.py runs it), with no
store set in the environment; stdout then stderr is shown. `>>>` examples are left to the reader.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^(?P<indent> *)```console\s*$")
PROMPT = "$ "
STORE_ENV = ("USJAPAN_FACTS_SNAPSHOTS", "USJAPAN_FACTS_REPORT", "NO_COLOR", "FORCE_COLOR")


def _run(command: str) -> list[str]:
    """What the command prints (stdout, then stderr), its trailing whitespace removed line by line."""
    words = shlex.split(command)
    if words[0] != "usjapan-facts":
        raise SystemExit(f"{command!r}: a console example runs usjapan-facts alone; show others as `sh` or `text`")
    executable = Path(sys.executable).parent / words[0]
    environment = {key: value for key, value in os.environ.items() if key not in STORE_ENV}
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [str(executable), *words[1:]], cwd=folder, capture_output=True, text=True, env=environment, check=False
        )
    return [line.rstrip() for line in (done.stdout + done.stderr).rstrip().splitlines()]


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


def main() -> None:
    """Refresh the README and every page under docs/."""
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]:
        if refresh(page):
            print(f"rewrote {page.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
