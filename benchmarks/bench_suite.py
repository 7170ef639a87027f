"""The test suite's time with `pytest -n 2`, as issue #23 asks it (within 60 s on this 2-core machine).

Run by hand from the repository root, in the development environment (`pip install -e '.[dev]'`, which
brings pytest-xdist), on a machine nothing else is using:

    python benchmarks/bench_suite.py [--runs 3] [--slowest 10]

Each run is `python -m pytest -n 2 -q -p no:randomly` in a process of its own. For each run it prints the
time pytest reports, the wall time of the whole process, and the CPU time (user + system) of pytest, its
workers and every process they started and waited for: on two cores the wall time cannot go below half the
CPU time, so the CPU time says how much room is left, and it is the figure other processes disturb least.
Then the median of the runs, and the slowest tests of the last run (`--durations`).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSED = re.compile(r"^=*\s*(?P<summary>\d+ passed.*) in (?P<seconds>[\d.]+)s", re.M)
DURATION = re.compile(r"^(?P<seconds>[\d.]+)s (?P<when>call|setup|teardown)\s+(?P<test>\S+)", re.M)


@dataclass(frozen=True)
class Run:
    """One run of the suite."""

    reported: float
    wall: float
    cpu: float
    summary: str
    slowest: list[str]


def run_suite(slowest: int) -> Run:
    """Run the suite once with two workers; fail loudly if it does not pass."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:randomly", f"--durations={slowest}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    after = os.times()
    passed = PASSED.search(done.stdout)
    if done.returncode != 0 or passed is None:
        sys.exit(f"bench_suite: the suite did not pass (exit {done.returncode}):\n{done.stdout[-3000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    lines = [f"{m['seconds']:>6}s {m['when']:<8} {m['test']}" for m in DURATION.finditer(done.stdout)]
    return Run(float(passed["seconds"]), wall, cpu, passed["summary"], lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="how many runs (default 3)")
    parser.add_argument("--slowest", type=int, default=10, help="how many of the slowest tests to list")
    options = parser.parse_args()
    runs = []
    for number in range(1, options.runs + 1):
        run = run_suite(options.slowest)
        runs.append(run)
        print(
            f"run {number}: pytest {run.reported:.1f} s, wall {run.wall:.1f} s, CPU {run.cpu:.1f} s ({run.summary})",
            flush=True,
        )
    reported = [run.reported for run in runs]
    print(
        f"median: pytest {statistics.median(reported):.1f} s (min {min(reported):.1f}, max {max(reported):.1f}), "
        f"CPU {statistics.median(run.cpu for run in runs):.1f} s; goal: within 60 s"
    )
    print("slowest tests of the last run:")
    print("\n".join(runs[-1].slowest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
