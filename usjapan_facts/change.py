"""The engine's results: a `Change` of one unit, and a `SnapshotDiff` of two versions, each saying itself in words."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from usjapan_facts import catalog
from usjapan_facts.compare import QUANTITIES, ChangeKind, Direction
from usjapan_facts.json_values import Json
from usjapan_facts.model import BaseFact, Snapshot, UnitValue
from usjapan_facts.severity_levels import SEVERITY_RANK, Severity, count_by_severity
from usjapan_facts.values import display_value, format_money, format_number, format_period

FIRST_RECORDED = "first recorded in this version; not recorded before"
"""What a `first_recorded` change says: news, not a move from 'not stated' (that is `added`)."""


@dataclass(frozen=True)
class Change:
    """One change of one fact, election or event, judged against the last value known before it."""

    fact_id: str
    label: str
    section: str
    kind: ChangeKind
    severity: Severity
    old: UnitValue | None
    new: UnitValue | None
    old_text: str | None
    new_text: str | None
    delta: float | None = None
    relative: float | None = None
    fields: tuple[str, ...] = ()
    old_version: str | None = None
    """The version the old value (or 'not stated') was last recorded in."""
    direction: Direction | None = None
    """Which way the figure went: `up` or `down`; for a rank, `up` is a lower number (4th -> 2nd rose)."""

    @property
    def delta_text(self) -> str:
        """Say the move of a number: '+4,000, +8.0%'; empty when there is none."""
        if not self.delta:
            return ""
        kind = self._fact_kind()
        size = format_money(abs(self.delta)) if kind == "money" else format_number(abs(self.delta))
        unit = (" point" if abs(self.delta) == 1 else " points") if kind == "percent" else ""
        text = ("+" if self.delta > 0 else "-") + size + unit
        if self.relative is not None:
            text += f", {self.relative:+.1%}"
        return text

    def _fact_kind(self) -> str | None:
        """The kind of the fact that changed (None for an election, event or metadata), from its values."""
        fact = self.new if isinstance(self.new, BaseFact) else self.old
        return fact.kind if isinstance(fact, BaseFact) else None

    def _periods_differ(self) -> bool:
        if not (isinstance(self.old, BaseFact) and isinstance(self.new, BaseFact)):
            return False
        periods = self.old.period, self.new.period
        return self.new.kind in QUANTITIES and all(periods) and periods[0] != periods[1]

    @property
    def summary(self) -> str:
        """One line: 'U.S. troops in Japan: around 50,000 -> around 54,000 (+4,000, +8.0%)'."""
        if self.kind == "provenance":
            return f"{self.label}: {' and '.join(self.fields)} changed"
        if self.kind == "first_recorded":
            return f"{self.label}: {self.new_text} ({FIRST_RECORDED})"
        old, new = self.old_text or "(not stated)", self.new_text or "(not stated)"
        if self.kind == "redefined":
            return f"{self.label}: {old} -> {new} (redefined: measured on different definitions; not compared)"
        if self.kind == "restated":
            return f"{self.label}: {old} -> {new} (restated; the two claims are compatible)"
        if self.kind == "period" and isinstance(self.old, BaseFact) and isinstance(self.new, BaseFact):
            before, after = (format_period(f.period) if f.period else "not given" for f in (self.old, self.new))
            return f"{self.label}: {display_value(self.new)}; period {before} -> {after}"
        if self.direction is not None and self.delta is None:
            way = "rose" if self.direction == "up" else "fell"
            if self._fact_kind() == "rank":
                return f"{self.label}: {way} from {old} to {new}"
            return f"{self.label}: {way}: now {new}, was {old}"
        if self._periods_differ():
            return f"{self.label}: {old} -> {new} (figures for different periods: no delta)"
        moved = f" ({self.delta_text})" if self.delta_text else ""
        return f"{self.label}: {old} -> {new}{moved}"

    @property
    def fingerprint(self) -> str:
        """A stable id of this change (fact, old, new), so an alert can fire once per change."""
        key = "\x1f".join((self.fact_id, self.kind, self.old_text or "", self.new_text or ""))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def as_json(self) -> dict[str, Json]:
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
            "old_version": self.old_version,
            "delta": self.delta,
            "relative": self.relative,
            "direction": self.direction,
            "fields": list(self.fields),
            "summary": self.summary,
            "fingerprint": self.fingerprint,
        }


def _jsonable(value: UnitValue | None) -> Json:
    if isinstance(value, dict):
        return {name: author.model_dump(mode="json", exclude_none=True) for name, author in value.items()}
    return value if value is None or isinstance(value, str) else value.model_dump(mode="json", exclude_none=True)


def report_order(catalogue: catalog.Catalogue) -> Callable[[Change], tuple[int, int, str]]:
    """Order changes as every report lists them: most severe first, then in catalogue order."""
    last = len(catalogue.order)
    return lambda change: (SEVERITY_RANK[change.severity], catalogue.order.get(change.fact_id, last), change.fact_id)


@dataclass(frozen=True)
class VersionInfo:
    version: str
    coverage: str
    crs_version: int | None
    schema_version: int
    report_id: str

    @classmethod
    def of(cls, snapshot: Snapshot) -> VersionInfo:
        version, schema = snapshot.updated.isoformat(), snapshot.written_schema_version
        return cls(version, snapshot.coverage, snapshot.crs_version, schema, snapshot.report_id)


@dataclass(frozen=True)
class SnapshotDiff:
    """Every change from what was known as of `old` to `new`, and the catalogue facts each side does not know."""

    old: VersionInfo
    new: VersionInfo
    changes: tuple[Change, ...] = field(default=())
    unknown_old: tuple[str, ...] = ()
    """Catalogue facts no version up to `old` recorded (for a loose file: that `old` did not record)."""
    unknown_new: tuple[str, ...] = ()
    """Catalogue facts `new` did not record: a change there cannot be seen."""
    notes: tuple[str, ...] = ()
    unread_new: tuple[str, ...] = ()
    """Of those, the facts `new`'s text mentions but whose value was not read: for a reviewer to check."""

    @property
    def unknown_counts(self) -> tuple[int, int]:
        """How many catalogue facts each side (old, new) does not know: changes there could not be seen."""
        return len(self.unknown_old), len(self.unknown_new)

    @property
    def catalogue(self) -> catalog.Catalogue:
        """The catalogue of the brief compared (the newer version's)."""
        return catalog.load(self.new.report_id)

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
