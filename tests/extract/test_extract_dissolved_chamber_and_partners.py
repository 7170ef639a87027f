"""The Diet's make-up as the text tells it: no Lower House share a past vote gave while the chamber stands dissolved
and the election it calls is still to come (the new share once that election is held); the LDP's partner, as the text
casts it, no rival holder of a share ('the two parties ... short of a majority' after Ishin joined the government);
and the prime minister the Diet elected, named by a pronoun in a later clause.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in, values_on

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
PM = "leaders.japan_prime_minister"


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Ishiba dissolved the lower house on October 9 and set a general election for October 27. In "
        "the 2021 general election, the LDP and Komeito won 293 of the 465 seats.",
        "Eight days after taking office, Ishiba dissolved the House of Representatives and called a general election "
        "for October 27, 2024. Oct. 31, 2021, House of Representatives: the coalition holds 293 of the 465 seats.",
    ],
)
def test_no_lower_house_share_from_a_past_vote_while_the_chamber_stands_dissolved(body: str) -> None:
    """A dissolution told as done and its election still to come: the last election's seats are no current share."""
    assert LOWER not in values_on(body, dt.date(2024, 10, 20))


def test_the_election_held_after_a_dissolution_gives_the_new_share() -> None:
    """Once the election the dissolution called is held, its result is the chamber's share."""
    body = (
        "Abe dissolved the lower house in September. In the October 22 election the ruling coalition retained 313 of "
        "the 465 seats."
    )
    assert values_on(body, dt.date(2017, 11, 15))[LOWER] == 67


def test_a_share_told_going_into_the_campaign_stays() -> None:
    """A share the text gives the bloc now, no vote's result, is read though the chamber is dissolved."""
    body = (
        "Takaichi dissolved the House of Representatives in January, and voters go to the polls on February 8, 2026. "
        "The LDP and Ishin hold just under half of the 465 seats in the Lower House, whose previous election, in "
        "October 2024, left the LDP and Komeito with 215."
    )
    assert values_on(body, dt.date(2026, 2, 3))[LOWER] == 50


@pytest.mark.parametrize(
    "body",
    [
        "In October, Komeito quit the coalition and the LDP struck a governing agreement with the Japan Innovation "
        "Party (Ishin). The House of Councillors is another matter. There the two parties remain a handful of seats "
        "short of a majority, and they depend on opposition votes to pass bills.",
        "Together with the Japan Innovation Party (Ishin), which backs the government from outside the cabinet, the "
        "LDP controls roughly three-quarters of the lower chamber. The upper chamber is another matter: there the "
        "partners' 119 seats leave them six short of control, a legacy of the July 2025 defeat.",
    ],
)
def test_the_ldps_partner_the_text_tells_is_no_rival_holder(body: str) -> None:
    """Ishin, cast as the LDP's partner, holds the share with it; the pointer passes over a sentence naming no one."""
    assert facts_in(body)[UPPER] == (50, "under")


def test_a_party_outside_the_coalition_holds_no_coalition_share() -> None:
    """Ishin and an opposition party together are not the ruling coalition of the LDP and Komeito."""
    body = "The LDP governs with Komeito. Ishin and the CDP together hold 40% of the upper house."
    assert UPPER not in values_on(body, dt.date(2024, 12, 10))


@pytest.mark.parametrize(
    "body",
    [
        "Takaichi Sanae, a former economic security minister, won the LDP race in October; the Diet elected her prime "
        "minister on October 21.",
        "The LDP picked Takaichi Sanae as its leader in October, and the Diet then named her Japan's first woman prime "
        "minister.",
    ],
)
def test_the_diet_electing_her_names_the_prime_minister(body: str) -> None:
    """'the Diet elected her prime minister': the person the sentence opens on, or the party's choice before it."""
    assert values_on(body, dt.date(2025, 11, 10))[PM]["family"] == "Takaichi"


@pytest.mark.parametrize(
    "body",
    [
        "In 2028, Kishida dissolved the House of Representatives. In the general election that followed, the LDP and "
        "Komeito won 293 of the 465 seats. The next general election is set for March 30, 2031.",
        "Eight days after taking office, Kishida dissolved the House of Representatives. In the general election that "
        "followed, the LDP and Komeito won 293 of the 465 seats. The next general election is set for March 30, 2031.",
    ],
    ids=["dissolved-years-ago", "election-that-followed"],
)
def test_a_dissolution_whose_election_is_past_leaves_the_share(body: str) -> None:
    """A dissolution years before the cover, or one the text says an election followed, leaves the chamber seated."""
    assert values_on(body, dt.date(2031, 3, 2)).get(LOWER) == 63


def test_an_upcoming_election_on_a_day_no_calendar_has_is_no_crash() -> None:
    """'The general election is on April 31' after a dissolution: read without a crash, the share left alone."""
    body = (
        "In the 2028 general election, the LDP and Komeito won 293 of the 465 seats in the House of Representatives. "
        "Kishida dissolved the lower house on March 20. The general election is on April 31."
    )
    assert values_on(body, dt.date(2031, 3, 25)).get(LOWER) == 63
