"""Every fact's history for its page, taken from the diffs the site already made rather than from a second walk.

`history.fact_history` folds the versions to learn where one fact changed; the site has the
diffs of consecutive versions in hand, and a fact changed in a version exactly where that version's
diff holds a change of its meaning (every kind but provenance), as `same_meaning` is the one notion of
change `log` and `history` share. A fact whose stored item is equal to the version before's is shown as
it was, so its value is formatted once per value, not once per version.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from usjapan_facts import catalog
from usjapan_facts.change import SnapshotDiff
from usjapan_facts.history import HistoryEntry
from usjapan_facts.lookup import FactView, unrecorded_viewer, viewer
from usjapan_facts.model import Snapshot
from usjapan_facts.units import rules_for


def site_histories(
    snapshots: Sequence[Snapshot], diffs: Sequence[SnapshotDiff], fact_ids: Sequence[str], catalogue: catalog.Catalogue
) -> Iterator[list[HistoryEntry]]:
    """Yield each fact's entries, one per version, equal to what `fact_history` yields for it, one fact at a time.

    `diffs` are those `log_diffs` yields for `snapshots` (oldest first): each version's against what was known.
    """
    refs = [catalogue.resolve(fact_id) for fact_id in fact_ids]  # each id read once, an unknown one before any work
    versions = [snapshot.updated.isoformat() for snapshot in snapshots]
    at = {version: index for index, version in enumerate(versions)}
    marks: dict[str, dict[int, bool]] = {fact_id: {} for fact_id in fact_ids}
    for diff in diffs:
        index = at[diff.new.version]
        for change in diff.changes:
            if change.kind != "provenance" and change.fact_id in marks:
                marks[change.fact_id][index] = change.kind == "first_recorded"
    tracked = [frozenset(snapshot.tracked) for snapshot in snapshots]
    for ref in refs:
        yield _entries(ref, catalogue, snapshots, versions, tracked, marks.pop(ref.id))


def _entries(
    ref: catalog.UnitRef,
    catalogue: catalog.Catalogue,
    snapshots: Sequence[Snapshot],
    versions: Sequence[str],
    tracked: Sequence[frozenset[str]],
    changed: dict[int, bool],
) -> list[HistoryEntry]:
    view, unknown = viewer(ref, catalogue), unrecorded_viewer(ref, catalogue)
    if unknown is None:  # report metadata, which every version records
        return [
            HistoryEntry(view(snapshot, version), changed=index in changed, first_recorded=changed.get(index, False))
            for index, (snapshot, version) in enumerate(zip(snapshots, versions, strict=True))
        ]
    items = _items(ref, snapshots, tracked)
    entries: list[HistoryEntry] = []
    add = entries.append
    last: FactView | None = None
    for index, (snapshot, version, item) in enumerate(zip(snapshots, versions, items, strict=True)):
        if item is _UNRECORDED:
            add(HistoryEntry(unknown(version), False))
            continue
        if item is not None and last is not None and last.item == item:
            shown = FactView(
                version, last.fact_id, last.label, last.section, last.kind, last.status, last.display,
                last.canonical, last.number, last.quote, last.quoted_section, item,
            )  # fmt: skip
        else:
            shown = view(snapshot, version)
        if item is not None:
            last = shown
        first = changed.get(index)
        add(HistoryEntry(shown, first is not None, bool(first)))
    return entries


_UNRECORDED = object()
"""In place of an item: the version did not record the fact (neither stated it nor was checked for it)."""


def _items(ref: catalog.UnitRef, snapshots: Sequence[Snapshot], tracked: Sequence[frozenset[str]]) -> list[object]:
    """The unit's stored item in each version: the item, None (checked for and not stated), or `_UNRECORDED`."""
    value = rules_for(ref).value
    # A version is checked for an election or event as a whole collection, for a fact by its id.
    checked = ref.group if ref.in_collection else ref.id
    return [
        item if (item := value(snapshot, ref)) is not None or checked in tracks else _UNRECORDED
        for snapshot, tracks in zip(snapshots, tracked, strict=True)
    ]
