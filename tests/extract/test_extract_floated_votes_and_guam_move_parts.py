"""Refusals of round thirty-one (issue #18): a vote to come that someone only floats, moots or touts is scheduled for no
date, while a vote held that someone touts, or a vote set in another clause, keeps its reading; and a count of Marines
bound for a list of places, Guam the first of them, is the whole move's, not Guam's share, while Guam's own count beside
a later list keeps its reading. Every sentence is invented."""

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
    ("body", "slug", "read"),
    [
        (
            "Opposition leaders touted the outcome of the July 2025 Upper House election, in which the ruling bloc "
            "lost its majority.",
            "upper_house_2025",
            ("2025-07", "held"),
        ),
        (
            "The ruling party touted the July 2025 Upper House election results as backing for its trade talks.",
            "upper_house_2025",
            ("2025-07", "held"),
        ),
        (
            "Ishiba, who had touted his victory in the LDP presidential election in September 2024, stepped down in "
            "September 2025.",
            "ldp_president_2024",
            ("2024-09", "held"),
        ),
        (
            "Advisers floated an early election, but the prime minister instead set the Lower House vote for "
            "November 8, 2026.",
            "lower_house_2026",
            ("2026-11-08", "upcoming"),
        ),
    ],
)
def test_a_touted_past_vote_or_a_vote_set_in_another_clause_is_still_read(
    body: str, slug: str, read: tuple[str, str]
) -> None:
    """Touting a vote already held proposes none, and a vote floated in one clause leaves the vote set in another."""
    assert elections_in(body).get(slug) == read


@pytest.mark.parametrize(
    ("body", "slug", "read"),
    [
        (
            "Kishida, who floated an early vote that may have surprised his party, led the LDP to victory in the "
            "October 31, 2021 Lower House election.",
            "lower_house_2021",
            ("2021-10-31", "held"),
        ),
        (
            "Ishiba, whose aides floated a snap poll that march-weary lawmakers resisted, saw the ruling bloc lose "
            "the Lower House election of October 27, 2024.",
            "lower_house_2024",
            ("2024-10-27", "held"),
        ),
    ],
)
def test_the_verbs_may_and_march_date_no_floated_vote(body: str, slug: str, read: tuple[str, str]) -> None:
    """A floated vote is refused only when its clause dates it: the verb 'may' or 'march' is no month, so the vote
    held in the same sentence keeps its reading."""
    assert elections_in(body).get(slug) == read


@pytest.mark.parametrize(
    "body",
    [
        "The first units of some 4,000 Marines to be moved to Guam are due there in 2026.",
        "Advance elements of about 4,000 Marines are to shift to Guam from 2026 on.",
        "The lead elements of roughly 4,000 Marines bound for Guam are to arrive in 2026.",
        "The first group, some 4,000 Marines headed for Guam, is to move by 2028; a second of about 5,000 is to go to "
        "Hawaii and elsewhere.",
    ],
)
def test_the_first_units_of_the_whole_move_keep_its_count(body: str) -> None:
    """'The first units of some 4,000 Marines' counts the whole move, which is read."""
    assert facts_in(body)[_GUAM] == (4000, "about")


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


def test_guams_count_before_a_later_list_of_destinations_is_still_read() -> None:
    """A list of places after Guam's own count, naming another count's destinations, leaves Guam's count."""
    body = (
        "Some 4,000 Marines are earmarked for Guam, the biggest share of the roughly 9,000 headed for Guam, Hawaii, "
        "and Australia."
    )
    assert facts_in(body)[_GUAM] == (4000, "about")
