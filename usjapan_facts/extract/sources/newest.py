"""`fetch_newest_version(store)`: the library door of `usjapan-facts fetch`, a store's newest against the sources."""

from __future__ import annotations

from pathlib import Path

from usjapan_facts.config import FetchSettings
from usjapan_facts.extract.sources.chain import Outcome, Stored, fetch_newest
from usjapan_facts.extract.sources.memory import Memory
from usjapan_facts.store import SnapshotStore


def stored_newest(store: SnapshotStore) -> Stored:
    """Return the store's newest version as the chain compares it: CRS version number and date."""
    versions = store.versions()
    if not versions:
        return Stored(None, None)
    return Stored(store.latest().crs_version, versions[-1].isoformat())


def fetch_newest_version(
    store: SnapshotStore,
    *,
    settings: FetchSettings | None = None,
    key: str | None = None,
    memory: Path | None = None,
) -> Outcome:
    """Ask the sources for the newest version of the store's brief and say whether it is newer than the store's.

    `key` is a Congress.gov API key; `memory` the JSON file of validators for conditional requests (None:
    remember nothing). The outcome's `status` is "new" (with its `document`), "current" or "unreadable".
    """
    remembered = Memory(memory)
    outcome = fetch_newest(
        store.catalogue, stored_newest(store), settings or FetchSettings(), key=key, memory=remembered
    )
    remembered.save()
    return outcome
