"""Mends after review of round thirty-two: a vote only weighed, eyed, predicted or hoped for sets aside its own date,
not the date of the same kind of vote held or called later in the sentence; a forecast about keeping a majority, told
as a second verb beside the share held now, leaves that share read; and a U.S. chamber's vote named after Japan's
dated election leaves that election dated.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of, values_on

COVER = "December 1, 2030"


@pytest.mark.parametrize(
    ("body", "slug", "date"),
    [
        (
            "Takeda, who had weighed a snap vote in 2029, dissolved the Lower House for a general election held on "
            "October 20, 2030.",
            "lower_house_2030",
            "2030-10-20",
        ),
        (
            "The party, which had considered postponing the Upper House vote, went ahead with it on July 14, 2030.",
            "upper_house_2030",
            "2030-07-14",
        ),
        (
            "The LDP considered postponing its presidential race, but held it on September 20, 2030.",
            "ldp_president_2030",
            "2030-09-20",
        ),
        (
            "The LDP, which had wanted to hold its leadership race sooner, held it on September 20, 2030.",
            "ldp_president_2030",
            "2030-09-20",
        ),
        (
            "Eyeing a snap election, Takeda dissolved the Lower House in September; voters then went to the polls on "
            "October 20, 2030.",
            "lower_house_2030",
            "2030-10-20",
        ),
        (
            "Takeda, hoping to hold an early election before the budget debate, dissolved the Lower House for a vote "
            "on October 20, 2030.",
            "lower_house_2030",
            "2030-10-20",
        ),
        (
            "Pundits who predicted a snap election in the fall were borne out when Takeda dissolved the Lower House "
            "for an October 20, 2030 vote.",
            "lower_house_2030",
            "2030-10-20",
        ),
    ],
)
def test_a_hedged_vote_leaves_the_same_kind_of_vote_held_with_its_own_date(body: str, slug: str, date: str) -> None:
    """The hedge's own date (or none) is set aside; the vote held or called keeps its day."""
    assert elections_of(body, COVER).get(slug, {}).get("date") == date


def test_a_hedged_vote_still_dates_no_election_by_its_own_date() -> None:
    """'weighed a snap vote in 2029' dates no 2029 vote, beside a vote held the next year."""
    body = "Takeda, who had weighed a snap vote in 2029, dissolved the Lower House for a vote on October 20."
    assert "lower_house_2029" not in elections_of(body, COVER)


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "The ruling coalition holds 55% of the Lower House and is expected to keep its majority at the next "
            "election.",
            "politics.lower_house_coalition_share",
            55,
        ),
        (
            "The ruling coalition holds 58% of the Upper House and is likely to retain its majority this summer.",
            "politics.upper_house_coalition_share",
            58,
        ),
        (
            "The ruling coalition holds 58% of the Upper House and aims to hold on to its majority in the July 2031 "
            "election.",
            "politics.upper_house_coalition_share",
            58,
        ),
    ],
)
def test_a_share_held_beside_a_forecast_of_keeping_the_majority_is_read(body: str, fact: str, value: int) -> None:
    """The forecast governs the majority kept later, not the figure held now."""
    assert values_on(body, dt.date(2031, 3, 1)).get(fact) == value


@pytest.mark.parametrize(
    "body",
    [
        "The Upper House election of July 13, 2031 will draw notice in Washington, where the races for the U.S. "
        "Senate come in 2032.",
        "The Upper House election on July 13, 2031 falls well before the elections for the U.S. House of "
        "Representatives in November 2032.",
    ],
)
def test_a_us_chamber_vote_named_after_japans_dated_vote_leaves_it_dated(body: str) -> None:
    """The U.S. vote sets aside only a date after it, not Japan's vote's own day before it."""
    assert elections_of(body, "March 1, 2031").get("upper_house_2031", {}).get("date") == "2031-07-13"
