"""Okinawa's three shares in more wordings: 'a majority of' the personnel (over half), the exclusive-use land or areas
however named, a share whose label comes first ('a sliver of the national territory at 0.6%'), a place pointed back
to ('Squeezed onto it are ...', 'Yet it hosts'), and an apposition that starts its own clause; the bases' land is
never Okinawa's land area.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"
LAND = "alliance.okinawa_share_of_land_area"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Okinawa is home to a clear majority of U.S. service members in Japan.", {PERSONNEL: (50, "over")}),
        (
            "Okinawa is small; the majority of USFJ personnel are stationed there all the same.",
            {PERSONNEL: (50, "over")},
        ),
        (
            "Okinawa's share of the U.S. military personnel in Japan stands at about 52 percent.",
            {PERSONNEL: (52, "about")},
        ),
        (
            "Okinawa hosts about 70% of the areas set aside for the exclusive use of U.S. forces.",
            {FACILITIES: (70, "about")},
        ),
        ("Okinawa holds roughly 70 percent of exclusive-use U.S. facilities in Japan.", {FACILITIES: (70, "about")}),
        ("Okinawa has about 70% of the land the U.S. military uses exclusively.", {FACILITIES: (70, "about")}),
        ("Okinawa's share of U.S. bases is 70%.", {FACILITIES: (70, "exact")}),
        ("Okinawa hosts some 70% of USFJ exclusive-use facilities by area.", {FACILITIES: (70, "about")}),
        (
            "Roughly 70 percent of U.S. bases and more than half of the 54,000 U.S. troops in Japan are on Okinawa.",
            {FACILITIES: (70, "about"), PERSONNEL: (50, "over")},
        ),
        ("Okinawa, a sliver of the national territory at 0.6%, hosts most bases.", {LAND: (0.6, "exact")}),
        ("Okinawa's share of the national territory stands at about 0.6 percent.", {LAND: (0.6, "about")}),
        (
            "Some 70% of the land set aside for the exclusive use of U.S. forces is in Okinawa, a prefecture making up "
            "about 0.6% of Japan's territory.",
            {FACILITIES: (70, "about"), LAND: (0.6, "about")},
        ),
        (
            "Okinawa makes up less than 1% of Japan's land. Yet it hosts about a quarter of the bases used by U.S. "
            "forces.",
            {FACILITIES: (25, "about"), LAND: (1, "under")},
        ),
        (
            "Okinawa covers under one percent of Japan's territory. Crowded into it are about a quarter of the "
            "installations used by U.S. forces and a majority of their personnel.",
            {FACILITIES: (25, "about"), PERSONNEL: (50, "over"), LAND: (1, "under")},
        ),
    ],
)
def test_okinawas_shares_are_read_in_more_wordings(body: str, expected: dict[str, tuple[float, str]]) -> None:
    """Each share is read with its hedge, and no other share is read from the same words."""
    facts = facts_in(body)
    assert {key: facts.get(key) for key in (FACILITIES, PERSONNEL, LAND) if key in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Okinawa has about 70% of the land the U.S. military uses exclusively.",
        "Japan and South Korea host U.S. bases. Concentrated there are over half of the U.S. personnel in Asia.",
        "Okinawa's governor won a majority of the votes; the bases stay.",
        "The majority of U.S. troops in Japan serve on the main islands, not Okinawa.",
    ],
)
def test_other_wholes_are_not_okinawas_shares(body: str) -> None:
    """The bases' land is not the prefecture's share of Japan's land; 'there' after two countries is not Okinawa; a
    majority of votes, or of the troops outside Okinawa, is no share of the personnel."""
    facts = facts_in(body)
    assert LAND not in facts
    assert PERSONNEL not in facts
