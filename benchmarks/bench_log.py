"""`log` over 1,000 and 10,000 synthetic versions: engine against raw DeepDiff, growth and memory.

Run by hand from the repository root, in the environment where usjapan-facts is installed:

    python benchmarks/bench_log.py [--sizes 1000 10000]

Targets (issues #3, #9, #12 and #23): the engine, walking the history once with the last known value
of each fact, and the `log` command end to end (start-up, reading and validating every file, rendering)
each >= 10x faster than raw DeepDiff on each consecutive pair of the same dumped dicts; 10,000
versions <= 11x the time of 1,000; memory flat (peak RSS of `log` over the store on disk barely
grows with the number of versions). On a shared machine compare the CPU times (user + system), which
other processes disturb far less than wall time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from deepdiff import DeepDiff

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic, write_store

from usjapan_facts.diff import log_diffs
from usjapan_facts.model import Snapshot


def engine_seconds(count: int) -> tuple[float, int]:
    """Time the engine's one walk over the versions, carrying the last known state, as `log` walks them.

    Making the synthetic versions is timed as it happens, inside the walk, and taken off, as raw
    DeepDiff's timing leaves it out.
    """
    making = 0.0

    def versions() -> Iterator[Snapshot]:
        nonlocal making
        made = synthetic(count)
        while True:
            start = time.perf_counter()
            snapshot = next(made, None)
            making += time.perf_counter() - start
            if snapshot is None:
                return
            yield snapshot

    start = time.perf_counter()
    changes = sum(len(result.changes) for result in log_diffs(versions()))
    return time.perf_counter() - start - making, changes


def raw_deepdiff_seconds(count: int) -> tuple[float, float]:
    """Time plain DeepDiff over the same pairs, dumped as `model_dump(mode="json")` dicts (dumping not timed).

    Return the wall time and the CPU time of this process.
    """
    elapsed = cpu = 0.0
    for old, new in pairwise(synthetic(count)):
        old_dump, new_dump = old.model_dump(mode="json"), new.model_dump(mode="json")
        start, start_cpu = time.perf_counter(), time.process_time()
        DeepDiff(old_dump, new_dump)
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return elapsed, cpu


# The child reports its own peak resident memory (VmHWM): a parent's rusage would also count the
# pages it forked from this process.
PROBE = """
import runpy, sys
sys.argv = ["usjapan-facts", *sys.argv[1:]]
try:
    runpy.run_module("usjapan_facts", run_name="__main__")
finally:
    peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(peak.split()[1], file=sys.stderr)
"""


def log_command(root: Path, cache: Path) -> tuple[float, float, int]:
    """Wall time, CPU time and peak RSS (KiB) of `usjapan-facts log --format json` over a store on disk."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--snapshots-dir", str(root), "log", "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        cwd=cache.parent,  # not the checkout: the installed package is measured
    )
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return time.perf_counter() - start, cpu, int(done.stderr.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    sizes = parser.parse_args().sizes
    print(f"[{os.environ.get('USJAPAN_BENCH_LABEL', sys.prefix)}]")
    engine: dict[int, float] = {}
    command: dict[int, tuple[float, float, int]] = {}
    for size in sizes:
        # Best of three for each side: the machine is shared, and the least disturbed run is the fairest.
        engine[size], changes = min(engine_seconds(size) for _ in range(3))
        raw, raw_cpu = min(raw_deepdiff_seconds(size) for _ in range(3))
        print(
            f"{size:>6} versions: engine {engine[size]:.2f} s ({changes} changes), raw DeepDiff {raw:.2f} s "
            f"(CPU {raw_cpu:.2f} s), speed-up {raw / engine[size]:.1f}x (target >= 10x)"
        )
        with tempfile.TemporaryDirectory() as folder:
            # Every file is validated as it is read, recorded or not.
            root, cache = Path(folder) / "store", Path(folder) / "cache"
            write_store(size, root)
            command[size] = min(log_command(root, cache) for _ in range(3))
        wall, cpu, peak = command[size]
        print(
            f"{size:>6} versions: 'usjapan-facts log' {wall:.2f} s (CPU {cpu:.2f} s, peak RSS {peak / 1024:.0f} MiB); "
            f"end to end {raw / wall:.1f}x faster than raw DeepDiff (CPU: {raw_cpu / cpu:.1f}x; target >= 10x)"
        )
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        factor = large / small
        print(
            f"growth {small} -> {large} versions ({factor:.0f}x): engine {engine[large] / engine[small]:.1f}x, "
            f"log command {command[large][0] / command[small][0]:.1f}x "
            f"(CPU {command[large][1] / command[small][1]:.1f}x; target <= {factor * 1.1:.0f}x); "
            f"peak RSS {command[large][2] / command[small][2]:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
