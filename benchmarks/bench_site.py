"""`site` over a 5,000-version synthetic store: time and peak memory of a first build and of a rebuild.

Run by hand from the repository root, in the environment where usjapan-facts is installed:

    python benchmarks/bench_site.py [--versions 5000]

Target (issue #21): within 10 s and 300 MB, and a rebuild of an unchanged store writes no page anew
(every page is linked from the earlier build, so none changes its inode).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_store


def _run_site(store: Path, out: Path) -> tuple[float, float, float]:
    """Run `usjapan-facts site` as a user does; return its wall seconds, CPU seconds and peak RSS in MB.

    On a shared machine the wall time depends on the load; the CPU time (user + system) does not.
    """
    command = [sys.executable, "-m", "usjapan_facts", "--snapshots-dir", str(store), "site", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"site failed: {done.stderr.strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, after.ru_maxrss / 1024


def _inodes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_ino for path in folder.rglob("*") if path.is_file()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=5000)
    count = parser.parse_args().versions
    with tempfile.TemporaryDirectory() as temp:
        store, out = Path(temp) / "store", Path(temp) / "site"
        write_store(count, store)
        first, first_cpu, first_mb = _run_site(store, out)
        pages = _inodes(out)
        again, again_cpu, again_mb = _run_site(store, out)
        rewritten = sum(1 for name, inode in _inodes(out).items() if pages.get(name) != inode)
    # ru_maxrss of children is the largest any child reached so far: the rebuild's is at least the first's.
    print(f"site, {count:,} versions, {len(pages):,} files:")
    print(f"  first build: {first:.1f} s wall, {first_cpu:.1f} s CPU, peak RSS {first_mb:.0f} MB")
    print(f"  rebuild unchanged: {again:.1f} s wall, {again_cpu:.1f} s CPU, {rewritten} files written anew")
    print(f"  peak RSS of both: {again_mb:.0f} MB; cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
