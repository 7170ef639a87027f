"""Bounded reading, bounded JSON and the one escaping rule, at the library level."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usjapan_facts.safe_io import MAX_JSON_INT, UnsafeInputError, parse_json, printable, read_regular


def test_regular_file_is_read_whole(tmp_path: Path) -> None:
    """A regular file under the cap gives its bytes."""
    path = tmp_path / "a.json"
    path.write_bytes(b"{}\n")
    assert read_regular(path, 10) == b"{}\n"


def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    """A FIFO is refused at once; nothing waits for a writer."""
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(UnsafeInputError, match=re.escape("is a named pipe (FIFO), not a regular file")):
        read_regular(tmp_path / "pipe", 10)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_link_to_a_device_is_refused(tmp_path: Path, device: str) -> None:
    """A link to a device that reports size 0 and never ends is refused, not read."""
    (tmp_path / "link").symlink_to(device)
    with pytest.raises(UnsafeInputError, match="character device"):
        read_regular(tmp_path / "link", 10)


def test_symlink_loop_is_named(tmp_path: Path) -> None:
    """A loop of links is refused as such."""
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(UnsafeInputError, match="symbolic link loop"):
        read_regular(tmp_path / "a", 10)


def test_proc_file_reporting_size_0_is_read_up_to_the_cap() -> None:
    """A regular file that reports size 0 (/proc) is read, and its real length counts against the cap."""
    assert read_regular(Path("/proc/self/status"), 1_000_000).startswith(b"Name:")
    with pytest.raises(UnsafeInputError, match="10-byte limit"):
        read_regular(Path("/proc/self/status"), 10)


def test_file_over_the_cap_is_refused_by_its_size(tmp_path: Path) -> None:
    """A file larger than the cap is refused with its size."""
    path = tmp_path / "big"
    path.write_bytes(b"x" * 11)
    with pytest.raises(UnsafeInputError, match="is 11 bytes, over the 10-byte limit"):
        read_regular(path, 10)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nests deeper than 32 levels"),
        (b'{"a": 1, "a": 2}', "'a' twice"),
        (b"[" + b"7" * 5000 + b"]", r"\(5000 digits\)"),
        (b"[9007199254740993]", "beyond the"),
        (b"[1e400]", "1e400"),
        (b"[-1e400]", "-1e400"),
        (b"[NaN]", "NaN"),
        (b"[Infinity]", "Infinity"),
    ],
)
def test_pathological_json_is_refused(raw: bytes, message: str) -> None:
    """Deep nesting, duplicate keys, huge integers and non-finite numbers are refused before use."""
    with pytest.raises(UnsafeInputError, match=message):
        parse_json(raw)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    """Depth counts structure, not brackets quoted in strings, escaped quotes included."""
    text = json.dumps({"quote": "[" * 100 + '\\"' + "{" * 100})
    assert parse_json(text.encode()) == json.loads(text)


def test_nesting_at_the_limit_is_allowed() -> None:
    """Exactly 32 levels parse."""
    assert parse_json(b"[" * 32 + b"]" * 32) is not None


@given(st.recursive(st.none() | st.booleans() | st.integers(-MAX_JSON_INT, MAX_JSON_INT) | st.text(),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                    max_leaves=20))  # fmt: skip
def test_ordinary_json_parses_as_json_does(value: object) -> None:
    """Anything within the bounds parses exactly as the standard library parses it."""
    raw = json.dumps(value).encode()
    assert parse_json(raw) == json.loads(raw)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("tab\there\r", "tab\\there\\r"),
        ("line\u2028sep", "line\\u2028sep"),
        ("bidi\u202eevil", "bidi\\u202eevil"),
        ("C1 \x85 next line", "C1 \\x85 next line"),
        ("ordinary — text, 日本", "ordinary — text, 日本"),
    ],
)
def test_printable_escapes_control_characters(text: str, shown: str) -> None:
    """Control characters, line separators and bidi overrides are shown escaped; other text is unchanged."""
    assert printable(text) == shown


@given(st.text())
def test_printable_is_always_one_line(text: str) -> None:
    """Whatever the text, its printable form is a single line without ESC."""
    shown = printable(text)
    assert len(shown.splitlines()) <= 1
    assert "\x1b" not in shown
