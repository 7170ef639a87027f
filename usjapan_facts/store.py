"""The snapshot store: one canonical JSON file per version, named by its ISO cover date."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from usjapan_facts.catalog import DEFAULT_BRIEF, Catalogue, available
from usjapan_facts.catalog import load as load_catalogue
from usjapan_facts.errors import SnapshotExistsError, SnapshotFileError, StoreError
from usjapan_facts.trust import TrustRecord, VersionSummary
from usjapan_facts.version_refs import in_force, is_snapshot_path, not_found, resolve_ref

if TYPE_CHECKING:
    from usjapan_facts.model import Snapshot

from usjapan_facts.saving import TEMP_NAME, SaveInterruptedError, write_snapshot, writer_alive
from usjapan_facts.snapshot_files import (
    FILE_NAME,
    LEFTOVER,
    LINK_OUT,
    MAX_SNAPSHOT_BYTES,
    InvalidSnapshotError,
    Problem,
    canonical_json,
    check_files,
    content_hash,
    from_bytes,
    kept_text_problems,
    links_out,
    read_bytes,
    read_snapshot,
    recorded_summary,
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


class SnapshotStore:
    """A folder of snapshots, `YYYY-MM-DD.json` each, in date order."""

    def __init__(self, root: Path | str, *, brief: str = DEFAULT_BRIEF) -> None:
        self.root = Path(root)
        self.brief = brief
        """The one brief this store holds: its snapshots' `report_id`."""
        self._resolved_root: Path | None = None
        self._trust: TrustRecord | None = None

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
        return resolve_ref(ref, self.versions(), self.root)

    def in_force(self, date: dt.date) -> dt.date:
        """Return the stored version in force on `date`: the newest one published on or before it."""
        return in_force(date, self.versions(), self.brief)

    def load(self, ref: str | dt.date) -> Snapshot:
        """Load a version by date, date prefix, `latest`, `previous`, or a snapshot file's path."""
        if isinstance(ref, dt.date):
            return self._load_stored(ref)
        if is_snapshot_path(ref):
            return read_snapshot(Path(ref))
        return self._load_stored(self.resolve(ref))

    def _stored_path(self, version: dt.date) -> Path:
        path = self.path_for(version)
        if not os.path.lexists(path):
            raise not_found(
                f"no stored version {version.isoformat()} in {self.root}", version.isoformat(), self.versions()
            )
        if self._links_out(path):
            raise SnapshotFileError(path, LINK_OUT)
        return path

    def _load_stored(self, version: dt.date) -> Snapshot:
        path = self._stored_path(version)
        return self._of_this_brief(path, read_snapshot(path))

    def _of_this_brief(self, path: Path, snapshot: Snapshot) -> Snapshot:
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
            recorded = recorded_summary(path, raw, self.trust, self.brief)
            yield recorded or summary_of(self._of_this_brief(path, from_bytes(path, raw)))

    def check(self) -> list[Problem]:
        """Validate every file in full and record the sound ones; report temporary files that killed saves left."""
        left = [
            Problem(path, None, f"{LEFTOVER}; the next save of {path.name[1:11]} removes it, or delete it")
            for path in self.leftovers()
        ]
        checked = check_files(self.files(), root=self.root, record=self.trust, brief=self.brief)
        return checked + left + kept_text_problems(self.root)

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
        leftovers = self.leftovers(snapshot.updated) if self.root.is_dir() else []
        write_snapshot(self.root, target, data, overwrite=overwrite, leftovers=leftovers)
        self._record_saved(target, data)
        return target

    def _record_saved(self, target: Path, data: bytes) -> None:
        # What was written is validated again from its bytes before it is recorded: a snapshot built
        # without validation (model_construct) must not enter the record.
        try:
            summary = verified_summary(from_bytes(target, data), data)
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
