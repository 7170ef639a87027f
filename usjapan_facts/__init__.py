"""Track how the facts in CRS In Focus brief IF10199, "U.S.-Japan Relations", change between versions."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from usjapan_facts.catalog import CATALOG, FactSpec
    from usjapan_facts.checks import CheckResult, Finding, check
    from usjapan_facts.diff import (
        Change,
        DiffError,
        SnapshotDiff,
        diff_pairs,
        diff_snapshots,
        diff_versions,
        log_diffs,
    )
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
    from usjapan_facts.extract import ExtractError, Extraction, extract_snapshot
    from usjapan_facts.extract.sources import Source, SourceError, read_source
    from usjapan_facts.history import HistoryEntry, fact_history
    from usjapan_facts.model import Snapshot
    from usjapan_facts.report.export import export_rows
    from usjapan_facts.rules import Rule, Rules, RulesError, load_rules
    from usjapan_facts.store import (
        SnapshotStore,
        canonical_json,
        consecutive_pairs,
        content_hash,
        default_store_root,
        read_snapshot,
    )
    from usjapan_facts.views import FactView, lookup

# Each public name and the module that defines it. Modules load on first use (PEP 562), so that a
# command imports only what it runs, and DeepDiff only when something is diffed.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("CATALOG", "FactSpec"), "catalog"),
    **dict.fromkeys(("CheckResult", "Finding", "check"), "checks"),
    **dict.fromkeys(
        ("Change", "DiffError", "SnapshotDiff", "diff_pairs", "diff_snapshots", "diff_versions", "log_diffs"), "diff"
    ),
    **dict.fromkeys(
        (
            "AmbiguousVersionError",
            "FactsError",
            "SchemaVersionError",
            "SnapshotExistsError",
            "SnapshotFileError",
            "StoreError",
            "UnknownFactError",
            "VersionNotFoundError",
        ),
        "errors",
    ),
    "export_rows": "report.export",
    **dict.fromkeys(("ExtractError", "Extraction", "extract_snapshot"), "extract"),
    **dict.fromkeys(("HistoryEntry", "fact_history"), "history"),
    "Snapshot": "model",
    **dict.fromkeys(("Rule", "Rules", "RulesError", "load_rules"), "rules"),
    **dict.fromkeys(("Source", "SourceError", "read_source"), "extract.sources"),
    **dict.fromkeys(
        ("SnapshotStore", "canonical_json", "consecutive_pairs", "content_hash", "default_store_root", "read_snapshot"),
        "store",
    ),
    **dict.fromkeys(("FactView", "lookup"), "views"),
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"usjapan_facts.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'usjapan_facts' has no attribute {name!r}")


__all__ = [
    "CATALOG",
    "AmbiguousVersionError",
    "Change",
    "CheckResult",
    "DiffError",
    "ExtractError",
    "Extraction",
    "FactSpec",
    "FactView",
    "FactsError",
    "Finding",
    "HistoryEntry",
    "Rule",
    "Rules",
    "RulesError",
    "SchemaVersionError",
    "Snapshot",
    "SnapshotDiff",
    "SnapshotExistsError",
    "SnapshotFileError",
    "SnapshotStore",
    "Source",
    "SourceError",
    "StoreError",
    "UnknownFactError",
    "VersionNotFoundError",
    "canonical_json",
    "check",
    "consecutive_pairs",
    "content_hash",
    "default_store_root",
    "diff_pairs",
    "diff_snapshots",
    "diff_versions",
    "export_rows",
    "extract_snapshot",
    "fact_history",
    "load_rules",
    "log_diffs",
    "lookup",
    "read_snapshot",
    "read_source",
]
