"""One fact through every version: its value, unknown where a version did not record it, and where it changed.

The engine's part only: `report.history` renders the entries as text, CSV and JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from usjapan_facts.catalog import Catalogue, UnitRef
from usjapan_facts.compare import same_meaning
from usjapan_facts.json_values import Json
from usjapan_facts.lookup import FactView, View, unrecorded_viewer, viewer
from usjapan_facts.model import Snapshot
from usjapan_facts.timeline import Timeline


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A fact in one version; `changed` compares it with the last version that knew it."""

    view: FactView
    changed: bool
    first_recorded: bool = False
    """The change is the fact's first record: no version before knew it."""

    def as_json(self) -> dict[str, Json]:
        return {**self.view.as_json(), "changed": self.changed, "first_recorded": self.first_recorded}


def _resolved(fact_id: str | UnitRef, catalogue: Catalogue) -> UnitRef:
    return fact_id if isinstance(fact_id, UnitRef) else catalogue.resolve(fact_id)


def fact_history(
    snapshots: Iterable[Snapshot], fact_id: str | UnitRef, *, catalogue: Catalogue | None = None
) -> Iterator[HistoryEntry]:
    """Yield the fact's entry in each snapshot, oldest first if the snapshots come so; unknowns never change.

    A version that records the fact (its value, or 'not stated') is marked changed when its meaning
    differs from the last one recorded before it, or when it first states a value after versions
    that did not record it: the versions where `log` reports the fact. A fact id (not yet a
    `UnitRef`) is resolved once, against `catalogue`, else a store's catalogue, else the first snapshot's.
    """
    catalogue = catalogue or getattr(snapshots, "catalogue", None)
    ref = _resolved(fact_id, catalogue) if catalogue is not None else None
    timeline = Timeline()
    view: View | None = None
    for snapshot in snapshots:
        if ref is None:
            ref = _resolved(fact_id, snapshot.catalogue)
        if view is None:
            view = viewer(ref, snapshot.catalogue)
            timeline.knowing(ref)
        before, earlier = timeline.state(ref), timeline.snapshot is not None
        timeline.fold(snapshot)
        version = snapshot.updated.isoformat()
        after = timeline.state(ref)
        if after is None or after.version != version:
            changed = False  # not recorded by this version: unknown, never a change
        elif before is None:
            changed = earlier and after.raw is not None  # first recorded, after versions that did not know it
        else:
            changed = not same_meaning(before.raw, after.raw)
        yield HistoryEntry(view(snapshot, version), changed=changed, first_recorded=changed and before is None)


def fact_histories(
    snapshots: Sequence[Snapshot], fact_ids: Sequence[str], *, catalogue: Catalogue
) -> Iterator[tuple[str, list[HistoryEntry]]]:
    """Yield (fact id, its history) for each fact id, as `fact_history` would, folding the versions only once.

    Where each fact changed is found in one walk; each fact's entries are then built one fact at a
    time, so memory holds one fact's history, not all of them.
    """
    refs = {fact_id: catalogue.resolve(fact_id) for fact_id in fact_ids}
    marks: dict[str, bytearray] = {fact_id: bytearray(len(snapshots)) for fact_id in fact_ids}
    timeline = Timeline().knowing(*refs.values())
    for index, snapshot in enumerate(snapshots):
        version = snapshot.updated.isoformat()
        before = {fact_id: timeline.state(ref) for fact_id, ref in refs.items()}
        timeline.fold(snapshot)
        for fact_id, ref in refs.items():
            after, earlier = timeline.state(ref), before[fact_id]
            if after is None or after.version != version:
                marks[fact_id][index] = _UNRECORDED  # unknown in this version, never a change
            elif earlier is None:
                marks[fact_id][index] = _FIRST if index and after.raw is not None else _SAME
            elif not same_meaning(earlier.raw, after.raw):
                marks[fact_id][index] = _CHANGED
    versions = [snapshot.updated.isoformat() for snapshot in snapshots]
    for fact_id in fact_ids:
        ref = refs[fact_id]
        flags, view, unknown = marks.pop(fact_id), viewer(ref, catalogue), unrecorded_viewer(ref, catalogue)
        entries = [
            HistoryEntry(unknown(version), changed=False)
            if flag == _UNRECORDED and unknown is not None
            else HistoryEntry(view(snapshot, version), changed=flag in _CHANGES, first_recorded=flag == _FIRST)
            for snapshot, version, flag in zip(snapshots, versions, flags, strict=True)
        ]
        yield fact_id, entries


_SAME, _CHANGED, _FIRST, _UNRECORDED = 0, 1, 2, 3
"""What `fact_histories` marks at a version: no change, a change, a first record after versions without it,
or no record (the fact is unknown there: most versions of a long history, made without a lookup)."""
_CHANGES = frozenset({_CHANGED, _FIRST})
