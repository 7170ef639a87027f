"""A chamber's share and the Lower House's deadline told with the holder or the chamber carried: a vote that 'left the
two parties with' seats, 'the same partners' pointing back, a relative clause on the chamber's members set aside, and
'the newly elected members' sitting in the chamber a vote a few sentences back filled. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import values_on

LOWER, UPPER = "politics.lower_house_coalition_share", "politics.upper_house_coalition_share"
DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Kato's cabinet rests on the LDP and Komeito. In the larger chamber, the House of Representatives, the "
            "October 3, 2028, snap election left the two parties with 312 of 465 seats, more than two-thirds of the "
            "total and enough to propose revisions of the constitution.",
            LOWER,
            67,
        ),
        (
            "The LDP and Komeito share power. The House of Councillors, most of whose members were chosen in July "
            "2028, is held by the same partners, with a little over half of the seats.",
            UPPER,
            50,
        ),
    ],
)
def test_a_share_with_its_holder_or_chamber_carried_is_read(body: str, fact: str, value: int) -> None:
    assert values_on(body, dt.date(2029, 6, 1))[fact] == value


def test_the_newly_elected_members_sit_in_the_chamber_a_vote_before_filled() -> None:
    body = (
        "The LDP won 240 seats in the 465-member House of Representatives in March. The opposition split. "
        "Unless the chamber is dissolved, the newly elected members may serve until March 2033, when their terms end."
    )
    assert values_on(body, dt.date(2029, 6, 1))[DUE] == "2033-03"


def test_the_newly_elected_members_of_the_upper_house_give_no_lower_house_deadline() -> None:
    body = "Half of the House of Councillors was elected in July 2028. The newly elected members serve until July 2034."
    assert DUE not in values_on(body, dt.date(2029, 6, 1))
