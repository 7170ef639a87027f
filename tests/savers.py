"""What the processes of tests/engine/test_properties.py run: a module that imports only the store, so that the
server they are forked from starts without pytest or Hypothesis."""

from __future__ import annotations

import contextlib
import datetime as dt

from usjapan_facts.errors import SnapshotExistsError
from usjapan_facts.store import SnapshotStore, default_store_root


def save_versions(root: str, offset: int, count: int) -> None:
    """Save `count` copies of the shipped 2022-07-21 version under consecutive dates from 2030, `offset` days in."""
    store = SnapshotStore(root)
    template = SnapshotStore(default_store_root()).load("2022-07-21")
    for index in range(count):
        day = dt.date(2030, 1, 1) + dt.timedelta(days=offset + index)
        store.save(template.model_copy(update={"updated": day}))


def race_for_one_date(root: str, coverage: str) -> None:
    """Save the shipped 2022-07-21 version with `coverage`; a loser of the race is refused, which is what is tested."""
    template = SnapshotStore(default_store_root()).load("2022-07-21")
    with contextlib.suppress(SnapshotExistsError):
        SnapshotStore(root).save(template.model_copy(update={"coverage": coverage}))
