"""The snapshot store: one canonical JSON file per version, named by its ISO cover date."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from usjapan_facts.catalog import DEFAULT_BRIEF, Catalogue, available
from usjapan_facts.catalog import load as load_catalogue
from usjapan_facts.errors import (
    AmbiguousVersionError,
    SnapshotExistsError,
    SnapshotFileError,
    StoreError,
    VersionNotFoundError,
    close_matches,
)
from usjapan_facts.trust import TrustRecord, VersionSummary, digest

if TYPE_CHECKING:
    from usjapan_facts.model import Snapshot

from usjapan_facts.saving import TEMP_NAME, SaveInterruptedError, signals_interrupt, writer_alive
from usjapan_facts.snapshot_files import (
    FILE_NAME,
    LEFTOVER,
    LINK_OUT,
    MAX_SNAPSHOT_BYTES,
    NOTHING_TRUSTED,
    InvalidSnapshotError,
    Problem,
    canonical_json,
    check_files,
    content_hash,
    from_bytes,
    links_out,
    read_bytes,
    read_snapshot,
    summary_of,
    verified_summary,
)

# The models (and pydantic) are imported where a snapshot is built, not here: `list` reads the record
# of validated content alone, and starts faster without them.

__all__ = [
    "MAX_SNAPSHOT_BYTES",
    "InvalidSnapshotError",
    "Problem",
    "SaveInterruptedError",
    "SnapshotStore",
    "canonical_json",
    "check_files",
    "consecutive_pairs",
    "content_hash",
    "default_store_root",
    "read_snapshot",
    "summary_of",
]

_DATE_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

CONSTRUCT_LIMIT = 256
"""How many stored versions one store builds from recorded content without a validator; `log` over a
long history validates the rest, as pydantic's compiled validator then costs less per file."""


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
        return links_out(path, self._resolved_root)

    @classmethod
    def for_brief(cls, brief: str, root: Path | str | None = None) -> SnapshotStore:
        """Open the store of `brief` (its id in any case): its shipped history, or the folder `root` holding it."""
        brief = next((known for known in available() if known.lower() == brief.lower()), brief)
        return cls(default_store_root(brief) if root is None else root, brief=brief)

    def __repr__(self) -> str:
        return f"SnapshotStore({str(self.root)!r}, brief={self.brief!r})"

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue of the brief this store holds."""
        return load_catalogue(self.brief)

    def _require_root(self) -> None:
        if not self.root.is_dir():
            raise StoreError(
                f"{self.root}: no snapshot store here",
                hint="give SnapshotStore the folder of a store (default_store_root(brief) is the shipped one)",
                cli_hint="pass --snapshots-dir or set USJAPAN_FACTS_SNAPSHOTS",
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
            match = TEMP_NAME.match(name)
            if match and (version is None or match["date"] == version.isoformat()) and not writer_alive(match["pid"]):
                found.append(self.root / name)
        return sorted(found)

    def versions(self) -> list[dt.date]:
        """Return the dates of the stored versions, oldest first.

        A store holds only snapshot files named by their date; any other `.json` file (a copy, a second
        file for one date) makes the store ambiguous, and is an error rather than silently passed over.
        """
        versions = []
        for path in self.files():
            if not FILE_NAME.match(path.name):
                raise StoreError(
                    f"{path}: is not named YYYY-MM-DD.json, so the store is ambiguous; rename or remove it",
                    hint="SnapshotStore.check() lists every problem",
                    cli_hint="usjapan-facts validate lists every problem",
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
            raise self._not_found(f"no stored version matches {ref!r} in {self.root}", ref, versions)
        if len(matches) > 1:
            listed = ", ".join(version.isoformat() for version in matches)
            raise AmbiguousVersionError(f"{ref!r} matches {len(matches)} versions ({listed}); give more of the date")
        return matches[0]

    def _not_found(self, message: str, ref: str, versions: list[dt.date]) -> VersionNotFoundError:
        guesses = close_matches(ref, [version.isoformat() for version in versions], limit=1)
        if guesses:
            message += f" (did you mean {guesses[0]}?)"
        return VersionNotFoundError(
            message, hint="SnapshotStore.versions() lists the stored ones", cli_hint="run 'usjapan-facts list'"
        )

    def in_force(self, date: dt.date) -> dt.date:
        """Return the stored version in force on `date`: the newest one published on or before it."""
        versions = self.versions()
        earlier = [version for version in versions if version <= date]
        if not earlier:
            first = versions[0].isoformat() if versions else "none"
            raise VersionNotFoundError(
                f"no version of {self.brief} was in force on {date.isoformat()} (the first is {first})",
                hint="SnapshotStore.versions() lists the stored ones",
                cli_hint="run 'usjapan-facts list'",
            )
        return earlier[-1]

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
            raise self._not_found(
                f"no stored version {version.isoformat()} in {self.root}", version.isoformat(), self.versions()
            )
        if self._links_out(path):
            raise SnapshotFileError(path, LINK_OUT)
        return path

    def _load_stored(self, version: dt.date) -> Snapshot:
        path = self._stored_path(version)
        # Past CONSTRUCT_LIMIT loads the compiled validator, built once, costs less per file than
        # building snapshots in Python; for recorded content the outcome is the same.
        record = self.trust if self._loads < CONSTRUCT_LIMIT else NOTHING_TRUSTED
        self._loads += 1
        snapshot = read_snapshot(path, record=record)
        if snapshot.report_id != self.brief:
            raise SnapshotFileError(
                path,
                f"is a snapshot of {snapshot.report_id}, but this store holds {self.brief} (a store holds one brief)",
                field="report_id",
                hint=f"open it with SnapshotStore.for_brief({snapshot.report_id!r}) or brief={snapshot.report_id!r}",
                cli_hint=f"pass --report {snapshot.report_id}",
            )
        return snapshot

    def summaries(self) -> Iterator[VersionSummary]:
        """Summarise the stored versions for `list`, oldest first: from the record where it vouches for a file."""
        for version in self.versions():
            path = self._stored_path(version)
            raw = read_bytes(path)
            known = self.trust.get(digest(raw))
            if known is not None and known.version == version.isoformat():
                yield known
            else:
                yield summary_of(from_bytes(path, raw, self.trust))

    def check(self) -> list[Problem]:
        """Validate every file in full and record the sound ones; report temporary files that killed saves left."""
        left = [
            Problem(path, None, f"{LEFTOVER}; the next save of {path.name[1:11]} removes it, or delete it")
            for path in self.leftovers()
        ]
        checked = check_files(self.files(), root=self.root, record=self.trust, brief=self.brief)
        return checked + left + self._text_problems()

    def _text_problems(self) -> list[Problem]:
        """Check every kept text against its recorded SHA-256: an altered or orphaned one is a problem."""
        from usjapan_facts.texts import load_text, text_path

        folder = self.root / "texts"
        if not folder.is_dir():
            return []
        problems = []
        for version in sorted({path.stem for path in folder.iterdir() if path.suffix in (".txt", ".json")}):
            try:
                if load_text(self.root, version) is None:
                    record = text_path(self.root, version).with_suffix(".json")
                    missing = "records a kept text that is missing; extract --save the version again"
                    problems.append(Problem(record, None, missing))
            except StoreError as exc:
                named, _, message = str(exc).partition(": ")
                problems.append(Problem(Path(named), None, message))
        return problems

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
                f"{target}: version {snapshot.updated.isoformat()} is already stored",
                hint="pass overwrite=True to replace it",
                cli_hint="pass --force to replace it",
            )
        data = canonical_json(snapshot).encode("utf-8")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            for leftover in self.leftovers(snapshot.updated):
                leftover.unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot write to the store ({exc.strerror})") from None
        with signals_interrupt(target):
            return self._write(target, data, overwrite=overwrite)

    def _write(self, target: Path, data: bytes, *, overwrite: bool) -> Path:
        from usjapan_facts.writing import FolderNotWritableError, replacing

        try:
            # A hard link (exclusive) fails if the target appeared meanwhile, so a racing save cannot be lost.
            prefix = f".{target.stem}.{os.getpid()}."
            with (
                replacing(target, root=self.root, exclusive=not overwrite, prefix=prefix) as temp,
                temp.open("wb") as stream,
            ):
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except FolderNotWritableError as exc:
            raise StoreError(f"{self.root}: cannot write to the store ({exc.reason})") from None
        except FileExistsError:
            raise SnapshotExistsError(
                f"{target}: version {target.stem} was stored meanwhile",
                hint="pass overwrite=True to replace it",
                cli_hint="pass --force to replace it",
            ) from None
        except OSError as exc:
            raise StoreError(f"{target}: cannot write the snapshot ({exc.strerror})") from None
        self._record_saved(target, data)
        return target

    def _record_saved(self, target: Path, data: bytes) -> None:
        # What was written is validated again from its bytes before it is trusted: a snapshot built
        # without validation (model_construct) must not enter the record.
        try:
            summary = verified_summary(from_bytes(target, data, NOTHING_TRUSTED), data)
        except SnapshotFileError:
            return
        if summary is not None:
            self.trust.add(summary)


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
