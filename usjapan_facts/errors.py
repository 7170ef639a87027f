"""The exception hierarchy: every failure a user can cause is a `FactsError`.

A message says what to do next in Python's terms (an argument, a method); `cli_hint`, when set, says
the same in the command line's (a flag), and the CLI shows it in place of the Python hint.
"""

from __future__ import annotations

import difflib
from pathlib import Path


class FactsError(Exception):
    """Base of every error the library raises for bad input or a bad store."""

    def __init__(self, message: str, *, hint: str | None = None, cli_hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        self.cli_hint = cli_hint
        super().__init__(f"{message}; {hint}" if hint else message)

    def for_cli(self) -> str:
        """Return the message with its hint in the command line's terms (its flags), where they differ."""
        hint = self.cli_hint or self.hint
        return f"{self.message}; {hint}" if hint else self.message


class SnapshotFileError(FactsError):
    """A snapshot file cannot be read, parsed or validated."""

    def __init__(
        self,
        path: Path | str,
        problem: str,
        *,
        field: str | None = None,
        hint: str | None = None,
        cli_hint: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.field = field
        where = f"{self.path}: {field}: " if field else f"{self.path}: "
        super().__init__(where + problem, hint=hint, cli_hint=cli_hint)


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
    """A fact id is not in the catalogue; the message suggests the nearest ids when there are any."""

    def __init__(self, fact_id: str, suggestions: tuple[str, ...] = ()) -> None:
        self.fact_id = fact_id
        self.suggestions = suggestions
        guess = f" (did you mean {' or '.join(repr(s) for s in suggestions)}?)" if suggestions else ""
        super().__init__(
            f"unknown fact id {fact_id!r}{guess}",
            hint="load_catalogue(brief).facts lists the valid ids",
            cli_hint="run 'usjapan-facts facts' to list the valid ids",
        )


class PartialSnapshotWarning(UserWarning):
    """A snapshot compared on its own records only part of the catalogue: a change there cannot be seen."""


class ReadingFailureWarning(UserWarning):
    """A reader failed on the text (a bug, not bad input): what it was reading is left out, named in the extraction's
    warnings, and the rest of the text is read."""


def close_matches(word: str, candidates: list[str] | tuple[str, ...], *, limit: int = 3) -> tuple[str, ...]:
    """Return up to `limit` candidates close to `word`, nearest first: the 'did you mean' of every error."""
    return tuple(difflib.get_close_matches(word, candidates, n=limit, cutoff=0.6))


class SourceError(FactsError):
    """The brief's text cannot be had: missing file, bad URL, HTTP error, timeout, too large, not text."""
