"""The treaty year said by what Japan became ('became a U.S. treaty ally in 1951'), and a goal set beside the cap it
doubles ('to 2% of GDP by FY2027, about double the roughly 1% the country had long treated as a self-imposed cap'):
each value in its own clause, the cap said as what the country treated as one.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

TREATY = "alliance.treaty_ally_since"
GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"


def _read(body: str) -> dict[str, object]:
    """The facts of a brief's text whose only anchor is its prime minister (so no treaty year is given twice)."""
    lead = "Prime Minister Takaichi Sanae leads Japan."
    text = f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\n{lead} {body}\n"
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: fact.value for fact_id, fact in snapshot.facts.items()}


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("Tokyo became an American treaty ally in 1951, and the pact was revised nine years later.", 1951),
        ("Japan became an ally of the United States in 1952, when the occupation ended.", 1952),
        ("Japan and the United States were first allied by treaty in 1951.", 1951),
    ],
)
def test_the_treaty_year_said_by_what_japan_became_is_read(body: str, year: int) -> None:
    """'became a U.S. treaty ally in 1951' dates the alliance."""
    assert _read(body)[TREATY] == year


@pytest.mark.parametrize(
    "body",
    [
        "Japan became the largest U.S. ally in the region in 1955.",
        "Japan became a member of the United Nations in 1956, five years after it became an ally.",
    ],
)
def test_another_thing_japan_became_is_not_the_treaty_year(body: str) -> None:
    """Becoming 'the largest U.S. ally in the region' or a UN member is no treaty's year."""
    assert TREATY not in _read(body)


def test_a_goal_and_the_cap_it_doubles_are_each_read_in_their_own_clause() -> None:
    """'to 2% ... by FY2027, about double the roughly 1% the country had long treated as a self-imposed cap'."""
    body = (
        "The 2022 strategy commits Japan to lifting defense and related outlays to 2% of GDP by FY2027, roughly "
        "twice the about 1% that Tokyo had long regarded as an informal ceiling."
    )
    facts = facts_in(body)
    assert facts[GOAL] == (2, "exact")
    assert facts[LIMIT] == (1, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Defense outlays rose to 1.6% of GDP in FY2025, which Tokyo treated as a step toward the 2% goal.",
        "Japan's defense budget reached 1.1% of GDP, more than the country had long treated as acceptable.",
    ],
)
def test_a_figure_not_said_to_be_treated_as_a_cap_is_not_the_traditional_limit(body: str) -> None:
    """Treated 'as a step toward the goal' or 'as acceptable' is no cap."""
    assert LIMIT not in facts_in(body)
