"""Refusals of round thirty-two in the politics family, second pass: a chamber share only possible, forecast, hoped or
aimed for ('could slip to 48% of the chamber', 'is projected to take 55%') is no share held now; and a snap vote
only predicted, eyed, or hoped or wished to be called dates no election, while a vote called keeps its date and a
prediction about a vote called does not unsay it.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of, values_on

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
COVER = dt.date(2031, 3, 1)


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("The coalition might slip to 47% of the Lower House, some analysts warn.", LOWER),
        ("The ruling bloc could end up with about 44% of the Upper House seats after the summer.", UPPER),
        ("The governing parties are projected to win roughly 54% of the Lower House.", LOWER),
        ("The coalition's share of the upper chamber would rise to about 61% if two independents joined.", UPPER),
        ("The LDP and Komeito aim to capture three-fifths of the Lower House in the autumn.", LOWER),
    ],
)
def test_a_share_only_possible_or_aimed_for_is_not_read(body: str, fact: str) -> None:
    """A modal or a goal before the share: no share of the chamber held now."""
    assert fact not in values_on(body, COVER)


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("The coalition holds about 63% of the Lower House.", LOWER, 63),
        ("The coalition holds about 63% of the Lower House, a margin that would let it override the upper chamber.",
         LOWER, 63),
        ("The LDP and Komeito control roughly 57% of Upper House seats.", UPPER, 57),
    ],
)  # fmt: skip
def test_a_share_held_now_is_still_read(body: str, fact: str, value: int) -> None:
    """A share held, even beside what it would let the holder do: read."""
    assert values_on(body, COVER).get(fact) == value


@pytest.mark.parametrize(
    "body",
    [
        "Hoshino hopes to call a snap election in June 2031.",
        "Some analysts predict a snap election in June 2031.",
        "Party insiders are eyeing an early election in June 2031.",
        "Hoshino wishes to hold an early Lower House election in May 2031, aides say.",
    ],
)
def test_a_snap_vote_only_predicted_or_hoped_for_dates_no_election(body: str) -> None:
    """A snap vote foreseen or wished for, not called: no election that year."""
    assert "lower_house_2031" not in elections_of(body, "March 1, 2031")


@pytest.mark.parametrize(
    "body",
    [
        "Analysts predict losses for the LDP in the snap election on June 8, 2031.",
        "Hoshino hopes the snap election on June 8, 2031 will restore his majority.",
    ],
)
def test_a_prediction_about_a_vote_called_keeps_its_date(body: str) -> None:
    """What is foreseen is the vote's result, not the vote: it stays dated."""
    assert elections_of(body, "March 1, 2031").get("lower_house_2031", {}).get("date") == "2031-06-08"
