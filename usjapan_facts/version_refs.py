"""Version references: `latest`, `previous`, an ISO date or a unique date prefix, turned into a stored version."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from usjapan_facts.errors import AmbiguousVersionError, VersionNotFoundError, close_matches

_DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def is_snapshot_path(ref: str) -> bool:
    """Tell whether a VERSION names a snapshot file (it ends in .json or names a folder), not a stored version."""
    return ref.endswith(".json") or os.sep in ref or "/" in ref


def is_version_name(ref: str) -> bool:
    """Tell whether `ref` has the form of a stored version: `latest`, `previous`, a date or a prefix of one."""
    return ref in ("latest", "previous") or _DATE_PREFIX.fullmatch(ref) is not None


def resolve_ref(ref: str, versions: list[dt.date], root: Path) -> dt.date:
    """Turn `latest`, `previous`, an ISO date or a unique date prefix into one of `versions` of the store at `root`."""
    if ref in ("latest", "previous"):
        needed = 1 if ref == "latest" else 2
        if len(versions) < needed:
            raise VersionNotFoundError(f"{root}: '{ref}' needs {needed} stored version(s), found {len(versions)}")
        return versions[-needed]
    if not is_version_name(ref):
        raise VersionNotFoundError(
            f"{ref!r} is not a version: give an ISO date (2022-07-21), a prefix (2022-07), "
            "'latest', 'previous' or a snapshot .json file"
        )
    matches = [version for version in versions if version.isoformat().startswith(ref)]
    if not matches:
        raise not_found(f"no stored version matches {ref!r} in {root}", ref, versions)
    if len(matches) > 1:
        listed = ", ".join(version.isoformat() for version in matches)
        raise AmbiguousVersionError(f"{ref!r} matches {len(matches)} versions ({listed}); give more of the date")
    return matches[0]


def not_found(message: str, ref: str, versions: list[dt.date]) -> VersionNotFoundError:
    """Say that no stored version is `ref`, naming the nearest one if there is one."""
    guesses = close_matches(ref, [version.isoformat() for version in versions], limit=1)
    if guesses:
        message += f" (did you mean {guesses[0]}?)"
    return VersionNotFoundError(
        message, hint="SnapshotStore.versions() lists the stored ones", cli_hint="run 'usjapan-facts list'"
    )


def in_force(date: dt.date, versions: list[dt.date], brief: str) -> dt.date:
    """Return the newest of `versions` (of `brief`) published on or before `date`."""
    earlier = [version for version in versions if version <= date]
    if not earlier:
        first = versions[0].isoformat() if versions else "none"
        raise VersionNotFoundError(
            f"no version of {brief} was in force on {date.isoformat()} (the first is {first})",
            hint="SnapshotStore.versions() lists the stored ones",
            cli_hint="run 'usjapan-facts list'",
        )
    return earlier[-1]
