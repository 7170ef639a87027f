"""The cheap re-check of recorded content: a snapshot's JSON within the model's shapes and bounds, without pydantic.

The record of validated content is a cache, never an authority: `list` takes a row from a file whose
hash it names only if `within_bounds` also passes; anything it does not know for sure sends the file to
full validation, which then names the problem. So this check may refuse more than the model, never less.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from usjapan_facts._version import SCHEMA_VERSION
from usjapan_facts.bounds import MAX_COUNT, MAX_DOLLARS, MAX_MEASURE, MAX_RANK

_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SLUG = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_QUALIFIERS = frozenset({"exact", "about", "over", "under", "nearly", "at_least", "among_top"})
_COVERAGE = frozenset({"full", "excerpt", "summary", "none"})
_STATUS = frozenset({"upcoming", "held"})
_FACT_TEXT = ("as_written", "period", "by", "note", "quote", "section", "basis")
_FACT_PLACE = ("page", "column")
_SNAPSHOT_KEYS = frozenset(
    {"schema_version", "report_id", "title", "updated", "crs_version", "coverage", "tracked", "sources",
     "text_sha256", "authors", "facts", "elections", "events", "notes", "unread"}
)  # fmt: skip
_ELECTION_KEYS = frozenset({"body", "date", "status", "candidates", "result", "note", "quote", "section"})
_EVENT_KEYS = frozenset({"what", "date", "status", "quote", "section"})


def _text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _place(value: object) -> bool:
    """A page or column number: a small positive whole number, or absent."""
    return value is None or (type(value) is int and 1 <= value <= 10_000)


def _non_empty(value: object) -> bool:
    return isinstance(value, str) and bool(value) and value == value.strip()


def _integer(low: int, high: int) -> Callable[[object], bool]:
    return lambda value: type(value) is int and low <= value <= high


def _number(value: object) -> bool:
    if type(value) is float:
        return math.isfinite(value) and abs(value) <= MAX_MEASURE and not value.is_integer()
    return type(value) is int and abs(value) <= MAX_MEASURE


def _partial_date(value: object) -> bool:
    if not isinstance(value, str) or not _PARTIAL_DATE.match(value):
        return False
    parts = [int(part) for part in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _person(value: object) -> bool:
    return (
        isinstance(value, dict)
        and set(value) <= {"family", "given"}
        and _non_empty(value.get("family"))
        and (value.get("given") is None or _non_empty(value.get("given")))
    )


def _items(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(map(_non_empty, value)) and len(set(value)) == len(value)


def _yearly(value: object) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(len(year) == 4 and year.isdigit() and _number(number) for year, number in value.items())
    )


_VALUES: dict[str, Callable[[object], bool]] = {
    "count": _integer(0, MAX_COUNT),
    "money": _integer(0, MAX_DOLLARS),
    "percent": _number,
    "rank": lambda value: value is None or _integer(1, MAX_RANK)(value),
    "year": _integer(1000, 2999),
    "date": _partial_date,
    "person": _person,
    "text": _non_empty,
    "list": _items,
    "yearly_percent": _yearly,
}
_HEDGED = frozenset({"count", "money", "percent", "rank", "year", "date"})
_EXTRA = {"money": frozenset({"per"}), "percent": frozenset({"previous", "baseline"})}


def _fact(fact: object) -> bool:
    if not isinstance(fact, dict):
        return False
    kind = fact.get("kind")
    if not isinstance(kind, str) or kind not in _VALUES:
        return False
    if ("value" not in fact and kind != "rank") or not _VALUES[kind](fact.get("value")):
        return False
    allowed = {"kind", "value", *_FACT_TEXT, *_FACT_PLACE}
    allowed |= ({"qualifier"} if kind in _HEDGED else set()) | _EXTRA.get(kind, set())
    if not set(fact) <= allowed or not all(_text(fact.get(name)) for name in (*_FACT_TEXT, "baseline")):
        return False
    if not all(_place(fact.get(name)) for name in _FACT_PLACE):
        return False
    qualifier = fact.get("qualifier", "exact")
    if qualifier not in _QUALIFIERS or fact.get("per") not in (None, "year"):
        return False
    if fact.get("previous") is not None and not _number(fact["previous"]):
        return False
    return kind != "rank" or (fact.get("value") is None) == (qualifier == "among_top")


def _candidate(item: object) -> bool:
    return (
        isinstance(item, dict)
        and set(item) <= {"party", "incumbent", "note"}
        and _text(item.get("party"))
        and _text(item.get("note"))
        and type(item.get("incumbent", False)) is bool
    )


def _election(item: object) -> bool:
    if not isinstance(item, dict) or not set(item) <= _ELECTION_KEYS:
        return False
    candidates = item.get("candidates", {})
    return (
        _non_empty(item.get("body"))
        and _partial_date(item.get("date"))
        and item.get("status") in _STATUS
        and isinstance(candidates, dict)
        and all(_non_empty(name) and _candidate(value) for name, value in candidates.items())
        and all(_text(item.get(name)) for name in ("result", "note", "quote", "section"))
    )


def _event(item: object) -> bool:
    return (
        isinstance(item, dict)
        and set(item) <= _EVENT_KEYS
        and _non_empty(item.get("what"))
        and _partial_date(item.get("date"))
        and item.get("status") in (None, *_STATUS)
        and all(_text(item.get(name)) for name in ("quote", "section"))
    )


def _author(item: object) -> bool:
    return (
        isinstance(item, dict)
        and set(item) <= {"title", "coordinator"}
        and _text(item.get("title"))
        and type(item.get("coordinator", False)) is bool
    )


def _keyed(value: object, key: Callable[[str], bool], item: Callable[[object], bool]) -> bool:
    return isinstance(value, dict) and all(key(name) and item(entry) for name, entry in value.items())


def _strings(value: object, item: Callable[[object], bool]) -> bool:
    return isinstance(value, list) and all(map(item, value))


def within_bounds(data: Any) -> bool:
    """Tell whether parsed snapshot JSON has the model's shape and every value within its bounds."""
    if not isinstance(data, dict) or not set(data) <= _SNAPSHOT_KEYS:
        return False
    updated = data.get("updated")
    crs = data.get("crs_version")
    return (
        data.get("schema_version", SCHEMA_VERSION) == SCHEMA_VERSION
        and type(data.get("schema_version", SCHEMA_VERSION)) is int
        and _non_empty(data.get("report_id"))
        and ("title" not in data or _non_empty(data["title"]))
        and isinstance(updated, str)
        and len(updated) == 10
        and _partial_date(updated)
        and (crs is None or _integer(1, MAX_RANK * 100)(crs))
        and data.get("coverage") in _COVERAGE
        and _strings(data.get("tracked", []), lambda item: isinstance(item, str))
        and _strings(data.get("unread") or [], lambda item: isinstance(item, str))
        and _strings(data.get("sources", []), _non_empty)
        and (
            data.get("text_sha256") is None
            or (isinstance(data["text_sha256"], str) and bool(_SHA256.match(data["text_sha256"])))
        )
        and _keyed(data.get("authors", {}), _non_empty, _author)
        and _keyed(data.get("facts", {}), lambda name: isinstance(name, str), _fact)
        and _keyed(data.get("elections", {}), lambda slug: bool(_SLUG.match(slug)), _election)
        and _keyed(data.get("events", {}), lambda slug: bool(_SLUG.match(slug)), _event)
        and _text(data.get("notes"))
    )
