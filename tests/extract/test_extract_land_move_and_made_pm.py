"""Okinawa's share 'of Japan', the Marines 'who are to make the move', a prime minister a deed 'made', and a cut 'by
about 10%' of a chamber's seats, which is no share. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LAND = "alliance.okinawa_share_of_land_area"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("By area Okinawa is small: the prefecture covers 0.6 percent of Japan.", (0.6, "exact")),
    ],
)
def test_okinawas_share_of_japan_is_its_land(sentence: str, value: tuple[float, str]) -> None:
    """A share 'of Japan' that ends the clause is of its land."""
    assert facts_in(sentence)[LAND] == value


def test_a_share_of_japans_people_is_no_land() -> None:
    """'1% of Japan's people' is a share of the population."""
    assert LAND not in facts_in("Okinawa is home to 1% of Japan's people.")


def test_marines_who_are_to_make_the_move() -> None:
    """'the first of around 4,000 who are to make the move': the relocation planned, beside those there now."""
    facts = facts_in(
        "About 100 Marines reached Guam from Okinawa in 2025, the first of some 4,000 who are to make the move."
    )
    assert facts["alliance.marines_relocating_to_guam"] == (4000, "about")


PM = "leaders.japan_prime_minister"


def test_a_deed_that_made_a_leader_prime_minister() -> None:
    """'made Ishiba Japan's prime minister': the leader in office; the one replaced is not."""
    body = "The LDP's pick of Shigeru Ishiba to replace Kishida Fumio made Ishiba Japan's prime minister in 2024."
    assert facts_in(body)[PM][0].family == "Ishiba"


def test_a_cut_of_seats_by_a_share_is_no_share() -> None:
    """'cut the number of lower-house seats by about 10%' is a change, not the coalition's share."""
    body = "In return the LDP accepted a pledge to cut the number of lower-house seats by about 10%."
    assert "politics.lower_house_coalition_share" not in facts_in(body)
