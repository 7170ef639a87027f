"""Last known values: per fact, election and event, the last state recorded at or before a version.

A version that did not record a fact says nothing about it, so what the store knows of a fact as of a
version is its state in the latest version, at or before it, that recorded it: a value, or "not
stated" where a version was checked for the fact and lacked it. `diff`, `log`, `history` and `check`
judge changes against this knowledge, never against one neighbouring file alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from usjapan_facts import catalog
from usjapan_facts.catalog import UnitRef
from usjapan_facts.compare import Raw, raw_units
from usjapan_facts.model import Snapshot, UnitValue
from usjapan_facts.store import SnapshotStore
from usjapan_facts.units import rules_for
from usjapan_facts.version_refs import is_snapshot_path


@dataclass(frozen=True, slots=True)
class Known:
    """One unit as last recorded: in which version, as what (None: tracked and not stated), and its typed value."""

    version: str
    raw: Raw | None
    item: UnitValue | None = None
    """The stored fact, election or event (a model), the authors, or the text of other metadata, for reports."""


def typed(snapshot: Snapshot, unit: str | UnitRef) -> UnitValue | None:
    """Return the typed value of a unit in a snapshot: a fact, an election, an event, or metadata."""
    ref = unit if isinstance(unit, UnitRef) else snapshot.catalogue.resolve(unit)
    return rules_for(ref).value(snapshot, ref)


@dataclass
class Timeline:
    """What a history knew, per unit, as of the last version folded in: one entry per unit, so memory stays flat."""

    known: dict[str, Known] = field(default_factory=dict)
    collections: dict[str, str] = field(default_factory=dict)
    """For `elections` and `events`: the last version checked for the whole collection."""
    items: dict[str, UnitRef] = field(default_factory=dict)
    """The units that are no catalogue fact (metadata, elections, events), resolved: each folded in, or given to
    `knowing`."""
    snapshot: Snapshot | None = None
    """The last version folded in (as of which this is the knowledge)."""

    @classmethod
    def of(cls, snapshot: Snapshot) -> Timeline:
        """The knowledge of one version alone, with no history: a loose file."""
        timeline = cls()
        timeline.fold(snapshot)
        return timeline

    def state(self, unit: str | UnitRef) -> Known | None:
        """Return the unit's last recorded state, or None if no version so far recorded it."""
        found = self.known.get(unit if isinstance(unit, str) else unit.id)
        if found is not None or self.snapshot is None:
            return found
        ref = self.snapshot.catalogue.resolve(unit) if isinstance(unit, str) else unit
        if not ref.in_collection:
            return None
        checked = self.collections.get(ref.group)
        # A version checked for all elections knew every election it lacked was not stated.
        return Known(checked, None) if checked is not None else None

    def knowing(self, *refs: UnitRef) -> Timeline:
        """Take units resolved already (where their ids entered), so that folding versions resolves them no more."""
        self.items.update((ref.id, ref) for ref in refs if ref.kind != "fact")
        return self

    def fold(self, snapshot: Snapshot, units: dict[str, Raw] | None = None) -> None:
        """Take in the next version: what it states, and what it was checked for and lacks."""
        version = snapshot.updated.isoformat()
        units = raw_units(snapshot) if units is None else units
        known, facts, catalogue, items = self.known, snapshot.facts, snapshot.catalogue, self.items
        for unit_id, raw in units.items():
            fact = facts.get(unit_id)  # most units are facts: look them up before anything else
            if fact is not None:
                known[unit_id] = Known(version, raw, fact)
                continue
            ref = items.get(unit_id)
            if ref is None:  # resolved once per timeline, not in every version
                ref = items[unit_id] = catalogue.resolve(unit_id)
            known[unit_id] = Known(version, raw, typed(snapshot, ref))
        for tracked in snapshot.tracked:
            if tracked in catalog.COLLECTIONS:
                self.collections[tracked] = version
                lacking = [
                    unit_id
                    for unit_id, ref in items.items()
                    if ref.group == tracked and unit_id not in units and unit_id in known
                ]
                for unit_id in lacking:
                    known[unit_id] = Known(version, None)
            elif tracked not in units:
                known[tracked] = Known(version, None)
        self.snapshot = snapshot

    def unknown(self) -> tuple[str, ...]:
        """The catalogue facts no version so far recorded, in catalogue order."""
        if self.snapshot is None:
            return ()
        return tuple(spec.id for spec in self.snapshot.catalogue.facts if spec.id not in self.known)


def unknown_in(snapshot: Snapshot) -> tuple[str, ...]:
    """The catalogue facts a version did not record (neither stated nor checked for), in catalogue order."""
    tracked = set(snapshot.tracked)
    facts = snapshot.catalogue.facts
    return tuple(spec.id for spec in facts if spec.id not in snapshot.facts and spec.id not in tracked)


def timeline_as_of(store: SnapshotStore, version: dt.date) -> Timeline:
    """Fold the stored versions up to and including `version`, oldest first."""
    timeline = Timeline()
    for stored in store.versions():
        if stored > version:
            break
        timeline.fold(store.load(stored))
    return timeline


def is_stored(store: SnapshotStore, ref: str, snapshot: Snapshot) -> bool:
    """Tell whether a version reference names a stored version (a date, `latest`, or the store's own file)."""
    if not is_snapshot_path(ref):
        return True
    stored = store.path_for(snapshot.updated)
    return stored.exists() and Path(ref).resolve() == stored.resolve()
