"""A past election stated without an election's words: a chamber's members last chosen, control of a chamber kept
with the seats won, the Upper House's majority lost in a July of its cycle; a party's exit, the Diet's vote for prime
minister or a chamber's term is none."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "slug", "date"),
    [
        (
            "Members of the lower chamber, last chosen in December 2030, need not face the voters again until "
            "December 2034.",
            "lower_house_2030",
            "2030-12",
        ),
        (
            "Unless Hoshino dissolves the lower chamber early, the members chosen on February 9 may serve until "
            "February 2035.",
            "lower_house_2031",
            "2031-02-09",
        ),
        (
            "The coalition holds 62% of the seats in the House of Representatives, last elected in October 2029.",
            "lower_house_2029",
            "2029-10",
        ),
        (
            "Four weeks later, on February 9, the LDP and Komeito kept control of the Lower House, winning 310 of "
            "465 seats.",
            "lower_house_2031",
            "2031-02-09",
        ),
        (
            "In the House of Councillors, where the coalition fell into the minority in July 2028, the LDP now holds "
            "45%.",
            "upper_house_2028",
            "2028-07",
        ),
        (
            "The LDP's share of the lower chamber fell from 63% after the 2029 vote. The majority it won in October "
            "2029 is gone.",
            "lower_house_2029",
            "2029-10",
        ),
        (
            "The coalition lost many of the seats it had won in October 2029. Its share of the 465-member chamber fell "
            "against 63% after the 2029 vote.",
            "lower_house_2029",
            "2029-10",
        ),
    ],
)
def test_a_past_election_is_read_from_members_chosen_control_kept_or_a_majority_lost(
    body: str, slug: str, date: str
) -> None:
    """Members last chosen, control kept with the seats won, the Upper House lost in July: a held election."""
    assert elections_of(body)[slug] == {"date": date, "status": "held"}


@pytest.mark.parametrize(
    "body",
    [
        "The LDP fell into the minority in the Lower House in October 2030, when Komeito left the coalition.",
        "The Diet members elected Hoshino prime minister on February 18.",
        "The LDP kept control of the Upper House in 2030.",
        "The House of Councillors, where the coalition fell into the minority in July 2029, now has a new speaker.",
    ],
    ids=["partner-left", "pm-vote", "no-seats-won", "off-cycle-july"],
)
def test_a_partners_exit_a_vote_for_premier_or_an_off_cycle_july_is_no_past_election(body: str) -> None:
    """A coalition partner's exit, the Diet's vote for prime minister, control kept with no seats won, or an Upper
    House majority lost in a July off its cycle reads no election."""
    assert elections_of(body) == {}
