"""Measure extraction on real texts: wrong values, recall, and the round trip against the stored snapshots.

Run by hand from the repository root:

    python benchmarks/eval_extract.py TEXTS_DIR RECORD_JSON [--brief ID] [--snapshots DIR] [--annotations FILE]

TEXTS_DIR holds one text per file, each file name starting with the version's date (2022-07-21-site.txt);
other files are skipped. RECORD_JSON is the gathered record of every version (facts as values). For each
text: `wrong` counts facts whose extracted value differs from the record's (a change of minor severity or
more); `recall` is the share of the record's facts found, and `stated` the share of those an annotations
file (TEXTS_DIR/annotations.json, `files[].states`) says the text visibly states; `round trip` counts the
changes of minor severity or more when the extraction is diffed against the stored snapshot of the version.
`ms` is each text's extraction in CPU time (the process's: other work on a shared machine does not count), after one
untimed extraction of each brief's fixture (`warm_up`): a process's first extraction of a brief compiles its rules'
patterns (about a second), which would otherwise be charged to whichever text comes first. A path of the rules the
fixtures do not take may still cost a text some tens of ms more the first time it is taken.
`--brief` (default IF10199) names the brief whose rules, catalogue and shipped snapshots are used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.diff import diff_snapshots
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.migrations import migrate
from usjapan_facts.model import Snapshot
from usjapan_facts.severity_levels import SEVERITY_RANK
from usjapan_facts.store import SnapshotStore, default_store_root

DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})")
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
WARM_UP = {"IF10199": "IF10199-2022-07-21.md", "IF11120": "IF11120-2027-05-03-columns.txt"}


@dataclass
class Row:
    """The measures of one text."""

    name: str
    version: str
    found: set[str] = field(default_factory=set)
    wrong: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    recorded: set[str] = field(default_factory=set)
    stated: set[str] | None = None
    round_trip: list[str] = field(default_factory=list)
    error: str | None = None
    millis: float = 0.0


def warm_up() -> None:
    """Extract each brief's fixture once, untimed, so that no text's time holds the patterns' one-time compiling."""
    for brief, name in WARM_UP.items():
        extract_snapshot((FIXTURES / name).read_text(encoding="utf-8"), brief=brief)


def _record_snapshots(path: Path) -> dict[str, Snapshot]:
    record = json.loads(path.read_text(encoding="utf-8"))
    snapshots = {}
    for version in record["versions"]:
        data, _ = migrate({**version, "report": record["report"], "schema_version": 0})
        snapshots[version["updated"]] = Snapshot.model_validate(data)
    return snapshots


def _annotations(path: Path | None, fact_ids: frozenset[str]) -> dict[str, set[str]]:
    if path is None or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {entry["file"]: set(entry.get("states", [])) & fact_ids for entry in data.get("files", [])}


def _serious(old: Snapshot, new: Snapshot) -> list[str]:
    changes = diff_snapshots(old, new).changes
    return [
        f"{change.fact_id}: {change.old_text} -> {change.new_text}"
        for change in changes
        if SEVERITY_RANK[change.severity] <= SEVERITY_RANK["minor"] and change.kind != "provenance"
    ]


def _extract(text: str, version: str, brief: str) -> Any:
    try:
        return extract_snapshot(text, brief=brief)
    except ExtractError as exc:
        if "no cover date" not in str(exc):  # the text names no date: the file name does
            raise
        return extract_snapshot(text, brief=brief, updated=dt.date.fromisoformat(version))


def measure(
    path: Path,
    version: str,
    record: Snapshot | None,
    stored: Snapshot | None,
    stated: set[str] | None,
    brief: str = catalog.DEFAULT_BRIEF,
) -> Row:
    """Extract one text of `brief` and compare it with the record and the stored snapshot of its version."""
    fact_ids = frozenset(spec.id for spec in catalog.load(brief).facts)
    row = Row(path.name, version, stated=stated, recorded=set(record.facts) if record is not None else set())
    text = path.read_text(encoding="utf-8", errors="replace")
    start = time.process_time()
    try:
        result = _extract(text, version, brief)
    except ExtractError as exc:
        row.error = str(exc)
        return row
    finally:
        row.millis = (time.process_time() - start) * 1000
    snapshot = result.snapshot
    row.found = set(snapshot.facts)
    if snapshot.updated.isoformat() != version:
        row.wrong.append(f"report.updated: {version} -> {snapshot.updated}")
        snapshot = snapshot.model_copy(update={"updated": dt.date.fromisoformat(version)})
    if record is not None:
        only = {fact_id: fact for fact_id, fact in snapshot.facts.items() if fact_id in record.facts}
        row.extra = sorted(
            f"{fact_id}={fact.model_dump(mode='json', exclude_none=True).get('value')!r}"
            for fact_id, fact in snapshot.facts.items()
            if fact_id not in record.facts
        )
        row.wrong += [
            line
            for line in _serious(record, snapshot.model_copy(update={"facts": only}))
            if line.split(":", 1)[0] in fact_ids
        ]
    if stored is not None:
        row.round_trip = _serious(stored, snapshot)
    return row


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" + (f" ({100 * part / whole:.0f}%)" if whole else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("record", type=Path)
    parser.add_argument("--brief", default=catalog.DEFAULT_BRIEF, help="The brief the texts are versions of.")
    parser.add_argument("--snapshots", type=Path, default=None, help="Its stored snapshots (default: shipped).")
    parser.add_argument("--annotations", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="List each wrong, missed and extra fact.")
    args = parser.parse_args()
    records = _record_snapshots(args.record)
    store = SnapshotStore(args.snapshots or default_store_root(args.brief), brief=args.brief)
    fact_ids = frozenset(spec.id for spec in catalog.load(args.brief).facts)
    stated = _annotations(args.annotations or args.texts / "annotations.json", fact_ids)
    warm_up()
    rows = []
    for path in sorted(args.texts.iterdir()):
        dated = DATED.match(path.name)
        if not dated or not path.is_file() or (path.suffix in (".json", ".md") and "annotations" in path.name):
            continue
        version = dated.group(1)
        day = dt.date.fromisoformat(version)
        stored = store.load(day) if day in store.versions() else None
        rows.append(measure(path, version, records.get(version), stored, stated.get(path.name), args.brief))
    header = f"{'text':<44} {'wrong':>5} {'recall':>13} {'stated found':>13} {'round trip':>10} {'ms':>6}"
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0, 0, 0, 0]
    for row in rows:
        hit = len(row.found & row.recorded)
        stated_hit = len(row.found & row.stated) if row.stated is not None else 0
        stated_all = len(row.stated) if row.stated is not None else 0
        totals = [
            totals[0] + len(row.wrong),
            totals[1] + hit,
            totals[2] + len(row.recorded),
            totals[3] + stated_hit,
            totals[4] + stated_all,
            totals[5] + len(row.round_trip),
        ]
        print(
            f"{row.name:<44} {len(row.wrong):>5} {_share(hit, len(row.recorded)):>13} "
            f"{_share(stated_hit, stated_all):>13} {len(row.round_trip):>10} {row.millis:>6.1f}"
        )
        if row.error:
            # A text nothing could be read from still counts: each fact it states is a miss.
            print(f"    error: {row.error}")
        if args.verbose:
            for line in row.wrong:
                print(f"    WRONG {line}")
            if row.stated is not None:
                for fact_id in sorted(row.stated - row.found):
                    print(f"    missed (stated) {fact_id}")
            for line in row.extra:
                print(f"    extra (not in record) {line}")
            for line in row.round_trip:
                print(f"    round trip: {line}")
    print("-" * len(header))
    print(
        f"{'total':<44} {totals[0]:>5} {_share(totals[1], totals[2]):>13} {_share(totals[3], totals[4]):>13} "
        f"{totals[5]:>10}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
