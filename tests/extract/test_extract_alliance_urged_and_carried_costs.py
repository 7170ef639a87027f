"""Alliance and defense facts read by their roles: a level another party urges on Japan or on allies is no goal Japan
set, nor a sum it pays; a goal spending must reach is Japan's; the cost a payer's sum goes toward may be the forces'
presence told by a word pointing back; spending held near a level as the object of its verb is the old limit; the
total of Marines 'there' after a sentence naming Guam is the count on Guam.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
SUPPORT = "alliance.host_nation_support_per_year"
ON_GUAM = "alliance.marines_in_guam"


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. officials have urged allies to aim for 3.5% of GDP in core defense spending.",
        "Washington has pressed Tokyo to lift defense spending to 3% of GDP within five years.",
        "Allies are being asked to spend 5% of GDP on defense and security.",
        "U.S. officials say Japan must raise defense spending to 3.5% of GDP.",
        "Pentagon planners have called on Indo-Pacific partners to devote 3.5% of GDP to defense.",
        "In talks this spring, U.S. negotiators pushed for Japan to set a new goal of 3% of GDP for defense.",
        "The Trump Administration wants allies to commit 5% of GDP to defense.",
    ],
)
def test_a_level_urged_on_another_is_no_goal(sentence: str) -> None:
    """A level another party urges, presses or asks for is a demand, not a goal Japan set."""
    assert GOAL not in facts_in(sentence)


def test_the_goal_set_stands_beside_a_level_urged() -> None:
    """The goal the strategy set is read; the higher level U.S. officials urge on allies is not."""
    text = (
        "The 2022 National Security Strategy set a target of 2% of GDP for defense and related outlays by FY2027. "
        "U.S. officials have urged allies to aim for 3.5% of GDP in core defense spending."
    )
    assert facts_in(text)[GOAL] == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "On November 28, Kishida told his ministers that defense and related spending must reach 2% of GDP in FY2027.",
        "Under the plan, defense outlays have to climb to 2% of GDP by FY2027.",
    ],
)
def test_a_level_spending_must_reach_is_the_goal(sentence: str) -> None:
    """A level Japan's spending must reach is its goal."""
    assert facts_in(sentence)[GOAL] == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 54,000 U.S. troops are based in Japan. Toward the cost of that presence, Tokyo contributes roughly "
        "$2 billion each year.",
        "Toward the expense of hosting these forces, roughly $2 billion is contributed by the Japanese government "
        "each year.",
        "To defray part of the cost of stationing U.S. forces, Japan provides about $2 billion a year.",
        "Each year Japan puts about $2 billion toward the upkeep of the American garrison.",
    ],
)
def test_the_sum_toward_the_forces_cost_is_host_nation_support(sentence: str) -> None:
    """A yearly sum Japan gives toward the cost of the forces, or of their presence pointed back to, is its support."""
    assert facts_in(sentence)[SUPPORT] == (2000000000, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trump Administration pressed Tokyo to pay $8 billion a year toward the cost of U.S. forces.",
        "Toward the cost of that presence, South Korea contributes roughly $1 billion each year.",
        "The cost of stationing U.S. forces in Japan is about $5.5 billion a year.",
        "Upkeep of the bases is costly: the cost of hosting U.S. forces, borne largely by the U.S. taxpayer, comes to "
        "$5 billion a year.",
    ],
)
def test_a_sum_urged_or_another_countrys_is_not_japans_support(sentence: str) -> None:
    """A sum urged on Tokyo, or another host's, is not what Japan pays."""
    assert SUPPORT not in facts_in(sentence)


def test_spending_held_as_the_object_of_its_verb_is_the_old_limit() -> None:
    """'had held budgets near 1% of GDP' after a sentence on defense spending: the traditional limit."""
    text = (
        "Spending on defense and related budget items is to reach 2% of GDP in FY2027. For about half a century, "
        "custom rather than law had held budgets near 1% of GDP."
    )
    found = facts_in(text)
    assert found[LIMIT] == (1, "about")
    assert found[GOAL] == (2, "exact")


def test_the_total_there_after_a_sentence_naming_guam_is_the_count_on_guam() -> None:
    """'the total there stood at 210' after the move to Guam: the Marines on Guam now, not the first arrival."""
    text = (
        "A 2012 realignment plan would move some 4,000 Marines from the prefecture to Guam. The first contingent, "
        "about 100, arrived in December 2024; as of March, the total there stood at 210."
    )
    assert facts_in(text)[ON_GUAM] == (210, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The total there is to reach 1,300 by 2027.",
        "The total there stood at 18,000, most of them on Okinawa.",
    ],
)
def test_a_total_to_come_or_elsewhere_is_not_the_count_on_guam(sentence: str) -> None:
    """A total still to come, or one of another place, is not how many Marines are on Guam."""
    text = f"Some 4,000 Marines are to move from Okinawa to Guam. {sentence}"
    assert ON_GUAM not in facts_in(text)


@pytest.mark.parametrize(
    ("before", "sentence", "count"),
    [
        (
            "About 100 Marines moved to Guam in late 2024.",
            "By March, the number on the island had grown to about 200.",
            200,
        ),
        (
            "Some 4,000 Marines are to relocate from Okinawa to Guam.",
            "The contingent there numbered about 150 by January.",
            150,
        ),
    ],
)
def test_the_number_there_grown_to_is_the_later_count_on_guam(before: str, sentence: str, count: int) -> None:
    """The number on the island grown to, or numbering, after a sentence naming Guam: the later count there."""
    assert facts_in(f"{before} {sentence}")[ON_GUAM] == (count, "about")


TOMAHAWK = "defense.tomahawk_purchase"


def test_the_sales_value_pointed_back_to_is_the_tomahawk_purchase() -> None:
    """'Its estimated value' after the sentence naming the sale of Tomahawks to Japan: the purchase's value, an
    estimate."""
    text = (
        "On November 17, the State Department notified Congress of a sale to Japan of up to 400 Tomahawk cruise "
        "missiles. Its estimated value is $2.35 billion."
    )
    assert facts_in(text)[TOMAHAWK] == (2350000000, "about")


@pytest.mark.parametrize(
    "text",
    [
        "Australia is buying 200 Tomahawk missiles. Its estimated value is $895 million.",
        "Japan is buying 400 Tomahawk missiles. Its defense budget is $55 billion.",
    ],
)
def test_another_buyers_value_or_a_budget_pointed_back_to_is_not_the_purchase(text: str) -> None:
    """Another buyer's sale, or Japan's budget, pointed back to is not the purchase of Tomahawks."""
    assert TOMAHAWK not in facts_in(text)
