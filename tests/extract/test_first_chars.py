"""The look-ahead for a case-blind pattern's first characters changes none of its matches."""

from __future__ import annotations

import re
import sys
import types

import pytest

from usjapan_facts.extract.first_chars import each_gated, first_gated, gate_patterns

TEXT = (
    "The U.S.-Japan alliance: Kyiv and KIEV, ukraine's 2022 war; 54,000 troops (USFJ) in Okinawa, "
    "-- about 70% -- a \u212aelvin sign, and the long \u017f. [bracket] ^caret"
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bUkrain|\bKyiv\b|\bKiev\b",
        r"(?:about\s+)?\d+%",
        r"(?<!\w)(?:troops|forces)\b",
        r"\b(?:U\.S\.)?-?Japan",
        r"k",
        r"s",
        r"[-\]^]\w+",
        r"(ok)(?:inawa)?",
        r"(?=[a-z])(?:okinawa|usfj)",
        r"(?>kyi)v",
        r"x*(?:a|b)+",
    ],
)
def test_same_matches(pattern: str) -> None:
    gated = first_gated(pattern)
    assert gated != pattern
    found = [match.span() for match in re.finditer(pattern, TEXT, re.IGNORECASE)]
    assert [match.span() for match in re.finditer(gated, TEXT, re.IGNORECASE)] == found


@pytest.mark.parametrize("pattern", [r"a*", r".x", r"[^a]b", r"\w+", r"[A-Z]x", r"(?i)abc", r"(a)?", r"$"])
def test_left_alone(pattern: str) -> None:
    """A pattern that may match nothing, or whose first characters are many or not worked out, is kept as it is."""
    assert first_gated(pattern) == pattern


def test_case_sensitive_left_alone() -> None:
    assert first_gated(r"\bJapan", 0) == r"\bJapan"


def test_modules_given_one_gated_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each module binding a case-blind pattern to a name gets the same gated twin; one a collection holds, or one
    written verbose, is kept, so that a test of which pattern matched still holds."""
    troops = re.compile(r"\b(?:troops|forces)\b", re.IGNORECASE)
    held = re.compile(r"\bKyiv\b", re.IGNORECASE)
    verbose = re.compile(r"okinawa  # the prefecture", re.IGNORECASE | re.VERBOSE)
    first, second = types.ModuleType("fake_pkg.first"), types.ModuleType("fake_pkg.second")
    first.__dict__.update(TROOPS=troops, HELD=held, BOTH=(held,), VERBOSE=verbose, CASED=re.compile(r"\bJapan"))
    second.__dict__.update(TROOPS=troops)
    monkeypatch.setitem(sys.modules, "fake_pkg.first", first)
    monkeypatch.setitem(sys.modules, "fake_pkg.second", second)
    gate_patterns("fake_pkg")
    assert first.TROOPS is second.TROOPS is not troops
    assert first.TROOPS.pattern == first_gated(troops.pattern)
    assert [m.span() for m in first.TROOPS.finditer(TEXT)] == [m.span() for m in troops.finditer(TEXT)]
    assert first.HELD is held
    assert first.VERBOSE is verbose
    assert first.CASED.pattern == r"\bJapan"
    gate_patterns("fake_pkg")  # again: nothing gated twice
    assert first.TROOPS is second.TROOPS
    assert first.TROOPS.pattern == first_gated(troops.pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bUkrain|\bKyiv\b|\bKiev\b",
        r"(?:about\s+)?\d+%|troops\b|(?<=the\s)long",
        r"[|]x|\|y|[]|]z|[^]|]w|(?-i:K)\w+|okinawa",
        r"(?P<war>war)|(ok)(?:inawa)?|.x|a*",
    ],
)
def test_each_gated_same_matches(pattern: str) -> None:
    """Each alternative behind its own look-ahead: the same matches and groups (one not worked out is kept)."""
    gated = each_gated(pattern)
    assert gated != pattern
    found = [(match.span(), match.groups()) for match in re.finditer(pattern, TEXT, re.IGNORECASE)]
    assert [(match.span(), match.groups()) for match in re.finditer(gated, TEXT, re.IGNORECASE)] == found


def test_each_gated_split_only_at_top() -> None:
    """A '|' inside a group, a set or after a backslash splits nothing; a split leaving no pattern keeps it whole."""
    assert each_gated(r"(?:a|b)c|\|d|[|]e") == r"(?=[ab])(?:(?:a|b)c)|(?=[\|])(?:\|d)|(?=[\|])(?:[|]e)"
    assert each_gated(r"a)|(b") == r"a)|(b"
