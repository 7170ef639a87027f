"""Build the sdist and the wheel, check them as PyPI would, and prove the wheel works on its own.

    python scripts/check_dist.py [--dist DIR]

Runs `python -m build` into DIR (a fresh temporary folder by default), `twine check`, then checks that
the wheel holds every shipped snapshot, each brief's catalogue and data, the workflow and settings
templates, the site's templates and `py.typed`; finally installs the wheel alone into a scratch folder
and runs its `init`, whose workflow must install `usjapan-facts==<the wheel's version>`. Exit 0 when
all holds, 1 with one line per problem.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "usjapan_facts"


def expected_wheel_files() -> set[str]:
    """Return the data files the wheel must hold, as paths inside it."""
    wanted = {
        f"usjapan_facts/snapshots/{path.relative_to(ROOT / 'snapshots').as_posix()}"
        for path in (ROOT / "snapshots").rglob("*.json")
    }
    for folder in ("briefs", "data", "report/site/templates", "report/site/static"):
        wanted |= {
            path.relative_to(ROOT).as_posix()
            for path in (PACKAGE / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        }
    wanted.add("usjapan_facts/py.typed")
    return wanted


def build(dist: Path, *, isolated: bool = True) -> tuple[Path, Path]:
    """Build the sdist and the wheel of the checkout into `dist`; return their paths.

    `isolated=False` builds with the backend installed beside this interpreter instead of in two fresh
    environments (sdist, then the wheel from it): the same files, in a third of the time. The release builds
    isolated; the test suite, whose `[test]` extra holds the backend `[build-system]` names, does not.
    """
    isolation = [] if isolated else ["--no-isolation"]
    subprocess.run(
        [sys.executable, "-m", "build", *isolation, "--outdir", str(dist), str(ROOT)], check=True, capture_output=True
    )
    [wheel] = dist.glob("*.whl")
    [sdist] = dist.glob("*.tar.gz")
    return sdist, wheel


def content_problems(wheel: Path) -> list[str]:
    """Return what the wheel lacks of the files a release ships, and a guessed repository URL in its metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(archive.read(n) for n in names if n.endswith(".dist-info/METADATA")).decode("utf-8")
    problems = [f"{wheel.name}: lacks {name}" for name in sorted(expected_wheel_files() - names)]
    if "Project-URL" in metadata and "usjapan-facts/usjapan-facts" in metadata:
        problems.append(f"{wheel.name}: names a guessed repository URL in its metadata")
    return problems


def problems_of(sdist: Path, wheel: Path, scratch: Path) -> list[str]:
    """Return what is wrong with the built distributions, one line each (none: all good)."""
    problems: list[str] = []
    twine = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    if twine.returncode != 0:
        problems.append(f"twine check failed: {(twine.stdout + twine.stderr).strip()[-400:]}")
    problems += content_problems(wheel)
    version = wheel.name.split("-")[1]
    target = scratch / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("USJAPAN_FACTS_")}
    environment["PYTHONPATH"] = str(target)
    probe = "import usjapan_facts, sys; sys.stdout.write(usjapan_facts.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", probe], env=environment, capture_output=True, text=True, check=True, cwd=scratch
    ).stdout
    if not where.startswith(str(target)):
        problems.append(f"the installed wheel was not the one imported ({where})")
    init = subprocess.run(
        [sys.executable, "-m", "usjapan_facts", "init", "watch"],
        env=environment,
        cwd=scratch,
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        return [*problems, f"init from the wheel failed: {init.stderr.strip()}"]
    workflow = yaml.safe_load((scratch / "watch/.github/workflows/brief-watch.yml").read_text(encoding="utf-8"))
    if workflow["env"]["USJAPAN_FACTS"] != f"usjapan-facts=={version}":
        problems.append(f"init from the wheel pins {workflow['env']['USJAPAN_FACTS']!r}, not usjapan-facts=={version}")
    if not list((scratch / "watch/snapshots").glob("*.json")):
        problems.append("init from the wheel wrote no snapshots")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="build into this folder (default: a temporary one)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        dist = options.dist or Path(temporary) / "dist"
        sdist, wheel = build(dist)
        scratch = Path(temporary) / "scratch"
        scratch.mkdir()
        problems = problems_of(sdist, wheel, scratch)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{sdist.name} and {wheel.name}: checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
