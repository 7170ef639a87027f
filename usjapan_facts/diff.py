"""The semantic diff: what changed between two versions, as the project's own `Change` records.

This is the only module that imports DeepDiff. Units whose meanings are equal (most of them, from one
version to the next) are set aside by a plain comparison; DeepDiff sees only the units that differ,
batched across many pairs for `log`, and its result is translated at once into `Change` records.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Literal

from deepdiff import DeepDiff

from usjapan_facts import catalog
from usjapan_facts.compare import Unit, absence, changed_provenance, snapshot_units, unit_label
from usjapan_facts.errors import FactsError
from usjapan_facts.model import BaseFact, Snapshot
from usjapan_facts.rules import NUMERIC_KINDS, SEVERITY_RANK, Rules, Severity, count_by_severity
from usjapan_facts.values import (
    display,
    display_author,
    display_election,
    display_event,
    format_date,
    format_money,
    format_number,
)

ChangeKind = Literal["value", "qualifier", "added", "removed", "status", "correction", "provenance"]
BATCH_PAIRS = 256
"""How many version pairs share one DeepDiff call in `diff_pairs`; memory stays bounded by it."""


class DiffError(FactsError):
    """The diff could not be computed (DeepDiff reported an error); never read as 'no changes'."""


@dataclass(frozen=True)
class Change:
    """One change of one fact, election or event between two versions."""

    fact_id: str
    label: str
    section: str
    kind: ChangeKind
    severity: Severity
    old: Any
    new: Any
    old_text: str | None
    new_text: str | None
    delta: float | None = None
    relative: float | None = None
    fields: tuple[str, ...] = ()

    @property
    def delta_text(self) -> str:
        """Say the move of a number: '+4,000, +8.0%'; empty when there is none."""
        if not self.delta:
            return ""
        kind = catalog.BY_ID[self.fact_id].kind
        size = format_money(abs(self.delta)) if kind == "money" else format_number(abs(self.delta))
        text = ("+" if self.delta > 0 else "-") + size + (" points" if kind == "percent" else "")
        if self.relative is not None:
            text += f", {self.relative:+.1%}"
        return text

    @property
    def summary(self) -> str:
        """One line: 'U.S. troops in Japan: around 50,000 -> around 54,000 (+4,000, +8.0%)'."""
        if self.kind == "provenance":
            return f"{self.label}: {' and '.join(self.fields)} changed"
        moved = f" ({self.delta_text})" if self.delta_text else ""
        return f"{self.label}: {self.old_text or '(not stated)'} -> {self.new_text or '(not stated)'}{moved}"

    @property
    def fingerprint(self) -> str:
        """A stable id of this change (fact, old, new), so an alert can fire once per change."""
        key = "\x1f".join((self.fact_id, self.kind, self.old_text or "", self.new_text or ""))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def as_json(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "label": self.label,
            "section": self.section,
            "kind": self.kind,
            "severity": self.severity,
            "old": _jsonable(self.old),
            "new": _jsonable(self.new),
            "old_text": self.old_text,
            "new_text": self.new_text,
            "delta": self.delta,
            "relative": self.relative,
            "fields": list(self.fields),
            "summary": self.summary,
            "fingerprint": self.fingerprint,
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    dump = getattr(value, "model_dump", None)
    return dump(mode="json", exclude_none=True) if dump is not None else value


@dataclass(frozen=True)
class VersionInfo:
    version: str
    coverage: str
    crs_version: int | None
    schema_version: int

    @classmethod
    def of(cls, snapshot: Snapshot) -> VersionInfo:
        version, schema = snapshot.updated.isoformat(), snapshot.written_schema_version
        return cls(version, snapshot.coverage, snapshot.crs_version, schema)


@dataclass(frozen=True)
class SnapshotDiff:
    """Every change from `old` to `new`, most severe first within catalogue order of sections."""

    old: VersionInfo
    new: VersionInfo
    changes: tuple[Change, ...] = field(default=())

    @property
    def schema_changed(self) -> bool:
        """The two versions were written by different schema versions (reported apart from the facts)."""
        return self.old.schema_version != self.new.schema_version

    def counts(self) -> dict[Severity, int]:
        return count_by_severity(change.severity for change in self.changes)

    def filter(self, *, only: Iterable[str] = (), min_severity: Severity = "info") -> SnapshotDiff:
        """Keep the changes of facts matching any `only` glob, at `min_severity` or above."""
        patterns = list(only)
        limit = SEVERITY_RANK[min_severity]
        kept = tuple(
            change
            for change in self.changes
            if SEVERITY_RANK[change.severity] <= limit and (not patterns or catalog.matches(change.fact_id, patterns))
        )
        return replace(self, changes=kept)


@dataclass(frozen=True, slots=True)
class _Side:
    snapshot: Snapshot
    units: dict[str, Unit]


@dataclass
class _Pending:
    """A pair whose differing units wait for the batch's DeepDiff call."""

    old: _Side
    new: _Side
    changes: list[Change]
    differing: list[str]


class _DeepDiffErrors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _failing_on_logged_errors() -> Iterator[None]:
    # DeepDiff logs some failures instead of raising; an unseen failure would read as "no changes".
    handler = _DeepDiffErrors()
    logger = logging.getLogger("deepdiff")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.messages:
        raise DiffError(f"the diff engine failed: {handler.messages[0]}")


_MISSING = object()


def _differing_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    # DeepDiff only needs the fields that differ; most of a changed unit (kind, period...) is equal.
    keys = [key for key in old.keys() | new.keys() if old.get(key, _MISSING) != new.get(key, _MISSING)]
    return {key: old[key] for key in keys if key in old}, {key: new[key] for key in keys if key in new}


def _changed_paths(pending: list[_Pending]) -> dict[tuple[int, str], set[tuple[str, ...]]]:
    """Run one DeepDiff over every differing unit of the batch; return the paths within each unit that differ."""
    # One flat dict per side, keyed by pair, unit and field: DeepDiff walks one level less per unit.
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for index, pair in enumerate(pending):
        for unit_id in pair.differing:
            before, after = _differing_fields(pair.old.units[unit_id].meaning, pair.new.units[unit_id].meaning)
            old.update((f"{index}\x1f{unit_id}\x1f{name}", value) for name, value in before.items())
            new.update((f"{index}\x1f{unit_id}\x1f{name}", value) for name, value in after.items())
    if not old and not new:
        return {}
    with _failing_on_logged_errors():
        tree = DeepDiff(
            old,
            new,
            view="tree",
            ignore_order=False,  # lists were sorted where order carries no meaning
            ignore_numeric_type_changes=False,  # the model stores 25.0 as 25, so a type change is a change
            ignore_string_case=False,
            threshold_to_diff_deeper=0,
            verbose_level=2,
            cache_size=0,
        )
    paths: dict[tuple[int, str], set[tuple[str, ...]]] = defaultdict(set)
    for levels in tree.values():
        for level in levels:
            path = level.path(output_format="list")
            pair_index, unit_id, name = str(path[0]).split("\x1f", 2)
            paths[int(pair_index), unit_id].add((name, *(str(part) for part in path[1:])))
    return paths


def _order(unit_id: str) -> tuple[int, str]:
    return (catalog.ORDER.get(unit_id, len(catalog.ORDER)), unit_id)


def _typed(side: _Side, unit_id: str) -> Any:
    head, _, rest = unit_id.partition(".")
    if head in catalog.COLLECTIONS:
        return getattr(side.snapshot, head).get(rest)
    if unit_id == "report.authors":
        return dict(side.snapshot.authors) or None
    if head == "report":
        return side.units[unit_id].meaning["value"]
    return side.snapshot.facts.get(unit_id)


def _text(unit_id: str, value: Any, kind: ChangeKind) -> str | None:
    if value is None:
        return None
    if isinstance(value, BaseFact):
        return display(value, family_first=catalog.get(unit_id).family_first)
    head = unit_id.partition(".")[0]
    if head == "elections":
        if kind in ("status", "removed"):
            result = f": {value.result}" if value.result else ""
            return f"{value.status} ({format_date(value.date)}){result}"
        return str(display_election(value))
    if head == "events":
        return str(display_event(value))
    if unit_id == "report.authors":
        return "; ".join(display_author(name, author) for name, author in value.items())
    return str(value)


def _classify(unit_id: str, fields: set[str], old: Unit, new: Unit) -> ChangeKind:
    head = unit_id.partition(".")[0]
    if head in catalog.COLLECTIONS:
        return "status" if "status" in fields else "value"
    if head == "report":
        return "value"
    if catalog.get(unit_id).invariant and "value" in fields:
        return "correction"
    unpositioned = old.meaning.get("value") is None or new.meaning.get("value") is None
    if "qualifier" in fields and (fields == {"qualifier"} or (fields == {"qualifier", "value"} and unpositioned)):
        return "qualifier"
    return "value"


def _delta(unit_id: str, old: Unit | None, new: Unit | None) -> tuple[float | None, float | None]:
    if old is None or new is None or old.meaning.get("kind") not in NUMERIC_KINDS:
        return None, None
    before, after = old.meaning.get("value"), new.meaning.get("value")
    if not isinstance(before, int | float) or not isinstance(after, int | float):
        return None, None
    delta = float(after - before)
    # Years and ranks are positions, not quantities: 1951 -> 1952 is not a 0.05% move.
    relative = delta / before if before and old.meaning["kind"] not in ("year", "rank") else None
    return delta, relative


def _change(rules: Rules, unit_id: str, kind: ChangeKind, old: _Side, new: _Side, fields: Iterable[str] = ()) -> Change:
    old_unit, new_unit = old.units.get(unit_id), new.units.get(unit_id)
    label, section = unit_label(unit_id, new_unit or old_unit)  # type: ignore[arg-type]
    old_value, new_value = _typed(old, unit_id), _typed(new, unit_id)
    if kind == "provenance":
        names = tuple(fields)
        old_text = " / ".join(str(old_unit.provenance[name]) for name in names) if old_unit else None
        new_text = " / ".join(str(new_unit.provenance[name]) for name in names) if new_unit else None
    else:
        names = tuple(sorted(fields))
        old_text, new_text = _text(unit_id, old_value, kind), _text(unit_id, new_value, kind)
    delta, relative = _delta(unit_id, old_unit, new_unit) if kind in ("value", "correction") else (None, None)
    draft = Change(
        unit_id, label, section, kind, "info", old_value, new_value, old_text, new_text, delta, relative, names
    )
    return replace(draft, severity=rules.severity_of(unit_id, kind, delta=delta, relative=relative))


def _begin(rules: Rules, old: _Side, new: _Side) -> _Pending:
    """Compare two versions unit by unit; leave the units whose meanings differ for DeepDiff."""
    pending = _Pending(old, new, [], [])
    for unit_id in sorted(old.units.keys() | new.units.keys(), key=_order):
        before, after = old.units.get(unit_id), new.units.get(unit_id)
        if before is not None and after is not None:
            if before.meaning != after.meaning:
                pending.differing.append(unit_id)
            elif provenance := changed_provenance(before, after):
                pending.changes.append(_change(rules, unit_id, "provenance", old, new, provenance))
        elif after is not None and absence(old.snapshot, unit_id) == "not_stated":
            appeared: ChangeKind = "status" if unit_id.startswith(("elections.", "events.")) else "added"
            pending.changes.append(_change(rules, unit_id, appeared, old, new))
        elif before is not None and absence(new.snapshot, unit_id) == "not_stated":
            pending.changes.append(_change(rules, unit_id, "removed", old, new))
    return pending


def _finish(
    rules: Rules, index: int, pair: _Pending, paths: dict[tuple[int, str], set[tuple[str, ...]]]
) -> SnapshotDiff:
    changes = list(pair.changes)
    for unit_id in pair.differing:
        changed = paths.get((index, unit_id))
        if not changed:
            raise DiffError(f"{unit_id}: the versions differ but the diff engine found no difference")
        kind = _classify(unit_id, {path[0] for path in changed}, pair.old.units[unit_id], pair.new.units[unit_id])
        changes.append(_change(rules, unit_id, kind, pair.old, pair.new, (".".join(path) for path in changed)))
    changes.sort(key=lambda change: _order(change.fact_id))
    return SnapshotDiff(VersionInfo.of(pair.old.snapshot), VersionInfo.of(pair.new.snapshot), tuple(changes))


def diff_pairs(pairs: Iterable[tuple[Snapshot, Snapshot]], *, rules: Rules | None = None) -> Iterator[SnapshotDiff]:
    """Diff each (old, new) pair in turn, sharing one DeepDiff call per batch; streams, so memory stays flat."""
    rules = rules or Rules()
    cache: dict[int, _Side] = {}

    def side(snapshot: Snapshot) -> _Side:
        # Consecutive pairs share a snapshot: reuse its units rather than dumping it twice.
        found = cache.get(id(snapshot))
        if found is None or found.snapshot is not snapshot:
            found = _Side(snapshot, snapshot_units(snapshot))
            if len(cache) > 4:
                cache.clear()
            cache[id(snapshot)] = found
        return found

    iterator = iter(pairs)
    while batch := list(islice(iterator, BATCH_PAIRS)):
        pending = [_begin(rules, side(old), side(new)) for old, new in batch]
        paths = _changed_paths(pending)
        for index, pair in enumerate(pending):
            yield _finish(rules, index, pair, paths)


def diff_snapshots(old: Snapshot, new: Snapshot, *, rules: Rules | None = None) -> SnapshotDiff:
    """Return every change from `old` to `new`, each with its kind, texts, delta and severity."""
    return next(diff_pairs([(old, new)], rules=rules))
