"""One version set against what was known before it: its changes, judged and given a severity.

`begin` passes over the units whose dumped content is what was last known (most of them) and makes
the changes a plain comparison can name; the units whose meanings differ wait, as `Differing`, for
the paths `diff` finds in them (batched across versions), and `finish` judges them. Every unit id is
resolved into a `UnitRef` once, by its catalogue, and the table of unit kinds (`units`) says how it
reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from usjapan_facts import catalog
from usjapan_facts.catalog import UnitRef
from usjapan_facts.change import Change, SnapshotDiff, VersionInfo, report_order
from usjapan_facts.compare import ChangeKind, Judgement, Raw, Unit, changed_provenance, judge, meanings_differ, split
from usjapan_facts.errors import FactsError
from usjapan_facts.model import Snapshot, UnitValue
from usjapan_facts.severity import Rules
from usjapan_facts.timeline import Known, Timeline, unknown_in
from usjapan_facts.units import rules_for

Paths = dict[tuple[int, str], set[tuple[str, ...]]]
"""The paths that differ within each differing unit of a batch, by (position in the batch, unit id)."""


class DiffError(FactsError):
    """The diff could not be computed (DeepDiff reported an error); never read as 'no changes'."""


@dataclass(frozen=True, slots=True)
class Differing:
    ref: UnitRef
    known: Known
    before: Unit
    after: Unit


@dataclass
class Pending:
    """One version set against the knowledge before it; its differing units wait for the batch's DeepDiff call."""

    old: VersionInfo
    new: Snapshot
    unknown_old: tuple[str, ...]
    notes: tuple[str, ...]
    changes: list[Change] = field(default_factory=list)
    differing: list[Differing] = field(default_factory=list)


_NEVER = Known("", None)
"""The state of a unit no version recorded: no value, no version."""


def _text(ref: UnitRef, value: UnitValue | None, kind: ChangeKind) -> str | None:
    return None if value is None else rules_for(ref).text(ref, value, kind)


def _change(
    rules: Rules,
    catalogue: catalog.Catalogue,
    ref: UnitRef,
    judged: Judgement,
    known: Known | None,
    new: tuple[Unit | None, UnitValue | None],
    fields: Iterable[str] = (),
) -> Change:
    """Build one `Change`: labels, texts, the judged move, and the severity the rules give it.

    `known` is None for a unit no earlier version recorded: its first record.
    """
    known = known or _NEVER
    new_unit, new_value = new
    old_unit = split(known.raw) if known.raw is not None and (new_unit is None or judged.kind == "provenance") else None
    label, section = rules_for(ref).label(ref, new_value if new_value is not None else known.item), ref.section
    kind = judged.kind
    if kind == "provenance":
        names = tuple(fields)
        old_text = " / ".join(str(old_unit.provenance[name]) for name in names) if old_unit else None
        new_text = " / ".join(str(new_unit.provenance[name]) for name in names) if new_unit else None
    else:
        names = tuple(sorted(fields))
        old_text = _text(ref, known.item, kind)
        new_text = _text(ref, new_value, kind)
    # Incompatible claims move at least `least_move`: enough to judge the severity, never shown as a delta.
    moved = judged.relative if judged.least_move is None else judged.least_move
    severity = rules.severity_of(
        ref,
        kind,
        fact_kind=ref.fact_kind,
        delta=judged.delta,
        relative=moved,
        direction=judged.direction,
        catalogue=catalogue,
    )
    return Change(
        ref.id, label, section, kind, severity, known.item, new_value, old_text, new_text,
        judged.delta, judged.relative, names, known.version or None, judged.direction,
    )  # fmt: skip


def begin(
    rules: Rules, timeline: Timeline, snapshot: Snapshot, units: dict[str, Raw], notes: tuple[str, ...] = ()
) -> Pending:
    """Set a version against the knowledge before it; leave the units whose meanings differ for DeepDiff."""
    assert timeline.snapshot is not None  # something was known: at least one version was folded in
    pending = Pending(VersionInfo.of(timeline.snapshot), snapshot, timeline.unknown(), notes)
    catalogue = snapshot.catalogue
    for unit_id, raw in units.items():
        ref = catalogue.resolve(unit_id)
        known = timeline.state(ref)
        if known is None:
            # Never recorded before, now stated: news in its own right, never read as 'added'.
            new = (split(raw), rules_for(ref).value(snapshot, ref))
            first = Judgement("first_recorded")
            pending.changes.append(_change(rules, catalogue, ref, first, None, new))
        elif known.raw is raw or known.raw == raw:
            continue  # recorded just so
        elif known.raw is None:
            appeared: ChangeKind = "status" if ref.in_collection else "added"
            new = (split(raw), rules_for(ref).value(snapshot, ref))
            pending.changes.append(_change(rules, catalogue, ref, Judgement(appeared), known, new))
        elif meanings_differ(known.raw, raw):
            pending.differing.append(Differing(ref, known, split(known.raw), split(raw)))
        elif provenance := changed_provenance(known.raw, raw):
            new = (split(raw), rules_for(ref).value(snapshot, ref))
            pending.changes.append(_change(rules, catalogue, ref, Judgement("provenance"), known, new, provenance))
    tracked = frozenset(snapshot.tracked)
    for unit_id, known in timeline.known.items():
        if known.raw is None or unit_id in units:
            continue
        # Checked for now, as the fact itself or its whole collection, yet absent: not stated (Snapshot.absence_of).
        item = timeline.items.get(unit_id)
        if unit_id in tracked:
            ref = catalogue.resolve(unit_id)
        elif item is not None and item.in_collection and item.group in tracked:
            ref = item
        else:
            continue
        pending.changes.append(_change(rules, catalogue, ref, Judgement("removed"), known, (None, None)))
    return pending


def finish(rules: Rules, index: int, pending: Pending, paths: Paths) -> SnapshotDiff:
    """Judge the differing units of the version at `index` in its batch, given the paths that differ in them."""
    changes = list(pending.changes)
    catalogue = pending.new.catalogue
    for unit in pending.differing:
        changed = paths.get((index, unit.ref.id))
        if not changed:
            raise DiffError(f"{unit.ref.id}: the versions differ but the diff engine found no difference")
        judged = judge(catalogue, unit.ref, {path[0] for path in changed}, unit.before.meaning, unit.after.meaning)
        after = (unit.after, rules_for(unit.ref).value(pending.new, unit.ref))
        paths_changed = (".".join(path) for path in changed)
        changes.append(_change(rules, catalogue, unit.ref, judged, unit.known, after, paths_changed))
    changes.sort(key=report_order(catalogue))
    new = VersionInfo.of(pending.new)
    unread = tuple(pending.new.unread or ())
    return SnapshotDiff(
        pending.old, new, tuple(changes), pending.unknown_old, unknown_in(pending.new), pending.notes, unread
    )
