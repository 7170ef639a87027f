"""The `usjapan-facts` command: parse, call the library, render, and map errors to exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from usjapan_facts.catalog import glob_can_match
from usjapan_facts.errors import FactsError, UnknownFactError
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore, canonical_json, check_files, consecutive_pairs, default_store_root
from usjapan_facts.views import check_fact_id, lookup, render_fact, render_list, render_snapshot, summaries

if TYPE_CHECKING:
    from usjapan_facts.rules import Severity

# Commands import the modules they alone need inside their bodies: every command starts faster.
EXIT_OK, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> NoReturn:
    """Say what went wrong on stderr, in one line, and exit 2."""
    click.echo(f"usjapan-facts: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def _output_closed() -> NoReturn:
    # Whatever is still buffered for the closed pipe goes nowhere, so Python cannot fail again at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    fail("standard output was closed before everything was written (broken pipe)")


class _Group(click.Group):
    """A group that turns every `FactsError` into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactsError as exc:
            fail(str(exc))
        except BrokenPipeError:
            _output_closed()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="usjapan-facts")
@click.option(
    "--snapshots-dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="USJAPAN_FACTS_SNAPSHOTS",
    show_envvar=True,
    help="The snapshot store to use (default: the history shipped with the package).",
)
@click.pass_context
def cli(ctx: click.Context, snapshots_dir: Path | None) -> None:
    """Track how the facts of CRS brief IF10199, U.S.-Japan Relations, change between versions."""
    ctx.obj = SnapshotStore(snapshots_dir or default_store_root())


pass_store = click.make_pass_decorator(SnapshotStore)


def _format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True, help="Output format."
    )


@cli.command("list")
@_format_option("text", "json")
@pass_store
def list_command(store: SnapshotStore, fmt: str) -> None:
    """List the stored versions, oldest first: date, CRS version, coverage, facts, hash."""
    rows = summaries(store)
    if fmt == "json":
        click.echo(json.dumps([row.__dict__ for row in rows], indent=2))
    else:
        click.echo(render_list(rows), nl=False)


@cli.command()
@click.argument("version")
@click.argument("fact_id", required=False)
@_format_option("text", "json")
@pass_store
def show(store: SnapshotStore, version: str, fact_id: str | None, fmt: str) -> None:
    """Show one version (a date, a prefix, latest, previous or a file), or one fact of it."""
    if fact_id is not None:
        check_fact_id(fact_id)
    snapshot = store.load(version)
    if fact_id is None:
        click.echo(canonical_json(snapshot) if fmt == "json" else render_snapshot(snapshot), nl=False)
        return
    view = lookup(snapshot, fact_id)
    click.echo(
        json.dumps(view.as_json(), indent=2, ensure_ascii=False) if fmt == "json" else render_fact(view), nl=False
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@pass_store
def validate(store: SnapshotStore, paths: tuple[Path, ...]) -> None:
    """Validate the store, or the snapshot files given: exit 0 if all are valid, 1 if any is not."""
    checked = list(paths) if paths else store.files()
    problems = check_files(checked) if paths else store.check()
    for problem in problems:
        click.echo(str(problem))
    invalid = len({problem.path for problem in problems})
    click.echo(f"{len(checked) - invalid} of {len(checked)} snapshot files valid", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a snapshot."""
    click.echo(json.dumps(Snapshot.model_json_schema(), indent=2))


@cli.command()
@click.argument("versions", nargs=-1)
@_format_option("csv", "jsonl")
@pass_store
def export(store: SnapshotStore, versions: tuple[str, ...], fmt: str) -> None:
    """Export every stated value as a tidy table, one row per version and fact (all versions by default)."""
    from usjapan_facts.export import COLUMNS, export_rows

    snapshots = [store.load(version) for version in versions] if versions else store
    stream = sys.stdout
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(export_rows(snapshots))
    else:
        for row in export_rows(snapshots):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _rules_option(function: F) -> F:
    return click.option(
        "--rules",
        "rules_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Severity rules (TOML); default: [tool.usjapan-facts] in ./pyproject.toml.",
    )(function)


def _filter_options(function: F) -> F:
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


def _check_globs(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in patterns:
        if not glob_can_match(pattern):
            raise UnknownFactError(pattern)
    return patterns


def _colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _emit(output: str, step_summary: str | None) -> None:
    """Print a report; append its Markdown to $GITHUB_STEP_SUMMARY when it has one and that is set."""
    click.echo(output, nl=False, color=_colour())
    if step_summary is not None:
        _append_step_summary(step_summary)


def _append_step_summary(markdown: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with Path(target).open("a", encoding="utf-8") as stream:
            stream.write(markdown)
    except OSError as exc:
        fail(f"{target}: cannot append the step summary ({exc.strerror}); check GITHUB_STEP_SUMMARY")


@cli.command()
@click.argument("old", required=False)
@click.argument("new", required=False)
@_format_option("text", "json", "markdown", "github")
@_filter_options
@_rules_option
@click.option("--exit-code", is_flag=True, help="Exit 1 when changes remain after filtering, like git diff.")
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
) -> None:
    """Show what changed from OLD to NEW (default: previous to latest; NEW defaults to latest)."""
    from usjapan_facts import report
    from usjapan_facts.diff import diff_snapshots
    from usjapan_facts.rules import find_rules

    _check_globs(only)
    rules = find_rules(rules_file, Path.cwd())
    older, newer = store.load(old or "previous"), store.load(new or "latest")
    result = diff_snapshots(older, newer, rules=rules).filter(only=only, min_severity=min_severity)
    _emit(*report.render(result, fmt, color=_colour()))
    sys.exit(EXIT_FINDINGS if exit_code and result.changes else EXIT_OK)


@cli.command()
@click.argument("fact_id")
@_format_option("text", "json", "csv")
@click.option(
    "--plot", "plot_file", type=click.Path(path_type=Path, dir_okay=False), help="Also draw a chart (.png or .svg)."
)
@pass_store
def history(store: SnapshotStore, fact_id: str, fmt: str, plot_file: Path | None) -> None:
    """Show FACT_ID in every version, oldest first: '*' marks a change, unknown where not recorded."""
    from usjapan_facts.history import CSV_COLUMNS, fact_history, history_row, render_history

    check_fact_id(fact_id)
    entries = list(fact_history(store, fact_id))
    if plot_file is not None:
        from usjapan_facts.plot import plot_history

        plot_history(entries, plot_file)
    if fmt == "json":
        click.echo(json.dumps([entry.as_json() for entry in entries], indent=2, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(history_row(entry) for entry in entries)
    else:
        click.echo(render_history(entries), nl=False)


@cli.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only versions from this date (YYYY-MM-DD).")
@_filter_options
@_rules_option
@_format_option("text", "json")
@pass_store
def log(
    store: SnapshotStore,
    since: dt.datetime | None,
    only: tuple[str, ...],
    min_severity: Severity,
    rules_file: Path | None,
    fmt: str,
) -> None:
    """Show every change between consecutive versions, newest first: the changelog of the facts."""
    from usjapan_facts import report
    from usjapan_facts.diff import diff_pairs
    from usjapan_facts.rules import find_rules

    _check_globs(only)
    rules = find_rules(rules_file, Path.cwd())
    first = since.date() if since else None
    diffs = (
        change.filter(only=only, min_severity=min_severity)
        for change in diff_pairs(consecutive_pairs(store, since=first, newest_first=True), rules=rules)
    )
    if fmt == "json":
        click.echo("[")
        for index, result in enumerate(diffs):
            body = json.dumps(report.diff_json(result), ensure_ascii=False)
            click.echo(("  " if index == 0 else ", ") + body)
        click.echo("]")
        return
    colour = _colour()
    printed = False
    for result in diffs:
        text = report.render_text(result, color=colour)
        if text:
            click.echo(("\n" if printed else "") + text, nl=False, color=colour)
            printed = True


@cli.command()
@click.argument("source")
@click.option(
    "--updated", type=click.DateTime(formats=["%Y-%m-%d"]), help="The version's date, if the text has no cover date."
)
@click.option("--source-url", help="Where the text was published, recorded in the snapshot's sources.")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds to wait for a URL."
)
@_format_option("json", "text")
@click.option("--save", is_flag=True, help="Store the snapshot (atomically).")
@click.option("--force", is_flag=True, help="With --save, replace a stored version of the same date.")
@pass_store
def extract(
    store: SnapshotStore,
    source: str,
    updated: dt.datetime | None,
    source_url: str | None,
    timeout: float,
    fmt: str,
    save: bool,
    force: bool,
) -> None:
    """Propose a snapshot from a version's text: a file, '-' for stdin, or an http(s) URL."""
    from usjapan_facts.catalog import FACT_SPECS
    from usjapan_facts.extract import extract_snapshot
    from usjapan_facts.sources import read_source

    if force and not save:
        raise click.UsageError("--force replaces a stored version, so it goes with --save")
    got = read_source(source, timeout=timeout)
    result = extract_snapshot(got.text, updated=updated.date() if updated else None, source_url=source_url or got.url)
    click.echo(canonical_json(result.snapshot) if fmt == "json" else render_snapshot(result.snapshot), nl=False)
    click.echo(f"{len(result.found)} of {len(FACT_SPECS)} catalogue facts found in {got.name}", err=True)
    if result.not_found:
        click.echo(f"not found: {', '.join(result.not_found)}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if save:
        click.echo(f"saved {store.save(result.snapshot, overwrite=force)}", err=True)


@cli.command()
@click.option(
    "--brief", "brief_source", metavar="SOURCE", help="Compare this text (file or URL) with the latest version."
)
@click.option(
    "--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Judge staleness on this date (default: today)."
)
@click.option(
    "--stale-after-years", type=click.IntRange(min=1), help="Data older than this is stale (default: rules, else 3)."
)
@_rules_option
@click.option(
    "--fail-on",
    type=click.Choice(["info", "minor", "major"]),
    default="major",
    show_default=True,
    help="Exit 1 when a finding has this severity or more.",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds for a URL.")
@_format_option("text", "markdown", "json", "github")
@pass_store
def check(
    store: SnapshotStore,
    brief_source: str | None,
    as_of: dt.datetime | None,
    stale_after_years: int | None,
    rules_file: Path | None,
    fail_on: Severity,
    timeout: float,
    fmt: str,
) -> None:
    """The CI gate: validate the store, compare the newest version, and find stale facts."""
    from usjapan_facts import report
    from usjapan_facts.checks import check as run_check
    from usjapan_facts.rules import find_rules

    rules = find_rules(rules_file, Path.cwd())
    if stale_after_years is not None:
        rules = rules.model_copy(update={"stale_after_years": stale_after_years})
    brief = not_found = None
    if brief_source is not None:
        from usjapan_facts.extract import extract_snapshot
        from usjapan_facts.sources import read_source

        got = read_source(brief_source, timeout=timeout)
        extraction = extract_snapshot(got.text, source_url=got.url)
        brief, not_found = extraction.snapshot, extraction.not_found
    result = run_check(
        store, brief=brief, brief_not_found=not_found or (), as_of=as_of.date() if as_of else None, rules=rules,
        fail_on=fail_on,
    )  # fmt: skip
    _emit(*report.render(result, fmt, color=_colour()))
    sys.exit(result.exit_code)


def _flush() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _output_closed()


def main() -> None:
    """Run the command line (the `usjapan-facts` entry point); every usage error is one line, exit 2."""
    no_args = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click 8.2+; older clicks print help themselves
    try:
        code = cli.main(prog_name="usjapan-facts", standalone_mode=False)
    except no_args as exc:
        click.echo(exc.ctx.get_help() if exc.ctx is not None else "usjapan-facts --help")
        code = EXIT_OK
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "usjapan-facts"
        fail(f"{exc.format_message()} (see '{where} --help')")
    except click.ClickException as exc:
        fail(exc.format_message())
    except click.Abort:
        fail("aborted")
    except SystemExit:
        _flush()
        raise
    _flush()
    sys.exit(code if isinstance(code, int) else EXIT_OK)
