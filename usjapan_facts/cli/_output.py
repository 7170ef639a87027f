"""Where the command line writes: reports to stdout, messages to stderr, Markdown to a CI job's step summary."""

from __future__ import annotations

import contextlib
import errno
import os
import select
import stat
import sys
import time
from typing import TYPE_CHECKING, NoReturn

import click

from usjapan_facts.report.registry import Style, plain
from usjapan_facts.safe_io import printable, terminal_safe

if TYPE_CHECKING:
    from usjapan_facts.report.registry import Rendered

EXIT_OK, EXIT_FINDINGS, EXIT_TROUBLE = 0, 1, 2
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a shell reports for a command whose reader closed the pipe."""


def fail(message: str) -> NoReturn:
    """Say what went wrong on stderr, in one line with control characters escaped, and exit 2."""
    say(f"usjapan-facts: error: {message}")
    sys.exit(EXIT_TROUBLE)


def say(message: str) -> None:
    """Print a message on stderr as one line: newlines, ESC and other control characters are shown escaped."""
    click.echo(printable(message), err=True)


def output_failed(exc: OSError) -> NoReturn:
    """End after a failed write to stdout: quietly for a closed pipe (`| head`), else with one line."""
    # Whatever is still buffered for stdout goes nowhere, so Python cannot fail again at exit.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    if isinstance(exc, BrokenPipeError):
        # The reader stopped reading (`| head`): end quietly with 128 + SIGPIPE, as `git log | head` does.
        sys.exit(EXIT_BROKEN_PIPE)
    fail(f"standard output cannot be written ({exc.strerror or exc}); nothing more was written")


def os_error(exc: OSError) -> NoReturn:
    """An OSError that reached the command line: a failed write to stdout, or (naming it) another file."""
    if exc.filename is None:
        output_failed(exc)
    fail(f"{exc.filename}: {exc.strerror or exc}")


def flush() -> None:
    """Flush stdout before exit, so that a failed last write is reported like any other."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        output_failed(exc)


def text_style() -> Style:
    """The style reports colour text with: click's on a terminal without NO_COLOR, else `plain`."""
    return click.style if colour() else plain


def colour() -> bool:
    """Colour only on a terminal, and never with a non-empty NO_COLOR (no-color.org) or TERM=dumb."""
    return _stdout_is_terminal() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def out(text: str, *, nl: bool = True, data: bool = False) -> None:
    """Write report text to stdout, the one place reports are written: controls and bidi overrides shown escaped.

    The tool's own colours stay on a terminal (and only there); other escape sequences from a brief's text
    are shown, never run or silently dropped. `data` (CSV, JSON lines) piped or redirected is written as it
    is, so the file reads back as the data; on a terminal it is escaped like any report.
    """
    if data and not _stdout_is_terminal():
        sys.stdout.write(text + "\n" if nl else text)
        return
    use_colour = colour()
    click.echo(terminal_safe(text, keep_colour=use_colour), nl=nl, color=use_colour)


def _stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def emit(rendered: Rendered) -> None:
    """Print a report a chunk at a time; append its Markdown, if any, to $GITHUB_STEP_SUMMARY when that is set."""
    for chunk in rendered.chunks:
        out(chunk, nl=False, data=rendered.data)
    if rendered.step_summary is not None:
        append_step_summary(rendered.step_summary)


STEP_SUMMARY_WAIT = 10.0
"""Seconds the step summary may wait for a reader (of a named pipe, a terminal) to take it in."""


def append_step_summary(markdown: str) -> None:
    """Append `markdown` to the file $GITHUB_STEP_SUMMARY names, when it is set, as a shell's `>>` would.

    The runner names a file of its own, and a user may name any writable one: /dev/null, a pipe someone
    reads. Special files are refused where the tool creates or replaces a file, not here, where it only
    adds to what it was given; a block device (a disk) is still refused. No target can stall the
    command: a named pipe no one reads, or a reader that stops taking it in, ends it with one line.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    with contextlib.suppress(OSError):  # a missing file is created below; other failures are named there
        if stat.S_ISBLK(os.stat(target).st_mode):
            fail(f"{target}: is a block device, not a file; point GITHUB_STEP_SUMMARY at a file")
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        reason = "no process reads it" if exc.errno == errno.ENXIO else exc.strerror
        fail(f"{target}: cannot append the step summary ({reason}); check GITHUB_STEP_SUMMARY")
    try:
        if stat.S_ISBLK(os.fstat(descriptor).st_mode):  # put there since the check above
            fail(f"{target}: is a block device, not a file; point GITHUB_STEP_SUMMARY at a file")
        _write_within(descriptor, markdown.encode("utf-8"), STEP_SUMMARY_WAIT, target)
    except OSError as exc:
        fail(f"{target}: cannot append the step summary ({exc.strerror}); check GITHUB_STEP_SUMMARY")
    finally:
        os.close(descriptor)


def _write_within(descriptor: int, data: bytes, seconds: float, target: str) -> None:
    """Write all of `data` to a non-blocking descriptor, waiting for room at most `seconds` in all."""
    left, deadline = memoryview(data), time.monotonic() + seconds
    while left:
        try:
            left = left[os.write(descriptor, left) :]
        except BlockingIOError:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([], [descriptor], [], wait)[1]:
                fail(
                    f"{target}: cannot append the step summary (its reader did not take it in within {seconds:g} s); "
                    "check GITHUB_STEP_SUMMARY"
                )
