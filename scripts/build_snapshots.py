"""Build snapshots/BRIEF/ from the gathered record of every version of a brief, and its full texts.

Run by hand from the repository root when a record changes:

    python scripts/build_snapshots.py            # every brief with a record in tests/fixtures
    python scripts/build_snapshots.py IF11120    # one brief

A record (tests/fixtures/<brief>_versions.json) holds values only; this script types them into
snapshots through the same migrations a stored file goes through. Where the full text of a version is
a fixture (tests/fixtures/<BRIEF>-<date>.md), each fact the extractor reads with the recorded meaning
gets the sentence and section it stands in. Nothing here knows a fact: adding one needs no change.
It refuses to write anything that does not validate.

Last it writes the record of validated content for every shipped snapshot (usjapan_facts/trusted.jsonl,
which `list` reads instead of validating each file): each file is read back and validated in full, and
only canonical files (byte for byte what `save` writes) are recorded. Run it too when the catalogue, the
schema or the package version changes (a test fails until it is run).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.compare import snapshot_units
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.migrations import migrate
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore, read_snapshot, summary_of
from usjapan_facts.trust import SHIPPED, VersionSummary, digest, write_shipped

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def record_path(brief: str) -> Path:
    return FIXTURES / f"{brief.lower()}_versions.json"


def _with_provenance(data: dict[str, Any], snapshot: Snapshot, text: bytes) -> dict[str, Any]:
    """Give each unit the extractor reads as recorded its quote and section."""
    extracted = snapshot_units(extract_snapshot(text.decode("utf-8")).snapshot)
    recorded = snapshot_units(snapshot)
    for unit_id, unit in recorded.items():
        found = extracted.get(unit_id)
        head, _, rest = unit_id.partition(".")
        # An election or event is matched by its slug: the record knows results the extractor does not read.
        if found is None or not found.provenance or (head not in catalog.COLLECTIONS and found.meaning != unit.meaning):
            # A basis the record gives and the extractor did not read still leaves the sentence the fact's.
            bare = {key: value for key, value in unit.meaning.items() if key != "basis"}
            if found is None or not found.provenance or "basis" in found.meaning or found.meaning != bare:
                continue
        target = data[head][rest] if head in catalog.COLLECTIONS else data["facts"].get(unit_id)
        if target is not None:
            target.update(found.provenance)
    return {**data, "text_sha256": hashlib.sha256(text).hexdigest()}


def snapshot_of(version: dict[str, Any], report: dict[str, str]) -> Snapshot:
    """Type one version of a record (schema 0) into a `Snapshot`, quoting its full text if it is a fixture."""
    data, _ = migrate({**version, "report": report, "schema_version": 0})
    snapshot = Snapshot.model_validate(data)
    text_path = FIXTURES / f"{report['id']}-{version['updated']}.md"
    if not text_path.is_file():
        return snapshot
    return Snapshot.model_validate(_with_provenance(data, snapshot, text_path.read_bytes()))


def build(brief: str) -> list[Path]:
    record = json.loads(record_path(brief).read_text(encoding="utf-8"))
    store = SnapshotStore(ROOT / "snapshots" / brief)
    return [store.save(snapshot_of(version, record["report"]), overwrite=True) for version in record["versions"]]


def record_validated() -> int:
    """Write the record of validated content for every shipped snapshot; refuse a file that is not canonical."""
    summaries: list[VersionSummary] = []
    for path in sorted((ROOT / "snapshots").glob("*/*.json")):
        summary = summary_of(read_snapshot(path))
        if summary.hash != digest(path.read_bytes()):
            print(f"{path}: not canonical; write it with SnapshotStore.save first", file=sys.stderr)
            return 1
        summaries.append(summary)
    write_shipped(summaries)
    print(f"{SHIPPED.relative_to(ROOT)}: {len(summaries)} snapshots recorded")
    return 0


def main(argv: list[str]) -> int:
    briefs = argv or [brief for brief in catalog.available() if record_path(brief).is_file()]
    for brief in briefs:
        for path in build(brief):
            print(path)
    return record_validated()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
