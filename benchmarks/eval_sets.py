"""Score extraction on sets of texts whose truth lists every fact they state, each set reported apart.

Run by hand from the repository root:

    python benchmarks/eval_sets.py SET_DIR [SET_DIR ...] [--past TEXTS_DIR RECORD_JSON] [--verbose | --figures]

A set is a folder of texts (Markdown, HTML, plain text, PDF) beside truth files `NAME.truth.json` in the
shape of the project's record (one version, `coverage: "full"`); each text whose file name starts with
NAME is scored against it (`D4-2025-03.layout.txt` against `D4-2025-03.truth.json`). As the sets'
`score.py` does: "stated" counts each catalogue fact once and each election or event twice (date and
status); "wrong" counts a wrong value or hedge, and any fact extracted that the truth lacks. A wrong value
is a false CI alarm, a missed one only unknown: read the wrong column first. "found" is every stated fact read at
all (stated minus missed), so a wrong value counts as found; "right" is found less the stated facts read wrong (a
wrong value and a wrong hedge of one fact count once): the figure to compare with a target of facts read right.

`--past` adds the stored copies of past versions as one more set, measured as `eval_extract.py` does
(file names start with the version's date; the record gives the values, so "stated" is the record's facts).
`ms` is each text's CPU time (reading and extraction), once each brief has been extracted once (eval_extract's
`warm_up`).
"dropped" counts the stated facts a full text's extraction says it does not mention: `check --brief` would report
them removed, a false alert as a wrong value is (every other missed fact is mentioned but not read: unknown, named in
each report for a reviewer).
`--figures` prints each text's figures and no sentence or fact of it: the way to score a set held out from whoever
runs it (a sealed set, or one a tuning branch must not read), since the WRONG lines quote the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from usjapan_facts.errors import FactsError
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.pdf import looks_like_pdf, read_pdf
from usjapan_facts.report.export import export_rows

TEXT_SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf")
SIDE = (".candidates", ".result", ".name", ".body", ".what", ".precision", ".incumbent", ".party", ".note")


@dataclass
class Score:
    """One text's score against its truth."""

    name: str
    stated: int = 0
    found: int = 0
    wrong: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    millis: float = 0.0
    error: str | None = None
    wrong_ids: set[str] = field(default_factory=set)
    dropped: list[str] = field(default_factory=list)
    """Stated facts missed and not mentioned in a full text: `check --brief` would report them removed (a false
    alert, as a wrong value is); the other missed facts are mentioned but not read (unknown, named for review)."""

    @property
    def right(self) -> int:
        """Stated facts read with the right value (and hedge): found, less the stated facts read wrong."""
        return self.found - len(self.wrong_ids)


def _parse(text: str) -> Any:
    text = (text or "").strip()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text.lower()


def _canon(value: Any) -> Any:
    if isinstance(value, dict) and "family" in value:
        return f"{value['family']} {value['given']}".lower()
    if isinstance(value, list):
        return "; ".join(value).lower()
    if isinstance(value, (int, float)):
        return float(value)
    return _parse(str(value))


def _by_year(text: str) -> dict[str, float] | None:
    table = {}
    for part in (text or "").split(";"):
        year, eq, number = part.strip().partition("=")
        if not eq:
            return None
        try:
            table[year.strip()] = float(number)
        except ValueError:
            return None
    return table


def _expected(version: dict[str, Any]) -> list[tuple[str, Any, str | None]]:
    wanted: list[tuple[str, Any, str | None]] = []
    for fact_id, fact in version.get("facts", {}).items():
        value = fact.get("value")
        if isinstance(value, dict) and "family" not in value:
            wanted.append((fact_id, {key: float(item) for key, item in value.items()}, None))
        elif "family" in fact:
            wanted.append((fact_id, _canon(fact), None))
        elif value is not None:
            wanted.append((fact_id, _canon(value), fact.get("qualifier")))
        elif fact.get("qualifier"):
            wanted.append((fact_id, None, fact.get("qualifier")))
    for group in ("elections", "events"):
        for slug, item in version.get(group, {}).items():
            if "status" in item:
                wanted.append((f"{group}.{slug}.status", item["status"], None))
            # Read the way the export's value is read, so a year-only date ("2019") compares as the number it parses to.
            wanted.append((f"{group}.{slug}.date", _parse(item["date"]), None))
    return wanted


def score(path: Path, truth: dict[str, Any]) -> Score:
    """Extract `path` as the truth's brief and version, and score it against the truth."""
    start = time.process_time()
    try:
        text = read_pdf(str(path)) if looks_like_pdf(str(path)) else path.read_text(encoding="utf-8", errors="replace")
    except FactsError as exc:
        result = Score(path.name, error=str(exc))
        result.missing = [fact_id for fact_id, _, _ in _expected(truth["versions"][0])]
        result.stated = len(result.missing)
        return result
    result = score_text(path.name, text, truth)
    result.millis = (time.process_time() - start) * 1000
    return result


def score_text(name: str, text: str, truth: dict[str, Any]) -> Score:
    """Extract `text` as the truth's brief and version, and score it against the truth."""
    version = truth["versions"][0]
    result = Score(name)
    wanted = _expected(version)
    result.stated = len(wanted)
    start = time.process_time()
    try:
        extraction = extract_snapshot(
            text, brief=truth["report"]["id"], updated=dt.date.fromisoformat(version["updated"])
        )
    except FactsError as exc:
        result.error = str(exc)
        result.missing = [fact_id for fact_id, _, _ in wanted]
        return result
    finally:
        result.millis = (time.process_time() - start) * 1000
    rows = {row["fact_id"]: row for row in export_rows([extraction.snapshot])}
    known = set()
    for fact_id, want, qualifier in wanted:
        known.add(fact_id)
        row = rows.get(fact_id)
        if row is None:
            result.missing.append(fact_id)
            continue
        got = _by_year(row["value"]) if isinstance(want, dict) else _parse(row["value"])
        quote = row.get("quote", "").strip()[:160]
        if want is not None and got != want:
            result.wrong_ids.add(fact_id)
            result.wrong.append(f"{fact_id}: got {row['value']!r}, want {want!r} <- {quote!r}")
        if qualifier and qualifier != "exact" and (row.get("qualifier") or "exact") != qualifier:
            result.wrong_ids.add(fact_id)
            result.wrong.append(f"{fact_id}: qualifier {row.get('qualifier')!r}, want {qualifier!r} <- {quote!r}")
    for fact_id, row in sorted(rows.items()):
        if fact_id in known or fact_id.startswith("report.") or any(side in fact_id for side in SIDE):
            continue
        result.wrong.append(f"{fact_id} = {row['value']!r} not stated <- {row.get('quote', '').strip()[:160]!r}")
    result.found = result.stated - len(result.missing)
    result.dropped = [fact_id for fact_id in result.missing if fact_id in extraction.not_mentioned and extraction.full]
    return result


def score_set(folder: Path) -> list[Score]:
    """Score every text in `folder` that has a truth file."""
    scores = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        stem = truth_path.name.removesuffix(".truth.json")
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for path in sorted(folder.iterdir()):
            if path.name.startswith(stem) and path.suffix in TEXT_SUFFIXES and path.is_file():
                scores.append(score(path, truth))
    return scores


def _eval_extract() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import eval_extract  # noqa: PLC0415 - a sibling script, importable only once its folder is on the path

    return eval_extract


def score_past(texts: Path, record_path: Path, brief: str = "IF10199") -> list[Score]:
    """Score the stored copies of past versions against the record, as eval_extract does."""
    eval_extract = _eval_extract()
    records = eval_extract._record_snapshots(record_path)
    scores = []
    for path in sorted(texts.iterdir()):
        dated = eval_extract.DATED.match(path.name)
        if not dated or not path.is_file() or path.suffix not in TEXT_SUFFIXES:
            continue
        record = records.get(dated.group(1))
        row = eval_extract.measure(path, dated.group(1), record, None, None, brief)
        item = Score(path.name, stated=len(row.recorded), found=len(row.found & row.recorded), millis=row.millis)
        item.wrong = row.wrong + [f"{extra} not in the record" for extra in row.extra]
        item.wrong_ids = {line.split(":", 1)[0] for line in row.wrong} & row.recorded & row.found
        item.error = row.error
        scores.append(item)
    return scores


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" + (f" ({100 * part / whole:.0f}%)" if whole else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--verbose", "-v", action="store_true", help="List each wrong and missed fact.")
    parser.add_argument("--past", nargs=2, type=Path, metavar=("TEXTS_DIR", "RECORD_JSON"))
    parser.add_argument("--figures", action="store_true", help="Figures only, no WRONG line (a held-out set).")
    args = parser.parse_args()
    if args.figures and args.verbose:
        parser.error("--figures and --verbose ask opposite things: choose one")
    _eval_extract().warm_up()  # the `ms` column: no text charged with the rules' patterns' one-time compiling
    sets = [(str(folder), score_set(folder)) for folder in args.sets]
    if args.past:
        sets.append((f"past versions {args.past[0]}", score_past(*args.past)))
    for folder, scores in sets:
        print(f"== {folder}")
        header = f"{'text':<34} {'found/stated':>14} {'wrong':>5} {'right':>5} {'dropped':>7} {'ms':>6}"
        print(header)
        for item in scores:
            figures = (
                f"{_share(item.found, item.stated):>14} {len(item.wrong):>5} {item.right:>5} {len(item.dropped):>7}"
            )
            print(f"{item.name:<34} {figures} {item.millis:>6.1f}")
            if item.error:
                print(f"    error: {item.error}")
            for line in [] if args.figures else item.wrong:
                print(f"    WRONG {line}")
            if args.verbose:
                for fact_id in item.missing:
                    print(f"    missed {fact_id}" + " (not mentioned: reported dropped)" * (fact_id in item.dropped))
        found, stated, right = (sum(getattr(s, key) for s in scores) for key in ("found", "stated", "right"))
        dropped = sum(len(s.dropped) for s in scores)
        print(
            f"{'total':<34} {_share(found, stated):>14} {sum(len(s.wrong) for s in scores):>5} {right:>5} {dropped:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
