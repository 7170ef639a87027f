"""The CI gate: validate the store, compare the newest version, find stale facts, and say what it means.

`check(store, ...)` returns a `CheckResult`: its findings, each with a severity and a stable
fingerprint so an alert fires once per change, and the exit code they imply.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from usjapan_facts import catalog
from usjapan_facts.across import cross_check
from usjapan_facts.catalog import FactSpec
from usjapan_facts.diff import Change, SnapshotDiff, diff_against
from usjapan_facts.errors import FactsError
from usjapan_facts.model import BaseFact, Snapshot, precision_of
from usjapan_facts.severity import Rules
from usjapan_facts.severity_levels import SEVERITY_RANK, Severity, count_by_severity
from usjapan_facts.store import SnapshotStore
from usjapan_facts.timeline import timeline_as_of
from usjapan_facts.units import rules_for
from usjapan_facts.values import format_date

FindingKind = Literal["invalid", "change", "stale", "contradiction"]
FailOn = Severity | Literal["invalid"]
"""What makes `check` exit 1: a finding of this severity or more, or (`invalid`) only an invalid snapshot."""


@dataclass(frozen=True)
class Finding:
    """One thing `check` found: an invalid file, a change of a fact, a stale fact, or two briefs disagreeing."""

    kind: FindingKind
    severity: Severity
    subject: str
    """The fact id, election or event id, or for an invalid file its path."""
    message: str
    version: str | None = None
    change: Change | None = None

    @property
    def fingerprint(self) -> str:
        """Stable across runs for the same finding (fact id, old, new), so a workflow can skip repeats."""
        if self.change is not None:
            return self.change.fingerprint
        key = "\x1f".join((self.kind, self.subject, self.version or "", self.message))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "subject": self.subject,
            "message": self.message,
            "version": self.version,
            "fingerprint": self.fingerprint,
            "change": self.change.as_json() if self.change else None,
        }


@dataclass(frozen=True)
class CheckResult:
    """Every finding, most severe first, what was compared, and the exit code for `fail_on`."""

    as_of: dt.date
    fail_on: FailOn
    findings: tuple[Finding, ...] = ()
    compared: tuple[str, str] | None = None
    notes: tuple[str, ...] = field(default=())
    unknown: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    """The catalogue facts the comparison could not see: none known as of the old side, not recorded by the new."""
    catalogue_size: int = 0
    """How many facts the checked brief's catalogue has: what `unknown` counts out of."""
    report_id: str = ""
    """The brief checked (the store's)."""
    unread: tuple[tuple[str, str], ...] = ()
    """Facts the checked text mentions but whose value was not read (id, label): unknown, for a reviewer."""

    @property
    def failing(self) -> tuple[Finding, ...]:
        if self.fail_on == "invalid":
            # A pull request that adds a version reports its changes, but fails only on a broken store.
            return tuple(f for f in self.findings if f.kind == "invalid")
        return tuple(f for f in self.findings if SEVERITY_RANK[f.severity] <= SEVERITY_RANK[self.fail_on])

    @property
    def exit_code(self) -> int:
        """0 when nothing at or above `fail_on` was found, 1 when something was."""
        return 1 if self.failing else 0

    def counts(self) -> dict[Severity, int]:
        return count_by_severity(finding.severity for finding in self.findings)

    def only(self, kind: FindingKind) -> CheckResult:
        """Keep the findings of one kind (`stale`, `change` or `invalid`); the exit code follows what is kept."""
        return replace(self, findings=tuple(finding for finding in self.findings if finding.kind == kind))


def _end_of(value: str) -> dt.date:
    """The last day a partial date covers: 2022-09 -> 2022-09-30, 2025 -> 2025-12-31."""
    precision = precision_of(value)
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(int(value), 12, 31)


def _year_of(text: str) -> int | None:
    years = re.findall(r"(?:19|20)\d{2}", text)
    return int(years[-1]) if len(set(years)) == 1 else None


def _stale_fact(spec: FactSpec, fact: BaseFact, as_of: dt.date, max_age: int) -> tuple[Severity, str] | None:
    # Which facts are deadlines is the catalogue's to say (`deadline = true`), not this module's.
    label = spec.label
    if spec.deadline and isinstance(fact.value, int | str):
        deadline = _end_of(str(fact.value))
        if deadline < as_of:
            return "major", f"{label}: the deadline {format_date(str(fact.value))} has passed"
    if fact.by and (year := _year_of(fact.by)) is not None and year < as_of.year:
        return "minor", f"{label}: the target date ({fact.by}) has passed"
    if fact.period and (year := _year_of(fact.period)) is not None and as_of.year - year > max_age:
        return "minor", f"{label}: its data ({fact.period}) is more than {max_age} years old"
    return None


def stale_findings(snapshot: Snapshot, as_of: dt.date, rules: Rules) -> list[Finding]:
    """Facts of `snapshot` that time has overtaken as of `as_of`."""
    version = snapshot.updated.isoformat()
    findings = []
    for name in catalog.COLLECTIONS:
        for slug, item in getattr(snapshot, name).items():
            if item.status == "upcoming" and _end_of(item.date) < as_of:
                ref = snapshot.catalogue.resolve(f"{name}.{slug}")
                label = rules_for(ref).label(ref, item)  # as a change of it is labelled
                message = f"{label}: still upcoming in {version}, but its date ({format_date(item.date)}) has passed"
                findings.append(Finding("stale", "major", ref.id, message, version))
    for fact_id, fact in snapshot.facts.items():
        stale = _stale_fact(snapshot.catalogue.get(fact_id), fact, as_of, rules.stale_after_years)
        if stale is not None:
            findings.append(Finding("stale", stale[0], fact_id, stale[1], version))
    return findings


def _watched(finding: Finding, rules: Rules) -> Finding:
    # Facts off the watch list are still reported, at info, so nothing is silently dropped.
    if finding.kind == "invalid" or rules.is_watched(finding.subject):
        return finding
    return replace(finding, severity="info")


def _message(change: Change, old_version: str) -> str:
    if change.old_version is None or change.old_version == old_version:
        return change.summary
    return f"{change.summary} (last recorded {change.old_version})"


def _change_findings(diff: SnapshotDiff, ignore_removed: frozenset[str]) -> list[Finding]:
    return [
        Finding("change", change.severity, change.fact_id, _message(change, diff.old.version), diff.new.version, change)
        for change in diff.changes
        if not (change.kind == "removed" and change.fact_id in ignore_removed)
    ]


def _contradictions(current: Snapshot, other: Snapshot, notes: list[str]) -> list[Finding]:
    crossed = cross_check(current, other)
    notes.append(
        f"across briefs: {len(crossed.compared)} shared fact(s) stated for the same time by {other.report_id} "
        f"{other.updated.isoformat()}, {len(crossed.contradictions)} contradicted"
    )
    version = current.updated.isoformat()
    return [Finding("contradiction", "major", c.first.fact_id, c.message, version) for c in crossed.contradictions]


def check(
    store: SnapshotStore,
    *,
    brief: Snapshot | None = None,
    brief_not_found: tuple[str, ...] = (),
    as_of: dt.date | None = None,
    rules: Rules | None = None,
    fail_on: FailOn = "major",
    others: Sequence[Snapshot] = (),
) -> CheckResult:
    """Validate the store, compare with what it last knew (the brief, or else the newest version), find stale facts.

    The brief is set against the knowledge of every stored version; without one, the newest version
    against the knowledge of those before it. `brief_not_found` are facts never to report removed (those
    an extraction could not read); a fact the brief's snapshot tracks but lacks is reported removed.
    `others` are the newest versions of other briefs: where they state a shared concept for the same
    time, a value incompatible with this brief's is a `contradiction` (major).
    """
    rules = rules or Rules()
    as_of = as_of or dt.date.today()
    findings = [Finding("invalid", "major", str(problem.path), str(problem), None) for problem in store.check()]
    notes: list[str] = []
    diff: SnapshotDiff | None = None
    current: Snapshot | None = brief
    versions = store.versions()
    try:
        if brief is not None and versions:
            if brief.updated < versions[-1]:
                # Compared with the newest stored version, an older text reads as changes made backwards.
                notes.append(
                    f"the brief given is of {brief.updated.isoformat()}, older than the newest stored version "
                    f"({versions[-1].isoformat()}): its changes run backwards in time; is it the new version?"
                )
            diff = diff_against(timeline_as_of(store, versions[-1]), brief, rules=rules)
            findings += _change_findings(diff, frozenset(brief_not_found))
        elif brief is None and len(versions) >= 2:
            current = store.load(versions[-1])
            diff = diff_against(timeline_as_of(store, versions[-2]), current, rules=rules)
            findings += _change_findings(diff, frozenset())
        elif brief is None and versions:
            current = store.load(versions[-1])
            notes.append(f"only one stored version ({versions[-1].isoformat()}): nothing to compare")
        elif brief is None:
            notes.append("the store holds no version: nothing to compare")
    except FactsError as exc:
        # An invalid stored version is already a finding above; say why nothing was compared.
        if not any(finding.kind == "invalid" for finding in findings):
            raise
        notes.append(f"nothing compared: {exc}")
    if current is not None:
        findings += stale_findings(current, as_of, rules)
        for other in others:
            findings += _contradictions(current, other, notes)
    order, last = store.catalogue.order, len(store.catalogue.order)
    ordered = sorted(  # most severe first, then in catalogue order; invalid files (no fact) first among equals
        (_watched(finding, rules) for finding in findings),
        key=lambda f: (SEVERITY_RANK[f.severity], f.kind != "invalid", order.get(f.subject, last), f.subject),
    )
    compared = (diff.old.version, diff.new.version) if diff is not None else None
    unknown = (diff.unknown_old, diff.unknown_new) if diff is not None else None
    size = len(store.catalogue.facts)
    unread = (
        tuple((fact_id, current.catalogue.get(fact_id).label) for fact_id in current.unread or ()) if current else ()
    )
    return CheckResult(as_of, fail_on, tuple(ordered), compared, tuple(notes), unknown, size, store.brief, unread)
