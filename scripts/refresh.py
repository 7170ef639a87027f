"""Refresh every file derived from the data, in the order each depends on the last: the one command to run.

Run from the repository root after changing a catalogue, a declaration, a record or a renderer, then
read `git diff` (CONTRIBUTING.md walks through it):

    python scripts/refresh.py

1. snapshots/<BRIEF>/ from each record tests/fixtures/<brief>_versions.json, and the record of validated
   content for those snapshots, usjapan_facts/trusted.jsonl (scripts/build_snapshots.py);
2. the golden files tests/golden/, rendered from the frozen test inputs (tests/report/test_golden.py);
3. the output shown under each example of the README, docs/ and `help(usjapan_facts)` (scripts/refresh_docs.py).

Each step runs as its own process with this interpreter; the first that fails stops the rest (exit 1).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"


def snapshots() -> list[str]:
    """Build every brief's snapshots from its record, then record them as validated (what `list` reads)."""
    return [str(SCRIPTS / "build_snapshots.py")]


def goldens() -> list[str]:
    """Rewrite the golden files from the frozen catalogue and store (they change only when rendering does)."""
    return ["-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", "tests/report/test_golden.py"]


def documentation() -> list[str]:
    """Rewrite what the documentation's examples print."""
    return [str(SCRIPTS / "refresh_docs.py")]


STEPS = (snapshots, goldens, documentation)


def main() -> int:
    environment = {**os.environ, "UPDATE_GOLDEN": "1"}
    for step in STEPS:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, *step()], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            print(
                f"refresh: {step.__name__} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}",
                file=sys.stderr,
            )
            return 1
        print(f"refresh: {step.__name__} done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
