"""Version references: one place tells a snapshot file from a stored version, for the store and every command."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usjapan_facts.version_refs import is_snapshot_path, is_version_name


@pytest.mark.parametrize(
    ("ref", "path", "name"),
    [
        ("latest", False, True),
        ("previous", False, True),
        ("2022", False, True),
        ("2022-07", False, True),
        ("2022-07-21", False, True),
        ("2022-07-21.json", True, False),
        ("./2022-07-21.json", True, False),
        ("snapshots/IF10199/2022-07-21", True, False),
        ("sub/", True, False),
        ("2022-7-21", False, False),
        ("2022-07-21\n", False, False),
        ("facts", False, False),
    ],
)
def test_a_reference_is_a_snapshot_file_or_a_stored_version_name(ref: str, path: bool, name: bool) -> None:
    """A .json name or anything with a folder is a file; latest, previous and a date or its prefix are names."""
    assert (is_snapshot_path(ref), is_version_name(ref)) == (path, name)


@given(st.text(max_size=30))
def test_no_reference_is_both_a_file_and_a_version_name(ref: str) -> None:
    """The two readings never overlap, so the store, the timeline and the CLI cannot disagree on one."""
    assert not (is_snapshot_path(ref) and is_version_name(ref))
