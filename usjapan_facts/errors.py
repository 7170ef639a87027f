"""The exception hierarchy: every failure a user can cause is a `FactsError`."""

from __future__ import annotations

from pathlib import Path


class FactsError(Exception):
    """Base of every error the library raises for bad input or a bad store."""


class SnapshotFileError(FactsError):
    """A snapshot file cannot be read, parsed or validated."""

    def __init__(self, path: Path | str, problem: str, *, field: str | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.field = field
        where = f"{self.path}: {field}: " if field else f"{self.path}: "
        super().__init__(where + problem)


class SchemaVersionError(SnapshotFileError):
    """A snapshot was written by a newer schema than this release understands."""


class VersionNotFoundError(FactsError):
    """No stored version matches what the user asked for."""


class AmbiguousVersionError(FactsError):
    """A date prefix matches more than one stored version."""


class StoreError(FactsError):
    """The store itself is missing, unreadable or unwritable."""


class SnapshotExistsError(StoreError):
    """Saving would replace a stored version and replacing was not asked for."""


class UnknownFactError(FactsError):
    """A fact id is not in the catalogue."""

    def __init__(self, fact_id: str) -> None:
        self.fact_id = fact_id
        super().__init__(
            f"unknown fact id {fact_id!r}; run 'usjapan-facts show latest' or see the catalogue for valid ids"
        )
