"""Traps of another's level or date: a defense share NATO's members set themselves, the month of the accord a new
cost-sharing agreement replaces, and a snap election pundits only expect. Each is declined; the true statement
beside it is still read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_in, facts_in

GOAL = "defense.spending_goal_pct_gdp"
SMA = "alliance.host_nation_support_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington has pushed Tokyo to do more, to 4% of GDP, the share NATO members in April agreed to reach for "
        "their defense by 2032.",
        "Washington has pushed Tokyo to do more, to 4% of GDP, the share European allies in April agreed to reach for "
        "defense by 2032.",
    ],
)
def test_a_share_nato_members_or_allies_set_themselves_is_not_japans_goal(sentence: str) -> None:
    """A share of GDP an apposition gives as the level NATO's members, or allies, agreed or pledged to reach is
    theirs, not Japan's defense-spending goal."""
    assert GOAL not in facts_in(sentence)


def test_japans_own_goal_beside_the_allies_level_is_still_read() -> None:
    body = (
        "Tokyo intends to raise defense spending to 2% of GDP by FY2027. "
        "Washington has pushed Tokyo to do more, to 4% of GDP, the share NATO members in April agreed to reach for "
        "their defense by 2032."
    )
    assert facts_in(body)[GOAL] == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "A fresh host-nation support SMA, signed on February 9 of this year to replace the accord of March 2021, "
        "binds Tokyo to ¥1 trillion over five years.",
        "The cost-sharing Special Measures Agreement concluded on February 9, replacing the accord of March 2021, "
        "binds Tokyo to ¥1 trillion.",
    ],
)
def test_the_month_of_the_accord_an_agreement_replaces_is_not_its_own(sentence: str) -> None:
    """What follows 'to replace' or 'replacing' is the former accord: its month is not read as the new one's; the
    new one's day, dated by the text's year, is."""
    assert facts_in(sentence)[SMA] == ("2026-02-09", "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Commentators expect the new premier to dissolve the lower chamber and hold a general election this autumn.",
        "Pundits expect Ishiba's heir to dissolve the lower chamber and call a general election this autumn.",
    ],
)
def test_a_snap_election_pundits_only_expect_is_not_dated(body: str) -> None:
    """An expectation that a leader (a possessive's word among those between) will dissolve the chamber for a vote
    is speculation: no election."""
    assert elections_in(body) == {}


def test_a_vote_expected_on_its_schedule_is_still_dated() -> None:
    body = "Half of the upper house's seats are up for election next month; the vote is expected in July."
    assert "upper_house_2026" in elections_in(body)
