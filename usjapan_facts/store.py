"""The snapshot store: one canonical JSON file per version, named by its ISO cover date."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from usjapan_facts._version import SCHEMA_VERSION
from usjapan_facts.catalog import DEFAULT_BRIEF, Catalogue
from usjapan_facts.catalog import load as load_catalogue
from usjapan_facts.errors import (
    AmbiguousVersionError,
    SchemaVersionError,
    SnapshotExistsError,
    SnapshotFileError,
    StoreError,
    VersionNotFoundError,
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

_DATE_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_FILE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_TEMP_NAME = re.compile(r"^\.(?P<date>\d{4}-\d{2}-\d{2})\.(?:(?P<pid>\d{1,10})\.)?[^/]*\.tmp$")
"""A save writes `.DATE.PID.RANDOM.tmp` first; readers never look at it, and it is gone once the save ends."""


def _alive(pid: str | None) -> bool:
    """Say whether the process that wrote a temporary file may still be saving."""
    if pid is None:
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists but is not ours, or the number is odd: leave its file alone
    return True


CONSTRUCT_LIMIT = 256
"""How many stored versions one store builds from recorded content without a validator; `log` over a
long history validates the rest, as pydantic's compiled validator then costs less per file."""
_SHIPPED_ONLY = TrustRecord(None)
_NOTHING_TRUSTED = TrustRecord(None, with_shipped=False)


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
    verified = snapshot.verified_json()
    if verified is not None:
        return verified
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


def _read_bytes(path: Path) -> bytes:
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


def _from_bytes(path: Path, raw: bytes, record: TrustRecord | None) -> Snapshot:
    """Turn a file's bytes into a snapshot: as they are if the record vouches for them, else validated in full."""
    if (record or _SHIPPED_ONLY).get(digest(raw)) is not None:
        from usjapan_facts.model import Snapshot

        snapshot = Snapshot.from_verified(raw.decode("utf-8"))
        if not snapshot.fits_catalogue():
            snapshot = _validate(path, raw)
    else:
        snapshot = _validate(path, raw)
    if _FILE_NAME.match(path.name) and path.stem != snapshot.updated.isoformat():
        raise SnapshotFileError(
            path,
            f"file name says {path.stem} but the snapshot says {snapshot.updated.isoformat()}; "
            "rename the file or fix 'updated'",
            field="updated",
        )
    return snapshot


def read_snapshot(path: Path, *, record: TrustRecord | None = None) -> Snapshot:
    """Read one snapshot file, raising `SnapshotFileError` with the file and field.

    A file whose exact bytes are in the record of validated content (by default, the shipped one) is
    read without validating it again; any other file is validated in full.
    """
    return _from_bytes(path, _read_bytes(path), record)


def summary_of(snapshot: Snapshot) -> VersionSummary:
    """Summarise a snapshot for `list`: its date, CRS version, coverage, number of facts and content hash."""
    return VersionSummary(
        snapshot.updated.isoformat(),
        snapshot.crs_version,
        snapshot.coverage,
        len(snapshot.facts),
        content_hash(snapshot),
    )


def _verified_summary(snapshot: Snapshot, raw: bytes) -> VersionSummary | None:
    # Only canonical files of the current schema are recorded: built again from their text, they are
    # field for field the snapshot the validator returned.
    if snapshot.written_schema_version != SCHEMA_VERSION:
        return None
    summary = summary_of(snapshot)
    return summary if summary.hash == digest(raw) else None


LEFTOVER = "is a temporary file left by a save that was killed"
LINK_OUT = "is a link to a file outside the store; replace it with the file itself"


def _links_out(path: Path, resolved_root: Path) -> bool:
    try:
        return not path.resolve().is_relative_to(resolved_root)
    except (OSError, RuntimeError):
        return False  # a symlink loop: reading the file says so


def check_files(paths: Iterable[Path], *, root: Path | None = None, record: TrustRecord | None = None) -> list[Problem]:
    """Validate snapshot files in full: schema, name = `updated`, one file per date, and (in a store) no links out.

    With `record`, the record of validated content becomes the files found sound, canonical and current.
    """
    problems: list[Problem] = []
    seen: dict[dt.date, Path] = {}
    sound: dict[Path, VersionSummary] = {}
    resolved_root = root.resolve() if root is not None else None
    for path in paths:
        if not _FILE_NAME.match(path.name):
            problems.append(Problem(path, None, "a snapshot file is named by its version's date, YYYY-MM-DD.json"))
        if resolved_root is not None and _links_out(path, resolved_root):
            problems.append(Problem(path, None, LINK_OUT))
            continue
        try:
            raw = _read_bytes(path)
            snapshot = _from_bytes(path, raw, _NOTHING_TRUSTED)
        except InvalidSnapshotError as exc:
            problems.extend(exc.problems)
            continue
        except SnapshotFileError as exc:
            problems.append(Problem(exc.path, exc.field, exc.problem))
            continue
        first = seen.setdefault(snapshot.updated, path)
        if first != path:
            problems.append(Problem(path, "updated", f"{snapshot.updated.isoformat()} is also stored in {first}"))
        summary = _verified_summary(snapshot, raw)
        if summary is not None:
            sound[path] = summary
    if record is not None:
        faulty = {problem.path for problem in problems}
        record.replace(summary for path, summary in sound.items() if path not in faulty)
    return problems


class SnapshotStore:
    """A folder of snapshots, `YYYY-MM-DD.json` each, in date order."""

    def __init__(self, root: Path | str, *, brief: str = DEFAULT_BRIEF) -> None:
        self.root = Path(root)
        self.brief = brief
        """The one brief this store holds: its snapshots' `report_id`."""
        self._resolved_root: Path | None = None
        self._trust: TrustRecord | None = None
        self._loads = 0

    @property
    def trust(self) -> TrustRecord:
        """The record of this store's validated content: the shipped record and the store's own, in the cache."""
        if self._trust is None:
            self._trust = TrustRecord.for_store(self.root)
        return self._trust

    def _links_out(self, path: Path) -> bool:
        # A file named directly in the store and not itself a link is in the store: one lstat, where
        # resolving its path would take one per folder of it.
        if path.parent == self.root and not path.is_symlink():
            return False
        if self._resolved_root is None:
            self._resolved_root = self.root.resolve()
        return _links_out(path, self._resolved_root)

    def __repr__(self) -> str:
        return f"SnapshotStore({str(self.root)!r}, brief={self.brief!r})"

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue of the brief this store holds."""
        return load_catalogue(self.brief)

    def _require_root(self) -> None:
        if not self.root.is_dir():
            raise StoreError(
                f"{self.root}: no snapshot store here; pass --snapshots-dir or set USJAPAN_FACTS_SNAPSHOTS"
            )

    def _names(self) -> list[str]:
        self._require_root()
        try:
            return os.listdir(self.root)
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot list the store ({exc.strerror})") from None

    def files(self) -> list[Path]:
        """Return every `*.json` file in the store, by name; names that are not dates are included."""
        return sorted(self.root / name for name in self._names() if name.endswith(".json") and not name.startswith("."))

    def leftovers(self, version: dt.date | None = None) -> list[Path]:
        """Return the temporary files that saves killed mid-way left behind (of one version, if given)."""
        found = []
        for name in self._names():
            match = _TEMP_NAME.match(name)
            if match and (version is None or match["date"] == version.isoformat()) and not _alive(match["pid"]):
                found.append(self.root / name)
        return sorted(found)

    def versions(self) -> list[dt.date]:
        """Return the dates of the stored versions, oldest first.

        A store holds only snapshot files named by their date; any other `.json` file (a copy, a second
        file for one date) makes the store ambiguous, and is an error rather than silently passed over.
        """
        versions = []
        for path in self.files():
            if not _FILE_NAME.match(path.name):
                raise StoreError(
                    f"{path}: is not named YYYY-MM-DD.json, so the store is ambiguous; rename or remove it "
                    "(usjapan-facts validate lists every problem)"
                )
            try:
                versions.append(dt.date.fromisoformat(path.stem))
            except ValueError:
                raise StoreError(f"{path}: {path.stem} is not a real date; rename the file") from None
        return versions

    def path_for(self, version: dt.date) -> Path:
        return self.root / f"{version.isoformat()}.json"

    def resolve(self, ref: str) -> dt.date:
        """Turn `latest`, `previous`, an ISO date or a unique date prefix into a stored version's date."""
        versions = self.versions()
        if ref in ("latest", "previous"):
            needed = 1 if ref == "latest" else 2
            if len(versions) < needed:
                raise VersionNotFoundError(
                    f"{self.root}: '{ref}' needs {needed} stored version(s), found {len(versions)}"
                )
            return versions[-needed]
        if not _DATE_PREFIX.match(ref):
            raise VersionNotFoundError(
                f"{ref!r} is not a version: give an ISO date (2022-07-21), a prefix (2022-07), "
                "'latest', 'previous' or a snapshot .json file"
            )
        matches = [version for version in versions if version.isoformat().startswith(ref)]
        if not matches:
            raise VersionNotFoundError(f"no stored version matches {ref!r} in {self.root}; run 'usjapan-facts list'")
        if len(matches) > 1:
            listed = ", ".join(version.isoformat() for version in matches)
            raise AmbiguousVersionError(f"{ref!r} matches {len(matches)} versions ({listed}); give more of the date")
        return matches[0]

    def load(self, ref: str | dt.date) -> Snapshot:
        """Load a version by date, date prefix, `latest`, `previous`, or a snapshot file's path."""
        if isinstance(ref, dt.date):
            return self._load_stored(ref)
        if ref.endswith(".json") or os.sep in ref or "/" in ref:
            return read_snapshot(Path(ref), record=self.trust)
        return self._load_stored(self.resolve(ref))

    def _stored_path(self, version: dt.date) -> Path:
        path = self.path_for(version)
        if not os.path.lexists(path):
            raise VersionNotFoundError(
                f"no stored version {version.isoformat()} in {self.root}; run 'usjapan-facts list'"
            )
        if self._links_out(path):
            raise SnapshotFileError(path, LINK_OUT)
        return path

    def _load_stored(self, version: dt.date) -> Snapshot:
        path = self._stored_path(version)
        # Past CONSTRUCT_LIMIT loads the compiled validator, built once, costs less per file than
        # building snapshots in Python; for recorded content the outcome is the same.
        record = self.trust if self._loads < CONSTRUCT_LIMIT else _NOTHING_TRUSTED
        self._loads += 1
        snapshot = read_snapshot(path, record=record)
        if snapshot.report_id != self.brief:
            raise SnapshotFileError(
                path,
                f"is a snapshot of {snapshot.report_id}, but this store holds {self.brief}; "
                f"pass --report {snapshot.report_id} (a store holds one brief)",
                field="report_id",
            )
        return snapshot

    def summaries(self) -> Iterator[VersionSummary]:
        """Summarise the stored versions for `list`, oldest first: from the record where it vouches for a file."""
        for version in self.versions():
            path = self._stored_path(version)
            raw = _read_bytes(path)
            known = self.trust.get(digest(raw))
            if known is not None and known.version == version.isoformat():
                yield known
            else:
                yield summary_of(_from_bytes(path, raw, self.trust))

    def check(self) -> list[Problem]:
        """Validate every file in full and record the sound ones; report temporary files that killed saves left."""
        left = [
            Problem(path, None, f"{LEFTOVER}; the next save of {path.name[1:11]} removes it, or delete it")
            for path in self.leftovers()
        ]
        return check_files(self.files(), root=self.root, record=self.trust) + left

    def latest(self) -> Snapshot:
        return self.load("latest")

    def previous(self) -> Snapshot:
        return self.load("previous")

    def __iter__(self) -> Iterator[Snapshot]:
        """Load the stored versions one at a time, oldest first."""
        for version in self.versions():
            yield self._load_stored(version)

    def save(self, snapshot: Snapshot, *, overwrite: bool = False) -> Path:
        """Write a snapshot atomically; refuse to replace a stored version unless `overwrite`.

        SIGTERM or SIGINT during the save removes the temporary file and raises `SaveInterruptedError`;
        temporary files of this version that a killed save left behind are removed first.
        """
        target = self.path_for(snapshot.updated)
        if os.path.lexists(target) and not overwrite:
            raise SnapshotExistsError(
                f"{target}: version {snapshot.updated.isoformat()} is already stored; pass --force to replace it"
            )
        data = canonical_json(snapshot).encode("utf-8")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            for leftover in self.leftovers(snapshot.updated):
                leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot write to the store ({exc.strerror})") from None
        with _signals_interrupt(target):
            return self._write(target, data, overwrite=overwrite)

    def _write(self, target: Path, data: bytes, *, overwrite: bool) -> Path:
        import tempfile  # only saving needs it; reading commands start faster without it

        temp: Path | None = None
        try:
            try:
                handle, temp_name = tempfile.mkstemp(
                    dir=self.root, prefix=f".{target.stem}.{os.getpid()}.", suffix=".tmp"
                )
            except OSError as exc:
                raise StoreError(f"{self.root}: cannot write to the store ({exc.strerror})") from None
            temp = Path(temp_name)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if overwrite:
                os.replace(temp, target)
            else:
                # A hard link fails if the target appeared meanwhile, so a racing save cannot be lost.
                os.link(temp, target)
        except FileExistsError:
            raise SnapshotExistsError(
                f"{target}: version {target.stem} was stored meanwhile; pass --force to replace it"
            ) from None
        except OSError as exc:
            raise StoreError(f"{target}: cannot write the snapshot ({exc.strerror})") from None
        finally:
            if temp is not None:
                temp.unlink(missing_ok=True)
        self._record_saved(target, data)
        return target

    def _record_saved(self, target: Path, data: bytes) -> None:
        # What was written is validated again from its bytes before it is trusted: a snapshot built
        # without validation (model_construct) must not enter the record.
        try:
            summary = _verified_summary(_from_bytes(target, data, _NOTHING_TRUSTED), data)
        except SnapshotFileError:
            return
        if summary is not None:
            self.trust.add(summary)


class SaveInterruptedError(StoreError):
    """SIGTERM or SIGINT arrived during a save; its temporary file was removed."""


@contextlib.contextmanager
def _signals_interrupt(target: Path) -> Iterator[None]:
    """Turn SIGTERM and SIGINT into `SaveInterruptedError` while saving, so the save's cleanup runs."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals; a thread's caller owns its cleanup
        return

    def interrupt(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        raise SaveInterruptedError(f"{target}: saving was interrupted by {name}; its temporary file was removed")

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def consecutive_pairs(
    store: SnapshotStore, *, since: dt.date | None = None, newest_first: bool = False
) -> Iterator[tuple[Snapshot, Snapshot]]:
    """Yield (older, newer) pairs of consecutive versions, loading each version once and holding two at most.

    With `since`, only pairs whose newer version is on or after that date.
    """
    versions = store.versions()
    if since is not None:
        later = [index for index, version in enumerate(versions) if version >= since]
        versions = versions[max(later[0] - 1, 0) :] if later else []
    order = list(reversed(versions)) if newest_first else versions
    previous: Snapshot | None = None
    for version in order:
        current = store.load(version)
        if previous is not None:
            yield (current, previous) if newest_first else (previous, current)
        previous = current


def default_store_root(brief: str = DEFAULT_BRIEF) -> Path:
    """Return the brief's snapshots shipped with the package, or the checkout's `snapshots/BRIEF` in development."""
    package_dir = Path(__file__).resolve().parent
    shipped = package_dir / "snapshots"
    return (shipped if shipped.is_dir() else package_dir.parent / "snapshots") / brief
