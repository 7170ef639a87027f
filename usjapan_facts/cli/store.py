"""Commands that read the store and catalogue: list, facts, show, validate, schema, export."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from usjapan_facts.cli._base import cli, pass_store
from usjapan_facts.cli._options import format_option, reads_as_version, stored_versions
from usjapan_facts.cli._output import EXIT_FINDINGS, EXIT_OK, emit, fail, out, say, text_style
from usjapan_facts.lookup import lookup
from usjapan_facts.report.registry import render
from usjapan_facts.report.results import Table, VersionList
from usjapan_facts.safe_io import printable
from usjapan_facts.store import SnapshotStore, check_files
from usjapan_facts.version_refs import is_snapshot_path


@cli.command("list")
@format_option("text", "json")
@pass_store
def list_command(store: SnapshotStore, fmt: str) -> None:
    """List the stored versions, oldest first: date, CRS version, coverage, facts, hash."""
    stored_versions(store)
    emit(render(VersionList(tuple(store.summaries())), fmt, style=text_style()))


@cli.command()
@format_option("text", "json")
@pass_store
def facts(store: SnapshotStore, fmt: str) -> None:
    """List every fact id the brief's catalogue tracks, with its kind, section and label."""
    emit(render(store.catalogue, fmt, style=text_style()))


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
        if fact_id is not None or (version is not None and reads_as_version(version)):
            # With --as-of the one argument is FACT_ID: `show latest --as-of DATE` names two versions.
            raise click.UsageError(f"give either VERSION ({version}) or --as-of DATE, not both")
        version, fact_id = store.in_force(as_of.date()).isoformat(), version
    elif version is None:
        raise click.UsageError("give a VERSION (a date, a prefix, latest or previous) or --as-of DATE")
    # The id is resolved before the version is read, so a mistyped id is named first.
    ref = store.catalogue.resolve(fact_id) if fact_id is not None else None
    snapshot = store.load(version)
    if ref is None:
        emit(render(snapshot, fmt, style=text_style()))
        return
    view = lookup(snapshot, ref)
    if view.status != "stated":
        from usjapan_facts.units import check_held

        check_held(ref, store)  # an election or event slug that no version holds is a mistyped id
    emit(render(view, fmt, style=text_style()))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@pass_store
def validate(store: SnapshotStore, paths: tuple[Path, ...]) -> None:
    """Validate the store, or the snapshot files given: exit 0 if all are valid, 1 if any is not."""
    missing = [path for path in paths if not os.path.lexists(path)]
    if missing:  # a mistyped argument is bad input, not a finding about a file
        fail(f"{missing[0]}: no such file; nothing was validated")
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
    "output_name",
    type=click.Path(dir_okay=False),
    help="Write to FILE (replaced whole when complete) instead of stdout; --format sqlite needs it.",
)
@pass_store
def export(store: SnapshotStore, versions: tuple[str, ...], fmt: str, output_name: str | None) -> None:
    """Export every stated value as a tidy table, one row per version and fact (all versions by default).

    With --format sqlite give the database file: export --format sqlite --output facts.db
    """
    if output_name is not None and _names_a_folder(output_name):
        # A path read as a Path loses its trailing slash: 'sub/' would become a file named sub.
        raise click.UsageError(f"--output {output_name!r} names a folder: give a FILE, so no file was written")
    output = Path(output_name) if output_name is not None else None
    if fmt == "sqlite":
        # A database is a file of its own, written whole, not a report on stdout: no renderer makes it.
        versions, target, deprecated = _database_file(versions, output)
        _export_sqlite(store, versions, target)
        if deprecated:
            say("usjapan-facts: note: the database FILE as the last argument is deprecated; use --output FILE")
        return
    from usjapan_facts.report.export import export_rows

    table = Table(export_rows([store.load(version) for version in versions] if versions else store))
    rendered = render(table, fmt, style=text_style())
    if output is None:
        emit(rendered)
        return
    from usjapan_facts.writing import write_file

    write_file(output, rendered.text)
    say(f"wrote {output}: {table.count} rows")


DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db3")


def _names_a_folder(name: str) -> bool:
    """Tell whether a path as typed ends in a separator: a folder, whose slash a `Path` would drop."""
    return name.endswith(("/", os.sep))


def _database_file(versions: tuple[str, ...], output: Path | None) -> tuple[tuple[str, ...], Path, bool]:
    """The VERSIONS and the FILE of `export --format sqlite`, and whether the FILE came the deprecated way.

    The first form took the file as the last VERSIONS argument; it is still read when that argument is
    plainly a file (a path, or a database suffix), never when it reads as a version: `export --format
    sqlite 2025-09-29` must not write a file called 2025-09-29.
    """
    if output is not None:
        return versions, output, False
    wanted = "--format sqlite writes a database: give its FILE with --output FILE"
    if not versions:
        raise click.UsageError(wanted)
    last = versions[-1]
    if reads_as_version(last):
        raise click.UsageError(f"{wanted} ({last!r} is a VERSION, so no file was written)")
    if not is_snapshot_path(last) and not last.lower().endswith(DATABASE_SUFFIXES):
        raise click.UsageError(
            f"{wanted} ({last!r} has no folder and no database suffix such as .db, so it was not taken for the FILE)"
        )
    if _names_a_folder(last) or Path(last).is_dir():
        raise click.UsageError(f"{wanted} ({last!r} is a folder, so no file was written)")
    return versions[:-1], Path(last), True


def _export_sqlite(store: SnapshotStore, versions: tuple[str, ...], target: Path) -> None:
    from usjapan_facts.diff import log_diffs
    from usjapan_facts.report.sqlite import write_sqlite
    from usjapan_facts.severity import find_rules

    snapshots = sorted((store.load(version) for version in versions), key=lambda s: s.updated) or list(store)
    diffs = log_diffs(snapshots, rules=find_rules(None, Path.cwd()))
    write_sqlite(target, snapshots, diffs)
    say(f"wrote {target}: {len(snapshots)} version{'' if len(snapshots) == 1 else 's'}")
