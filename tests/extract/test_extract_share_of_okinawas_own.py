"""A share of the personnel on Okinawa ('Marines make up close to 60% of the U.S. personnel on Okinawa') is a part of
Okinawa's own, never Okinawa's share of the U.S. personnel in Japan; a share told of those in Japan, or by a label
naming those stationed in the prefecture, still is.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

SHARE = "alliance.okinawa_share_of_usfj_personnel"


@pytest.mark.parametrize(
    "body",
    [
        "Marines make up close to 60% of the U.S. personnel on Okinawa.",
        "Roughly two-thirds of all American troops based in the prefecture belong to the Marine Corps.",
    ],
)
def test_a_share_of_okinawas_own_personnel_is_not_its_share(body: str) -> None:
    assert SHARE not in facts_in(body)


def test_a_share_of_those_in_japan_still_is() -> None:
    body = "Okinawa hosts well over half of the U.S. military personnel in Japan, most of them Marines."
    assert facts_in(body)[SHARE] == (50, "over")
