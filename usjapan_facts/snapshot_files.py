"""One snapshot file: read it safely, validate it in full, write it canonically; summarise recorded ones for `list`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from usjapan_facts._version import SCHEMA_VERSION
from usjapan_facts.errors import (
    SchemaVersionError,
    SnapshotFileError,
    StoreError,
)
from usjapan_facts.safe_io import UnsafeInputError, parse_json, read_regular
from usjapan_facts.trust import TrustRecord, VersionSummary, digest

if TYPE_CHECKING:
    from pydantic import ValidationError

    from usjapan_facts.model import Snapshot

# The models (and pydantic) are imported where a snapshot is built, not here: `list` reads the record
# of validated content alone, and starts faster without them.

MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024
"""Larger files are refused before parsing: a real snapshot is a few kilobytes."""

FILE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")


@dataclass(frozen=True)
class Problem:
    """One reason a snapshot file is invalid: the file, the field (if one is to blame), what is wrong."""

    path: Path
    field: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}" if self.field else f"{self.path}: {self.message}"


class InvalidSnapshotError(SnapshotFileError):
    """A snapshot file failed validation; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first.path, first.message + more, field=first.field)


def _fact_fields_in_reading_order(fact: dict[str, Any]) -> dict[str, Any]:
    from usjapan_facts.model import PROVENANCE_FIELDS

    # Kinds add their fields after the common ones; on disk a fact reads value first, then its hedge,
    # its context, and provenance last.
    first = {name: fact.pop(name) for name in ("kind", "value", "qualifier") if name in fact}
    last = {name: fact.pop(name) for name in PROVENANCE_FIELDS if name in fact}
    return first | fact | last


def canonical_json(snapshot: Snapshot) -> str:
    """Render a snapshot as canonical JSON: model field order, indent 2, UTF-8, trailing newline."""
    data = snapshot.model_dump(mode="json", exclude_none=True)
    data["facts"] = {fact_id: _fact_fields_in_reading_order(fact) for fact_id, fact in data["facts"].items()}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def content_hash(snapshot: Snapshot) -> str:
    """Return the SHA-256 of the snapshot's canonical JSON: equal content, equal hash."""
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8")).hexdigest()


def _validation_problems(path: Path, error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"]) or None
        problems.append(Problem(path, field, item["msg"]))
    return problems


def read_bytes(path: Path) -> bytes:
    try:
        raw = read_regular(path, MAX_SNAPSHOT_BYTES)
    except UnsafeInputError as exc:
        raise SnapshotFileError(path, str(exc)) from None
    if not raw.strip():
        raise SnapshotFileError(path, "is empty")
    return raw


def _validate(path: Path, raw: bytes) -> Snapshot:
    """Decode, migrate and validate a file's bytes in full."""
    try:
        data = parse_json(raw)
    except UnicodeDecodeError as exc:
        raise SnapshotFileError(path, f"is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise SnapshotFileError(
            path, f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except UnsafeInputError as exc:
        raise SnapshotFileError(path, str(exc)) from None
    if not isinstance(data, dict):
        raise SnapshotFileError(path, f"must hold a JSON object, not {type(data).__name__}")
    from pydantic import ValidationError

    from usjapan_facts.migrations import MigrationError, migrate
    from usjapan_facts.model import Snapshot

    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise SchemaVersionError(
            path,
            f"was written with schema version {version}; this release reads up to {SCHEMA_VERSION}: "
            "upgrade usjapan-facts",
            field="schema_version",
        )
    try:
        data, written = migrate(data)
        snapshot = Snapshot.model_validate(data)
    except MigrationError as exc:
        raise SnapshotFileError(path, exc.problem, field=exc.field) from None
    except ValidationError as exc:
        raise InvalidSnapshotError(_validation_problems(path, exc)) from None
    if written != SCHEMA_VERSION:
        snapshot = snapshot.with_written_schema_version(written)
    return snapshot


def from_bytes(path: Path, raw: bytes) -> Snapshot:
    """Turn a file's bytes into a snapshot, validated in full, and check that its name is its date."""
    snapshot = _validate(path, raw)
    if FILE_NAME.match(path.name) and path.stem != snapshot.updated.isoformat():
        raise SnapshotFileError(
            path,
            f"file name says {path.stem} but the snapshot says {snapshot.updated.isoformat()}; "
            "rename the file or fix 'updated'",
            field="updated",
        )
    return snapshot


def read_snapshot(path: Path) -> Snapshot:
    """Read one snapshot file, validated in full, raising `SnapshotFileError` with the file and field."""
    return from_bytes(path, read_bytes(path))


def recorded_summary(path: Path, raw: bytes, record: TrustRecord, brief: str) -> VersionSummary | None:
    """Summarise a file of `brief` for `list` without the models, if the record names its bytes; else None.

    The record is a cache, not an authority: the row is read from the file itself, and only if its
    values also pass the cheap re-check of the model's shapes and bounds, its date is its name and it
    is a snapshot of `brief` (a file of another brief goes to the full load, which refuses it).
    """
    sha = digest(raw)
    if record.get(sha) is None:
        return None
    from usjapan_facts import catalog
    from usjapan_facts.recheck import within_bounds

    try:
        data = parse_json(raw)
    except (ValueError, RecursionError, UnsafeInputError):
        return None
    if not within_bounds(data) or not FILE_NAME.match(path.name) or data["updated"] != path.stem:
        return None
    if data.get("report_id", catalog.DEFAULT_BRIEF) != brief:
        return None
    return VersionSummary(data["updated"], data.get("crs_version"), data["coverage"], len(data.get("facts", {})), sha)


def summary_of(snapshot: Snapshot) -> VersionSummary:
    """Summarise a snapshot for `list`: its date, CRS version, coverage, number of facts and content hash."""
    return VersionSummary(
        snapshot.updated.isoformat(),
        snapshot.crs_version,
        snapshot.coverage,
        len(snapshot.facts),
        content_hash(snapshot),
    )


def verified_summary(snapshot: Snapshot, raw: bytes) -> VersionSummary | None:
    # Only canonical files of the current schema are recorded: built again from their text, they are
    # field for field the snapshot the validator returned.
    if snapshot.written_schema_version != SCHEMA_VERSION:
        return None
    summary = summary_of(snapshot)
    return summary if summary.hash == digest(raw) else None


def other_brief(report_id: str, brief: str) -> str:
    """Say that a snapshot of `report_id` is not one of `brief`, and which `--report` reads it."""
    return (
        f"is a snapshot of {report_id}, but this store holds {brief}; "
        f"pass --report {report_id} (a store holds one brief)"
    )


LEFTOVER = "is a temporary file left by a save that was killed"
LINK_OUT = "is a link to a file outside the store; replace it with the file itself"


def links_out(path: Path, resolved_root: Path) -> bool:
    try:
        return not path.resolve().is_relative_to(resolved_root)
    except (OSError, RuntimeError):
        return False  # a symlink loop: reading the file says so


def check_files(
    paths: Iterable[Path], *, root: Path | None = None, record: TrustRecord | None = None, brief: str | None = None
) -> list[Problem]:
    """Validate snapshot files in full: schema, name = `updated`, one file per date, and (in a store) no links out.

    With `brief`, a snapshot of another brief is a problem too, naming the `--report` it needs.

    With `record`, the record of validated content becomes the files found sound, canonical and current.
    """
    problems: list[Problem] = []
    seen: dict[dt.date, Path] = {}
    sound: dict[Path, VersionSummary] = {}
    resolved_root = root.resolve() if root is not None else None
    for path in paths:
        if not FILE_NAME.match(path.name):
            problems.append(Problem(path, None, "a snapshot file is named by its version's date, YYYY-MM-DD.json"))
        if resolved_root is not None and links_out(path, resolved_root):
            problems.append(Problem(path, None, LINK_OUT))
            continue
        try:
            raw = read_bytes(path)
            snapshot = from_bytes(path, raw)
        except InvalidSnapshotError as exc:
            problems.extend(exc.problems)
            continue
        except SnapshotFileError as exc:
            problems.append(Problem(exc.path, exc.field, exc.problem))
            continue
        if brief is not None and snapshot.report_id != brief:
            problems.append(Problem(path, "report_id", other_brief(snapshot.report_id, brief)))
            continue
        first = seen.setdefault(snapshot.updated, path)
        if first != path:
            problems.append(Problem(path, "updated", f"{snapshot.updated.isoformat()} is also stored in {first}"))
        summary = verified_summary(snapshot, raw)
        if summary is not None:
            sound[path] = summary
    if record is not None:
        faulty = {problem.path for problem in problems}
        record.replace(summary for path, summary in sound.items() if path not in faulty)
    return problems


def kept_text_problems(root: Path) -> list[Problem]:
    """Check each kept text of the store at `root` against its recorded SHA-256: altered or orphaned is a problem."""
    from usjapan_facts.texts import load_text, text_path

    folder = root / "texts"
    if not folder.is_dir():
        return []
    problems = []
    for version in sorted({path.stem for path in folder.iterdir() if path.suffix in (".txt", ".json")}):
        try:
            if load_text(root, version) is None:
                record = text_path(root, version).with_suffix(".json")
                missing = "records a kept text that is missing; extract --save the version again"
                problems.append(Problem(record, None, missing))
        except StoreError as exc:
            named, _, message = str(exc).partition(": ")
            problems.append(Problem(Path(named), None, message))
    return problems
