"""One fact through every version: its value, unknown where a version did not record it, and where it changed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from usjapan_facts.compare import absence, unit_of
from usjapan_facts.model import Snapshot
from usjapan_facts.views import FactView, check_fact_id, lookup


@dataclass(frozen=True)
class HistoryEntry:
    """A fact in one version; `changed` compares it with the last version that knew it."""

    view: FactView
    changed: bool

    def as_json(self) -> dict[str, Any]:
        return {**self.view.as_json(), "changed": self.changed}


def fact_history(snapshots: Iterable[Snapshot], fact_id: str) -> Iterator[HistoryEntry]:
    """Yield the fact's entry in each snapshot, oldest first if the snapshots come so; unknowns never change."""
    check_fact_id(fact_id)
    last_known: object = None
    for snapshot in snapshots:
        view = lookup(snapshot, fact_id)
        unit = unit_of(snapshot, fact_id)
        state: object
        if unit is not None:
            state = unit.meaning
        elif absence(snapshot, fact_id) == "not_stated":
            state = "not_stated"
        else:
            yield HistoryEntry(view, changed=False)
            continue
        yield HistoryEntry(view, changed=last_known is not None and state != last_known)
        last_known = state


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
