"""The one table keyed by a unit's kind: how a fact, report metadata, an election or an event is read.

A unit id is resolved once, by `Catalogue.resolve`, into a `UnitRef`; everything that depends on what
the id names (its typed value in a version, whether the version states it, its `FactView`, how a
change of it reads, its label in a change) is looked up here by the ref's kind, never decided again
from the id's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Literal

from usjapan_facts import values
from usjapan_facts.catalog import UnitKind, UnitRef
from usjapan_facts.errors import UnknownFactError, close_matches
from usjapan_facts.lookup import FactView
from usjapan_facts.model import BaseFact, Election, Event, FactStatus, Snapshot, UnitValue

_PLAIN_STATUS = frozenset({"status", "removed", "first_recorded"})
"""Change kinds after which an election is written as its status and date, not in full."""


class UnitKindRules:
    """What depends on a unit's kind; one subclass per kind, in `UNIT_KINDS`."""

    def value(self, snapshot: Snapshot, ref: UnitRef) -> UnitValue | None:
        """Return the unit's typed value in `snapshot`, or None where the version does not state it."""
        raise NotImplementedError

    def status(self, snapshot: Snapshot, ref: UnitRef) -> FactStatus:
        """Say whether `snapshot` states the unit, knows it is not stated, or does not know."""
        raise NotImplementedError

    def view(self, snapshot: Snapshot, version: str, ref: UnitRef) -> FactView:
        """Return the unit's `FactView` in `snapshot`, whose date as ISO text is `version`."""
        raise NotImplementedError

    def unrecorded(self, ref: UnitRef) -> Callable[[str], FactView] | None:
        """What `view` gives in a version that did not record the unit, from its date alone; None if none can."""
        return partial(FactView, fact_id=ref.id, label=ref.label, section=ref.section, kind=self.kind_name(ref),
                       status="unknown")  # fmt: skip

    def kind_name(self, ref: UnitRef) -> str:
        """The kind a `FactView` names: the catalogue kind, or `election` / `event`."""
        return ref.fact_kind or ref.kind

    def text(self, ref: UnitRef, value: UnitValue, change: str) -> str:
        """Write the unit's value as a change of kind `change` shows it."""
        return str(value)

    def label(self, ref: UnitRef, value: UnitValue | None) -> str:
        """Return the label a change or finding of the unit is listed under, given its value on either side."""
        return ref.label


class _Facts(UnitKindRules):
    def value(self, snapshot: Snapshot, ref: UnitRef) -> BaseFact | None:
        return snapshot.facts.get(ref.id)

    def status(self, snapshot: Snapshot, ref: UnitRef) -> FactStatus:
        return "stated" if ref.id in snapshot.facts else snapshot.absence_of(ref.id)

    def view(self, snapshot: Snapshot, version: str, ref: UnitRef) -> FactView:
        fact = snapshot.facts.get(ref.id)
        kind = self.kind_name(ref)
        if fact is None:
            return FactView(version, ref.id, ref.label, ref.section, kind, status=snapshot.absence_of(ref.id))
        return FactView(
            version,
            ref.id,
            ref.label,
            ref.section,
            kind,
            status="stated",
            display=values.display(fact, family_first=ref.family_first),
            canonical=values.canonical(fact),
            number=values.number(fact),
            quote=fact.quote,
            quoted_section=fact.section,
            item=fact,
        )

    def text(self, ref: UnitRef, value: UnitValue, change: str) -> str:
        assert isinstance(value, BaseFact)  # a fact unit's value is its fact model
        text = values.display(value, family_first=ref.family_first)
        # Values on different definitions are shown with them, since they cannot be compared.
        return f"{text} of {value.basis}" if change == "redefined" and value.basis else text


class _Metadata(UnitKindRules):
    def value(self, snapshot: Snapshot, ref: UnitRef) -> UnitValue | None:
        if ref.slug == "authors":
            return dict(snapshot.authors) or None
        return {"id": snapshot.report_id, "title": snapshot.title, "updated": snapshot.updated.isoformat()}[ref.slug]

    def status(self, snapshot: Snapshot, ref: UnitRef) -> FactStatus:
        return "stated" if ref.slug != "authors" or snapshot.authors else "unknown"

    def view(self, snapshot: Snapshot, version: str, ref: UnitRef) -> FactView:
        kind = self.kind_name(ref)
        if ref.slug == "authors":
            if not snapshot.authors:
                return FactView(version, ref.id, ref.label, ref.section, kind, status="unknown")
            display = "; ".join(values.display_author(name, author) for name, author in snapshot.authors.items())
            return FactView(version, ref.id, ref.label, ref.section, kind, status="stated", display=display,
                            canonical="; ".join(snapshot.authors), item=dict(snapshot.authors))  # fmt: skip
        value = version if ref.slug == "updated" else {"id": snapshot.report_id, "title": snapshot.title}[ref.slug]
        text = values.format_date(value) if ref.slug == "updated" else value
        return FactView(version, ref.id, ref.label, ref.section, kind, status="stated", display=text, canonical=value,
                        item=value)  # fmt: skip

    def unrecorded(self, ref: UnitRef) -> None:
        return None  # every version states its metadata (its authors aside): `view` looks it up

    def text(self, ref: UnitRef, value: UnitValue, change: str) -> str:
        if isinstance(value, dict):
            return "; ".join(values.display_author(name, author) for name, author in value.items())
        return str(value)


class _Collection(UnitKindRules):
    """Elections and events: items of a collection keyed by slug, which a version may be checked for whole."""

    def __init__(self, name: Literal["elections", "events"]) -> None:
        self.name = name

    def _items(self, snapshot: Snapshot) -> dict[str, Election] | dict[str, Event]:
        return snapshot.elections if self.name == "elections" else snapshot.events

    def value(self, snapshot: Snapshot, ref: UnitRef) -> Election | Event | None:
        return self._items(snapshot).get(ref.slug)

    def status(self, snapshot: Snapshot, ref: UnitRef) -> FactStatus:
        return "stated" if ref.slug in self._items(snapshot) else snapshot.absence_of(self.name)

    def view(self, snapshot: Snapshot, version: str, ref: UnitRef) -> FactView:
        item = self._items(snapshot).get(ref.slug)
        kind = self.kind_name(ref)
        if item is None:
            return FactView(version, ref.id, ref.label, ref.section, kind, status=snapshot.absence_of(self.name))
        return FactView(
            version,
            ref.id,
            ref.label,
            ref.section,
            kind,
            status="stated",
            display=self.text(ref, item, "value"),
            canonical=item.status or "",
            quote=item.quote,
            quoted_section=item.section,
            item=item,
        )

    def text(self, ref: UnitRef, value: UnitValue, change: str) -> str:
        if isinstance(value, Election):
            if change in _PLAIN_STATUS:
                result = f": {value.result}" if value.result else ""
                return f"{value.status} ({values.format_date(value.date)}){result}"
            return values.display_election(value)
        assert isinstance(value, Event)  # the only other collection
        return values.display_event(value)

    def label(self, ref: UnitRef, value: UnitValue | None) -> str:
        # An election or event is named by what the version says of it, not by its slug.
        if isinstance(value, Election):
            return f"{value.body} election"
        return value.what if isinstance(value, Event) else ref.id


UNIT_KINDS: dict[UnitKind, UnitKindRules] = {
    "fact": _Facts(),
    "metadata": _Metadata(),
    "election": _Collection("elections"),
    "event": _Collection("events"),
}
"""The one table: what each kind of unit means, by `UnitRef.kind`."""


def rules_for(ref: UnitRef) -> UnitKindRules:
    """Return the rules of the unit's kind."""
    return UNIT_KINDS[ref.kind]


def check_held(ref: UnitRef, snapshots: Iterable[Snapshot]) -> None:
    """Raise `UnknownFactError` for an election or event no version holds, suggesting the ones they hold.

    A catalogue lists facts, not the slugs of elections and events, which versions add as they come:
    a slug is known once some version holds it, so a mistyped one is told apart from one not stated.
    """
    rules = UNIT_KINDS[ref.kind]
    if not isinstance(rules, _Collection):
        return
    held: set[str] = set()
    for snapshot in snapshots:
        items = rules._items(snapshot)
        if ref.slug in items:
            return
        held.update(f"{ref.group}.{slug}" for slug in items)
    raise UnknownFactError(ref.id, close_matches(ref.id, sorted(held)))
