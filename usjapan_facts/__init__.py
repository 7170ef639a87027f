"""Track how the facts in CRS In Focus brief IF10199, "U.S.-Japan Relations", change between versions."""

from usjapan_facts.catalog import CATALOG, FactSpec
from usjapan_facts.errors import (
    AmbiguousVersionError,
    FactsError,
    SchemaVersionError,
    SnapshotExistsError,
    SnapshotFileError,
    StoreError,
    UnknownFactError,
    VersionNotFoundError,
)
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore, canonical_json, content_hash, default_store_root, read_snapshot

__all__ = [
    "CATALOG",
    "AmbiguousVersionError",
    "FactSpec",
    "FactsError",
    "SchemaVersionError",
    "Snapshot",
    "SnapshotExistsError",
    "SnapshotFileError",
    "SnapshotStore",
    "StoreError",
    "UnknownFactError",
    "VersionNotFoundError",
    "canonical_json",
    "content_hash",
    "default_store_root",
    "read_snapshot",
]
