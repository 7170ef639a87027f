"""The look-ahead for a case-blind pattern's first characters changes none of its matches."""

from __future__ import annotations

import re

import pytest

from usjapan_facts.extract.first_chars import first_gated

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
