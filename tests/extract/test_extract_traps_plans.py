"""Traps of intent: a value planned, possible, pending, asked for or only hoped for is no fact, and a plan still is.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, UPPER, facts_in


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Pentagon plans to trim the U.S. force in Japan to 45,000 troops by 2030.", "alliance.us_troops_in_japan"),
        ("U.S. troops in Japan could fall to 45,000 under a new posture review.", "alliance.us_troops_in_japan"),
        ("Japan may become the largest source of FDI in the United States next year.", "trade.fdi_source_rank"),
        ("The coalition is set to win 61% of Upper House seats, polls suggest.", UPPER),
        ("Japan may buy another 200 Tomahawk missiles for about $1 billion.", "defense.tomahawk_purchase"),
        ("Some 4,500 Marines could move to Guam if funding allows.", GUAM),
        ("The Pentagon is mulling a cut in U.S. troops in Japan to about 40,000.", "alliance.us_troops_in_japan"),
        ("Tokyo is weighing a new target of 3.5% of GDP for defense spending.", "defense.spending_goal_pct_gdp"),
        ("Under the 2006 roadmap, the U.S. presence in Japan was to shrink to about 45,000 troops.",
         "alliance.us_troops_in_japan"),
        ("Under the 2006 roadmap, 8,000 Marines were to move to Guam.", GUAM),
        ("The original plan was to move 8,000 Marines to Guam.", GUAM),
    ],
)  # fmt: skip
def test_a_planned_or_possible_value_is_not_read(sentence: str, fact: str) -> None:
    """'plans to', 'could', 'may become', 'is set to', 'is weighing' give a value that is not a fact yet, and 'were to',
    'the original plan' one that was replaced."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "brief", "fact"),
    [
        ("The United States wants Japan to invest $900 billion in U.S. industry.", "IF11120",
         "framework.investment_pledge"),
        ("Washington pressed Tokyo for $900 billion in new investment in the United States.", "IF11120",
         "framework.investment_pledge"),
        ("The President demanded that Japan pay $7 billion a year for hosting U.S. forces.", "IF10199",
         "alliance.host_nation_support_per_year"),
        ("The United States spends about $5.5 billion a year on the cost of U.S. forces in Japan.", "IF10199",
         "alliance.host_nation_support_per_year"),
    ],
)  # fmt: skip
def test_a_value_another_party_asks_for_is_not_read(sentence: str, brief: str, fact: str) -> None:
    """'wants Japan to invest', 'pressed Tokyo for', 'demanded that Japan pay' give a demand, and 'The United States
    spends' Washington's own outlay, not Japan's figure."""
    assert fact not in facts_in(sentence, brief)


def test_japans_own_pledge_is_read() -> None:
    """'Japan pledged to invest $550 billion in the United States' is the pledge."""
    found = facts_in("Japan pledged to invest $550 billion in the United States by January 2029.", "IF11120")
    assert found["framework.investment_pledge"] == (550_000_000_000, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("A supplementary budget of about $85 billion is under discussion.", "economy.supplementary_budget"),
        ("A supplementary budget of about $85 billion, not yet passed by the Diet, would fund subsidies.",
         "economy.supplementary_budget"),
        ("Japan may pledge another $3 billion in humanitarian aid to Ukraine.", "diplomacy.ukraine_humanitarian_aid"),
        ("U.S. exports to Japan could reach $100 billion next year.", "trade.us_exports_to_japan"),
        ("Most imports from Japan faced a 15% tariff until the February 2026 ruling voided it.",
         "trade.us_tariff_on_most_imports_from_japan"),
        ("A 24% tariff on Japanese goods was announced on April 2, 2025, but was paused.",
         "trade.us_tariff_on_most_imports_from_japan"),
    ],
)  # fmt: skip
def test_a_value_pending_possible_or_voided_is_not_read(sentence: str, fact: str) -> None:
    """A budget under discussion, aid Japan may pledge, exports that could reach, a rate voided later: unread."""
    assert fact not in facts_in(sentence)


def test_a_passed_budget_is_read() -> None:
    """'The Diet passed a supplementary budget of about $85 billion' is the budget."""
    found = facts_in("The Diet passed a supplementary budget of about $85 billion in December 2025.")
    assert found["economy.supplementary_budget"] == (85_000_000_000, "about")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japan will strive to cut emissions 50% by FY2030.", "economy.emissions_cut_target"),
        ("Japan hopes to cut its emissions 50% by FY2030.", "economy.emissions_cut_target"),
        ("The LDP has called for raising defense spending to 2% of GDP within five years.",
         "defense.spending_goal_pct_gdp"),
        ("The LDP wants defense spending raised to 2% of GDP within five years.", "defense.spending_goal_pct_gdp"),
        ("About 100 Marines relocated to Guam in December 2024.", GUAM),
        ("Some 120 Marines moved to Guam last year.", GUAM),
    ],
)  # fmt: skip
def test_an_aspiration_a_partys_call_or_a_move_done_is_no_plan(sentence: str, fact: str) -> None:
    """A plan is the government's: a hope, a party's call, or Marines already moved are not its figure."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Japan's climate pledge calls for a 46% cut in emissions from 2013 levels by FY2030.",
         "economy.emissions_cut_target", (46, "exact")),
        ("Plans call for roughly four thousand Marines to relocate from Okinawa to Guam.", GUAM, (4000, "about")),
        ("Some 4,000 Marines are to be relocated to Guam.", GUAM, (4000, "about")),
        ("Japan plans to raise defense spending to 2% of GDP by FY2027.", "defense.spending_goal_pct_gdp",
         (2, "exact")),
    ],
)  # fmt: skip
def test_a_plan_is_still_read(sentence: str, fact: str, value: tuple[int, str]) -> None:
    """'The pledge calls for', 'Plans call for', 'are to be relocated', 'plans to raise' state the plan."""
    assert facts_in(sentence)[fact] == value
