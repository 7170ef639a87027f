"""Look one fact up in one version: a `FactView` the engine, the reports, the CLI and Python callers share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from usjapan_facts import catalog
from usjapan_facts.json_values import Json

if TYPE_CHECKING:
    from usjapan_facts.model import FactStatus, Snapshot, UnitValue

# Lookups import the models' modules (and so pydantic) when first called, not at import.

STATUS_WORDS: dict[FactStatus, str] = {
    "stated": "stated",
    "not_stated": "not stated (this version's full text does not state it)",
    "unknown": "unknown (not recorded from this version)",
}


@dataclass(frozen=True, slots=True)
class FactView:
    """One fact of one version: what it is, whether it is known, and how it reads."""

    version: str
    fact_id: str
    label: str
    section: str
    kind: str
    status: FactStatus
    display: str = ""
    canonical: str = ""
    number: float | None = None
    quote: str | None = None
    quoted_section: str | None = None
    item: UnitValue | None = None
    """The stored fact, election or event (a model), the authors, or the text of other metadata."""

    @property
    def data(self) -> Json:
        """The item as JSON: a model's fields without None, each author's title and coordinator, or the text."""
        item = self.item
        if isinstance(item, dict):
            return {name: {"title": author.title, "coordinator": author.coordinator} for name, author in item.items()}
        return item if item is None or isinstance(item, str) else item.model_dump(mode="json", exclude_none=True)

    def as_json(self) -> dict[str, Json]:
        return {
            "version": self.version,
            "fact_id": self.fact_id,
            "label": self.label,
            "section": self.section,
            "kind": self.kind,
            "status": self.status,
            "display": self.display or None,
            "value": self.canonical or None,
            "quote": self.quote,
            "quoted_section": self.quoted_section,
            "data": self.data,
        }


def lookup(snapshot: Snapshot, fact_id: str | catalog.UnitRef) -> FactView:
    """Look a fact, an election (`elections.SLUG`) or an event (`events.SLUG`) up in one snapshot."""
    return viewer(fact_id, snapshot.catalogue)(snapshot, snapshot.updated.isoformat())


View = Callable[["Snapshot", str], FactView]
"""Looks one resolved fact up in a snapshot, given with its version (its date as ISO text)."""


def _ref(fact_id: str | catalog.UnitRef, catalogue: catalog.Catalogue) -> catalog.UnitRef:
    return fact_id if isinstance(fact_id, catalog.UnitRef) else catalogue.resolve(fact_id)


def viewer(fact_id: str | catalog.UnitRef, catalogue: catalog.Catalogue) -> View:
    """Resolve `fact_id` against `catalogue` once (a `UnitRef` is resolved already); return what looks it up
    in any snapshot of that brief.

    A caller walking thousands of versions passes each one's date text, made once, with it.
    """
    from usjapan_facts.units import rules_for  # imported here, once per fact, not once per version

    ref = _ref(fact_id, catalogue)
    return partial(rules_for(ref).view, ref=ref)


def unrecorded_viewer(fact_id: str | catalog.UnitRef, catalogue: catalog.Catalogue) -> Callable[[str], FactView] | None:
    """What `viewer` gives in a version that did not record the fact (unknown), from that version's date alone.

    None for report metadata, which every version states (its authors aside) and `viewer` looks up.
    """
    from usjapan_facts.units import rules_for

    ref = _ref(fact_id, catalogue)
    return rules_for(ref).unrecorded(ref)


def fact_ids(snapshot: Snapshot) -> list[str]:
    """Return every id this snapshot can answer for: the catalogue, then its elections and events."""
    return [
        *(spec.id for spec in snapshot.catalogue.specs),
        *(f"elections.{slug}" for slug in snapshot.elections),
        *(f"events.{slug}" for slug in snapshot.events),
    ]
