"""Wall time of the commands against the import floor of their dependencies.

Run by hand from the repository root, in the environment where usjapan-facts is installed:

    python benchmarks/bench_commands.py [--runs 15]

Targets (issue #3): `diff previous latest` <= 1.25x the time of
`python -c "import pydantic, deepdiff, click"`; `list`, `show`, `validate` and `history` <= 0.8x of it,
and none of them imports DeepDiff.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

FLOOR = [sys.executable, "-c", "import pydantic, deepdiff, click"]
COMMANDS: dict[str, tuple[list[str], float]] = {
    "diff previous latest": (["diff", "previous", "latest"], 1.25),
    "list": (["list"], 0.8),
    "show 2022-07-21": (["show", "2022-07-21"], 0.8),
    "validate": (["validate"], 0.8),
    "history alliance.us_troops_in_japan": (["history", "alliance.us_troops_in_japan"], 0.8),
}


def _once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return time.perf_counter() - start


def wall_times(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command; rounds interleave the commands so machine noise hits all alike."""
    for command in commands.values():
        subprocess.run(command, capture_output=True, check=True)  # warm-up: the OS file cache, .pyc files
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(_once(command))
    return {name: statistics.median(values) for name, values in times.items()}


def imports_deepdiff(arguments: list[str]) -> bool:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "usjapan_facts", *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    return "deepdiff" in done.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    commands = {"floor": FLOOR} | {
        name: [sys.executable, "-m", "usjapan_facts", *arguments] for name, (arguments, _) in COMMANDS.items()
    }
    medians = wall_times(commands, runs)
    floor = medians["floor"]
    print(f"floor (import pydantic, deepdiff, click): {floor * 1000:.0f} ms, median of {runs} interleaved rounds")
    failed = False
    for name, (arguments, target) in COMMANDS.items():
        ratio = medians[name] / floor
        deepdiff = imports_deepdiff(arguments)
        ok = ratio <= target and (name.startswith("diff") or not deepdiff)
        failed |= not ok
        print(
            f"{name:<38} {medians[name] * 1000:6.0f} ms  {ratio:4.2f}x floor (target <= {target}x)  "
            f"imports deepdiff: {'yes' if deepdiff else 'no '}  {'ok' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
