"""Refusals of round thirty-one (issue #18): a vote that someone only floats, moots or touts is scheduled for no date;
the first group of the Marines' move to Guam is never the whole move; and a count of Marines bound for a list of
places, Guam one of them, is the whole move's, not Guam's share. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_in, facts_in

_GUAM = "alliance.marines_relocating_to_guam"


@pytest.mark.parametrize(
    "body",
    [
        "Several LDP lawmakers have floated a snap Lower House election in November 2026.",
        "Party elders are floating the idea of a general election in the Lower House in October 2026.",
        "Aides to the prime minister have mooted holding a Lower House election in September 2026.",
        "Commentators touted a Lower House poll in December 2026 as the likeliest outcome.",
    ],
)
def test_a_floated_vote_is_no_scheduled_election(body: str) -> None:
    """A date someone floats, moots or touts for a vote schedules none."""
    assert not any(slug.startswith("lower_house_2026") for slug in elections_in(body))


def test_a_vote_set_for_a_date_is_still_read() -> None:
    """The same chamber's vote, called for a date, keeps its reading."""
    found = elections_in("The prime minister has called a snap Lower House election for November 8, 2026.")
    assert found.get("lower_house_2026") == ("2026-11-08", "upcoming")


@pytest.mark.parametrize(
    "body",
    [
        "An advance group of some 150 Marines is expected to reach Guam from Okinawa later this year.",
        "A first contingent of about 120 Marines is to move to Guam from Okinawa in the autumn.",
        "The initial wave, roughly 300 Marines, is scheduled to relocate to Guam next spring.",
    ],
)
def test_the_first_group_of_the_move_is_not_the_move(body: str) -> None:
    """The first group of Marines bound for Guam is a part of the move, not the number relocating."""
    assert _GUAM not in facts_in(body)


@pytest.mark.parametrize(
    "body",
    [
        "About 8,000 Marines are to leave Okinawa in stages, headed for Guam, Hawaii and the U.S. mainland.",
        "Some 9,500 Marines will depart Okinawa under the plan, bound for Hawaii, Australia, and Guam.",
        "Nearly 9,000 Marines are to move out of Okinawa, to Guam or Hawaii, over the next decade.",
    ],
)
def test_a_count_shared_among_destinations_is_not_guams(body: str) -> None:
    """A count of Marines bound for several places, Guam among them, is the whole move's."""
    assert _GUAM not in facts_in(body)


def test_guams_own_count_is_still_read() -> None:
    """A count bound for Guam alone keeps its reading."""
    assert facts_in("About 4,000 Marines are to relocate from Okinawa to Guam.")[_GUAM] == (4000, "about")


def test_the_whole_beside_its_first_group_is_still_read() -> None:
    """The move a first group begins keeps its count."""
    body = "A lead contingent of some 80 Marines arrived on Guam in 2025, the first of roughly 4,000 to be moved there."
    assert facts_in(body)[_GUAM] == (4000, "about")
