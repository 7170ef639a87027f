"""Values whose sentence gives them to another subject, time or part than the fact's, whichever reader reads them:
a state set before a year gone by ('Until the 2019 election, ...'), the United States' own place with Japan only in
its yardstick, a share of a whole that lies in Okinawa itself, and a part's sum named as its head ('the second
tranche of ...'). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TROOPS, LOWER = "alliance.us_troops_in_japan", "politics.lower_house_coalition_share"
FDI, PERSONNEL = "trade.fdi_source_rank", "alliance.okinawa_share_of_usfj_personnel"
AID = "diplomacy.ukraine_humanitarian_aid"


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Before the 2010s consolidation, Japan hosted roughly 61,000 U.S. troops.", TROOPS),
        ("Until the 2021 election, the ruling coalition held about 66% of Lower House seats.", LOWER),
        ("Prior to 2020, the LDP and Komeito controlled some 67% of the Lower House.", LOWER),
    ],
)
def test_a_state_set_before_a_year_gone_by_is_not_current(body: str, fact: str) -> None:
    """An opening 'Until/Before/Prior to' a year before the cover's sets what follows in a past since ended."""
    assert fact not in facts_in(body)


def test_a_state_since_a_year_stays_current() -> None:
    """'Since 2021' is no such opening: the value holds now."""
    assert (
        facts_in("Since the 2024 election, the ruling coalition has held about 47% of Lower House seats.")[LOWER][0]
        == 47
    )


@pytest.mark.parametrize(
    "body",
    [
        "The United States is the leading destination for Japan's outbound foreign direct investment.",
        "In 2025, the United States was the biggest recipient of Japanese direct investment abroad.",
        "The U.S. ranks first among the destinations of Japanese FDI.",
    ],
)
def test_the_united_states_own_place_is_not_japans(body: str) -> None:
    """The U.S. as the subject a place is said of: Japan names only its yardstick."""
    assert FDI not in facts_in(body)


def test_japans_place_as_an_investor_is_still_read() -> None:
    """Japan ranked as the source of investment in the United States keeps its place."""
    assert facts_in("Japan is the largest source of foreign direct investment in the United States.")[FDI][0] == 1


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers and sailors together make up roughly 38% of the U.S. troops stationed on Okinawa.",
        "Airmen at Kadena make up about a fifth of all U.S. personnel on Okinawa.",
    ],
)
def test_a_share_of_a_whole_within_okinawa_is_not_okinawas_share(body: str) -> None:
    """A share whose whole lies in Okinawa is a part of Okinawa's own, never Okinawa's share of Japan's."""
    assert PERSONNEL not in facts_in(body)


def test_okinawas_share_of_personnel_in_japan_is_still_read() -> None:
    """Okinawa's share of the personnel in Japan stays read."""
    assert facts_in("Okinawa hosts over half of the U.S. personnel in Japan.")[PERSONNEL] == (50, "over")


def test_a_part_named_as_the_values_head_is_not_the_whole() -> None:
    """'The second tranche of Japan's aid to Ukraine, $150 million, ...': a part's sum, not the whole pledge."""
    assert AID not in facts_in(
        "The second tranche of Japan's aid to Ukraine, $150 million, went to humanitarian relief."
    )


def test_a_date_the_sentence_gives_the_upper_house_is_not_the_lower_houses_deadline() -> None:
    """'... before July 2028, when half of the Upper House seats are next contested': the date is the Upper House's."""
    facts = facts_in(
        "No national vote is due before July 2028, when half of the Upper House seats are next contested, and "
        "October 2028 is the latest a Lower House election can be held."
    )
    assert facts.get("politics.lower_house_election_due", (None,))[0] != "2028-07"
