"""Commands that compare versions: diff, history, log."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from usjapan_facts.cli._base import cli, pass_store
from usjapan_facts.cli._options import (
    check_globs,
    date_bound,
    filter_options,
    format_option,
    rules_option,
    stored_versions,
)
from usjapan_facts.cli._output import EXIT_FINDINGS, EXIT_OK, emit, say, text_style
from usjapan_facts.report.registry import render
from usjapan_facts.store import SnapshotStore
from usjapan_facts.version_refs import is_snapshot_path

if TYPE_CHECKING:
    from usjapan_facts.severity_levels import Severity


@cli.command()
@click.argument("old", required=False)
@click.argument("new", required=False)
@format_option("text", "json", "markdown", "github")
@filter_options
@rules_option
@click.option("--exit-code", is_flag=True, help="Exit 1 when changes remain after filtering, like git diff.")
@click.option("--text", "words", is_flag=True, help="Compare the two versions' kept texts word by word instead.")
@pass_store
def diff(
    store: SnapshotStore,
    old: str | None,
    new: str | None,
    fmt: str,
    only: tuple[str, ...],
    min_severity: Severity,
    rules_file: Path | None,
    exit_code: bool,
    words: bool,
) -> None:
    """Show what changed from what was known as of OLD to NEW (default: previous to latest; NEW: latest)."""
    if words:
        ctx = click.get_current_context()
        given = [f"--{name.replace('_', '-')}" for name in ("fmt", "only", "min_severity", "rules_file")
                 if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT]  # fmt: skip
        if given:
            names = ", ".join("--format" if name == "--fmt" else "--rules" if name == "--rules-file" else name
                              for name in given)  # fmt: skip
            raise click.UsageError(f"--text compares the kept texts word by word: it takes no {names}")
        _diff_text(store, old or "previous", new or "latest", exit_code=exit_code)
    from usjapan_facts.diff import diff_versions
    from usjapan_facts.severity import find_rules

    check_globs(only, store.catalogue)
    rules = find_rules(rules_file, Path.cwd())
    result = diff_versions(store, old or "previous", new or "latest", rules=rules)
    result = result.filter(only=only, min_severity=min_severity)
    emit(render(result, fmt, style=text_style()))
    sys.exit(EXIT_FINDINGS if exit_code and result.changes else EXIT_OK)


@cli.command()
@click.argument("fact_id")
@format_option("text", "json", "csv")
@click.option(
    "--plot", "plot_file", type=click.Path(path_type=Path, dir_okay=False), help="Also draw a chart (.png or .svg)."
)
@pass_store
def history(store: SnapshotStore, fact_id: str, fmt: str, plot_file: Path | None) -> None:
    """Show FACT_ID in every version, oldest first: '*' marks a change, unknown where not recorded."""
    from usjapan_facts.history import fact_history
    from usjapan_facts.report.results import FactHistory
    from usjapan_facts.units import check_held

    ref = store.catalogue.resolve(fact_id)  # the one place the id is read: the engine takes the ref
    stored_versions(store)
    result = FactHistory(tuple(fact_history(store, ref)))
    if all(entry.view.status != "stated" for entry in result.entries):
        check_held(ref, store)  # an election or event slug that no version holds is a mistyped id
    if plot_file is not None:
        from usjapan_facts.report.plot import plot_history

        plot_history(result.entries, plot_file)
    emit(render(result, fmt, style=text_style()))


@cli.command()
@click.option(
    "--since",
    metavar="VERSION",
    help="Only versions from this one on: a date, a prefix (2025), latest, previous, a file.",
)
@click.option("--until", metavar="VERSION", help="Only versions up to this one: the same forms (2025: to 2025-12-31).")
@filter_options
@rules_option
@format_option("text", "json", "atom")
@pass_store
def log(
    store: SnapshotStore,
    since: str | None,
    until: str | None,
    only: tuple[str, ...],
    min_severity: Severity,
    rules_file: Path | None,
    fmt: str,
) -> None:
    """Show every change, newest first, once, at the first version that shows it: the changelog of the facts."""
    from usjapan_facts.diff import log_diffs
    from usjapan_facts.report.results import Changelog
    from usjapan_facts.severity import find_rules

    check_globs(only, store.catalogue)
    rules = find_rules(rules_file, Path.cwd())
    first = date_bound(store, since, "--since", end=False) if since else None
    last = date_bound(store, until, "--until", end=True) if until else None
    if first is not None and last is not None and first > last:
        raise click.UsageError(f"--since {since} comes after --until {until}: no version can lie between them")
    versions = stored_versions(store)
    if not any((first is None or first <= version) and (last is None or version <= last) for version in versions):
        asked = " ".join(f"{flag} {value}" for flag, value in (("--since", since), ("--until", until)) if value)
        say(f"usjapan-facts: no stored version of {store.brief} lies within {asked} "
            f"(stored: {versions[0]} to {versions[-1]}); nothing to show")  # fmt: skip
    diffs = log_diffs(store, rules=rules, since=first, until=last)
    filtered = (result.filter(only=only, min_severity=min_severity) for result in diffs)
    emit(render(Changelog(filtered, store.catalogue), fmt, style=text_style()))


def _diff_text(store: SnapshotStore, old: str, new: str, *, exit_code: bool) -> None:
    """Print the word-level comparison of two versions' kept texts: marks, or colour on a terminal."""
    from usjapan_facts.errors import StoreError
    from usjapan_facts.report.results import TextComparison
    from usjapan_facts.textdiff import text_diff
    from usjapan_facts.texts import load_text, text_path

    texts = []
    for ref in (old, new):
        if is_snapshot_path(ref):
            raise click.UsageError(
                f"--text compares the texts kept with stored versions: give two VERSIONs (dates, 'latest', "
                f"'previous'), not a snapshot file ({ref!r})"
            )
        version = store.resolve(ref).isoformat()
        kept = load_text(store.root, version)
        if kept is None:
            raise StoreError(
                f"{text_path(store.root, version)}: no text kept for version {version}; "
                "run 'usjapan-facts extract SOURCE --save --force' on its PDF or page to keep it"
            )
        texts.append(kept)
    rows = tuple(text_diff(texts[0].text, texts[1].text))
    emit(render(TextComparison(texts[0].version, texts[1].version, rows), "text", style=text_style()))
    changed = any(not row.same for row in rows)
    sys.exit(EXIT_FINDINGS if exit_code and changed else EXIT_OK)
