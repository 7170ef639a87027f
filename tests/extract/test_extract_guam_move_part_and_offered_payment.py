"""Refusals of round thirty-two (issue #18): a count of Marines named as one part of the move to Guam (a group, wave,
phase of the move itself or contingent of it, its first or advance few, Marines rotating through or landing there) is
not the planned move's total, while the total beside such words keeps its reading; and a yearly sum Japan only
offered, proposed or floated in cost-sharing talks is not its payment now, while a payment agreed keeps its reading.
Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

MOVING = "alliance.marines_relocating_to_guam"
PAYMENT = "alliance.host_nation_support_per_year"


@pytest.mark.parametrize(
    "body",
    [
        "An advance contingent of some 250 Marines from Okinawa is to move to Guam next spring.",
        "A detachment of roughly 400 Marines will relocate to Guam from Okinawa in 2027.",
        "The lead element of about 150 Marines is scheduled to transfer to Guam in the coming months.",
        "Around 1,500 Marines are to go to Guam in the relocation's third phase, once housing is built.",
        "Roughly 1,000 Marines will head to Guam in the first of several phases.",
        "The first 300 Marines bound for Guam are to leave Okinawa in late 2026.",
        "About 600 Marines from Okinawa are to rotate through Guam each year under the new posture.",
        "Some 120 Marines bound for Guam from Okinawa landed at Andersen Air Force Base in March.",
    ],
)
def test_a_part_of_the_move_is_no_planned_total(body: str) -> None:
    """A group, wave, phase or first few of the move, or a rotation or landing, is not the count planned to move."""
    assert MOVING not in facts_in(body)


@pytest.mark.parametrize(
    "body",
    [
        "About 4,000 Marines are to be moved from Okinawa to Guam under the 2012 accord.",
        "Under the realignment, some 4,000 Marines will relocate to Guam from Okinawa.",
        "A contingent of about 4,000 Marines is to shift from Okinawa to Guam over the coming years.",
        "The transfer of about 4,000 Marines from Okinawa to Guam starts in 2027, with a few hundred going in the "
        "first phase.",
        "About 4,000 Marines are to move from Okinawa to Guam, others to Hawaii, and some to Australia on rotation.",
        "The allies said the move of about 4,000 Marines from Okinawa to Guam would start in 2026, with the first 200 "
        "or so going in the opening phase.",
    ],
)
def test_the_planned_total_is_still_read(body: str) -> None:
    """The whole count planned to move keeps its reading, called a contingent, beside a phase in a clause of its own,
    or beside a rotation elsewhere."""
    assert facts_in(body)[MOVING] == (4000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Roughly 2,000 Marines from Okinawa train on Guam each year before returning to their units.",
        "Some 900 Marines are to hold drills at Andersen on Guam this summer, flying in from Okinawa.",
        "About 1,200 Marines bound for Guam from Okinawa will go on short deployments there this year.",
    ],
)
def test_a_stay_for_training_is_no_move(body: str) -> None:
    """Marines who train, drill or deploy briefly on Guam pass through it; they are not the count planned to move."""
    assert MOVING not in facts_in(body)


def test_the_move_beside_training_elsewhere_is_still_read() -> None:
    """The count planned to move keeps its reading when the training is said of another place."""
    found = facts_in("Some 4,000 Marines will relocate from Okinawa to Guam, while others train in Australia.")
    assert found[MOVING] == (4000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "In the host-nation support talks, Tokyo offered to pay about $2.3 billion a year, short of what Washington "
        "sought.",
        "Japan has proposed raising its cost-sharing contribution to roughly $2.4 billion a year.",
        "Japanese negotiators floated host-nation support of some $2.2 billion annually in the first round of talks.",
    ],
)
def test_an_offered_payment_is_no_payment_now(body: str) -> None:
    """A yearly sum offered, proposed or floated in the talks is a bargaining position, not the payment."""
    assert PAYMENT not in facts_in(body)


def test_an_agreed_payment_is_still_read() -> None:
    """A yearly sum Japan pays under the accord keeps its reading."""
    found = facts_in("Under the cost-sharing accord, Japan pays about $1.8 billion a year in host-nation support.")
    assert found[PAYMENT] == (1800000000, "about")
