"""Two briefs, one fact: where two catalogues track the same quantity, do their newest versions agree?

A catalogue entry names the quantity it measures in `concept`, alike in every catalogue that tracks
it (the U.S. tariff on most imports from Japan, Japan's trade-partner rank, the leaders). Two
statements of one concept are set against each other only when they hold for the same time: the
figure's period where it gives one as a date, else the month of the version that states it. Values
on different definitions (`basis`) are different figures, never a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from usjapan_facts import catalog
from usjapan_facts.claims import dates_compatible
from usjapan_facts.compare import compatible_meanings
from usjapan_facts.json_values import JsonObject
from usjapan_facts.model import BaseFact, Snapshot
from usjapan_facts.store import SnapshotStore, default_store_root
from usjapan_facts.values import display, format_period

_ISO_PERIOD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Statement:
    """What one brief's version says of a concept, and for when."""

    brief: str
    version: str
    fact_id: str
    label: str
    text: str
    time: str
    """The time the value holds for: its period (a year or a month), else the month of its version."""

    def said(self) -> str:
        return f"{self.brief} ({self.version}) says {self.text}"


@dataclass(frozen=True)
class Contradiction:
    """Two briefs state incompatible values of one concept for the same time."""

    concept: str
    first: Statement
    second: Statement

    @property
    def message(self) -> str:
        when = format_period(self.first.time if len(self.first.time) >= len(self.second.time) else self.second.time)
        return (
            f"{self.first.label}: {self.first.said()}, but {self.second.said()}, for {when}: "
            "the briefs contradict each other"
        )


@dataclass(frozen=True)
class CrossCheck:
    """The concepts two versions of different briefs both state for the same time, and those they disagree on."""

    compared: tuple[str, ...]
    contradictions: tuple[Contradiction, ...]


def _time_of(fact: BaseFact, snapshot: Snapshot) -> str | None:
    if fact.period is None:
        return snapshot.updated.isoformat()[:7]
    return fact.period[:7] if _ISO_PERIOD.match(fact.period) else None  # "spring 2026" names no comparable time


def _statement(snapshot: Snapshot, spec: catalog.FactSpec) -> tuple[Statement, BaseFact] | None:
    fact = snapshot.facts.get(spec.id)
    if fact is None or (time := _time_of(fact, snapshot)) is None:
        return None
    text = display(fact, family_first=spec.family_first)
    return Statement(snapshot.report_id, snapshot.updated.isoformat(), spec.id, spec.label, text, time), fact


def _claim(fact: BaseFact) -> JsonObject:
    data = fact.model_dump(mode="json", exclude_none=True)
    return {key: data[key] for key in ("value", "qualifier") if key in data}


def cross_check(first: Snapshot, second: Snapshot) -> CrossCheck:
    """Set the statements of every concept both versions' catalogues share against each other."""
    theirs = {spec.concept: spec for spec in second.catalogue.specs if spec.concept}
    compared: list[str] = []
    found: list[Contradiction] = []
    for spec in first.catalogue.specs:
        other = theirs.get(spec.concept) if spec.concept else None
        if other is None or other.kind != spec.kind:
            continue
        mine, its = _statement(first, spec), _statement(second, other)
        if mine is None or its is None or not dates_compatible(mine[0].time, its[0].time):
            continue
        if mine[1].basis and its[1].basis and mine[1].basis != its[1].basis:
            continue  # measured on different definitions: not the same figure
        compared.append(str(spec.concept))
        if not compatible_meanings(spec.kind, _claim(mine[1]), _claim(its[1])):
            found.append(Contradiction(str(spec.concept), mine[0], its[0]))
    return CrossCheck(tuple(compared), tuple(found))


def other_brief_stores(store: SnapshotStore) -> list[SnapshotStore]:
    """Return the store of every other tracked brief: a sibling folder named for it, else its shipped history."""
    stores = []
    for brief in catalog.available():
        if brief == store.brief:
            continue
        sibling = Path(store.root).parent / brief
        root = sibling if sibling.is_dir() else default_store_root(brief)
        stores.append(SnapshotStore(root, brief=brief))
    return stores


def newest_of(stores: Sequence[SnapshotStore]) -> list[Snapshot]:
    """Return the newest version of each store that holds one."""
    return [store.load(versions[-1].isoformat()) for store in stores if (versions := store.versions())]
