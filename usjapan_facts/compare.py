"""What of a snapshot is compared between versions, split into meaning and provenance.

Each fact, election, event and piece of report metadata is a *unit*, keyed by its public id. A unit's
meaning is what the brief says; its provenance is where and how it said it. Two versions disagree on a
unit only when the meanings differ. Wording (`as_written`) is never compared: "Fumio Kishida" and
"Kishida Fumio" are one person. `diff` and `history` both compare through this module, so they agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from usjapan_facts import catalog
from usjapan_facts.model import Snapshot

WORDING = frozenset({"as_written"})
PROVENANCE = ("quote", "section", "note")
METADATA_UNITS = ("report.id", "report.title", "report.authors")


@dataclass(frozen=True, slots=True)
class Unit:
    meaning: dict[str, Any]
    provenance: dict[str, Any]


def _split(data: dict[str, Any]) -> Unit:
    meaning: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    for key, value in data.items():
        if key in PROVENANCE:
            provenance[key] = value
        elif key not in WORDING:
            # Order never carries meaning in a list of names (the coalition's parties).
            meaning[key] = sorted(value) if isinstance(value, list) else value
    return Unit(meaning, provenance)


def snapshot_units(snapshot: Snapshot) -> dict[str, Unit]:
    """Return every unit the snapshot states, keyed by id; report metadata first, `report.updated` aside."""
    # One dump of the whole snapshot: its serializer covers every nested model at once.
    data = snapshot.model_dump(mode="json", exclude_none=True)
    units: dict[str, Unit] = {
        "report.id": Unit({"value": data["report_id"]}, {}),
        "report.title": Unit({"value": data["title"]}, {}),
    }
    if data["authors"]:
        units["report.authors"] = Unit({"value": data["authors"]}, {})
    for fact_id, fact in data["facts"].items():
        units[fact_id] = _split(fact)
    for name in catalog.COLLECTIONS:
        for slug, item in data[name].items():
            units[f"{name}.{slug}"] = _split(item)
    return units


def unit_of(snapshot: Snapshot, unit_id: str) -> Unit | None:
    """Return one unit of the snapshot (`report.title`, a fact id, `elections.SLUG`...), or None if not stated."""
    return snapshot_units(snapshot).get(unit_id)


def absence(snapshot: Snapshot, unit_id: str) -> Literal["not_stated", "unknown"]:
    """Say what it means that this snapshot lacks a unit: not stated (the version tracked it) or unknown."""
    head = unit_id.partition(".")[0]
    return snapshot.absence_of(head if head in catalog.COLLECTIONS else unit_id)


def changed_provenance(old: Unit, new: Unit) -> list[str]:
    """Name the provenance fields both versions give and that differ; one appearing is no change."""
    return [key for key in PROVENANCE if key in old.provenance and key in new.provenance
            and old.provenance[key] != new.provenance[key]]  # fmt: skip


def unit_label(unit_id: str, unit: Unit) -> tuple[str, str]:
    """Return the label and section of a unit: the catalogue's, or an election's or event's own."""
    head = unit_id.split(".", 1)[0]
    if head == "elections":
        return f"{unit.meaning.get('body', unit_id)} election", catalog.SECTION_TITLES[head]
    if head == "events":
        return str(unit.meaning.get("what", unit_id)), catalog.SECTION_TITLES[head]
    spec = catalog.get(unit_id)
    return spec.label, spec.section
