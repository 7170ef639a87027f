"""What of a snapshot is compared between versions, and what a difference means.

Each fact, election, event and piece of report metadata is a *unit*, keyed by its public id. A unit's
meaning is what the brief says; its provenance is where and how it said it. Two versions disagree on a
unit only when the meanings differ. Wording (`as_written`) is never compared: "Fumio Kishida" and
"Kishida Fumio" are one person. `diff`, `log` and `history` all decide "changed" here, so they agree.

`compatible_meanings` is the one place that says whether two statements of a fact can both be true
(one perhaps the other stated more finely), for every kind; `judge` says what kind of change one
statement to another is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from usjapan_facts import catalog
from usjapan_facts.catalog import NUMERIC_KINDS, UnitRef
from usjapan_facts.claims import claim_of, compatible, dates_compatible, finer_point, gap, names_compatible
from usjapan_facts.json_values import Json, JsonObject
from usjapan_facts.model import Snapshot

WORDING = frozenset({"as_written", "page", "column"})
"""Neither meaning nor provenance: how the brief words a value, and where on the PDF's page it stands."""
PROVENANCE = ("quote", "section", "note")
METADATA_UNITS = ("report.id", "report.title", "report.authors")

ChangeKind = Literal[
    "value",
    "qualifier",
    "restated",
    "redefined",
    "period",
    "added",
    "first_recorded",
    "removed",
    "status",
    "correction",
    "provenance",
]
Direction = Literal["up", "down"]
Raw = JsonObject
"""A unit as dumped (`model_dump(mode="json")`): compared whole first, split only when it differs."""

QUANTITIES = frozenset({"count", "money", "percent"})
"""Figures measured over a period: two of them for different periods are different figures."""


@dataclass(frozen=True, slots=True)
class Unit:
    meaning: JsonObject
    provenance: JsonObject


def _order(item: Json) -> tuple[int, float, str]:
    """Sort numbers by value and everything else (names) by its text, as `sorted` would a list of either."""
    if isinstance(item, int | float) and not isinstance(item, bool):
        return (0, float(item), "")
    return (1, 0.0, item if isinstance(item, str) else json.dumps(item, sort_keys=True))


def _meaning_of(key: str, value: Json) -> Json:
    # Order never carries meaning in a list of names (the coalition's parties), and a candidate's note
    # is a comment on the race, like a fact's note: neither makes two versions disagree.
    if isinstance(value, list):
        return sorted(value, key=_order)
    if key == "candidates" and isinstance(value, dict):
        return {
            name: {k: v for k, v in detail.items() if k != "note"} if isinstance(detail, dict) else detail
            for name, detail in value.items()
        }
    return value


def split(data: Raw) -> Unit:
    """Split a unit's data into its meaning and its provenance; wording goes to neither."""
    meaning: JsonObject = {}
    provenance: JsonObject = {}
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


ONE_SIDED = DETAILS | {"basis"}
"""Also a fact's basis: a definition one version states and another leaves unsaid is no change of meaning;
only two different definitions are (`redefined`)."""


def _one_sided(key: str, before: object, after: object) -> bool:
    return key in ONE_SIDED and any(side is _MISSING or side in ({}, []) for side in (before, after))


def meanings_differ(old: Raw, new: Raw) -> bool:
    """Tell whether two dumped units differ in meaning (as their split meanings would), without splitting them."""
    for key in old.keys() | new.keys():
        if key in _NOT_MEANING:
            continue
        if _one_sided(key, old.get(key, _MISSING), new.get(key, _MISSING)):
            continue
        if key not in old or key not in new:
            return True
        before, after = old[key], new[key]
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


_CLAIMED = frozenset({"value", "qualifier"})


def _context_agrees(old: JsonObject, new: JsonObject) -> bool:
    """Tell whether what a statement says beside its value agrees: equal where both state it (one may add some)."""
    return all(old[key] == new[key] for key in old.keys() & new.keys() - _CLAIMED)


def compatible_meanings(kind: str, old: JsonObject, new: JsonObject) -> bool:
    """Tell whether two statements of a fact can both be true, one perhaps the other stated more finely.

    The one place that decides it, for every kind: hedged figures and ranks by the ranges they claim
    ("among the top" and "1st", "about 2%" and "2.1%"), dates by the days they can name ("2020" and
    "January 1, 2020"), people by their names ("Trump" and "Donald Trump"), lists as sets, anything
    else when equal. Context beside the value (a period, a deadline) must agree where both give it.
    """
    if not _context_agrees(old, new):
        return False
    was, now = old.get("value"), new.get("value")
    if kind in NUMERIC_KINDS:
        before, after = claim_of(old), claim_of(new)
        if before is None or after is None:
            return old == new
        if before.point and after.point and before.value != after.value:
            return finer_point(before, after) or finer_point(after, before)
        return compatible(before, after)
    if kind == "date" and isinstance(was, str) and isinstance(now, str):
        return old.get("qualifier", "exact") == new.get("qualifier", "exact") and dates_compatible(was, now)
    if kind == "person" and isinstance(was, dict) and isinstance(now, dict):
        return names_compatible(was, now)
    if kind == "list" and isinstance(was, list) and isinstance(now, list):
        return {str(item).casefold() for item in was} == {str(item).casefold() for item in now}
    return bool(was == now and old.get("qualifier") == new.get("qualifier"))


def _judge_numeric(kind: str, fields: set[str], old: JsonObject, new: JsonObject) -> Judgement:
    if not fields & _CLAIMED:
        return Judgement("value")  # only context beside the figure moved (a deadline, a rate, a baseline)
    before, after = claim_of(old), claim_of(new)
    periods = old.get("period"), new.get("period")
    if before is None or after is None or (kind in QUANTITIES and all(periods) and periods[0] != periods[1]):
        return Judgement("value")  # no number on a side, or figures for different periods: no delta
    points = before.point and after.point and before.value is not None and after.value is not None
    if points and before.value == after.value:
        return Judgement("qualifier" if fields == {"qualifier"} else "value")
    if compatible_meanings(kind, old, new):
        return Judgement("restated")
    if points:
        return _point_move(kind, before.value, after.value)  # type: ignore[arg-type]
    rise = after.low >= before.high
    scale = abs(before.value) if before.value else None
    least = gap(before, after) / scale if scale else None
    return Judgement("value", _way(rise, kind), least_move=least)


def judge(
    catalogue: catalog.Catalogue, unit: str | UnitRef, fields: set[str], old: JsonObject, new: JsonObject
) -> Judgement:
    """Say what kind of change the meanings `old` -> `new` of a unit are, given the fields that differ."""
    ref = catalogue.resolve(unit) if isinstance(unit, str) else unit
    if ref.in_collection:
        return Judgement("status" if "status" in fields else "value")
    spec = ref.spec
    if ref.kind == "metadata" or spec is None:
        return Judgement("value")
    if "basis" in fields and old.get("basis") and new.get("basis"):
        return Judgement("redefined")  # measured on different definitions: never compared as numbers
    fields = fields - {"basis"}  # a definition stated on one side only is detail, not a change
    if fields == {"period"}:
        return Judgement("period")
    if spec.kind in NUMERIC_KINDS:
        judged = _judge_numeric(spec.kind, fields, old, new)
    elif fields & _CLAIMED and compatible_meanings(spec.kind, old, new):
        judged = Judgement("restated")  # the same claim, stated more (or less) finely: never a correction
    else:
        judged = Judgement("qualifier" if fields == {"qualifier"} else "value")
    if spec.invariant and "value" in fields and judged.kind != "restated":
        return Judgement("correction", judged.direction, judged.delta, judged.relative, judged.least_move)
    return judged
