"""Synthetic histories for the benchmarks, made from the real snapshots (run by hand, never by the tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore, canonical_json, default_store_root

START = dt.date(2000, 1, 1)


def real_snapshots() -> list[Snapshot]:
    return list(SnapshotStore(default_store_root()))


def synthetic(count: int) -> Iterator[Snapshot]:
    """Yield `count` versions, one a day from 2000-01-01, cycling through the 22 real versions in order."""
    real = real_snapshots()
    for index in range(count):
        yield real[index % len(real)].model_copy(update={"updated": START + dt.timedelta(days=index)})


def write_store(count: int, root: Path) -> SnapshotStore:
    """Write a synthetic store of `count` versions into `root` (canonical files, as `save` writes them)."""
    root.mkdir(parents=True, exist_ok=True)
    for snapshot in synthetic(count):
        (root / f"{snapshot.updated.isoformat()}.json").write_text(canonical_json(snapshot), encoding="utf-8")
    return SnapshotStore(root)
