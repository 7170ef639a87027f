"""One fact through every version: its value, unknown where a version did not record it, and where it changed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from usjapan_facts.catalog import Catalogue
from usjapan_facts.compare import same_meaning
from usjapan_facts.lookup import FactView, check_fact_id, lookup
from usjapan_facts.model import Snapshot
from usjapan_facts.timeline import Timeline


@dataclass(frozen=True)
class HistoryEntry:
    """A fact in one version; `changed` compares it with the last version that knew it."""

    view: FactView
    changed: bool

    def as_json(self) -> dict[str, Any]:
        return {**self.view.as_json(), "changed": self.changed}


def fact_history(
    snapshots: Iterable[Snapshot], fact_id: str, *, catalogue: Catalogue | None = None
) -> Iterator[HistoryEntry]:
    """Yield the fact's entry in each snapshot, oldest first if the snapshots come so; unknowns never change.

    A version that records the fact (its value, or 'not stated') is marked changed when its meaning
    differs from the last one recorded before it: the versions where `log` reports the fact. The fact
    id is checked against `catalogue`, else against a store's catalogue, else against the first snapshot's.
    """
    catalogue = catalogue or getattr(snapshots, "catalogue", None)
    if catalogue is not None:
        check_fact_id(fact_id, catalogue)
    timeline = Timeline()
    for snapshot in snapshots:
        if catalogue is None:
            catalogue = snapshot.catalogue
            check_fact_id(fact_id, catalogue)
        before = timeline.state(fact_id)
        timeline.fold(snapshot)
        after = timeline.state(fact_id)
        recorded = after is not None and after.version == snapshot.updated.isoformat()
        changed = recorded and before is not None and not same_meaning(before.raw, after.raw)  # type: ignore[union-attr]
        yield HistoryEntry(lookup(snapshot, fact_id), changed=changed)


def fact_histories(
    snapshots: Sequence[Snapshot], fact_ids: Sequence[str], *, catalogue: Catalogue
) -> Iterator[tuple[str, list[HistoryEntry]]]:
    """Yield (fact id, its history) for each fact id, as `fact_history` would, folding the versions only once.

    Where each fact changed is found in one walk; each fact's entries are then built one fact at a
    time, so memory holds one fact's history, not all of them.
    """
    for fact_id in fact_ids:
        check_fact_id(fact_id, catalogue)
    changed: dict[str, bytearray] = {fact_id: bytearray(len(snapshots)) for fact_id in fact_ids}
    timeline = Timeline()
    for index, snapshot in enumerate(snapshots):
        version = snapshot.updated.isoformat()
        before = {fact_id: timeline.state(fact_id) for fact_id in fact_ids}
        timeline.fold(snapshot)
        for fact_id in fact_ids:
            after, earlier = timeline.state(fact_id), before[fact_id]
            if after is not None and after.version == version and earlier is not None:
                changed[fact_id][index] = not same_meaning(earlier.raw, after.raw)
    for fact_id in fact_ids:
        flags = changed.pop(fact_id)
        entries = [
            HistoryEntry(lookup(snapshot, fact_id), changed=bool(flag))
            for snapshot, flag in zip(snapshots, flags, strict=True)
        ]
        yield fact_id, entries


def render_history(entries: Iterable[HistoryEntry]) -> str:
    """A line per version, oldest first: date, value (or unknown / not stated), '*' where it changed."""
    lines: list[str] = []
    for entry in entries:
        view = entry.view
        if not lines:
            lines.append(f"{view.fact_id}  {view.label} ({view.section})")
        value = view.display if view.status == "stated" else view.status.replace("_", " ")
        lines.append(f"{'*' if entry.changed else ' '} {view.version}  {value}")
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("version", "status", "value", "display", "changed", "quote")


def history_row(entry: HistoryEntry) -> dict[str, str]:
    view = entry.view
    return {
        "version": view.version,
        "status": view.status,
        "value": view.canonical,
        "display": view.display,
        "changed": "true" if entry.changed else "false",
        "quote": view.quote or "",
    }
