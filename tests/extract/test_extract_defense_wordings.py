"""Japan's defense spending goal, its traditional limit and its Tomahawk purchase in more wordings: a limit kept 'by
long practice', made 'the upper bound', written '1-percent-of-GDP line'; a goal Japan 'intends to reach', 'would
hit', 'met', or that a leader endorsed 'raising it to ..., the NATO benchmark' after a sentence on defense spending;
a purchase of 'the missiles' after a sentence naming Tomahawks. NATO's own goal and another buyer's missiles are not
Japan's.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
TOMAHAWK = "defense.tomahawk_purchase"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("By long practice the defense budget has stayed near 1% of GDP.", {LIMIT: (1, "about")}),
        ("A 1976 cabinet decision made 1% of GDP the upper bound for defense spending.", {LIMIT: (1, "exact")}),
        (
            "The defense goal is 2% of GDP by FY2027, roughly double the 1-percent-of-GDP line that governments long "
            "treated as a cap.",
            {GOAL: (2, "exact"), LIMIT: (1, "exact")},
        ),
        (
            "Military spending was long held near 1% of GDP. The prime minister has endorsed raising it to 2% of GDP, "
            "the NATO benchmark, by FY2027.",
            {GOAL: (2, "exact"), LIMIT: (1, "about")},
        ),
        ("Japan intends to reach defense spending of 2% of GDP by FY2027.", {GOAL: (2, "exact")}),
        (
            "Japan's longstanding practice was to keep defense spending at or below 1 percent of GDP.",
            {LIMIT: (1, "exact")},
        ),
        ("Tokyo aims for defense outlays equal to 2 percent of GDP by 2027.", {GOAL: (2, "exact")}),
        ("The government said Japan would hit defense spending of 2% of GDP in FY2025.", {GOAL: (2, "exact")}),
        ("Japan met its 2% of GDP defense-spending goal early.", {GOAL: (2, "exact")}),
        (
            "Japan plans to buy U.S. Tomahawk cruise missiles. Washington approved the sale of up to 400 of the "
            "missiles, valued at about $2.35 billion.",
            {TOMAHAWK: (2350000000, "about")},
        ),
    ],
)
def test_defense_facts_are_read_in_more_wordings(body: str, expected: dict[str, tuple[float, str]]) -> None:
    """Each defense fact is read with its hedge, and no other from the same words."""
    facts = facts_in(body)
    assert {key: facts[key] for key in (GOAL, LIMIT, TOMAHAWK) if key in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "NATO members pledged in 2014 to reach defense spending of 2% of GDP.",
        "Japan plans to buy Tomahawk missiles. Australia has already bought $1.3 billion of the missiles.",
    ],
)
def test_natos_goal_and_another_buyers_missiles_are_not_japans(body: str) -> None:
    """NATO's goal is no goal of Japan's; Australia's purchase of the missiles is not Japan's."""
    facts = facts_in(body)
    assert GOAL not in facts
    assert TOMAHAWK not in facts


@pytest.mark.parametrize(
    "body",
    [
        "Japan's FY2024 defense budget includes about $5.5 billion for stand-off missiles, among them Tomahawks and "
        "upgraded Type 12 missiles.",
        "Tokyo set aside some $4 billion for long-range strike weapons, including Tomahawk cruise missiles.",
    ],
)
def test_the_budget_of_a_class_of_arms_with_tomahawks_among_them_is_no_tomahawk_purchase(body: str) -> None:
    """'$5.5 billion for stand-off missiles, among them Tomahawks': the class's money, not the Tomahawk purchase."""
    assert TOMAHAWK not in facts_in(body)


def test_the_tomahawk_purchase_itself_is_still_read() -> None:
    """'signed a contract to buy 400 Tomahawk missiles for about $2.35 billion': the purchase."""
    assert facts_in("Japan signed a contract to buy 400 Tomahawk missiles for about $2.35 billion.")[TOMAHAWK] == (
        2350000000,
        "about",
    )
