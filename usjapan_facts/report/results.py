"""The results that commands print and the library returns without a type of their own (an iterator, rows).

Each wraps what one library call returns, so the registry (`report.registry`) can choose its renderer by
type: `list` renders a `VersionList`, `history` a `FactHistory`, `log` a `Changelog`, `export` a `Table`,
`diff --text` a `TextComparison`.
Built without importing the engine or the models, so a command that makes one starts fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from usjapan_facts.catalog import Catalogue
    from usjapan_facts.diff import SnapshotDiff
    from usjapan_facts.history import HistoryEntry
    from usjapan_facts.textdiff import Row
    from usjapan_facts.trust import VersionSummary


@dataclass(frozen=True, slots=True)
class VersionList:
    """The stored versions, oldest first (`SnapshotStore.summaries()`)."""

    rows: tuple[VersionSummary, ...]


@dataclass(frozen=True, slots=True)
class FactHistory:
    """One fact in every version, oldest first (`fact_history(store, fact_id)`)."""

    entries: tuple[HistoryEntry, ...]


@dataclass(frozen=True, slots=True)
class Changelog:
    """Each version's changes, oldest first as `log_diffs` walks them; `log` shows them newest first.

    `diffs` is read once, as it is rendered, so a history of any length is never held whole.
    """

    diffs: Iterable[SnapshotDiff]
    catalogue: Catalogue


@dataclass(frozen=True, slots=True)
class TextComparison:
    """Two versions' kept texts compared word by word (`text_diff(old, new)`), for `diff --text`."""

    old_version: str
    new_version: str
    rows: tuple[Row, ...]


class Table:
    """Export's tidy rows (`export_rows(snapshots)`), read once as they are rendered; `count` says how many were."""

    __slots__ = ("_rows", "count")

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self._rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, str]]:
        for row in self._rows:
            self.count += 1
            yield row
