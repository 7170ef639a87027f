"""Refresh every file derived from the data, in the order each depends on the last: the one command to run.

Run from the repository root after changing a catalogue, a declaration, a record or a renderer, then
read `git diff` (CONTRIBUTING.md walks through it):

    python scripts/refresh.py

1. snapshots/<BRIEF>/ from each record tests/fixtures/<brief>_versions.json, and the record of validated
   content for those snapshots, usjapan_facts/trusted.jsonl (scripts/build_snapshots.py);
2. the golden files tests/golden/, rendered from the frozen test inputs (tests/report/test_golden.py);
3. the output shown under each example of the README, docs/ and `help(usjapan_facts)` (scripts/refresh_docs.py).

All three run in this one process (three interpreters' start-up and imports saved: a refresh took twice as
long as separate processes), each with its output kept back unless it fails; the first that fails stops the rest
(exit 1).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def snapshots() -> int:
    """Build every brief's snapshots from its record, then record them as validated (what `list` reads)."""
    import build_snapshots  # noqa: PLC0415 - a sibling script, importable once its folder is on the path

    return build_snapshots.main([])


def goldens() -> int:
    """Rewrite the golden files from the frozen catalogue and store (they change only when rendering does)."""
    import pytest  # noqa: PLC0415 - only this step needs it

    arguments = ["-q", "-p", "no:randomly", "-p", "no:cacheprovider", str(ROOT / "tests" / "report" / "test_golden.py")]
    return int(pytest.main(arguments))


def documentation() -> int:
    """Rewrite what the documentation's examples print."""
    import refresh_docs  # noqa: PLC0415 - a sibling script, importable once its folder is on the path

    refresh_docs.main()
    return 0


STEPS: tuple[Callable[[], int], ...] = (snapshots, goldens, documentation)


def main() -> int:
    os.environ["UPDATE_GOLDEN"] = "1"
    os.chdir(ROOT)
    for step in STEPS:
        started = time.perf_counter()
        output = io.StringIO()
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            try:
                code = step()
            except Exception:  # a step's own failure, reported with its output as a failed process's would be
                traceback.print_exc()
                code = 1
        if code != 0:
            print(f"refresh: {step.__name__} failed (exit {code}):\n{output.getvalue()}", file=sys.stderr)
            return 1
        print(f"refresh: {step.__name__} done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
