"""Read what a user or a stranger hands us without hanging, without unbounded reads, and print it safely.

`read_regular` opens only regular files, never waits on a FIFO or device, and reads at most a cap
whatever size the file reports. `parse_json` refuses duplicate keys, deep nesting, huge integers and
non-finite numbers before anything else sees the data. `printable` is the one escaping rule for text
that came from outside (file names, URLs, server messages) before it is shown.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from itertools import accumulate
from pathlib import Path
from typing import Any

MAX_JSON_DEPTH = 32
"""A snapshot nests five levels deep; anything far deeper is not one."""
MAX_JSON_INT = 2**53
"""JSON's interoperable integer range; every bound of a stored kind lies well inside it."""
_MAX_INT_DIGITS = len(str(MAX_JSON_INT)) + 1


class UnsafeInputError(ValueError):
    """Input refused before it is used; the message says why, without the file's name."""


_FILE_TYPES = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def file_kind(mode: int) -> str:
    """Name what kind of file a `stat` mode is (a directory, a named pipe ...), for a message."""
    return _FILE_TYPES.get(stat.S_IFMT(mode), "not a regular file")


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop (or a chain of links too long to follow)"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a file"
    return f"cannot be read ({exc.strerror or exc})"


def read_regular(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of a regular file of at most `max_bytes`; refuse anything else with `UnsafeInputError`.

    The type is checked before opening and again on the open descriptor, and the file is opened
    non-blocking, so a FIFO or device swapped in meanwhile is refused rather than waited on or read forever.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise UnsafeInputError(f"is {file_kind(mode)}, not a regular file")
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise UnsafeInputError(_os_problem(exc)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeInputError(f"is {file_kind(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise UnsafeInputError(f"is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        chunks: list[bytes] = []
        size = 0
        # The reported size is only a hint (/proc files say 0, a file may grow): the cap is what counts.
        while size <= max_bytes:
            chunk = os.read(descriptor, min(1024 * 1024, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise UnsafeInputError(f"is over the {max_bytes:,}-byte limit")
        return b"".join(chunks)
    except OSError as exc:
        raise UnsafeInputError(_os_problem(exc)) from None
    finally:
        os.close(descriptor)


# JSON ---------------------------------------------------------------------------------------------

# A string, closed or not, is consumed whole and possessively: scanning stays linear on any input.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1
_AS_PARENS = bytes.maketrans(b"[]{}", b"()()")


def _check_depth(raw: bytes, limit: int) -> None:
    # Measured before parsing, so a 100,000-deep document never reaches a recursive parser. Peeling
    # the innermost pairs `limit` times empties any document within the limit at C speed; only one
    # that is deeper, or unbalanced, pays for the exact running count.
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    peeled = brackets.translate(_AS_PARENS)
    for _ in range(limit):
        if not peeled:
            return
        peeled = peeled.replace(b"()", b"")
    if peeled and max(accumulate(map(_STEP.__getitem__, brackets))) > limit:
        raise UnsafeInputError(f"nests deeper than {limit} levels")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise UnsafeInputError(f"has the key {key!r} twice in one object")
        result[key] = value
    return result


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS or abs(value := int(text)) > MAX_JSON_INT:
        shown = text if len(text) <= 24 else f"{text[:12]}...({len(text)} digits)"
        raise UnsafeInputError(f"holds the integer {shown}, beyond the {MAX_JSON_INT:,} any field allows")
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        shown = text if len(text) <= 24 else f"{text[:12]}...({len(text)} characters)"
        raise UnsafeInputError(f"holds the number {shown}, which no float can hold")
    return value


def _no_constant(name: str) -> float:
    raise UnsafeInputError(f"holds {name}, which is not a JSON number")


def parse_json(raw: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse UTF-8 JSON refusing duplicate keys, nesting past `max_depth`, huge integers and non-finite numbers.

    Raises `UnsafeInputError` for those, `UnicodeDecodeError` and `json.JSONDecodeError` as json would.
    """
    _check_depth(raw, max_depth)
    text = raw.decode("utf-8")
    return json.loads(
        text,
        object_pairs_hook=_no_duplicates,
        parse_int=_bounded_int,
        parse_float=_finite_float,
        parse_constant=_no_constant,
    )


# Printing ---------------------------------------------------------------------------------------

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Show control characters (newlines, ESC, bidi overrides) as escapes, so outside text stays on one line."""
    return _UNPRINTABLE.sub(_escape, text)


# Reports on stdout -------------------------------------------------------------------------------

_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SGR = re.compile("(\x1b\\[(?:0|1|2|22|39|3[0-7]|9[0-7])?m)")
"""The styling the tool itself writes (click.style: reset, bold, dim, a foreground colour); any other
sequence, such as conceal (ESC [ 8 m) or a title from a brief's text, is shown escaped."""


def _terminal_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    # C0 controls never stand raw in JSON, so their short form is safe there; the others, which can stand
    # inside a JSON string, are written the way JSON writes them, so a JSON report stays valid JSON.
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def terminal_safe(text: str, *, keep_colour: bool = False) -> str:
    """Show C0/C1 controls, DEL and bidi overrides in a report as escapes; newlines and tabs stay.

    With `keep_colour`, the colour sequences the tool's own styling writes (ESC [ 31 m, ...) are kept.
    """
    if not keep_colour:
        return _TERMINAL_UNSAFE.sub(_terminal_escape, text)
    parts = _SGR.split(text)
    return "".join(
        part if index % 2 else _TERMINAL_UNSAFE.sub(_terminal_escape, part) for index, part in enumerate(parts)
    )
