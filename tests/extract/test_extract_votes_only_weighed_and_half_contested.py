"""Refusals of round thirty-two in the politics family: a vote only put forward or turned over (floated, touted,
weighed, mulled, considered), dated inside its own noun phrase or after it, dates no election; and the half of a
chamber a vote fills ('the election for half of the upper chamber') is no share the coalition holds.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import UPPER, elections_of, values_on


@pytest.mark.parametrize(
    ("cover", "body", "slug"),
    [
        # dated inside the vote's own noun phrase
        ("May 1, 2031", "Some ruling-party figures have touted a November 2031 Lower House vote to ride the budget.",
         "lower_house_2031"),
        ("May 1, 2031", "Senior aides floated a June 2031 snap election, though the prime minister has not decided.",
         "lower_house_2031"),
        ("May 1, 2031", "Party elders have mooted an autumn 2031 general election; the Diet session closes in June.",
         "lower_house_2031"),
        # weighed, mulled or considered, and the dissolution turned over for a vote
        ("January 10, 2031", "Hoshino weighed calling a snap election in December 2030 but dropped the idea.",
         "lower_house_2030"),
        ("January 10, 2031", "Hoshino mulled an early Lower House election for spring 2031 before deciding to wait.",
         "lower_house_2031"),
        ("January 10, 2031", "The premier considered dissolving the Lower House for a March 2031 vote, then thought "
         "better of it.", "lower_house_2031"),
        ("May 1, 2031", "The LDP is considering a snap election in June 2031, aides said.", "lower_house_2031"),
    ],
)  # fmt: skip
def test_a_vote_only_floated_or_weighed_dates_no_election(cover: str, body: str, slug: str) -> None:
    """A vote put forward or turned over, not called: no election is read for its date, held or to come."""
    assert slug not in elections_of(body, cover)


@pytest.mark.parametrize(
    ("cover", "body", "slug", "date"),
    [
        ("November 5, 2030", "Hoshino touted the results of the October 27, 2030 Lower House election.",
         "lower_house_2030", "2030-10-27"),
        ("November 5, 2030", "The October 27, 2030 Lower House election, widely considered a vote on Hoshino's "
         "leadership, cost the coalition its majority.", "lower_house_2030", "2030-10-27"),
    ],
)  # fmt: skip
def test_a_vote_held_and_touted_or_considered_keeps_its_date(cover: str, body: str, slug: str, date: str) -> None:
    """The results touted, or the vote 'considered a vote on' someone: a vote held, dated."""
    assert elections_of(body, cover).get(slug, {}).get("date") == date


@pytest.mark.parametrize(
    "body",
    [
        "The ruling parties did well in the summer election for half of the upper chamber's 248 seats.",
        "The coalition picked up seats in the July 10 vote to fill half of the Upper House.",
        "The LDP and Komeito gained ground in the July 10 contest for half the seats of the upper chamber.",
        "The coalition won a majority in the July 21 poll for half of the 248-seat Upper House.",
    ],
)
def test_the_half_a_vote_fills_is_no_coalition_share(body: str) -> None:
    """'the election for half of the upper chamber': the seats contested, not a share of the chamber held."""
    assert UPPER not in values_on(body, dt.date(2031, 8, 1))


def test_a_share_held_after_the_vote_is_still_read() -> None:
    """'After the July 10 election, the coalition holds just over half of the Upper House's seats': a share held."""
    body = "After the July 10 election, the coalition holds just over half of the Upper House's seats."
    assert values_on(body, dt.date(2031, 8, 1)).get(UPPER) == 50
