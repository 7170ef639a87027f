"""Track how the facts in CRS In Focus briefs change between versions: IF10199 and IF11120, by default IF10199.

IF10199 is "U.S.-Japan Relations"; IF11120, "U.S.-Japan Trade Agreements and Tariff Negotiations"
(`SnapshotStore.for_brief("IF11120")`). Each brief's catalogue (`load_catalogue(brief)`) says what it tracks.

Open a brief's stored history, compare two versions, follow one fact:

    >>> import usjapan_facts as uf
    >>> store = uf.SnapshotStore.for_brief("IF10199")
    >>> diff = uf.diff_versions(store, "2021-05-12", "2021-12-03")
    >>> print(diff.changes[0].summary)
    Prime Minister of Japan: Suga Yoshihide -> Kishida Fumio
    >>> diff.unknown_counts  # catalogue facts each side does not know: a change there cannot be seen
    (26, 28)
    >>> [entry.view.display for entry in uf.fact_history(store, "alliance.us_troops_in_japan")][11]
    'around 54,000'

`diff_versions(store, old, new)` is the comparison to use: most stored versions record only part of
the catalogue, so each fact of NEW is compared with its value in the latest version at or before OLD
that recorded it. `diff_snapshots(old, new)` compares two snapshots as they are, without that history,
and warns (`PartialSnapshotWarning`) when either is partial.

What it offers (`dir(usjapan_facts)` lists it; each name's own help says more):

- Compare: `diff_versions(store, old, new)` -> `SnapshotDiff` of `Change`; `log_diffs(store)`, an
  iterator of each version's changes, oldest first; `fact_history(store, fact_id)`, an iterator of
  `HistoryEntry`; `check(store)` -> `CheckResult`; `Rules` and `load_rules` for severities.
- Store: `SnapshotStore.for_brief(brief)` (iterating it loads versions lazily, oldest first; its
  `versions()`, `load(version)` and `in_force(date)`), `default_store_root`, `read_snapshot`,
  `canonical_json`, `content_hash`, and `consecutive_pairs(store)`, (older, newer) pairs.
- Model and catalogues: `Snapshot`, `load_catalogue(brief)` -> `Catalogue` of `FactSpec`,
  `lookup(snapshot, fact_id)` -> `FactView`.
- Snapshots as they are: `diff_snapshots(old, new)`; `diff_pairs(pairs)`, an iterator (wrap it in
  `list()` to keep them).
- Reading briefs: `read_source(path_or_url)` -> `Source`, `extract_snapshot(text)` -> `Extraction`;
  `fetch_newest_version(store)`, the newest version from the Congress.gov API, congress.gov and mirrors.
- Reports: `export_rows(snapshots)`, an iterator of tidy rows; `write_sqlite(path, snapshots, diffs)`;
  `render_atom(diffs)`, an Atom feed; `build_site(snapshots, diffs, out_dir)`, a static site;
  `notify(result, url)`, findings to a webhook; `init_watch(directory)`, a watch folder of one's own.
- Errors: every failure a caller can cause is a `FactsError`; its message names the argument or
  method to fix.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from usjapan_facts._version import __version__ as __version__

if TYPE_CHECKING:
    from usjapan_facts.catalog import Catalogue, FactSpec, load_catalogue
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
        PartialSnapshotWarning,
        ReadingFailureWarning,
        SchemaVersionError,
        SnapshotExistsError,
        SnapshotFileError,
        StoreError,
        UnknownFactError,
        VersionNotFoundError,
    )
    from usjapan_facts.extract import ExtractError, Extraction, extract_snapshot
    from usjapan_facts.extract.sources import Source, SourceError, read_source
    from usjapan_facts.extract.sources.newest import fetch_newest_version
    from usjapan_facts.history import HistoryEntry, fact_history
    from usjapan_facts.lookup import FactView, lookup
    from usjapan_facts.model import Snapshot
    from usjapan_facts.notify import notify
    from usjapan_facts.report.atom import render_atom
    from usjapan_facts.report.export import export_rows
    from usjapan_facts.report.site import build_site
    from usjapan_facts.report.sqlite import write_sqlite
    from usjapan_facts.severity import Rule, Rules, RulesError, load_rules
    from usjapan_facts.store import (
        SnapshotStore,
        canonical_json,
        consecutive_pairs,
        content_hash,
        default_store_root,
        read_snapshot,
    )
    from usjapan_facts.watch import init_watch

# Each public name and the module that defines it. Modules load on first use (PEP 562), so that a
# command imports only what it runs, and DeepDiff only when something is diffed.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("Catalogue", "FactSpec", "load_catalogue"), "catalog"),
    **dict.fromkeys(("CheckResult", "Finding", "check"), "checks"),
    **dict.fromkeys(
        ("Change", "DiffError", "SnapshotDiff", "diff_pairs", "diff_snapshots", "diff_versions", "log_diffs"), "diff"
    ),
    **dict.fromkeys(
        (
            "AmbiguousVersionError",
            "FactsError",
            "PartialSnapshotWarning",
            "ReadingFailureWarning",
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
    "render_atom": "report.atom",
    "build_site": "report.site",
    "write_sqlite": "report.sqlite",
    "notify": "notify",
    "init_watch": "watch",
    **dict.fromkeys(("ExtractError", "Extraction", "extract_snapshot"), "extract"),
    **dict.fromkeys(("HistoryEntry", "fact_history"), "history"),
    "Snapshot": "model",
    **dict.fromkeys(("Rule", "Rules", "RulesError", "load_rules"), "severity"),
    **dict.fromkeys(("Source", "SourceError", "read_source"), "extract.sources"),
    "fetch_newest_version": "extract.sources.newest",
    **dict.fromkeys(
        ("SnapshotStore", "canonical_json", "consecutive_pairs", "content_hash", "default_store_root", "read_snapshot"),
        "store",
    ),
    **dict.fromkeys(("FactView", "lookup"), "lookup"),
}


_SHADOWED = frozenset({"lookup", "notify"})
"""Public functions named like the module that defines them."""


class _Package(types.ModuleType):
    """The package, whose `lookup` and `notify` stay the functions once their modules are imported."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Importing a submodule binds it on its package, which would hide the function of the same name
        # from `uf.lookup(...)`; the module stays reachable as `usjapan_facts.lookup` in sys.modules.
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"usjapan_facts.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'usjapan_facts' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public API, which loads lazily and so would otherwise be missing from `dir()` and `help()`."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})


__all__ = [
    "AmbiguousVersionError",
    "Catalogue",
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
    "PartialSnapshotWarning",
    "ReadingFailureWarning",
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
    "build_site",
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
    "fetch_newest_version",
    "init_watch",
    "load_catalogue",
    "load_rules",
    "log_diffs",
    "lookup",
    "notify",
    "read_snapshot",
    "read_source",
    "render_atom",
    "write_sqlite",
]
