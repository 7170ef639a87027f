"""The options several commands share, and the checks of their arguments that need the store or catalogue."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from usjapan_facts.catalog import Catalogue
from usjapan_facts.errors import FactsError, StoreError, UnknownFactError, close_matches
from usjapan_facts.store import SnapshotStore
from usjapan_facts.version_refs import is_snapshot_path, is_version_name

F = TypeVar("F", bound=Callable[..., Any])


def format_option(*choices: str) -> Callable[[F], F]:
    """`--format`, one of `choices` (the first is the default), each a format the registry renders the result in."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True, help="Output format."
    )


def rules_option(function: F) -> F:
    """`--rules FILE`: the severity rules to judge changes by."""
    return click.option(
        "--rules",
        "rules_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Severity rules (TOML); default: the nearest usjapan-facts.toml, else [tool.usjapan-facts] in "
        "./pyproject.toml.",
    )(function)


def filter_options(function: F) -> F:
    """`--only GLOB` and `--min-severity`: which changes a report keeps."""
    function = click.option(
        "--only", "only", multiple=True, metavar="GLOB", help="Keep changes of matching fact ids (repeatable)."
    )(function)
    return click.option(
        "--min-severity",
        type=click.Choice(["info", "minor", "major"]),
        default="info",
        show_default=True,
        help="Leave out changes below this severity.",
    )(function)


MAX_TIMEOUT = 86_400.0
"""A day: any longer is no deadline at all."""


def finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Refuse nan and infinity, which a FloatRange lets through, as a number of seconds."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds; give one from 0.1 to {MAX_TIMEOUT:g}")
    return value


def timeout_option(help_text: str) -> Callable[[F], F]:
    """`--timeout SECONDS`: a finite deadline for a whole fetch, redirects included."""
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1, max=MAX_TIMEOUT),
        default=20.0,
        show_default=True,
        callback=finite,
        help=help_text,
    )


def check_globs(patterns: tuple[str, ...], catalogue: Catalogue) -> tuple[str, ...]:
    """Refuse a fact-id glob that can match nothing in the catalogue, an election or an event."""
    for pattern in patterns:
        if not catalogue.glob_can_match(pattern):
            raise UnknownFactError(pattern, close_matches(pattern, tuple(catalogue.by_id)))
    return patterns


def date_bound(store: SnapshotStore, ref: str, flag: str, *, end: bool) -> dt.date:
    """Turn any form of VERSION into a date bound: a prefix covers its period (2025: from 2025-01-01, to 2025-12-31)."""
    try:
        if ref in ("latest", "previous"):
            return store.resolve(ref)
        if is_snapshot_path(ref):
            return store.load(ref).updated
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref):
            return dt.date.fromisoformat(ref)
        if match := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", ref):
            year, month = int(match[1]), int(match[2] or (12 if end else 1))
            import calendar

            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
        store.resolve(ref)  # says what a version may be, naming the nearest stored one
    except ValueError:
        pass
    except FactsError as exc:
        raise click.BadParameter(exc.for_cli(), param_hint=f"'{flag}'") from None
    raise click.BadParameter(f"{ref!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY", param_hint=f"'{flag}'")


def stored_versions(store: SnapshotStore) -> list[dt.date]:
    """The store's versions, oldest first; a folder holding none is a wrong `--snapshots-dir`, not an empty report."""
    versions = store.versions()
    if not versions:
        raise StoreError(
            f"{store.root}: holds no stored version of {store.brief} (a store holds YYYY-MM-DD.json snapshots)",
            cli_hint="pass the store's folder as --snapshots-dir, or add a version with 'usjapan-facts extract --save'",
        )
    return versions


def reads_as_version(text: str) -> bool:
    """Whether `text` has a form of VERSION: latest, previous, a date or a prefix of one, a snapshot file (.json)."""
    return is_version_name(text) or text.endswith(".json")
