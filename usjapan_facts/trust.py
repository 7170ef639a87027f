"""The record of validated content: the snapshot files whose exact bytes passed full validation.

A file is recorded by the SHA-256 of its bytes, under the package version and the schema version it was
validated against, and only if it is canonical (byte for byte what `save` writes). `list` reads a
recorded file's row from its bytes without building the models (`snapshot_files.recorded_summary`,
after the cheap recheck of `recheck.within_bounds`); every other reader validates in full. Trust comes
from the content hash alone, never from a file's name, size or date.

The record of the bundled store ships in the package (`trusted.jsonl`, written by
`scripts/build_snapshots.py`); a user's store keeps its own in the user's cache folder, never in the
store. A record is JSON Lines, one version a line; a line it cannot read is passed over, so a damaged
record costs only speed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from usjapan_facts._version import SCHEMA_VERSION, __version__
from usjapan_facts.errors import FactsError
from usjapan_facts.safe_io import UnsafeInputError, read_regular

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COVERAGE = frozenset({"full", "excerpt", "summary", "none"})
_MAX_FACTS = 10_000
_MAX_CRS_VERSION = 100_000
MAX_RECORD_BYTES = 64 * 1024 * 1024
"""A line is some 200 bytes: room for hundreds of thousands of versions, and a bound on what a read holds."""
SHIPPED = Path(__file__).resolve().parent / "trusted.jsonl"
"""The record of the snapshots shipped with the package."""
_SHA256_HEX = frozenset("0123456789abcdef")
_FIELDS = ("hash", "version", "crs_version", "coverage", "facts")


@dataclass(frozen=True)
class VersionSummary:
    """One row of `list`: a stored version and the size and hash of its content."""

    version: str
    crs_version: int | None
    coverage: str
    facts: int
    hash: str


def digest(data: bytes) -> str:
    """Return the SHA-256 of a file's bytes, the key of the record."""
    return hashlib.sha256(data).hexdigest()


@cache
def validation_key() -> str:
    """Name what a validation depended on: the package version and the schema version.

    Catalogues only grow (an id is never removed nor changes kind), so a fact added later never makes
    recorded content invalid; a file that no longer fits its catalogue is validated in full on reading.
    """
    return f"{__version__}/{SCHEMA_VERSION}"


def _summary(line: str, key: str) -> VersionSummary | None:
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    sha, version, crs, coverage, facts = (entry.get(name) for name in _FIELDS)
    if not (isinstance(sha, str) and len(sha) == 64 and set(sha) <= _SHA256_HEX):
        return None
    if not (isinstance(version, str) and _DATE.fullmatch(version) and coverage in _COVERAGE):
        return None
    if not (type(facts) is int and 0 <= facts <= _MAX_FACTS):
        return None
    if crs is not None and not (type(crs) is int and 0 < crs <= _MAX_CRS_VERSION):
        return None
    return VersionSummary(version, crs, coverage, facts, sha)


def _line(summary: VersionSummary) -> str:
    return json.dumps({"key": validation_key(), **asdict(summary)}, ensure_ascii=False) + "\n"


def read_record(path: Path) -> dict[str, VersionSummary]:
    """Read a record file into {sha256: summary}; lines of another validation key, or unreadable, are skipped."""
    # Bounded and regular files only: a record that is a FIFO, a link to /dev/zero or huge costs only speed.
    try:
        text = read_regular(path, MAX_RECORD_BYTES).decode("utf-8")
    except (UnsafeInputError, UnicodeDecodeError):
        return {}
    key = validation_key()
    entries = {}
    for line in text.splitlines():
        summary = _summary(line, key)
        if summary is not None:
            entries[summary.hash] = summary
    return entries


def cache_home() -> Path:
    """Return the user's cache folder for usjapan-facts, where each platform keeps caches."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        configured = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(configured) if os.path.isabs(configured) else home / ".cache"
    return base / "usjapan-facts"


def record_path(root: Path) -> Path:
    """Return where the record of the store at `root` lives: in the cache folder, named by the store's path."""
    return cache_home() / "trusted" / f"{digest(str(root.resolve()).encode('utf-8'))[:32]}.jsonl"


@cache
def shipped() -> dict[str, VersionSummary]:
    """Return the record of the bundled store."""
    return read_record(SHIPPED)


class TrustRecord:
    """The versions trusted for one store: the shipped record and the store's own, kept in the cache folder."""

    def __init__(self, path: Path | None, *, with_shipped: bool = True) -> None:
        self.path = path
        self.with_shipped = with_shipped
        self._own: dict[str, VersionSummary] | None = None

    @classmethod
    def for_store(cls, root: Path) -> TrustRecord:
        return cls(record_path(root))

    def _entries(self) -> dict[str, VersionSummary]:
        if self._own is None:
            self._own = read_record(self.path) if self.path is not None else {}
        return self._own

    def get(self, sha256: str) -> VersionSummary | None:
        """Return the summary of the content with this hash if it was validated in full, else None."""
        return (self.with_shipped and shipped().get(sha256)) or self._entries().get(sha256)

    def add(self, summary: VersionSummary) -> None:
        """Record one validated version (as `save` does); a record that cannot be written is left as it was."""
        if self.path is None or self.get(summary.hash) is not None:
            return
        self._entries()[summary.hash] = summary
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_FOLLOW | getattr(os, "O_NONBLOCK", 0)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One short line, appended: concurrent saves cannot garble each other's lines. Never through
            # a link, and only onto a regular file.
            descriptor = os.open(self.path, flags, 0o666)
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                if stat.S_ISREG(os.fstat(descriptor).st_mode):
                    stream.write(_line(summary))
        except OSError:
            pass

    def replace(self, summaries: Iterable[VersionSummary]) -> None:
        """Make the record exactly these versions (as `validate` does), atomically; stale lines go."""
        if self.path is None:
            return
        kept = {summary.hash: summary for summary in summaries if summary.hash not in shipped()}
        self._own = kept
        if not kept and not self.path.exists():
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            from usjapan_facts.writing import write_file  # with tempfile and shutil, only when it writes

            write_file(self.path, "".join(_line(summary) for summary in kept.values()))
        except (OSError, FactsError):
            pass  # a record that cannot be written costs only speed


def write_shipped(summaries: Iterable[VersionSummary], path: Path = SHIPPED) -> None:
    """Write the record of the bundled store, oldest version first (run by scripts/build_snapshots.py)."""
    ordered = sorted(summaries, key=lambda summary: summary.version)
    path.write_text("".join(_line(summary) for summary in ordered), encoding="utf-8")
    shipped.cache_clear()
