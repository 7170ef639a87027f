"""A figure someone else urges or floats is not the government's goal, and what a base is built to hold is not a
relocation: defense spending levels called for by party members, panels or a foreign government, and the capacity of
a camp on Guam. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL, GUAM = "defense.spending_goal_pct_gdp", "alliance.marines_relocating_to_guam"


@pytest.mark.parametrize(
    "body",
    [
        "A group of LDP lawmakers has urged lifting defense spending to 3% of GDP.",
        "Several ruling-party legislators have pressed for raising defense outlays to 3% of GDP.",
        "A party commission recommended, but the cabinet never endorsed, a defense budget of 2.5% of GDP.",
        "U.S. officials have urged Japan to raise defense spending to 3.5% of GDP.",
        "Some ruling-party members have proposed a defense outlay goal of 3% of GDP, which the cabinet set aside.",
    ],
)
def test_a_level_others_urge_is_not_the_goal(body: str) -> None:
    """A level pressed by members, a panel or another government is a proposal, not Japan's goal."""
    assert GOAL not in facts_in(body)


def test_the_governments_own_goal_is_still_read() -> None:
    """The government raising spending to a level by a year keeps its goal."""
    body = "The government plans to raise defense spending to 2% of GDP by FY2027."
    assert facts_in(body)[GOAL][0] == 2


@pytest.mark.parametrize(
    "body",
    [
        "The new Marine base on Guam is built to accommodate roughly 5,000 Marines.",
        "Housing at the Guam site has capacity for about 5,000 Marines and their families.",
    ],
)
def test_what_a_base_can_hold_is_not_a_relocation(body: str) -> None:
    """A camp's capacity on Guam counts beds, not the Marines planned to move there."""
    assert GUAM not in facts_in(body)


def test_a_relocation_to_guam_is_still_read() -> None:
    """Marines slated for Guam keep their count."""
    assert facts_in("About 4,000 Marines are slated to move from Okinawa to Guam.")[GUAM][0] == 4000
