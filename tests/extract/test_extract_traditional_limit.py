"""The long-standing limit on Japan's defense spending, however it is called and whenever it was set: 'stayed close
to 1% of GDP for decades', 'the 1% guideline that capped spending', 'a doubling from the 1% benchmark', 'held to
about 1% since a cabinet decision in 1976'. A recent level or another alliance's goal is no such limit.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LIMIT = "defense.traditional_limit_pct_gdp"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Japan's defense spending has remained close to 1% of GDP for half a century.", (1, "nearly")),
        ("The 1% guideline that long capped military spending no longer holds.", (1, "exact")),
        ("Japan's defense buildup amounts to a doubling from the 1% benchmark it kept for decades.", (1, "exact")),
        (
            "Japan is rearming. Spending had long been held to about 1% of GDP since a 1976 cabinet decision.",
            (1, "about"),
        ),
        ("For decades, defense spending hovered at roughly 1% of GDP.", (1, "about")),
    ],
)
def test_a_long_standing_limit_is_read_however_it_is_called(body: str, expected: tuple[int, str]) -> None:
    """A guideline, benchmark or level held for decades is the traditional limit, dated or not."""
    assert facts_in(body)[LIMIT] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Japan's defense spending has stayed at 1.4% of GDP for two years.",
        "Japan plans to raise defense spending to 2% of GDP by FY2027, in line with NATO's benchmark.",
    ],
)
def test_a_recent_level_or_a_goal_is_no_traditional_limit(body: str) -> None:
    """A level held for two years, or a goal beside NATO's benchmark, is not the long-standing limit."""
    assert LIMIT not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tokyo has pledged to spend 2% of GDP on defense by FY2028, a marked departure from the roughly 1% "
            "ceiling its governments kept for decades.",
            (1, "about"),
        ),
        (
            "The cabinet set a goal of 2% of GDP for defense by FY2028, twice the roughly 1% that for decades served "
            "as an informal ceiling.",
            (1, "about"),
        ),
        (
            "Defense outlays reached 2% of GDP by FY2026, leaving behind the 1% cap that held through the Cold War.",
            (1, "exact"),
        ),
    ],
)
def test_the_limit_beside_the_new_goal_and_its_deadline_is_read(body: str, expected: tuple[int, str]) -> None:
    """'2% by FY2028, a departure from the roughly 1% ceiling': the goal's deadline is not the old limit's, and a
    limit named a few words after its value ('that for decades served as an informal ceiling') is still tied."""
    assert facts_in(body)[LIMIT] == expected


def test_the_new_goal_beside_the_old_limit_is_not_the_limit() -> None:
    """'2% of GDP by FY2028, a break from the 1% ceiling': 2% is the goal, never the limit."""
    facts = facts_in("Japan aims to spend 2% of GDP on defense by FY2028, a break from the 1% ceiling.")
    assert facts[LIMIT] == (1, "exact")
    assert facts["defense.spending_goal_pct_gdp"] == (2, "exact")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan's military outlays have not strayed far from 1% of GDP, a line that cabinets kept as a lid.",
            (1, "about"),
        ),
        ("Successive cabinets have rarely let defense spending breach the line of 1% of GDP.", (1, "exact")),
        (
            "Defense budgets keep rising. Spending has still seldom topped 1% of GDP, the benchmark set in 1976.",
            (1, "exact"),
        ),
    ],
)
def test_a_line_seldom_crossed_is_the_traditional_limit(body: str, expected: tuple[int, str]) -> None:
    """A line spending has seldom crossed or not strayed far from is the limit: 'seldom exceeded' is no 'over'."""
    assert facts_in(body)[LIMIT] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Japan's defense spending has rarely exceeded 1.3% of GDP in the past two years.",
        "Outlays on pensions have seldom topped 10% of GDP.",
    ],
)
def test_a_recent_ceiling_or_another_budget_is_no_traditional_limit(body: str) -> None:
    """A level of the last two years, or another outlay's line, is not the defense limit."""
    assert LIMIT not in facts_in(body)
