"""Saving a version safely: temporary files named for their date and process, and signals that clean them up."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from usjapan_facts.errors import (
    StoreError,
)

if TYPE_CHECKING:
    pass

# The models (and pydantic) are imported where a snapshot is built, not here: `list` reads the record
# of validated content alone, and starts faster without them.

TEMP_NAME = re.compile(r"^\.(?P<date>\d{4}-\d{2}-\d{2})\.(?:(?P<pid>\d{1,10})\.)?[^/]*\.tmp$")
"""A save writes `.DATE.PID.RANDOM.tmp` first; readers never look at it, and it is gone once the save ends."""


def writer_alive(pid: str | None) -> bool:
    """Say whether the process that wrote a temporary file may still be saving."""
    if pid is None:
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists but is not ours, or the number is odd: leave its file alone
    return True


class SaveInterruptedError(StoreError):
    """SIGTERM or SIGINT arrived during a save; its temporary file was removed."""


@contextlib.contextmanager
def signals_interrupt(target: Path) -> Iterator[None]:
    """Turn SIGTERM and SIGINT into `SaveInterruptedError` while saving, so the save's cleanup runs."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals; a thread's caller owns its cleanup
        return

    def interrupt(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        raise SaveInterruptedError(f"{target}: saving was interrupted by {name}; its temporary file was removed")

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
