"""Saving a version safely: temporary files named for their date and process, signals that clean them up, and
the atomic write itself."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from usjapan_facts.errors import SnapshotExistsError, StoreError

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


def write_snapshot(root: Path, target: Path, data: bytes, *, overwrite: bool, leftovers: Iterable[Path] = ()) -> None:
    """Write a snapshot file's bytes atomically into the store at `root`, first removing `leftovers` of its version.

    SIGTERM or SIGINT during the write removes the temporary file and raises `SaveInterruptedError`.
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"{root}: cannot write to the store ({exc.strerror})") from None
    with signals_interrupt(target):
        _write(root, target, data, overwrite=overwrite)


def _write(root: Path, target: Path, data: bytes, *, overwrite: bool) -> None:
    from usjapan_facts.writing import FolderNotWritableError, replacing

    try:
        # A hard link (exclusive) fails if the target appeared meanwhile, so a racing save cannot be lost.
        prefix = f".{target.stem}.{os.getpid()}."
        with (
            replacing(target, root=root, exclusive=not overwrite, prefix=prefix) as temp,
            temp.open("wb") as stream,
        ):
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except FolderNotWritableError as exc:
        raise StoreError(f"{root}: cannot write to the store ({exc.reason})") from None
    except FileExistsError:
        raise SnapshotExistsError(
            f"{target}: version {target.stem} was stored meanwhile",
            hint="pass overwrite=True to replace it",
            cli_hint="pass --force to replace it",
        ) from None
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the snapshot ({exc.strerror})") from None
