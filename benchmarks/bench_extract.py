"""Time to extract one brief (target: under 20 ms), measured cold: the parsers' memo caches are cleared each run.

Run by hand from the repository root: python benchmarks/bench_extract.py [--runs 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from usjapan_facts.extract import extract_snapshot, parsers

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
BRIEFS = ("IF10199-2022-07-21.md", "IF10199-2022-07-21.html")
CACHES = (parsers.qualified_numbers, parsers.money_amounts, parsers.percents, parsers.dates, parsers.ranks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    for name in BRIEFS:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        extract_snapshot(text)  # warm-up: imports and the model's schema
        times = []
        for _ in range(runs):
            for cache in CACHES:
                cache.cache_clear()
            start = time.perf_counter()
            extract_snapshot(text)
            times.append(time.perf_counter() - start)
        median = statistics.median(times) * 1000
        print(f"{name:<26} median {median:5.1f} ms, max {max(times) * 1000:5.1f} ms over {runs} runs (target < 20 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
