"""Alliance and defense figures read by their roles: a defense goal a plan's documents 'call for', 'direct that' outlays
reach, or outlays 'are to rise until they equal'; a goal the security strategy documents set, naming no 'defense'; a
cap told with an aside before its figure; a yearly payment drawn from the sentence before ('thus') or set by a one-year
extension; a dated move of Marines to the island the sentence before names, unless a later count 'so far' is told.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
HOST = "alliance.host_nation_support_per_year"
ON_GUAM = "alliance.marines_in_guam"


@pytest.mark.parametrize(
    "body",
    [
        "Its security strategy papers call for defense and related outlays to reach 2% of GDP in FY2027.",
        "The documents direct that defense spending reach 2% of gross domestic product in FY2027.",
        "Spending on defense and related items is to climb until it equals 2% of GDP in FY2027.",
        "Tokyo's National Security Strategy sets a goal of 2% of GDP, related outlays included, by FY2027.",
    ],
)
def test_a_goal_by_its_deadline_year_is_read_from_the_plan(body: str) -> None:
    """A plan's documents 'call for' a level (no demand of another), or direct that outlays reach it: the goal."""
    assert facts_in(body)[GOAL][0] == 2


def test_a_cap_told_with_an_aside_is_the_traditional_limit() -> None:
    """'a cap, never put into statute, of 1% of GDP': the aside stands between the cap and its figure."""
    body = "Defense budgets keep rising. Outlays still sit inside a cap, never put into statute, of one percent of GDP."
    assert facts_in(body)[LIMIT][0] == 1


@pytest.mark.parametrize(
    "body",
    [
        "The cost-sharing terms are set by a Special Measures Agreement signed in January 2022. It provides ¥1.05 "
        "trillion over five years. Tokyo's payments therefore average ¥210 billion a year, just under $1.6 billion.",
        "The Special Measures Agreement expired in March. The two sides then settled on a one-year extension. It "
        "provides ¥205 billion for FY2026, a shade under $1.6 billion.",
    ],
)
def test_a_yearly_payment_is_carried_through_a_drawn_figure_or_an_extension(body: str) -> None:
    """'thus/therefore' draws its subject from the sentence before; a one-year extension is the agreement in force."""
    assert facts_in(body)[HOST][0] == 1600000000


def test_a_past_total_beside_a_one_year_extension_is_not_a_yearly_payment() -> None:
    """A multiyear total of the expired agreement is no yearly figure, extension or not."""
    body = "The two sides settled on a one-year extension. The expired deal had provided ¥946 billion over five years."
    assert HOST not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Some 9,000 Marines are to leave Okinawa; about 4,000 of them are to go to Guam. An advance party of "
            "around one hundred logistics Marines moved there in December 2024.",
            100,
        ),
        (
            "About 9,000 Marines are to leave the island, some 4,000 of them for Guam. The first of these, about "
            "100 logistics personnel, made the move in December 2024.",
            100,
        ),
        (
            "About 9,000 Marines are to leave the island, some 4,000 of them for Guam. A first group of about 100 "
            "arrived there in December 2024, and a few hundred have made the move so far.",
            None,
        ),
    ],
)
def test_a_dated_move_to_the_island_named_before_is_the_count_there(body: str, expected: int | None) -> None:
    """A dated move 'there' or 'made the move' after the sentence naming Guam; none when a later count 'so far' is
    told that is not read."""
    assert facts_in(body).get(ON_GUAM, (None,))[0] == expected


@pytest.mark.parametrize(
    "drawn",
    [
        "The United States therefore spends about $5.5 billion a year on its forces in Japan.",
        "Japanese contractors therefore earn just under $1.6 billion a year from the bases.",
    ],
)
def test_a_drawn_figure_with_a_subject_of_its_own_is_no_yearly_payment(drawn: str) -> None:
    """'The United States therefore spends ...' after the agreement's total: its own subject, not the payments."""
    body = (
        "The cost-sharing terms are set by a Special Measures Agreement signed in January 2022. It provides ¥1.05 "
        f"trillion over five years. {drawn}"
    )
    assert HOST not in facts_in(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Trump Administration's national security strategy sets a goal of 5% of GDP for allies.",
        "A U.S. defense strategy published in January calls for allies to spend 3.5% of GDP on defense.",
    ],
)
def test_a_us_strategys_goal_for_allies_is_not_japans(body: str) -> None:
    """The goal a U.S. strategy sets allies is no goal of Japan's defense spending."""
    assert GOAL not in facts_in(body)
