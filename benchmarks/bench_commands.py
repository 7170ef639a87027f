"""Start-up of the reading commands against the import floor F, in a plain install and with the plot extra.

Run by hand from the repository root (any Python 3.11+ will do; it builds its own environments):

    python benchmarks/bench_commands.py [--runs 15] [--venvs DIR] [--with-log]

It makes (or refreshes) two virtual environments from this checkout: `plain` (`pip install .`, so
numpy is absent) and `plot` (`pip install '.[plot]'`, where DeepDiff imports numpy). In each, F is
`python -c "import pydantic, deepdiff, click"`; every round runs F and then each command, and a
command's ratio is the median over rounds of its time over the same round's F (paired, interleaved,
so machine noise hits both alike). The goals of issue #12 hold for the plain install:

    diff 2021-05-12 2021-12-03 <= 1.25x F; list, show 2022-07-21, history alliance.us_troops_in_japan
    <= 0.8x F (and none of these three imports DeepDiff); first extract_snapshot call <= 30 ms.

`--with-log` also runs bench_log.py in each environment, so one run gives the whole table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ["-c", "import pydantic, deepdiff, click"]
COMMANDS: dict[str, tuple[list[str], float]] = {
    "diff 2021-05-12 2021-12-03": (["diff", "2021-05-12", "2021-12-03"], 1.25),
    "list": (["list"], 0.8),
    "show 2022-07-21": (["show", "2022-07-21"], 0.8),
    "history alliance.us_troops_in_japan": (["history", "alliance.us_troops_in_japan"], 0.8),
}
# Not goals: what any command pays before it does anything, once it builds a pydantic Snapshot.
FLOORS: dict[str, str] = {
    "import click, pydantic.BaseModel": "import click; from pydantic import BaseModel",
    # Defining any model class imports pydantic.fields and pydantic.types, which F's `import pydantic` does not.
    "import click, one model class": "import click\nfrom pydantic import BaseModel\nclass A(BaseModel): x: int",
    "import click, usjapan_facts.model": "import click; import usjapan_facts.model",
}
EXTRACT_TARGET_MS = 30.0
BRIEF = ROOT / "tests" / "fixtures" / "IF10199-2022-07-21.md"
# The first call in a fresh process: the module's import is timed apart from the call itself.
FIRST_EXTRACT = """
import sys, time
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
from usjapan_facts.extract import extract_snapshot
imported = time.perf_counter()
extract_snapshot(text)
done = time.perf_counter()
print(imported - start, done - imported)
"""


def make_venv(folder: Path, extra: str) -> Path:
    """Create or refresh a venv with this checkout installed (not editable); return its bin folder."""
    bin_dir = folder / "bin"
    if not (bin_dir / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run([bin_dir / "pip", "install", "-q", f".{extra}"], cwd=ROOT, check=True)
    else:
        subprocess.run([bin_dir / "pip", "install", "-q", "--no-deps", "--force-reinstall", "."], cwd=ROOT, check=True)
    return bin_dir


def has_numpy(bin_dir: Path) -> bool:
    done = subprocess.run([bin_dir / "python", "-c", "import numpy"], capture_output=True, check=False)
    return done.returncode == 0


def _once(command: list[str | Path], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, cwd=cwd)
    return time.perf_counter() - start


def paired_ratios(bin_dir: Path, runs: int, cwd: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    """Return F's median and, per command, its median time and the median of its paired ratio to F."""
    floor: list[str | Path] = [bin_dir / "python", *FLOOR]
    commands: dict[str, list[str | Path]] = {
        name: [bin_dir / "usjapan-facts", *arguments] for name, (arguments, _) in COMMANDS.items()
    }
    for name, program in FLOORS.items():
        commands[name] = [bin_dir / "python", "-c", program]
    for command in [floor, *commands.values()]:
        subprocess.run(command, capture_output=True, check=True, cwd=cwd)  # warm-up: file cache, .pyc files
    floors: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    ratios: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            # Each command is paired with an F run just before it.
            before = _once(floor, cwd)
            elapsed = _once(command, cwd)
            floors.append(before)
            times[name].append(elapsed)
            ratios[name].append(elapsed / before)
    return statistics.median(floors), {
        name: (statistics.median(times[name]), statistics.median(ratios[name])) for name in commands
    }


def imports_deepdiff(bin_dir: Path, arguments: list[str], cwd: Path) -> bool:
    done = subprocess.run(
        [bin_dir / "python", "-X", "importtime", "-m", "usjapan_facts", *arguments],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    return "deepdiff" in done.stderr


def first_extract(bin_dir: Path, runs: int, cwd: Path) -> tuple[float, float]:
    """Median seconds to import `usjapan_facts.extract` and of the first `extract_snapshot` call, fresh each run."""
    imports, calls = [], []
    for _ in range(runs):
        done = subprocess.run(
            [bin_dir / "python", "-c", FIRST_EXTRACT, str(BRIEF)], capture_output=True, text=True, check=True, cwd=cwd
        )
        imported, called = (float(word) for word in done.stdout.split())
        imports.append(imported)
        calls.append(called)
    return statistics.median(imports), statistics.median(calls)


def report(label: str, bin_dir: Path, runs: int, *, goals: bool) -> bool:
    """Print one environment's table; return whether its goals (if it has them) were met."""
    with tempfile.TemporaryDirectory() as folder:
        # A folder of its own: no pyproject.toml with rules, no checkout shadowing the installed package.
        cwd = Path(folder)
        floor, results = paired_ratios(bin_dir, runs, cwd)
        imported, called = first_extract(bin_dir, runs, cwd)
        deepdiff = {name: imports_deepdiff(bin_dir, arguments, cwd) for name, (arguments, _) in COMMANDS.items()}
    numpy = "numpy present" if has_numpy(bin_dir) else "no numpy"
    print(f"\n[{label}] ({numpy}) F = import pydantic, deepdiff, click: {floor * 1000:.0f} ms, {runs} paired rounds")
    met = True
    for name, (arguments, target) in COMMANDS.items():
        median, ratio = results[name]
        ok = ratio <= target and (arguments[0] == "diff" or not deepdiff[name])
        met &= ok
        verdict = ("ok" if ok else "MISSED") if goals else ""
        print(
            f"  {name:<38} {median * 1000:6.0f} ms  {ratio:4.2f}x F (goal <= {target}x)  "
            f"imports deepdiff: {'yes' if deepdiff[name] else 'no '}  {verdict}"
        )
    for name in FLOORS:
        median, ratio = results[name]
        print(f"  {name:<38} {median * 1000:6.0f} ms  {ratio:4.2f}x F (the floor of a command that builds a Snapshot)")
    ok = called * 1000 <= EXTRACT_TARGET_MS
    met &= ok
    print(
        f"  {'first extract_snapshot call':<38} {called * 1000:6.1f} ms (goal <= {EXTRACT_TARGET_MS:.0f} ms; "
        f"importing usjapan_facts.extract before it: {imported * 1000:.0f} ms)  "
        + (("ok" if ok else "MISSED") if goals else "")
    )
    return met or not goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--venvs", type=Path, default=Path(tempfile.gettempdir()) / "usjapan-facts-bench")
    parser.add_argument("--with-log", action="store_true", help="Also run bench_log.py in each environment.")
    arguments = parser.parse_args()
    environments = {
        "plain": make_venv(arguments.venvs / "plain", ""),
        "plot": make_venv(arguments.venvs / "plot", "[plot]"),
    }
    if has_numpy(environments["plain"]):
        print("the plain environment has numpy; remove it to measure the plain install", file=sys.stderr)
        return 2
    met = True
    for label, bin_dir in environments.items():
        met &= report(label, bin_dir, arguments.runs, goals=label == "plain")
    if arguments.with_log:
        for label, bin_dir in environments.items():
            print(f"\n[{label}] log", flush=True)
            env = {**os.environ, "USJAPAN_BENCH_LABEL": label}
            done = subprocess.run([bin_dir / "python", ROOT / "benchmarks" / "bench_log.py"], env=env, check=False)
            met &= done.returncode == 0 or label != "plain"
    print(json.dumps({"goals_met": met}))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
