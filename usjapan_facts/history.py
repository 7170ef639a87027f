"""One fact through every version: its value, unknown where a version did not record it, and where it changed.

The engine's part only: `report.history` renders the entries as text, CSV and JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from usjapan_facts.catalog import Catalogue, UnitRef
from usjapan_facts.compare import same_meaning
from usjapan_facts.json_values import Json
from usjapan_facts.lookup import FactView, View, viewer
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
