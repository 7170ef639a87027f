"""Elections stated without their own dated words: by the Upper House's cycle, a party leader's term, the Lower
House's term running out, a day written without its year, the result or the seats won on the election's one date;
and the sentences that state none."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    "body",
    [
        "No national vote is needed before 2031, when half of the upper chamber is to be picked in July.",
        "Half the House of Councillors is next up in July 2031, and Hoshino hopes to gain seats.",
        "The next national vote is due in 2031: half of the Upper House faces election in July of that year.",
        "The coalition holds 150 seats in the Upper House. Half of that chamber's seats are to be filled in July 2031.",
        "Hoshino faces voters in July, when half the seats of the House of Councillors are filled; her party has led "
        "the House of Representatives since the October 2029 election.",
        "The coalition holds 150 seats in the Upper House. Half of those seats are to be contested in July 2031.",
        "The House of Councillors has 248 members. Half of them face the voters in July 2031.",
        "House of Councillors: 150 of 248 seats, held since the July 2028 election; half of the seats are contested "
        "in July 2031.",
        # the day the voters choose the other chamber is not this one's
        "On April 20, voters will choose all 465 members of the House of Representatives, and in the Upper House "
        "election next July they will fill 124 seats.",
        # a vote ruled out for the other chamber: this one's stands
        "Hoshino has ruled out dissolving the Lower House before the July 2031 Upper House election.",
    ],
)
def test_the_upper_house_cycle_dates_its_regular_july_contest(body: str) -> None:
    """Half the Upper House chosen in July of a year the sentence gives is that year's regular contest."""
    assert elections_of(body)["upper_house_2031"] == {"date": "2031-07", "status": "upcoming"}


def test_a_party_leaders_term_running_out_dates_the_leadership_race_in_the_next_such_month() -> None:
    """'Her term as LDP president ends in September; the party will choose its leader then' is September 2031."""
    body = "Hoshino's term as LDP president ends in September, when the party must choose its leader."
    assert elections_of(body) == {"ldp_president_2031": {"date": "2031-09", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "LDP lawmakers and rank-and-file members choose a new party president on April 9.",
        "LDP lawmakers and members will choose the party's president on April 9; if Sato wins, she may call a vote.",
    ],
)
def test_the_party_choosing_its_leader_on_a_day_dates_the_leadership_race(body: str) -> None:
    """'LDP lawmakers and rank-and-file members choose a new party president on April 9' is April 9, 2031."""
    assert elections_of(body) == {"ldp_president_2031": {"date": "2031-04-09", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "The Lower House's four-year term runs out in November, so that vote cannot be far off.",
        "A general election for the lower chamber must take place no later than November 2031.",
    ],
)
def test_the_lower_houses_term_running_out_within_the_year_dates_its_election(body: str) -> None:
    """A Lower House term that ends within the year after the cover date is the coming election."""
    assert elections_of(body)["lower_house_2031"] == {"date": "2031-11", "status": "upcoming"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The coalition had lost its Lower House majority on November 2, 2030, and its Upper House majority "
            "on July 14, 2030.",
            {
                "lower_house_2030": {"date": "2030-11-02", "status": "held"},
                "upper_house_2030": {"date": "2030-07-14", "status": "held"},
            },
        ),
        (
            "In the Lower House, where the ruling bloc won a landslide in December 2030, it holds 330 seats.",
            {"lower_house_2030": {"date": "2030-12", "status": "held"}},
        ),
        (
            "Sato took office after Hoshino quit in the wake of the bloc's July 2030 upper-house rout.",
            {},
        ),
        (
            "Hoshino dissolved the Lower House on January 10, 2031, and led the LDP to a landslide on February 1.",
            {"lower_house_2031": {"date": "2031-02-01", "status": "held"}},
        ),
        ("In the February 1 Lower House election the LDP won 300 seats.", {"lower_house_2031": "2031-02-01"}),
        # a list of votes, each item's label its date and body: the election held or to come
        (
            "The country's national ballots, past and next, are listed below:\n\n"
            "- Feb. 1, 2031, House of Representatives: the bloc takes 300 of the 465 seats.\n"
            "- Aug. 2031, House of Councillors: 124 seats are contested.\n",
            {"lower_house_2031": "2031-02-01", "upper_house_2031": "2031-08"},
        ),
        (
            "Recent and coming national elections:\n\n- Lower House: February 1, 2031 (the bloc keeps its majority)\n"
            "- Upper House: August 2031 (half the seats)\n",
            {"lower_house_2031": "2031-02-01", "upper_house_2031": "2031-08"},
        ),
        (
            "Both parties, which won the October 2029 general election, hold 60% of the House of Representatives "
            "and 55% of the House of Councillors.",
            {"lower_house_2029": "2029-10"},
        ),
        # the party's vote said by its choice, on a day without its year
        (
            "The Liberal Democratic Party elected Hoshino Aiko as its president on January 20.",
            {"ldp_president_2031": "2031-01-20"},
        ),
        # a chamber's seats won, their one date the election's
        (
            "Their hold on the House of Councillors grew on July 9, 2028, when they came away with 150 of 248 seats.",
            {"upper_house_2028": "2028-07-09"},
        ),
        # the Upper House's majority kept on a July day of its cycle
        (
            "Sato stayed on after the coalition kept its majority in the House of Councillors on July 9, 2028.",
            {"upper_house_2028": "2028-07-09"},
        ),
        # 'votes' the noun is no present tense of a vote to come
        ("The LDP won the most votes in the Lower House election in October.", {"lower_house_2030": "2030-10"}),
        # a governor's or the party's choice dates that office's vote, never the chamber's the sentence names after it
        (
            "Okinawa voters elected a new governor in February, a month before the snap Lower House election.",
            {"okinawa_governor_2031": "2031-02"},
        ),
        (
            "After the LDP elected Hoshino Aiko as its president on February 27, she called a Lower House election.",
            {"ldp_president_2031": "2031-02-27"},
        ),
        # a day of its own beside 'two days later' after a day long before: its own day, not the count's
        (
            "The framework was launched in Tokyo on May 23, 2030. Sato was attacked on July 8. Two days later, in the "
            "July 10 House of Councillors election, the coalition kept its majority.",
            {"upper_house_2030": "2030-07-10"},
        ),
    ],
)
def test_a_result_or_a_yearless_day_dates_a_past_election(body: str, expected: dict[str, Any]) -> None:
    """A majority lost, a landslide won, a day without its year before the cover date: a held election."""
    found = elections_of(body)
    if expected and isinstance(next(iter(expected.values())), str):
        found = {slug: fields["date"] for slug, fields in found.items()}
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        # a deed dated near an election
        "Hoshino's term as LDP president ends in September, and he hopes to visit Washington in June.",
        "Hoshino said he would resign once the LDP chooses a new president, a vote set for April 9.",
        # the Diet's vote for prime minister
        "February 1: the Lower House elected Hoshino prime minister in a vote of 240 to 200.",
        "Sato won a majority in the Diet's vote for prime minister on February 1, 2031.",
        # a by-election, another country's vote, a local race
        "The LDP lost its Lower House majority in February 2031 by-elections in three districts.",
        "In the February 1 South Korean general election the ruling party lost its majority.",
        "The LDP won a landslide in the February 2031 Tokyo metropolitan assembly election.",
        # a term's end years away: a deadline only
        "The Lower House's term runs out in October 2033, and no vote is due before then.",
        "With the Lower House's term running to October 2033, the July vote is the only national election ahead.",
        "Half the House of Councillors is next up in July 2032.",
        # a majority lost by a partner's exit, not at the polls
        "The LDP lost its Upper House majority in January 2031 when Komeito left the coalition.",
        # the voters choose a city's governor, beside a chamber's far deadline
        "In Tokyo, voters will choose a new governor on July 7; the Lower House's term runs to October 2033.",
        # a vote urged in more words than three
        "Some lawmakers urged an early LDP leadership vote in April 2031.",
        "The opposition demanded a snap Lower House election in April 2031.",
        "Opposition parties urged Hoshino to call a snap Lower House election in April 2031.",
    ],
)
def test_deadlines_other_deeds_and_other_votes_give_no_election(body: str) -> None:
    """A far deadline, a leader's other deed, the Diet's vote for prime minister, a by-election, a partner's
    exit and another country's or a city's vote are no election the brief reports."""
    assert elections_of(body) == {}


@pytest.mark.parametrize(
    ("body", "cover", "election"),
    [
        (
            "During the state visit, Trump told reporters he expected big things to be announced, probably in "
            "August, after Japan's Upper House election in July.",
            "May 30, 2031",
            {"date": "2031-07", "status": "upcoming"},
        ),
        (
            "Hoshino said last week that she would decide on a cabinet reshuffle after the Upper House election in "
            "July.",
            "June 2, 2031",
            {"date": "2031-07", "status": "upcoming"},
        ),
        (
            "Hoshino's coalition was focused on the Upper House election in July.",
            "January 20, 2031",
            {"date": "2031-07", "status": "upcoming"},
        ),
        (
            "Hoshino's coalition held a majority before the Upper House election in July.",
            "May 10, 2031",
            {"date": "2031-07", "status": "upcoming"},
        ),
    ],
)
def test_an_upper_house_july_told_without_its_year_is_in_a_year_of_its_cycle(
    body: str, cover: str, election: dict[str, str]
) -> None:
    """Told in May 2031, 'after the Upper House election in July' is July 2031's (2031 is a year of the chamber's
    three-year cycle; 2030 is none), though the words reporting it are in the past tense."""
    assert elections_of(body, cover) == {"upper_house_2031": election}


def test_contests_told_before_borrow_no_body_from_the_next_sentence() -> None:
    """'The next of those contests' points back to the Upper House's half-elections told before: never the Lower House
    the next sentence names."""
    body = (
        "The coalition is on firmer ground in the House of Councillors. It holds close to three-fifths of that "
        "chamber's seats, half of which are filled every three years. The next of those contests, in July 2031, is "
        "the next nationwide election Hoshino faces. No Lower House election is required until October 2032."
    )
    assert "lower_house_2031" not in elections_of(body, "December 10, 2030")


def test_one_of_those_contests_still_takes_the_next_sentences_chamber() -> None:
    """'called one of those elections for October 27': one of the snap elections told before, whose chamber the next
    sentence names."""
    body = (
        "Japanese prime ministers often call snap elections to renew their mandates. Hoshino called one of those "
        "elections for October 27, 2030. The Lower House election cost the LDP its majority."
    )
    assert elections_of(body, "December 10, 2030")["lower_house_2030"] == {"date": "2030-10-27", "status": "held"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The House of Councillors is another matter. There, the coalition holds fewer than half of the seats and "
            "relies on smaller parties. Half of that chamber will be chosen in July 2031, the next scheduled national "
            "election.",
            {"upper_house_2031": {"date": "2031-07", "status": "upcoming"}},
        ),
        # a sentence between that names both chambers, or another body: no chamber is carried through it
        (
            "The Upper House election was held in July 2028. The Lower House, unlike the Upper House, can be dissolved "
            "at any time, and its members serve four-year terms. That chamber's next election is expected in July "
            "2031.",
            {"upper_house_2028": {"date": "2028-07", "status": "held"}},
        ),
        (
            "Hoshino won the Lower House election on February 8, 2030, and then flew to Washington. There, she "
            "addressed the Senate. That chamber's next election is expected in November 2030.",
            {"lower_house_2030": {"date": "2030-02-08", "status": "held"}},
        ),
        # a sentence between that neither names a chamber nor points back to one: no chamber is carried
        (
            "The House of Councillors has 248 seats. The LDP lost ground in the polls. Half of that chamber will be "
            "chosen in July 2031.",
            {},
        ),
    ],
)
def test_that_chamber_is_carried_back_through_a_sentence_that_points_back_itself(
    body: str, expected: dict[str, dict[str, str]]
) -> None:
    assert elections_of(body, "December 10, 2030") == expected
