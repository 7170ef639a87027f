"""The command group (the store and brief every command works on), its error handling, and `main`.

Options shared by several commands are in `cli._options`; writing to stdout, stderr and the step
summary in `cli._output`. Commands import the modules they alone need inside their bodies, so every
command starts faster.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from usjapan_facts.catalog import DEFAULT_BRIEF, available
from usjapan_facts.cli._output import EXIT_OK, fail, flush, os_error, say
from usjapan_facts.config import configured_report, configured_store, settings_file
from usjapan_facts.errors import FactsError, close_matches
from usjapan_facts.store import SnapshotStore, default_store_root


class _Group(click.Group):
    """A group that turns every `FactsError`, and any failed write to stdout, into one line on stderr and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactsError as exc:
            fail(exc.for_cli())
        except OSError as exc:
            os_error(exc)


class _BriefChoice(click.Choice):  # type: ignore[type-arg]
    """A brief id, in any case (`if11120`); a near miss is answered with the nearest id."""

    def __init__(self) -> None:
        super().__init__(available(), case_sensitive=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(_not_a_brief(str(value)), param, ctx)


def _not_a_brief(value: str) -> str:
    known = available()
    guesses = close_matches(value.upper(), known, limit=1)
    guess = f" (did you mean {guesses[0]}?)" if guesses else ""
    return f"{value!r} is not a brief this release tracks{guess}; choose from {', '.join(known)}"


def _brief_id(value: str) -> str:
    """The brief id `value` names, whatever its case; a usage error naming the choices if none."""
    for brief in available():
        if brief.lower() == value.lower():
            return brief
    raise click.BadParameter(_not_a_brief(value), param_hint="'--report'")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="usjapan-facts")
@click.option(
    "--snapshots-dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="USJAPAN_FACTS_SNAPSHOTS",
    show_envvar=True,
    help="The snapshot store to use (default: snapshots_dir of the nearest usjapan-facts.toml, here or in a folder "
    "above, else the shipped history).",
)
@click.option(
    "--report",
    type=_BriefChoice(),
    envvar="USJAPAN_FACTS_REPORT",
    show_envvar=True,
    help=f"The CRS brief to work on (default: report of the nearest usjapan-facts.toml, else {DEFAULT_BRIEF}): its "
    "catalogue, and its shipped history unless a store is given.",
)
@click.pass_context
def cli(ctx: click.Context, snapshots_dir: Path | None, report: str | None) -> None:
    """Track how the facts of a CRS In Focus brief change from one published version to the next."""
    brief = _brief_id(report or configured_report(Path.cwd()) or DEFAULT_BRIEF)
    root = snapshots_dir or configured_store(Path.cwd()) or default_store_root(brief)
    if root != default_store_root(brief) and sys.stderr.isatty():
        # Said only to a person: which history a command reads is easy to mistake from inside a watch folder.
        said_by = "--snapshots-dir" if snapshots_dir is not None else str(settings_file(Path.cwd()))
        source = ctx.get_parameter_source("snapshots_dir")
        if source is click.core.ParameterSource.ENVIRONMENT:
            said_by = "USJAPAN_FACTS_SNAPSHOTS"
        say(f"usjapan-facts: using the store {root} (from {said_by})")
    ctx.obj = SnapshotStore(root, brief=brief)


pass_store = click.make_pass_decorator(SnapshotStore)


def main() -> None:
    """Run the command line (the `usjapan-facts` entry point); every usage error is one line, exit 2."""
    no_args = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click 8.2+; older clicks print help themselves
    if sys.stdout is None:  # started with stdout closed (`>&-`): nothing it shows could reach anyone
        fail("standard output is closed; run the command with its output going somewhere (a file, a pipe)")
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
    except (click.Abort, KeyboardInterrupt):
        fail("aborted")
    except OSError as exc:
        os_error(exc)
    except SystemExit:
        flush()
        raise
    flush()
    sys.exit(code if isinstance(code, int) else EXIT_OK)
