"""The defense spending goal said by a plan to spend, beside the old limit in the same clause: a trap word of the
other value ('cap', 'benchmark') rules out only that value, not the goal before it.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo plans to spend 2% of GDP on defense by FY2027, twice the 1% ceiling of the past.",
        "Japan intends to devote 2 percent of GDP to defense and related items by FY2027.",
        "Japan met its goal of spending 2% of GDP on defense in FY2025, leaving behind the 1% cap of old.",
        "Japan aims to allocate 2% of GDP to defense by FY2027, far above its 1% benchmark.",
    ],
)
def test_the_goal_is_read_beside_the_old_limit(sentence: str) -> None:
    """The goal is read though the clause goes on to the old limit's 'cap' or 'ceiling'."""
    assert facts_in(sentence)[GOAL] == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Defense spending was long capped at 1% of GDP, and Japan plans to spend more.",
        "NATO allies plan to spend 5% of GDP on defense.",
        "For decades, defense spending stayed near a 1% of GDP cap.",
    ],
)
def test_a_limit_or_another_alliance_goal_is_not_japans_goal(sentence: str) -> None:
    """A cap, or NATO's goal, is never read as Japan's spending goal."""
    assert GOAL not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In FY2024 Japan planned to spend 1.6% of GDP on defense, and the 2% of GDP it plans by FY2027 was capped.",
        "NATO allies plan to spend 5% of GDP on defense, 2% of GDP more than before.",
    ],
)
def test_a_word_of_the_whole_clause_still_rules_out_every_value(sentence: str) -> None:
    """Only the two words right after another value are that value's: 'capped', 'NATO' still rule out the goal."""
    assert facts_in(sentence).get(GOAL) != (2, "exact")
