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
