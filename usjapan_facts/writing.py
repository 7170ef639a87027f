"""Write every file the tool writes the same way: beside the target, then renamed into place.

`replacing(target)` yields a temporary path beside `target` and renames it over the target when the
block ends without error; `write_file` writes bytes or text through it; `building_folder(folder)`
does the same for a whole folder. All refuse a FIFO, a device or a socket at the target and a link
that leads out of the target's folder (or of `root`), honour the umask for a new file, keep an
existing file's mode, and remove their temporary files on error, SIGTERM or SIGINT.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from usjapan_facts.errors import FactsError
from usjapan_facts.safe_io import file_kind
from usjapan_facts.saving import signals_interrupt


class UnsafeOutputError(FactsError):
    """A file or folder the tool would write is a special file, a link out of its folder, or cannot be written."""


class FolderNotWritableError(UnsafeOutputError):
    """No temporary file can be made in the target's folder (read-only, full, missing): `reason` says why."""

    def __init__(self, target: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{target}: cannot be written ({reason})")


def current_umask() -> int:
    """Return the process's umask (read by setting it and putting it back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _new_file_mode() -> int:
    return 0o666 & ~current_umask()


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def checked_target(target: Path, *, root: Path | None = None) -> tuple[Path, int | None]:
    """Return where to write `target` (a link inside `root` is followed) and the mode to keep, or None for new.

    Refuse a link leading out of `root` (by default the target's own folder), a loop, and anything but
    a regular file at the target.
    """
    folder = root if root is not None else (target.parent if str(target.parent) else Path())
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise UnsafeOutputError(f"{target}: cannot be written ({exc.strerror})") from None
    real = target
    if stat.S_ISLNK(info.st_mode):
        if not _inside(target, folder):
            raise UnsafeOutputError(
                f"{target}: is a link that leads out of {folder}; remove the link or write elsewhere"
            )
        real = target.resolve()
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return real, None
        except OSError as exc:
            raise UnsafeOutputError(f"{target}: cannot be written ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        kind = file_kind(info.st_mode)
        raise UnsafeOutputError(f"{target}: is {kind}, not a regular file; the tool writes only regular files")
    return real, stat.S_IMODE(info.st_mode)


@contextlib.contextmanager
def replacing(
    target: Path, *, root: Path | None = None, exclusive: bool = False, prefix: str | None = None
) -> Iterator[Path]:
    """Yield a new temporary file beside `target`; rename it over `target` when the block succeeds.

    With `exclusive`, an existing target is never replaced (`FileExistsError`). On any error or signal
    the temporary file is removed and the target is left as it was. `prefix` names the temporary file.
    """
    real, mode = checked_target(target, root=root)
    folder = real.parent if str(real.parent) else Path()
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=prefix or f".{real.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as exc:
        raise FolderNotWritableError(target, exc.strerror or str(exc)) from None
    os.close(handle)
    temp = Path(name)
    try:
        with signals_interrupt(target):
            os.chmod(temp, mode if mode is not None else _new_file_mode())
            yield temp
            if exclusive:
                os.link(temp, real)
            else:
                os.replace(temp, real)
    finally:
        temp.unlink(missing_ok=True)


def write_file(target: Path, data: bytes | str, *, root: Path | None = None) -> Path:
    """Write `data` (text is UTF-8) to `target` through a temporary file beside it; return the target."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with replacing(target, root=root) as temp, temp.open("wb") as stream:
            stream.write(raw)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        raise UnsafeOutputError(f"{target}: cannot be written ({exc.strerror})") from None
    return target


@contextlib.contextmanager
def building_folder(folder: Path, *, replace: bool = False) -> Iterator[Path]:
    """Yield a new empty folder beside `folder`; move it to `folder` when the block succeeds.

    An existing `folder` is an error unless `replace`, when the new one takes its place and the old one
    is removed. A link at `folder` is never followed. On any error or signal the new folder is removed.
    """
    parent = folder.parent if str(folder.parent) else Path()
    if folder.is_symlink():
        raise UnsafeOutputError(f"{folder}: is a link; give the folder itself")
    if os.path.lexists(folder) and not folder.is_dir():
        raise UnsafeOutputError(f"{folder}: exists and is not a folder")
    if folder.exists() and not replace:
        raise UnsafeOutputError(f"{folder}: already exists")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        built = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.{os.getpid()}.", suffix=".tmp"))
    except OSError as exc:
        raise UnsafeOutputError(f"{folder}: cannot be written ({exc.strerror})") from None
    old: Path | None = None
    try:
        with signals_interrupt(folder):
            os.chmod(built, 0o777 & ~current_umask())
            yield built
            if not folder.exists():
                os.replace(built, folder)
                return
            old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.old.", suffix=".tmp"))
            os.replace(folder, old / "previous")
            try:
                os.replace(built, folder)
            except BaseException:
                os.replace(old / "previous", folder)
                raise
    finally:
        if built.exists():
            shutil.rmtree(built, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _same_file(path: Path, data: bytes) -> bool:
    # Only a regular file, never a link, is reused: what the old build holds there must be its own page.
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with open(path, "rb", opener=lambda name, flags: os.open(name, flags | _NOFOLLOW)) as stream:
            return stream.read(len(data) + 1) == data
    except OSError:
        return False


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def write_folder(folder: Path, files: Mapping[str, bytes] | Iterable[tuple[str, bytes]]) -> list[Path]:
    """Make `folder` hold exactly `files` (relative path: bytes), built beside it and moved into place.

    `files` may be pairs made one by one, so a large site is never whole in memory; if making one
    fails, the folder is left as it was. A file whose bytes are those of the earlier build is linked
    from it rather than written again; files of the earlier build that are not in `files` are gone.
    """
    mode = _new_file_mode()
    written: list[Path] = []
    with building_folder(folder, replace=True) as built:
        made: set[Path] = {built}
        for relative, data in files.items() if isinstance(files, Mapping) else files:
            written.append(folder / relative)
            path = built / relative
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            old = folder / relative
            if _same_file(old, data):
                with contextlib.suppress(OSError):
                    os.link(old, path, follow_symlinks=False)
                    continue
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
    return written
