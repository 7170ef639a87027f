"""Review #18 of the Guam-move and host-nation refusals: each refusal holds only when the words are the figure's own.
A phase of a wider realignment the whole move belongs to, training or exercises the moving Marines will do on Guam,
a rotation or short deployment the move puts an end to, and an offer of something other than the yearly sum leave
main's reading standing. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

MOVING = "alliance.marines_relocating_to_guam"
PAYMENT = "alliance.host_nation_support_per_year"
OKINAWA = "Under a 2012 accord, Washington and Tokyo agreed to shrink the Marine presence on Okinawa. "
SMA = "Japan bears part of the cost of keeping U.S. forces in the country under a Special Measures Agreement. "


@pytest.mark.parametrize(
    "body",
    [
        "Some 4,000 Marines will shift to Guam in the opening phase of the realignment; a later phase folds the "
        "remaining Okinawa bases together.",
        "Guam will take in roughly 4,000 Marines in the realignment's first phase, the others heading to Hawaii "
        "afterwards.",
        "Some 4,000 Marines will shift to Guam as the first step toward merging U.S. bases on Okinawa.",
        "Some 4,000 Marines will shift to Guam under the roadmap's opening stage, while a Futenma replacement is "
        "built.",
        "Some 4,000 Marines will move to Guam with the final phase done by 2028.",
    ],
)
def test_the_move_as_a_phase_of_a_wider_plan_keeps_its_total(body: str) -> None:
    """The whole move named as one phase or step of the realignment is still the planned total."""
    assert facts_in(OKINAWA + body)[MOVING] == (4000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Guam will host roughly 4,000 Marines, who are to train on Guam and around the region.",
        "Guam will host roughly 4,000 Marines who are to exercise on Guam and in the Marianas.",
        "Roughly 4,000 Marines will be moved to Guam for training on Guam and nearby.",
        "Roughly 4,000 Marines will be moved to Guam and train on ranges on Guam and Tinian.",
        "Roughly 4,000 Marines will shift to Guam and use training ranges on Tinian and Guam.",
    ],
)
def test_the_moving_marines_training_on_guam_keeps_the_total(body: str) -> None:
    """Training the moving Marines will do once there is not the figure's own verb; the move is still read."""
    assert facts_in(OKINAWA + body)[MOVING] == (4000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Roughly 4,000 Marines will shift to Guam and bring the rotational deployments of past years to an end.",
        "Roughly 4,000 Marines will shift to Guam for good instead of rotating through Guam.",
        "Roughly 4,000 Marines will be based permanently on Guam rather than on short deployments.",
    ],
)
def test_a_move_that_ends_rotations_keeps_the_total(body: str) -> None:
    """A rotation or short deployment the move replaces is not the figure's own verb."""
    assert facts_in(OKINAWA + body)[MOVING] == (4000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Roughly 4,000 Marines are to exercise on Guam and live there for good.",
        "Roughly 4,000 Marines will drill on Guam and be stationed at the new base.",
        "Roughly 4,000 Marines are to train on Guam and be housed at the new camp.",
    ],
)
def test_training_said_before_the_marines_basing_on_guam_keeps_the_total(body: str) -> None:
    """Training said first, then the Marines' basing or living on Guam: the figure's verbs include its basing, so the
    move is still read."""
    assert facts_in(OKINAWA + body)[MOVING] == (4000, "about")


def test_training_as_the_figures_own_verb_is_still_no_move() -> None:
    """Marines whose own verb is to train on Guam are still not the count planned to move."""
    assert MOVING not in facts_in(OKINAWA + "About 1,800 Marines from Okinawa exercise on Guam every year.")


def test_an_offer_of_something_else_keeps_the_yearly_payment() -> None:
    """An offer beside the payment that does not name its sum leaves the payment read."""
    body = (
        "Japan pays roughly $1.9 billion a year in host-nation support, having offered to pay more for moving training."
    )
    assert facts_in(SMA + body)[PAYMENT] == (1900000000, "about")
