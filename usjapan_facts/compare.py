"""What of a snapshot is compared between versions, and what a difference means.

Each fact, election, event and piece of report metadata is a *unit*, keyed by its public id. A unit's
meaning is what the brief says; its provenance is where and how it said it. Two versions disagree on a
unit only when the meanings differ. Wording (`as_written`) is never compared: "Fumio Kishida" and
"Kishida Fumio" are one person. `diff`, `log` and `history` all decide "changed" here, so they agree.

A hedged figure is read as the claim it makes: `exact` and `about` name a point, `over`, `under`,
`at_least` and `nearly` bound it, `among_top` names a rank from 1 to some small k. `judge` says what
kind of change one claim to another is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

from usjapan_facts import catalog
from usjapan_facts.catalog import NUMERIC_KINDS
from usjapan_facts.model import Snapshot

WORDING = frozenset({"as_written", "page", "column"})
"""Neither meaning nor provenance: how the brief words a value, and where on the PDF's page it stands."""
PROVENANCE = ("quote", "section", "note")
METADATA_UNITS = ("report.id", "report.title", "report.authors")

ChangeKind = Literal[
    "value", "qualifier", "restated", "period", "added", "removed", "status", "correction", "provenance"
]
Direction = Literal["up", "down"]
Raw = dict[str, Any]
"""A unit as dumped (`model_dump(mode="json")`): compared whole first, split only when it differs."""

QUANTITIES = frozenset({"count", "money", "percent"})
"""Figures measured over a period: two of them for different periods are different figures."""
ABOUT_LOOSENESS = 0.05
"""How far from its point an `about` figure may lie when set against a bound: 'around 50,000' may be 50,500."""
NEARLY_BELOW = 0.10
"""How far below its figure a `nearly` claim reaches: 'nearly $20 billion' is $18-20 billion."""
TOP_RANKS = 10
"""The widest reading of `among_top` ("a top source"), which states no position: somewhere in the top ten."""


@dataclass(frozen=True, slots=True)
class Unit:
    meaning: dict[str, Any]
    provenance: dict[str, Any]


def _meaning_of(key: str, value: Any) -> Any:
    # Order never carries meaning in a list of names (the coalition's parties), and a candidate's note
    # is a comment on the race, like a fact's note: neither makes two versions disagree.
    if isinstance(value, list):
        return sorted(value)
    if key == "candidates" and isinstance(value, dict):
        return {
            name: {k: v for k, v in detail.items() if k != "note"} if isinstance(detail, dict) else detail
            for name, detail in value.items()
        }
    return value


def split(data: Raw) -> Unit:
    """Split a unit's data into its meaning and its provenance; wording goes to neither."""
    meaning: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    for key, value in data.items():
        if key in PROVENANCE:
            provenance[key] = value
        elif key not in WORDING:
            meaning[key] = _meaning_of(key, value)
    return Unit(meaning, provenance)


def raw_units(snapshot: Snapshot) -> dict[str, Raw]:
    """Return every unit the snapshot states, keyed by id, as dumped; `report.updated` is left aside."""
    # One dump of the whole snapshot: its serializer covers every nested model at once.
    data = snapshot.model_dump(mode="json", exclude_none=True)
    units: dict[str, Raw] = {"report.id": {"value": data["report_id"]}, "report.title": {"value": data["title"]}}
    if data["authors"]:
        units["report.authors"] = {"value": data["authors"]}
    units.update(data["facts"])
    for name in catalog.COLLECTIONS:
        units.update((f"{name}.{slug}", item) for slug, item in data[name].items())
    return units


def snapshot_units(snapshot: Snapshot) -> dict[str, Unit]:
    """Return every unit the snapshot states, keyed by id, split into meaning and provenance."""
    return {unit_id: split(raw) for unit_id, raw in raw_units(snapshot).items()}


def changed_provenance(old: Raw, new: Raw) -> list[str]:
    """Name the provenance fields both versions give and that differ; one appearing is no change."""
    return [key for key in PROVENANCE if key in old and key in new and old[key] != new[key]]


_NOT_MEANING = frozenset(PROVENANCE) | WORDING
_MISSING = object()
DETAILS = frozenset({"result", "candidates"})
"""An election's details, free text a version may or may not give: compared only where both sides state
them, so a version that leaves the result out (an extraction, an excerpt) has not changed it."""


def _one_sided(key: str, before: object, after: object) -> bool:
    return key in DETAILS and any(side is _MISSING or side in ({}, []) for side in (before, after))


def meanings_differ(old: Raw, new: Raw) -> bool:
    """Tell whether two dumped units differ in meaning (as their split meanings would), without splitting them."""
    for key in old.keys() | new.keys():
        if key in _NOT_MEANING:
            continue
        before, after = old.get(key, _MISSING), new.get(key, _MISSING)
        if _one_sided(key, before, after):
            continue
        if before != after and _meaning_of(key, before) != _meaning_of(key, after):
            return True
    return False


def same_meaning(old: Raw | None, new: Raw | None) -> bool:
    """Tell whether two known states of a unit mean the same; None is 'tracked and not stated'.

    This is the one notion of "changed" that `diff`, `log` and `history` share.
    """
    if old is None or new is None:
        return old is new
    return old == new or not meanings_differ(old, new)


def unit_label(catalogue: catalog.Catalogue, unit_id: str, unit: Unit) -> tuple[str, str]:
    """Return the label and section of a unit: the catalogue's, or an election's or event's own."""
    head = unit_id.split(".", 1)[0]
    if head == "elections":
        return f"{unit.meaning.get('body', unit_id)} election", catalogue.sections[head]
    if head == "events":
        return str(unit.meaning.get("what", unit_id)), catalogue.sections[head]
    spec = catalogue.get(unit_id)
    return spec.label, spec.section


# Hedged figures as claims ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """The values a hedged figure allows: from `low` to `high`, each end open or closed; `point` if exact or about."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    point: bool = True
    value: float | None = None


def claim_of(meaning: dict[str, Any]) -> Claim | None:
    """Read a numeric fact's value and qualifier as the range it claims; None when it has no number."""
    qualifier = meaning.get("qualifier", "exact")
    if qualifier == "among_top":
        return Claim(1, TOP_RANKS, point=False)
    value = meaning.get("value")
    if not isinstance(value, int | float):
        return None
    x = float(value)
    if qualifier == "about":
        return Claim(x - abs(x) * ABOUT_LOOSENESS, x + abs(x) * ABOUT_LOOSENESS, value=x)
    if qualifier == "over":
        return Claim(x, math.inf, low_open=True, point=False, value=x)
    if qualifier == "under":
        return Claim(-math.inf, x, high_open=True, point=False, value=x)
    if qualifier == "at_least":
        return Claim(x, math.inf, point=False, value=x)
    if qualifier == "nearly":
        return Claim(x - abs(x) * NEARLY_BELOW, x, high_open=True, point=False, value=x)
    return Claim(x, x, value=x)


def compatible(a: Claim, b: Claim) -> bool:
    """Tell whether two claims can both be true: their ranges share at least one value."""
    low, low_open = max((a.low, a.low_open), (b.low, b.low_open))  # at equal ends the open one binds
    high, high_closed = min((a.high, not a.high_open), (b.high, not b.high_open))
    return low < high or (low == high and not low_open and high_closed)


def _gap(old: Claim, new: Claim) -> float:
    """The least move two incompatible claims imply: the distance between their ranges."""
    return max(new.low - old.high, old.low - new.high, 0.0)


@dataclass(frozen=True, slots=True)
class Judgement:
    """What kind of change one meaning to another is, which way it went, and by how much where that is known.

    `least_move` is the smallest relative move two incompatible claims imply; it sets the severity only.
    """

    kind: ChangeKind
    direction: Direction | None = None
    delta: float | None = None
    relative: float | None = None
    least_move: float | None = None


def _way(rise: bool, kind: str) -> Direction:
    # A rank rises when its number falls: 6th -> 4th is up.
    return "up" if rise != (kind == "rank") else "down"


def _point_move(kind: str, old: float, new: float) -> Judgement:
    delta = new - old
    way = _way(delta > 0, kind) if delta else None
    if kind == "rank":
        return Judgement("value", way)  # a position, not a quantity: no '+2' for 4th -> 6th
    # Years are positions too: 1951 -> 1952 is not a 0.05% move.
    relative = delta / old if old and kind != "year" else None
    return Judgement("value", way, delta, relative)


def _judge_numeric(kind: str, fields: set[str], old: dict[str, Any], new: dict[str, Any]) -> Judgement:
    if not fields & {"value", "qualifier"}:
        return Judgement("value")  # only context beside the figure moved (a deadline, a rate, a baseline)
    before, after = claim_of(old), claim_of(new)
    periods = old.get("period"), new.get("period")
    if before is None or after is None or (kind in QUANTITIES and all(periods) and periods[0] != periods[1]):
        return Judgement("value")  # no number on a side, or figures for different periods: no delta
    if before.point and after.point and before.value is not None and after.value is not None:
        if before.value != after.value:
            return _point_move(kind, before.value, after.value)
        return Judgement("qualifier" if fields == {"qualifier"} else "value")
    if compatible(before, after):
        return Judgement("restated")
    rise = after.low >= before.high
    scale = abs(before.value) if before.value else None
    least = _gap(before, after) / scale if scale else None
    return Judgement("value", _way(rise, kind), least_move=least)


def judge(
    catalogue: catalog.Catalogue, unit_id: str, fields: set[str], old: dict[str, Any], new: dict[str, Any]
) -> Judgement:
    """Say what kind of change the meanings `old` -> `new` of a unit are, given the fields that differ."""
    head = unit_id.partition(".")[0]
    if head in catalog.COLLECTIONS:
        return Judgement("status" if "status" in fields else "value")
    if head == "report":
        return Judgement("value")
    spec = catalogue.get(unit_id)
    if fields == {"period"}:
        return Judgement("period")
    if spec.kind in NUMERIC_KINDS:
        judged = _judge_numeric(spec.kind, fields, old, new)
    else:
        judged = Judgement("qualifier" if fields == {"qualifier"} else "value")
    if spec.invariant and "value" in fields:
        return Judgement("correction", judged.direction, judged.delta, judged.relative, judged.least_move)
    return judged
