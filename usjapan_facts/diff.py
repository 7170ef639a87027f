"""The semantic diff: what changed against what was last known, as the project's own `Change` records.

This is the only module that imports DeepDiff. Each unit of the new version is set against its last
known state (`timeline`) by `judging`: units whose dumped content is equal (most of them) are passed
over at once; of the units whose meanings differ, the fields that differ, and the keys of records
within them (a person's names, the authors' titles), are named by a plain comparison here; anything
nested deeper is walked by DeepDiff, batched across many versions for `log`, and its result
translated at once.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from usjapan_facts.change import Change, SnapshotDiff, VersionInfo
from usjapan_facts.compare import raw_units
from usjapan_facts.errors import PartialSnapshotWarning
from usjapan_facts.json_values import Json, JsonObject
from usjapan_facts.judging import DiffError, Paths, Pending, begin, finish
from usjapan_facts.model import Snapshot
from usjapan_facts.severity import Rules
from usjapan_facts.store import SnapshotStore
from usjapan_facts.timeline import Timeline, is_stored, timeline_as_of

__all__ = [
    "BATCH_PAIRS",
    "Change",
    "DiffError",
    "PartialSnapshotWarning",
    "SnapshotDiff",
    "VersionInfo",
    "diff_against",
    "diff_pairs",
    "diff_snapshots",
    "diff_versions",
    "log_diffs",
]

BATCH_PAIRS = 256
"""How many versions share one DeepDiff call; memory stays bounded by it."""


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


def _differing_fields(old: JsonObject, new: JsonObject) -> tuple[JsonObject, JsonObject]:
    # DeepDiff only needs the fields that differ; most of a changed unit (kind, period...) is equal.
    keys = [key for key in old.keys() | new.keys() if old.get(key, _MISSING) != new.get(key, _MISSING)]
    return {key: old[key] for key in keys if key in old}, {key: new[key] for key in keys if key in new}


def _plain_list(value: Json) -> bool:
    """A list of plain values, kept sorted where order means nothing: a position in it names nothing."""
    return isinstance(value, list) and not any(isinstance(item, dict | list) for item in value)


RECORD_DEPTH = 2
"""How many levels of records are named by plain comparison (the authors: name, then title); deeper goes to DeepDiff."""


def _record_paths(was: JsonObject, now: JsonObject, depth: int) -> set[tuple[str, ...]] | None:
    """Name the keys, and keys within them `depth` levels down, at which two records differ; None if deeper."""
    found: set[tuple[str, ...]] = set()
    for key in was.keys() | now.keys():
        before, after = was.get(key, _MISSING), now.get(key, _MISSING)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            inner = _record_paths(before, after, depth - 1) if depth > 1 else None
            if inner is None:
                return None
            found.update((key, *path) for path in inner)
        elif isinstance(before, dict | list) and isinstance(after, dict | list) and not _plain_list(before):
            return None
        else:
            found.add((key,))
    return found


def _changed_paths(pending: list[Pending]) -> Paths:
    """Name the paths within each differing unit of the batch that differ, with one DeepDiff call for them all."""
    paths: Paths = defaultdict(set)
    # A field holding a plain value or a list of them (the coalition's parties) differs as a whole, and
    # one holding records (a person's names, the authors and their titles) key by key; anything deeper
    # goes to DeepDiff, in one flat dict per side keyed by version, unit and field.
    old: JsonObject = {}
    new: JsonObject = {}
    for index, version in enumerate(pending):
        for unit in version.differing:
            found = paths[index, unit.ref.id]
            before, after = _differing_fields(unit.before.meaning, unit.after.meaning)
            for name in before.keys() | after.keys():
                was, now = before.get(name), after.get(name)
                if isinstance(was, dict) and isinstance(now, dict):
                    inner = _record_paths(was, now, RECORD_DEPTH)
                    if inner is not None:
                        found.update((name, *path) for path in inner)
                        continue
                if isinstance(was, dict | list) and isinstance(now, dict | list) and not _plain_list(was):
                    old[f"{index}\x1f{unit.ref.id}\x1f{name}"] = was
                    new[f"{index}\x1f{unit.ref.id}\x1f{name}"] = now
                else:
                    found.add((name,))
    if not old:
        return paths
    # Imported here, where a nested walk needs it: most diffs name every change by plain comparison,
    # and DeepDiff's import costs about as much as a command's own work.
    from deepdiff import DeepDiff

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
    for levels in tree.values():
        for level in levels:
            path = level.path(output_format="list")
            position, unit_id, name = str(path[0]).split("\x1f", 2)
            paths[int(position), unit_id].add((name, *(str(part) for part in path[1:])))
    return paths


def _batched(pending: Iterable[Pending], rules: Rules) -> Iterator[SnapshotDiff]:
    """Finish the pending versions in batches that share one DeepDiff call; streams, so memory stays flat."""
    iterator = iter(pending)
    while batch := list(islice(iterator, BATCH_PAIRS)):
        paths = _changed_paths(batch)
        for index, version in enumerate(batch):
            yield finish(rules, index, version, paths)


def diff_against(
    timeline: Timeline, new: Snapshot, *, rules: Rules | None = None, notes: tuple[str, ...] = ()
) -> SnapshotDiff:
    """Return every change from what `timeline` knew to `new`; a unit `new` does not record is no change."""
    rules = rules or Rules()
    return next(_batched([begin(rules, timeline, new, raw_units(new), notes)], rules))


def diff_snapshots(old: Snapshot, new: Snapshot, *, rules: Rules | None = None) -> SnapshotDiff:
    """Compare two versions as they are, without the store's history: each change with its kind, texts and severity.

    When either side is partial (not a full text), warn with `PartialSnapshotWarning`: what it did not
    record (the result's `unknown_old` and `unknown_new`) cannot change here; `diff_versions(store,
    old, new)` compares with what the store last knew instead.
    """
    result = diff_against(Timeline.of(old), new, rules=rules)
    partial = [side for side in (old, new) if side.coverage != "full"]
    if partial:
        sides = ", ".join(f"{side.updated.isoformat()} is partial ({side.coverage})" for side in partial)
        old_unknown, new_unknown = result.unknown_counts
        warnings.warn(
            PartialSnapshotWarning(
                f"{sides}: {old_unknown} of {len(new.catalogue.facts)} catalogue facts unknown in "
                f"{old.updated.isoformat()}, {new_unknown} in {new.updated.isoformat()}, and a change there cannot be "
                "seen; diff_versions(store, old, new) compares with what the store last knew"
            ),
            stacklevel=2,
        )
    return result


def diff_pairs(pairs: Iterable[tuple[Snapshot, Snapshot]], *, rules: Rules | None = None) -> Iterator[SnapshotDiff]:
    """Diff each (old, new) pair as they are, in batches sharing one DeepDiff call; streams."""
    rules = rules or Rules()
    begun = (begin(rules, Timeline.of(old), new, raw_units(new)) for old, new in pairs)
    return _batched(begun, rules)


def log_diffs(
    snapshots: Iterable[Snapshot],
    *,
    rules: Rules | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Iterator[SnapshotDiff]:
    """Walk the versions once, oldest first, carrying the last known state; yield each version's changes.

    Each change appears once, at the first version that shows it. With `since`, versions before that
    date are taken in (they are what is known) but yield nothing; with `until`, the walk stops there.
    """
    rules = rules or Rules()

    def walk() -> Iterator[Pending]:
        timeline = Timeline()
        for snapshot in snapshots:
            if until is not None and snapshot.updated > until:
                return
            units = raw_units(snapshot)
            if timeline.snapshot is not None and (since is None or snapshot.updated >= since):
                yield begin(rules, timeline, snapshot, units)
            timeline.fold(snapshot, units)

    return _batched(walk(), rules)


def diff_versions(store: SnapshotStore, old: str, new: str, *, rules: Rules | None = None) -> SnapshotDiff:
    """Compare NEW with what the store knew as of OLD; an OLD file outside the store is compared as it is."""
    older, newer = store.load(old), store.load(new)
    if is_stored(store, old, older):
        return diff_against(timeline_as_of(store, older.updated), newer, rules=rules)
    note = f"{old} is not a stored version: compared as it is, without the store's history"
    return diff_against(Timeline.of(older), newer, rules=rules, notes=(note,))
