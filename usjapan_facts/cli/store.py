"""Commands that read the store and catalogue: list, facts, show, validate, schema, export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from usjapan_facts.cli._base import (
    EXIT_FINDINGS,
    EXIT_OK,
    cli,
    format_option,
    out,
    pass_store,
    say,
)
from usjapan_facts.lookup import lookup
from usjapan_facts.report.show import render_fact, render_facts, render_list, render_snapshot
from usjapan_facts.safe_io import printable, terminal_safe
from usjapan_facts.store import SnapshotStore, canonical_json, check_files

if TYPE_CHECKING:
    pass


@cli.command("list")
@format_option("text", "json")
@pass_store
def list_command(store: SnapshotStore, fmt: str) -> None:
    """List the stored versions, oldest first: date, CRS version, coverage, facts, hash."""
    rows = store.summaries()
    if fmt == "json":
        out(json.dumps([row.__dict__ for row in rows], indent=2))
    else:
        out(render_list(rows), nl=False)


@cli.command()
@format_option("text", "json")
@pass_store
def facts(store: SnapshotStore, fmt: str) -> None:
    """List every fact id the brief's catalogue tracks, with its kind, section and label."""
    catalogue = store.catalogue
    if fmt == "json":
        rows = [{"id": s.id, "label": s.label, "kind": s.kind, "section": s.section} for s in catalogue.specs]
        out(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        out(render_facts(catalogue), nl=False)


@cli.command()
@click.argument("version", required=False)
@click.argument("fact_id", required=False)
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="DATE",
    help="Show the version in force on this date (the newest published on or before it), instead of VERSION.",
)
@format_option("text", "json")
@pass_store
def show(store: SnapshotStore, version: str | None, fact_id: str | None, as_of: dt.datetime | None, fmt: str) -> None:
    """Show one version (a date, a prefix, latest, previous or a file), or one fact of it."""
    if as_of is not None:
        if fact_id is not None:
            raise click.UsageError("give either VERSION or --as-of DATE, not both")
        version, fact_id = store.in_force(as_of.date()).isoformat(), version
    elif version is None:
        raise click.UsageError("give a VERSION (a date, a prefix, latest or previous) or --as-of DATE")
    ref = store.catalogue.resolve(fact_id) if fact_id is not None else None
    snapshot = store.load(version)
    if ref is None:
        out(canonical_json(snapshot) if fmt == "json" else render_snapshot(snapshot), nl=False)
        return
    view = lookup(snapshot, ref)
    out(json.dumps(view.as_json(), indent=2, ensure_ascii=False) if fmt == "json" else render_fact(view), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@pass_store
def validate(store: SnapshotStore, paths: tuple[Path, ...]) -> None:
    """Validate the store, or the snapshot files given: exit 0 if all are valid, 1 if any is not."""
    checked = list(paths) if paths else store.files()
    problems = check_files(checked, brief=store.brief) if paths else store.check()
    for problem in problems:
        out(printable(str(problem)))
    invalid = len({problem.path for problem in problems} & set(checked))
    click.echo(f"{len(checked) - invalid} of {len(checked)} snapshot files valid", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a snapshot."""
    from usjapan_facts.model import Snapshot

    out(json.dumps(Snapshot.model_json_schema(), indent=2))


@cli.command()
@click.argument("versions", nargs=-1)
@format_option("csv", "jsonl", "sqlite")
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to FILE (replaced whole when complete) instead of stdout; --format sqlite needs it.",
)
@pass_store
def export(store: SnapshotStore, versions: tuple[str, ...], fmt: str, output: Path | None) -> None:
    """Export every stated value as a tidy table, one row per version and fact (all versions by default).

    With --format sqlite give the database file: export --format sqlite --output facts.db
    """
    from usjapan_facts.report.export import COLUMNS, export_rows

    if fmt == "sqlite":
        if output is None and not versions:
            raise click.UsageError("--format sqlite writes a database: give its FILE with --output FILE")
        if output is not None:
            _export_sqlite(store, versions, output)
            return
        # The first form took the file as the last VERSIONS argument: still read, until it is removed.
        _export_sqlite(store, versions[:-1], Path(versions[-1]))
        say("usjapan-facts: note: the database FILE as the last argument is deprecated; use --output FILE")
        return
    snapshots = [store.load(version) for version in versions] if versions else store
    if output is None:
        if sys.stdout is not None and sys.stdout.isatty():
            # Shown on a terminal, the rows are a report: escaped like any other. Piped, they are data, written as is.
            shown = io.StringIO()
            _write_rows(shown, fmt, export_rows(snapshots), COLUMNS)
            out(shown.getvalue(), nl=False)
        else:
            _write_rows(sys.stdout, fmt, export_rows(snapshots), COLUMNS)
        return
    from usjapan_facts.writing import write_file

    buffer = io.StringIO()
    rows = _write_rows(buffer, fmt, export_rows(snapshots), COLUMNS)
    write_file(output, buffer.getvalue())
    say(f"wrote {output}: {rows} rows")


def _write_rows(stream: TextIO, fmt: str, rows: Iterable[dict[str, str]], columns: Sequence[str]) -> int:
    """Write the tidy rows as CSV (with a header) or JSON lines; return how many rows were written."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    else:
        for row in rows:
            # JSON's own escapes for C1 controls and bidi overrides: the line reads back as the same data.
            stream.write(terminal_safe(json.dumps(row, ensure_ascii=False)) + "\n")
            count += 1
    return count


def _export_sqlite(store: SnapshotStore, versions: tuple[str, ...], target: Path) -> None:
    from usjapan_facts.diff import log_diffs
    from usjapan_facts.report.sqlite import write_sqlite
    from usjapan_facts.severity import find_rules

    snapshots = sorted((store.load(version) for version in versions), key=lambda s: s.updated) or list(store)
    diffs = log_diffs(snapshots, rules=find_rules(None, Path.cwd()))
    write_sqlite(target, snapshots, diffs)
    say(f"wrote {target}: {len(snapshots)} version{'' if len(snapshots) == 1 else 's'}")
