"""The year the alliance began, however its treaty is named: 'formalized in 1951', 'rests on the 1951 security
pact', 'signed their security treaty in 1951'. A later treaty, or a treaty of peace, is no such year.

Every sentence is invented for the test, in a text with no other statement of the year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

TREATY = "alliance.treaty_ally_since"


def _treaty_year(body: str) -> object:
    text = (
        f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\nJapan has about 54,000 U.S. troops. {body}\n"
    )
    fact = extract_snapshot(text, brief="IF10199", updated=dt.date(2026, 6, 1)).snapshot.facts.get(TREATY)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    "body",
    [
        "The alliance, formalised in 1951, anchors Washington's posture in the Pacific.",
        "Their partnership still rests on the 1951 security treaty, amended in 1960.",
        "Ever since the two governments signed their first security pact in 1951, U.S. forces have stayed.",
    ],
)
def test_the_alliance_year_is_read_from_its_treaty_however_named(body: str) -> None:
    """A treaty formalised, signed or rested on in 1951 gives the alliance's year."""
    assert _treaty_year(body) == 1951


@pytest.mark.parametrize(
    "body",
    [
        "The alliance now rests on the 1960 security treaty.",
        "Tokyo signed the San Francisco peace treaty in 1951 and regained its sovereignty the next year.",
    ],
)
def test_a_later_treaty_or_a_peace_treaty_gives_no_alliance_year(body: str) -> None:
    """The revised treaty of 1960, or the treaty of peace, is not when the alliance began."""
    assert _treaty_year(body) is None
