"""Time to extract one brief (target: under 20 ms), measured cold, and time on 5 MB of adversarial text.

Run by hand from the repository root: python benchmarks/bench_extract.py [--runs 50] [--megabytes 5]
The parsers' memo caches are cleared each run; the CPU time is printed beside the wall-clock time, which on a shared
machine counts the time other processes hold the cores. A process's first extraction compiles the rules' patterns
(about a second, printed apart): the eval scripts extract each brief once before timing any text
(eval_extract.warm_up).
The adversarial texts repeat titles, numbers, hedges, short interleaving-like lines and unclosed asides at 1 MB and
at --megabytes: time must grow linearly (target: 5 MB in a few seconds). Repeated sentences are read once, so the
"distinct" texts repeat a whole brief of each report with every sentence made unique by a numbered lead-in: every
rule runs on every copy, and a rule that looks back over the text before each sentence shows as a ratio far above
the sizes' ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import re
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

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
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
DISTINCT = {
    "IF10199": FIXTURES / "IF10199-2022-07-21.md",
    "IF11120": ROOT / "benchmarks" / "texts" / "fresh17" / "AM2-IF11120-2026-05.md",
}


def _distinct(brief: str, size: int) -> str:
    """The brief's text, then its body again to `size`, each sentence after the first opened by 'In note N,'."""
    text = DISTINCT[brief].read_text(encoding="utf-8")
    body = text.split("\n\n", 2)[-1]  # past the title and cover date
    counter = itertools.count()
    copies = [text]
    length = len(text)
    while length < size:
        copy = re.sub(r"(?<=[.!?]) (?=[A-Z])", lambda _: f" In note {next(counter)}, ", body)
        copies.append(copy)
        length += len(copy) + 2
    return "\n\n".join(copies)


def _timed(text: str, brief: str = "IF10199") -> float:
    start = time.perf_counter()
    with contextlib.suppress(ExtractError):
        extract_snapshot(text, brief=brief)
    return time.perf_counter() - start


def _adversarial(megabytes: float) -> None:
    for name, unit in ADVERSARIAL.items():
        times = []
        for size in (1_000_000, int(megabytes * 1_000_000)):
            times.append(_timed("Updated July 1, 2024\n\n" + unit * (size // len(unit))))
        print(
            f"{name:<8} 1 MB {times[0]:5.2f} s, {megabytes:g} MB {times[1]:5.2f} s (ratio {times[1] / times[0]:4.1f})"
        )
    for brief in DISTINCT:
        small, large = (_timed(_distinct(brief, size), brief) for size in (250_000, 1_000_000))
        print(f"distinct {brief} 0.25 MB {small:5.2f} s, 1 MB {large:5.2f} s (ratio {large / small:4.1f}, sizes 4.0)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--megabytes", type=float, default=5.0)
    arguments = parser.parse_args()
    runs = arguments.runs
    for name in BRIEFS:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        first = time.process_time()
        extract_snapshot(text)  # warm-up: imports, the model's schema, and the rules' patterns compiled
        if name == BRIEFS[0]:  # the one-time cost, apart: an evaluation that times its first text counts it there
            print(f"{'first extraction':<26} {(time.process_time() - first) * 1000:6.1f} ms CPU (patterns compiled)")
        times, cpu = [], []
        for _ in range(runs):
            for cache in CACHES:
                cache.cache_clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            extract_snapshot(text)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        median = statistics.median(times) * 1000
        print(
            f"{name:<26} median {median:5.1f} ms, max {max(times) * 1000:5.1f} ms over {runs} runs (target < 20 ms); "
            f"CPU median {statistics.median(cpu) * 1000:5.1f} ms"
        )
    _adversarial(arguments.megabytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
