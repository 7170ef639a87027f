"""The `usjapan-facts` command: parse, call the library, render, and map errors to exit codes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from usjapan_facts.errors import FactsError
from usjapan_facts.export import COLUMNS, export_rows
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore, canonical_json, check_files, default_store_root
from usjapan_facts.views import check_fact_id, lookup, render_fact, render_list, render_snapshot, summaries

EXIT_OK, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> NoReturn:
    """Say what went wrong on stderr, in one line, and exit 2."""
    click.echo(f"usjapan-facts: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


class _Group(click.Group):
    """A group that turns every `FactsError` into one line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactsError as exc:
            fail(str(exc))


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
    snapshots = [store.load(version) for version in versions] if versions else store
    stream = sys.stdout
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(export_rows(snapshots))
    else:
        for row in export_rows(snapshots):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    """Run the command line (the `usjapan-facts` entry point)."""
    cli(prog_name="usjapan-facts")
