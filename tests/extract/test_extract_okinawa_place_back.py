"""Okinawa's shares said with the prefecture named the sentence before ('About half of the U.S. troops in Japan are
stationed on the island'), with U.S. Forces Japan spelt out, and its share of Japan's land beside a share of the
area kept for U.S. forces' exclusive use. Another prefecture's share is never Okinawa's.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"
LAND = "alliance.okinawa_share_of_land_area"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        (
            "Okinawa carries a heavy load. About half of the U.S. troops in Japan are stationed on the island.",
            PERSONNEL,
            50,
        ),
        (
            "Okinawa carries a heavy load. Roughly half of all U.S. service members are based in the prefecture.",
            PERSONNEL,
            50,
        ),
        ("Okinawa hosts a quarter of U.S. bases and about half of all U.S. Forces Japan personnel.", PERSONNEL, 50),
        (
            "Okinawa, 0.6% of Japan's land, hosts 70% of the facilities set aside for U.S. forces' exclusive use.",
            LAND,
            0.6,
        ),
        (
            "Okinawa looms large. The prefecture, 0.6 percent of Japan's land, hosts 70 percent of U.S. bases.",
            LAND,
            0.6,
        ),
    ],
)
def test_an_okinawa_share_said_of_the_island_or_beside_exclusive_use_is_read(
    sentence: str, fact: str, value: float
) -> None:
    """'on the island' and 'in the prefecture' point back to Okinawa; exclusive use of bases is not land's."""
    assert facts_in(sentence)[fact][0] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Okinawa hosts a quarter of U.S. bases. Roughly half of U.S. troops in Japan are stationed in Kanagawa.",
            PERSONNEL,
        ),
        ("Okinawa hosts most U.S. bases. The island of Guam hosts half of the U.S. troops in the Pacific.", PERSONNEL),
        ("Okinawa hosts 70% of the land reserved for the exclusive use of U.S. forces in Japan.", LAND),
    ],
)
def test_another_places_share_or_the_bases_land_is_not_okinawas(sentence: str, fact: str) -> None:
    """Kanagawa's or Guam's share is not Okinawa's; land for U.S. forces is not Okinawa's share of Japan's land."""
    assert fact not in facts_in(sentence)


def test_shares_that_sit_there_or_on_its_islands_take_okinawa_from_the_sentence_before() -> None:
    """'... sit there', '... are stationed on its islands' after a sentence naming Okinawa are its shares."""
    facts = facts_in(
        "Okinawa is a small prefecture far to the south. Roughly a fourth of the bases U.S. forces use in Japan sit "
        "there, and in excess of half of the American military personnel in Japan are stationed on its islands."
    )
    assert facts["alliance.okinawa_share_of_usfj_facilities"] == (25, "about")
    assert facts["alliance.okinawa_share_of_usfj_personnel"] == (50, "over")


def test_acres_reserved_for_us_forces_are_okinawa_s_facilities_share() -> None:
    """'Seven of every ten acres reserved for U.S. forces' is the exclusive-use facilities share; farmland is not."""
    assert facts_in("Okinawa holds seven of every ten acres reserved for U.S. forces.")[
        "alliance.okinawa_share_of_usfj_facilities"
    ] == (70, "exact")
    assert "alliance.okinawa_share_of_usfj_facilities" not in facts_in(
        "Okinawa holds seven of every ten acres of farmland."
    )


def test_a_share_that_sits_in_another_prefecture_is_not_okinawa_s() -> None:
    """'... sit there' after a sentence naming another prefecture takes no share for Okinawa."""
    facts = facts_in(
        "Kanagawa hosts the Navy's Yokosuka base. About a fourth of the facilities U.S. forces use sit there."
    )
    assert "alliance.okinawa_share_of_usfj_facilities" not in facts
