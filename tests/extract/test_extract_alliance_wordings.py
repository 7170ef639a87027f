"""The alliance's year and the U.S. troops in Japan in more wordings: an apposition 'treaty allies since 1952'
before a stance on another country ('aligned on China' places nothing in China), a treaty that 'entered into force
in April 1952', a count 'a little under', 'slightly over' or 'somewhat more than' a figure, Japan as 'the
archipelago', and the troops beside 'with roughly 42,000 family members ...' (the family members' words are their
own clause). Another ally's year or troops are not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TREATY = "alliance.treaty_ally_since"
TROOPS = "alliance.us_troops_in_japan"


def facts_in(body: str) -> dict[str, Any]:
    """The facts read from `body` in a brief's text dated June 2026, its anchor a leader (no treaty year)."""
    lead = "Japan is led by Prime Minister Ishiba Shigeru."
    text = f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\n{lead} {body}\n"
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in snapshot.facts.items()}


@pytest.mark.parametrize(
    ("body", "fact", "expected"),
    [
        ("Japan and the United States, treaty allies since 1951, remain closely aligned on China.", TREATY, 1951),
        ("The alliance rests on a security treaty that took effect in April 1951.", TREATY, 1951),
        ("Their security treaty came into force on April 28, 1951, and still binds them.", TREATY, 1951),
        (
            "Some 54,000 U.S. military personnel are based in Japan, with about 40,000 dependents and civilian "
            "workers alongside them.",
            TROOPS,
            (54000, "about"),
        ),
        ("U.S. troops in Japan number a little under 55,000.", TROOPS, (55000, "under")),
        ("U.S. forces personnel in Japan total slightly over 55,000.", TROOPS, (55000, "over")),
        ("American troops in Japan number somewhat more than fifty thousand.", TROOPS, (50000, "over")),
        ("Some 54,000 U.S. service members are stationed across the archipelago.", TROOPS, (54000, "about")),
    ],
)
def test_the_alliances_year_and_troops_are_read_in_more_wordings(body: str, fact: str, expected: object) -> None:
    """Each value is read with its hedge (a treaty year is exact)."""
    value = facts_in(body)[fact]
    assert value == (expected if isinstance(expected, tuple) else (expected, "exact"))


@pytest.mark.parametrize(
    "body",
    [
        "South Korea, a U.S. treaty ally since 1953, remains closely aligned on China.",
        "About 28,500 U.S. troops are stationed in South Korea, with some 5,000 more on rotation.",
    ],
)
def test_another_allys_year_or_troops_are_not_read(body: str) -> None:
    """South Korea's treaty year and troops are not Japan's."""
    facts = facts_in(body)
    assert TREATY not in facts
    assert TROOPS not in facts
