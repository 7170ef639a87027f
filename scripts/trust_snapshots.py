"""Write the record of validated content for the snapshots shipped with the package (usjapan_facts/trusted.jsonl).

Run by hand from the repository root whenever snapshots/, the catalogue, the schema or the package
version changes (a test fails until it is run):

    python scripts/trust_snapshots.py

Each snapshot is validated in full first; the script refuses to trust a file that is invalid or not
canonical (not byte for byte what `save` writes).
"""

from __future__ import annotations

import sys
from pathlib import Path

from usjapan_facts.store import canonical_json, read_snapshot, summary_of
from usjapan_facts.trust import SHIPPED, TrustRecord, VersionSummary, write_shipped

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "snapshots"


def main() -> int:
    summaries: list[VersionSummary] = []
    for path in sorted(SNAPSHOTS.glob("*/*.json")):
        snapshot = read_snapshot(path, record=TrustRecord(None, with_shipped=False))
        if canonical_json(snapshot).encode("utf-8") != path.read_bytes():
            print(f"{path}: not canonical; write it with SnapshotStore.save first", file=sys.stderr)
            return 1
        summaries.append(summary_of(snapshot))
    write_shipped(summaries)
    print(f"{SHIPPED.relative_to(ROOT)}: {len(summaries)} snapshots trusted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
