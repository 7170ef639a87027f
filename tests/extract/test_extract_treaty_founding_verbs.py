"""The alliance's year read by the verb that founded it, whatever stands between the verb and its year: a place ('signed
at San Francisco in 1951'), an agent ('forged by treaty in 1951'), 'dating to 1951'; a later deed of the treaty's
('revised in 1960') is no founding. 'The two countries signed their treaty' speaks of the pair, not of a country the
sentence before names. Another ally's treaty is not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

TREATY = "alliance.treaty_ally_since"


def treaty_in(body: str) -> object:
    """The treaty year read from `body` in a brief's text dated June 2023 (a leader's sentence keeps it a brief)."""
    lead = "Japan is led by Prime Minister Kishida Fumio."
    text = f"# U.S.-Japan Relations\n\nUpdated June 1, 2023\n\n## Overview\n\n{lead} {body}\n"
    fact = extract_snapshot(text, updated=dt.date(2023, 6, 1)).snapshot.facts.get(TREATY)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("The alliance, forged by treaty in 1951, has outlived the Cold War.", 1951),
        ("Their mutual security pact was concluded at San Francisco in 1951 and amended in 1960.", 1951),
        ("A partnership dating to 1952, the alliance now spans space and cyber defense.", 1952),
        (
            "North Korea's missile tests alarm Tokyo and Seoul alike.\n\n## The Alliance\n\nThe two countries signed "
            "their security treaty in 1951, and it was revised in 1960.",
            1951,
        ),
    ],
)
def test_the_treaty_year_is_read_by_its_founding_verb(body: str, year: int) -> None:
    """The founding year is read, never the year of a revision."""
    assert treaty_in(body) == year


@pytest.mark.parametrize(
    "body",
    [
        "South Korea's alliance with Washington, forged by treaty in 1953, is younger.",
        "The Philippines' treaty with the United States was signed at Washington in 1951.",
    ],
)
def test_another_allys_treaty_is_not_read(body: str) -> None:
    """Another ally's founding year is not Japan's."""
    assert treaty_in(body) is None
