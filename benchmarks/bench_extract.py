"""Time to extract one brief (target: under 20 ms), measured cold, and time on 5 MB of adversarial text.

Run by hand from the repository root: python benchmarks/bench_extract.py [--runs 50] [--megabytes 5]
The parsers' memo caches are cleared each run. The adversarial texts repeat titles, numbers, hedges,
short interleaving-like lines and unclosed asides at 1 MB and at --megabytes: time must grow linearly
(target: 5 MB in a few seconds).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

from usjapan_facts.extract import (
    ExtractError,
    anaphora,
    column_glue,
    extract_snapshot,
    meaning,
    occasions,
    parsers,
    tense,
    values,
    whose,
)

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
BRIEFS = ("IF10199-2022-07-21.md", "IF10199-2022-07-21.html", "variants/plain-text-moved.txt")
CACHES = (
    parsers.qualified_numbers,
    parsers.money_amounts,
    parsers.percents,
    parsers.dates,
    parsers.ranks,
    parsers.name_order,
    values.counts,
    values.percents,
    values.amounts,
    values.years,
    values.months,
    values.ranks,
    meaning.clauses,
    anaphora.points_back,
    tense.not_current,
    tense.all_phrases,
    column_glue.is_footer,
    whose.names_another,
    occasions.day_dates,
)
ADVERSARIAL = {
    "titles": "Prime Minister Kishida Fumio met President Biden and South Korean President Lee Jae Myung. ",
    "numbers": "Around 54,000 U.S. troops, $2 billion per year, 25% of facilities, the fourth-largest partner. ",
    "hedges": "about around roughly over more than nearly almost some approximately less than ",
    "lines": "Prime Minister\nKishida the\nlargest of\nJapan.\nsince 1951\n",
    "asides": "Japan is the fifth largest U.S. trading partner (fourth largest if ( ",
    "columns": f"{'Japan is the fourth-largest U.S. trading partner and':<62}Japan pays roughly $2 billion per year\n",
    "gaps": "Japan  pays  about  ",
}


def _adversarial(megabytes: float) -> None:
    for name, unit in ADVERSARIAL.items():
        times = []
        for size in (1_000_000, int(megabytes * 1_000_000)):
            text = "Updated July 1, 2024\n\n" + unit * (size // len(unit))
            start = time.perf_counter()
            with contextlib.suppress(ExtractError):
                extract_snapshot(text)
            times.append(time.perf_counter() - start)
        print(
            f"{name:<8} 1 MB {times[0]:5.2f} s, {megabytes:g} MB {times[1]:5.2f} s (ratio {times[1] / times[0]:4.1f})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--megabytes", type=float, default=5.0)
    arguments = parser.parse_args()
    runs = arguments.runs
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
    _adversarial(arguments.megabytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
