"""An election dated by words before it with a hyphen ('the July 2030 upper-house vote'), the finest of its own dates
that agree ('the July 2030 election, held on July 14'), and the Upper House's next contest by a season it is not due
until ('not due until the summer of 2031'); a date before another body's race ('the September 2030 LDP presidential
race', 'Okinawa's September 2030 gubernatorial race') is never the sentence's other election's."""

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
            "The July 2030 upper house election, held on July 14 after a short campaign, cost the LDP its majority.",
            "upper_house_2030",
            "2030-07-14",
            "held",
        ),
        (
            "Okinawa's September 2030 gubernatorial race comes after the July 2030 upper-house vote.",
            "upper_house_2030",
            "2030-07",
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
            "Half the upper house was chosen in July 2028; a general election is not due until the summer of 2031.",
            "upper_house_2031",
        ),
    ],
)
def test_another_bodys_date_is_not_taken(body: str, absent: str) -> None:
    """A date of the LDP's race, or a general election's deadline, dates no Diet chamber's election."""
    assert not any(slug.startswith(absent) for slug in elections_of(body, COVER))
