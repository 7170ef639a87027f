"""The command group, its shared options and error handling, and the `main` entry point."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from usjapan_facts.catalog import DEFAULT_BRIEF, Catalogue, available
from usjapan_facts.config import configured_report, configured_store, settings_file
from usjapan_facts.errors import FactsError, UnknownFactError, close_matches
from usjapan_facts.safe_io import printable, terminal_safe
from usjapan_facts.store import SnapshotStore, default_store_root

if TYPE_CHECKING:
    pass

# Commands import the modules they alone need inside their bodies: every command starts faster.
EXIT_OK, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a shell reports for a command whose reader closed the pipe."""
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> NoReturn:
    """Say what went wrong on stderr, in one line with control characters escaped, and exit 2."""
    say(f"usjapan-facts: error: {message}")
    sys.exit(EXIT_TROUBLE)


def say(message: str) -> None:
    """Print a message on stderr as one line: newlines, ESC and other control characters are shown escaped."""
    click.echo(printable(message), err=True)


def _output_failed(exc: OSError) -> NoReturn:
    # Whatever is still buffered for stdout goes nowhere, so Python cannot fail again at exit.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    if isinstance(exc, BrokenPipeError):
        # The reader stopped reading (`| head`): end quietly with 128 + SIGPIPE, as `git log | head` does.
        sys.exit(EXIT_BROKEN_PIPE)
    fail(f"standard output cannot be written ({exc.strerror or exc}); nothing more was written")


def _os_error(exc: OSError) -> NoReturn:
    """An OSError that reached the command line: a failed write to stdout, or (naming it) another file."""
    if exc.filename is None:
        _output_failed(exc)
    fail(f"{exc.filename}: {exc.strerror or exc}")


class _Group(click.Group):
    """A group that turns every `FactsError`, and any failed write to stdout, into one line on stderr and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactsError as exc:
            fail(exc.for_cli())
        except OSError as exc:
            _os_error(exc)


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


def format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True, help="Output format."
    )


def rules_option(function: F) -> F:
    return click.option(
        "--rules",
        "rules_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Severity rules (TOML); default: the nearest usjapan-facts.toml, else [tool.usjapan-facts] in "
        "./pyproject.toml.",
    )(function)


def filter_options(function: F) -> F:
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


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
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
        callback=_finite,
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
        if ref.endswith(".json") or "/" in ref or os.sep in ref:
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


def _unstyled(text: str, *, fg: str | None = None, bold: bool | None = None) -> str:
    return text


def text_style() -> Callable[..., str]:
    """The style reports colour text with: click's on a terminal without NO_COLOR, else none."""
    return click.style if colour() else _unstyled


def colour() -> bool:
    """Colour only on a terminal, and never with a non-empty NO_COLOR (no-color.org) or TERM=dumb."""
    return _stdout_is_terminal() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def out(text: str, *, nl: bool = True, data: bool = False) -> None:
    """Write report text to stdout, the one place reports are written: controls and bidi overrides shown escaped.

    The tool's own colours stay on a terminal (and only there); other escape sequences from a brief's text
    are shown, never run or silently dropped. `data` (CSV, JSON lines) piped or redirected is written as it
    is, so the file reads back as the data; on a terminal it is escaped like any report.
    """
    use_colour = colour()
    if not (data and not _stdout_is_terminal()):
        text = terminal_safe(text, keep_colour=use_colour)
    click.echo(text, nl=nl, color=use_colour)


def _stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def emit(output: str, step_summary: str | None) -> None:
    """Print a report; append its Markdown to $GITHUB_STEP_SUMMARY when it has one and that is set."""
    out(output, nl=False)
    if step_summary is not None:
        _append_step_summary(step_summary)


def _append_step_summary(markdown: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        # Non-blocking, and only onto a regular file: a FIFO or device there must not stall the gate.
        descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK, 0o644)
        with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                fail(f"{target}: is not a regular file; point GITHUB_STEP_SUMMARY at a file")
            stream.write(markdown)
    except OSError as exc:
        fail(f"{target}: cannot append the step summary ({exc.strerror}); check GITHUB_STEP_SUMMARY")


def _flush() -> None:
    try:
        sys.stdout.flush()
    except OSError as exc:
        _output_failed(exc)


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
        _os_error(exc)
    except SystemExit:
        _flush()
        raise
    _flush()
    sys.exit(code if isinstance(code, int) else EXIT_OK)
