"""Roles carried past what stands between a value and its subject: a heading naming Okinawa over a list of sentences
each opening on 'It', a lead-in that itself points back to that heading, a subordinate clause put before the main
clause's subject; a majority reached and kept; an aside on a vote after 'respectively'; a government named as the
party to a past deed; a prime minister given the office by taking it and named later by family name alone.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in, values_on

PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
LAND = "alliance.okinawa_share_of_land_area"
LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
PM = "leaders.japan_prime_minister"


def test_the_third_of_a_list_of_it_sentences_takes_okinawa_from_the_heading() -> None:
    body = (
        "\n\n## Okinawa's Load\n\nOkinawa Prefecture bears more than its size would suggest:\n\n"
        "- It makes up 0.6% of the nation's land area.\n- It houses about 70% of the bases reserved for U.S. forces.\n"
        "- It is home to more than half of the U.S. service members in Japan.\n"
    )
    assert facts_in(body)[PERSONNEL] == (50, "over")


def test_a_lead_in_pointing_back_to_the_heading_gives_its_lower_case_items_okinawa() -> None:
    body = (
        "\n\n## Okinawa\n\nThe island prefecture shoulders an outsized burden:\n\n"
        "- it takes up under one percent of Japan's land area;\n"
        "- it holds about three-quarters of the acreage set aside for the exclusive use of U.S. forces;\n"
        "- it is home to nearly half of all U.S. military personnel in Japan.\n"
    )
    facts = facts_in(body)
    assert (facts[LAND], facts[FACILITIES], facts[PERSONNEL]) == ((1, "under"), (75, "about"), (50, "nearly"))


def test_a_subject_after_a_fronted_clause_points_back_and_its_land_is_the_part() -> None:
    body = (
        "\n\n## Okinawa\n\nAlthough its land accounts for less than one percent of Japan's total area, the prefecture "
        "holds about a quarter of all the installations used by U.S. forces."
    )
    facts = facts_in(body)
    assert (facts[LAND], facts[FACILITIES]) == ((1, "under"), (25, "about"))


def test_a_share_of_the_prefectures_own_land_stays_out() -> None:
    body = "\n\n## Okinawa\n\nU.S. bases cover about 8% of its land, though the prefecture hosts most U.S. troops."
    assert LAND not in facts_in(body)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The LDP and Ishin reached a slim majority in the Lower House in December.", (50, "over")),
        ("The LDP and Komeito regained a majority in the Lower House in 2012 but lost it in 2024.", None),
    ],
)
def test_a_majority_reached_is_held_unless_lost_again(sentence: str, value: tuple[int, str] | None) -> None:
    assert facts_in(sentence).get(LOWER) == value


def test_an_aside_on_the_vote_that_renewed_a_share_leaves_the_respective_shares_current() -> None:
    body = (
        "The LDP governs with Komeito. The two parties hold about two-thirds and roughly three-fifths of the seats "
        "in the House of Representatives and the House of Councillors, respectively, the former a position they "
        "renewed in the general election of October 22, 2017."
    )
    values = values_on(body, dt.date(2018, 9, 3))
    assert (values[LOWER], values[UPPER]) == (67, 60)


def test_a_government_party_to_a_past_deed_is_no_sitting_prime_minister() -> None:
    body = (
        "Prime Minister Ishiba Shigeru met President Trump in February. The tariff deals concluded with the Abe "
        "government during the first Trump Administration remain in force."
    )
    assert facts_in(body, "IF11120")[PM][0].family == "Ishiba"


def test_a_prime_minister_given_the_office_by_taking_it_is_read_by_family_name() -> None:
    body = (
        "Japan hosts the largest U.S. force abroad. Its leader, Shinzo Abe, returned to the premiership in December "
        "2012. Abe has worked closely with President Donald Trump."
    )
    assert values_on(body, dt.date(2018, 9, 3))[PM] == {"family": "Abe", "given": "Shinzo"}


def test_a_prime_minister_who_took_office_and_left_is_not_read_by_family_name() -> None:
    body = "Shinzo Abe became prime minister in 2012 and resigned in 2020. Abe remains influential in the party."
    assert PM not in values_on(body, dt.date(2022, 9, 3))


HUMANITARIAN = "diplomacy.ukraine_humanitarian_aid"
FINANCIAL = "diplomacy.ukraine_financial_support"


def test_ukraine_aid_told_by_its_commitments_from_the_donor_and_loans_extended() -> None:
    body = (
        "Russia's war has drawn Tokyo closer to its allies. Humanitarian pledges from Japan so far total $350 million; "
        "a further $250 million, given as loans, is to keep Ukraine's government running."
    )
    facts = facts_in(body)
    assert (facts[HUMANITARIAN], facts[FINANCIAL]) == ((350000000, "exact"), (250000000, "exact"))


def test_the_most_of_a_ukraine_total_is_its_part_whatever_its_case() -> None:
    body = "Japan has pledged about $9 billion to Ukraine. Most of that, $7 billion, is budget support."
    assert facts_in(body)[FINANCIAL] == (7000000000, "exact")


def test_another_donors_humanitarian_pledges_stay_out() -> None:
    assert HUMANITARIAN not in facts_in("Humanitarian pledges from the EU to Ukraine now total $2 billion.")


def test_a_partners_seats_added_make_the_coalitions_share() -> None:
    body = "With Komeito's seats added, the ruling camp commands about three-fifths of the 465-member Lower House."
    assert facts_in(body)[LOWER] == (60, "about")


def test_the_other_chamber_called_its_lower_counterpart_is_the_lower_house() -> None:
    body = (
        "Half of the upper chamber's seats are up for election in July 2027. Its lower counterpart need not face "
        "voters before October 2028, when its members' terms run out."
    )
    assert values_on(body, dt.date(2026, 9, 3))["politics.lower_house_election_due"] == "2028-10"
