"""Look one fact up in one version: a `FactView` the engine, the reports, the CLI and Python callers share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any

from usjapan_facts import catalog

if TYPE_CHECKING:
    from usjapan_facts.model import FactStatus, Snapshot

# Lookups import the models' modules (and so pydantic) when first called, not at import.

COLLECTION_IDS = ("elections.", "events.")
_COLLECTION_ID = re.compile(r"^(elections|events)\.([a-z0-9]+(?:_[a-z0-9]+)*)$")
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
    item: Any = None
    """The stored fact, election or event (a model), or the metadata value."""

    @property
    def data(self) -> Any:
        dump = getattr(self.item, "model_dump", None)
        return dump(mode="json", exclude_none=True) if dump is not None else self.item

    def as_json(self) -> dict[str, Any]:
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


def check_fact_id(fact_id: str, catalogue: catalog.Catalogue) -> str:
    """Return `fact_id` if it names a fact of the catalogue, an election or an event; else raise `UnknownFactError`."""
    if _COLLECTION_ID.match(fact_id) is None:
        catalogue.get(fact_id)
    return fact_id


def lookup(snapshot: Snapshot, fact_id: str) -> FactView:
    """Look a fact, an election (`elections.SLUG`) or an event (`events.SLUG`) up in one snapshot."""
    return viewer(fact_id, snapshot.catalogue)(snapshot, snapshot.updated.isoformat())


View = Callable[["Snapshot", str], FactView]
"""Looks one resolved fact up in a snapshot, given with its version (its date as ISO text)."""


def viewer(fact_id: str, catalogue: catalog.Catalogue) -> View:
    """Resolve `fact_id` against `catalogue` once; return what looks it up in any snapshot of that brief.

    A caller walking thousands of versions passes each one's date text, made once, with it.
    """
    from usjapan_facts import values  # imported here, once per fact, not once per version

    collection = _COLLECTION_ID.match(fact_id)
    if collection is not None:
        name, slug = collection.groups()
        return partial(_collection_view, values=values, fact_id=fact_id, name=name, slug=slug)
    spec = catalogue.get(fact_id)
    if spec.is_metadata:
        return partial(_metadata_view, values=values, spec=spec)
    return partial(_fact_view, values=values, spec=spec)


def unrecorded_viewer(fact_id: str, catalogue: catalog.Catalogue) -> Callable[[str], FactView] | None:
    """What `viewer` gives in a version that did not record the fact (unknown), from that version's date alone.

    None for report metadata, which every version states (its authors aside) and `viewer` looks up.
    """
    collection = _COLLECTION_ID.match(fact_id)
    if collection is not None:
        name, slug = collection.groups()
        label, section, kind = slug.replace("_", " "), catalogue.sections[name], name[:-1]
    else:
        spec = catalogue.get(fact_id)
        if spec.is_metadata:
            return None
        label, section, kind = spec.label, spec.section, spec.kind
    return partial(FactView, fact_id=fact_id, label=label, section=section, kind=kind, status="unknown")


def _collection_view(
    snapshot: Snapshot, version: str, *, values: ModuleType, fact_id: str, name: str, slug: str
) -> FactView:
    item = getattr(snapshot, name).get(slug)
    label, section, kind = slug.replace("_", " "), snapshot.catalogue.sections[name], name[:-1]
    if item is None:
        return FactView(version, fact_id, label, section, kind, status=snapshot.absence_of(name))
    return FactView(
        version,
        fact_id,
        label,
        section,
        kind,
        status="stated",
        display=values.display_election(item) if name == "elections" else values.display_event(item),
        canonical=item.status or "",
        quote=item.quote,
        quoted_section=item.section,
        item=item,
    )


def _fact_view(snapshot: Snapshot, version: str, *, values: ModuleType, spec: catalog.FactSpec) -> FactView:
    fact = snapshot.facts.get(spec.id)
    if fact is None:
        return FactView(version, spec.id, spec.label, spec.section, spec.kind, status=snapshot.absence_of(spec.id))
    return FactView(
        version,
        spec.id,
        spec.label,
        spec.section,
        spec.kind,
        status="stated",
        display=values.display(fact, family_first=spec.family_first),
        canonical=values.canonical(fact),
        number=values.number(fact),
        quote=fact.quote,
        quoted_section=fact.section,
        item=fact,
    )


def _metadata_view(snapshot: Snapshot, version: str, *, values: ModuleType, spec: catalog.FactSpec) -> FactView:
    label, section, kind = spec.label, spec.section, spec.kind
    if spec.id == "report.authors":
        if not snapshot.authors:
            return FactView(version, spec.id, label, section, kind, status=snapshot.fact_status(spec.id))
        return FactView(
            version,
            spec.id,
            label,
            section,
            kind,
            status="stated",
            display="; ".join(values.display_author(name, author) for name, author in snapshot.authors.items()),
            canonical="; ".join(snapshot.authors),
            item={
                name: {"title": author.title, "coordinator": author.coordinator}
                for name, author in snapshot.authors.items()
            },
        )
    value = {"report.id": snapshot.report_id, "report.title": snapshot.title, "report.updated": version}[spec.id]
    text = values.format_date(value) if spec.id == "report.updated" else value
    return FactView(version, spec.id, label, section, kind, status="stated", display=text, canonical=value, item=value)


def fact_ids(snapshot: Snapshot) -> list[str]:
    """Return every id this snapshot can answer for: the catalogue, then its elections and events."""
    return [
        *(spec.id for spec in snapshot.catalogue.specs),
        *(f"elections.{slug}" for slug in snapshot.elections),
        *(f"events.{slug}" for slug in snapshot.events),
    ]
