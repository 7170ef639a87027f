"""An election dated by words before it with a hyphen ('the July 2030 upper-house vote'), the finest of its own dates
that agree ('the July 2030 election, held on July 14'), its own date beside the outcome in apposition ('a result
Tokyo read as ...') or a comparison ('two months earlier than the vote would have fallen'), and the Upper House's
next contest by a season it is not due until ('not up for election until the summer of 2031'); a date before another
body's race ('the September 2030 LDP presidential race') is never the sentence's other election's, nor is a chamber
named only in a relative clause after the election ('the election that lets it override the upper chamber') that
election's."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of

COVER = "August 5, 2030"


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "Half of the upper house is not up for election until the summer of 2031.",
            "upper_house_2031",
            "2031",
            "upcoming",
        ),
        (
            "The coalition has kept its majority since the July 2030 upper-house vote.",
            "upper_house_2030",
            "2030-07",
            "held",
        ),
        (
            "Okinawans re-elected Governor Tamaki on July 12, 2030, a result Tokyo read as a rebuff, two months "
            "earlier than the vote would otherwise have fallen.",
            "okinawa_governor_2030",
            "2030-07-12",
            "held",
        ),
        (
            "The July 2030 upper house election, held on July 14 after a short campaign, cost the LDP its majority.",
            "upper_house_2030",
            "2030-07-14",
            "held",
        ),
    ],
)
def test_an_election_takes_the_date_its_own_words_give(body: str, slug: str, date: str, status: str) -> None:
    """The date standing before the election's own words, or the finest that agrees, is the election's."""
    assert elections_of(body, COVER)[slug] == {"date": date, "status": status}


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "Kato, who took office after the September 2030 LDP presidential race, called a snap election.",
            "lower_house",
        ),
        (
            "Seventy percent of lower chamber seats belong to the coalition, a margin won in the December 14, 2029, "
            "election that lets it override a veto by the upper chamber.",
            "upper_house",
        ),
    ],
)
def test_another_bodys_election_is_not_dated(body: str, absent: str) -> None:
    """A date of the LDP's race, or a chamber named after the election in a relative clause, dates no such election."""
    assert not any(slug.startswith(absent) for slug in elections_of(body, COVER))
