"""Traps of elections: a date of another deed near an election (a resignation, a campaign, a deed dated 'three months
after the election'), a vote of the Diet's members, a by-election, another party's or country's vote, and a deed
dated from another day ('two days after Abe was killed') give no election, or no event, at a wrong date.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_in, facts_in
from usjapan_facts.extract import extract_snapshot


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoshino, who took office on October 21, 2030, dissolved the Lower House and won the snap election.",
        "Hoshino Aki became prime minister on October 6, 2030, and called a snap election that the LDP won.",
        "The Diet was dissolved on January 23, 2026, and the Lower House election followed.",
        "The cabinet resigned en masse on August 4, 2025, after the Upper House election.",
        "Hoshino announced on September 7, 2025, that he would resign, weeks after the Upper House election.",
        "Hoshino named his cabinet on October 4, 2025, three months after the Upper House election.",
        "Campaigning for the Lower House election began on January 27, 2026.",
        "Voters went to the polls in the Upper House election; results were announced on July 21, 2025.",
        "The coalition agreement was signed on October 20, 2025, after the Lower House election.",
        "Three weeks after the dissolution on January 23, 2026, voters elected a new Lower House.",
    ],
)
def test_a_date_of_another_deed_near_an_election_dates_no_election(sentence: str) -> None:
    """The sentence's one date is a resignation's, a campaign's, the results' or a deed dated from the election."""
    assert elections_in(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "A no-confidence vote in the Lower House failed on June 20, 2025.",
        "The Upper House approved the bill in a vote on May 8, 2026.",
        "The House of Councillors vote on the treaty is set for June 15, 2026.",
        "The Lower House voted on March 2, 2026, to pass the budget.",
        "In the Diet vote on October 21, 2025, the Lower House elected Hoshino prime minister.",
        "The Lower House elected Hoshino Aki prime minister on October 21, 2025.",
        "The House of Councillors voted on October 21, 2025, to name Hoshino prime minister.",
        "Japan's new envoy to Washington was confirmed on May 8, 2026, by a Diet vote.",
    ],
)
def test_a_vote_of_the_diets_members_is_no_election(sentence: str) -> None:
    """A vote on a bill, a motion or a nominee, or a chamber electing the prime minister, elects no chamber."""
    assert elections_in(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The LDP lost all three Lower House by-elections on April 28, 2024.",
        "A House of Councillors by-election was held in Tokushima in October 2023.",
        "The special election for the Lower House seat was held on April 28, 2024.",
        "The Constitutional Democratic Party elected its leader on September 23, 2024.",
        "The Tokyo gubernatorial election on July 7, 2024, returned the incumbent.",
        "The U.S. House of Representatives election of November 2026 may shift control of Congress.",
        "South Korea's National Assembly election on April 10, 2024, went to the opposition.",
        "Okinawa's neighbor Kagoshima holds a gubernatorial election on July 7, 2024.",
        "Unlike Okinawa, Tokyo held a gubernatorial election on July 7, 2024.",
        "The Conservative Party's leadership contest in November 2024 chose Badenoch.",
        "The DPFP's party leadership contest in September 2024 re-elected Tamaki.",
        "Japan's opposition leader urged a snap poll for June 2026.",
        "South Korea held a general election on April 10, 2024.",
        "The opposition demanded a snap election in 2025.",
        "Some lawmakers demanded an LDP leadership vote in 2025.",
    ],
)
def test_a_by_election_or_another_partys_or_countrys_vote_is_no_national_election(sentence: str) -> None:
    """A single seat's vote, another party's leadership, a local race (another prefecture's governor), a foreign
    chamber's election, or a vote only urged."""
    assert elections_in(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "After the July 20, 2025, Upper House election, the prime minister announced his resignation on "
            "September 7, 2025.",
            {"upper_house_2025": ("2025-07-20", "held")},
        ),
        (
            "The Lower House was dissolved on January 23, 2026, and the election was held on February 8, 2026.",
            {"lower_house_2026": ("2026-02-08", "held")},
        ),
        (
            "The Lower House election, held in October 2024, cost the coalition its majority.",
            {"lower_house_2024": ("2024-10", "held")},
        ),
        (
            "Americans go to the polls on November 3, 2026. Japan holds a Lower House election on October 25, 2026.",
            {"lower_house_2026": ("2026-10-25", "upcoming")},
        ),
        (
            "U.S. voters head to the polls on November 3, 2026. A Lower House election is set for October 25, 2026.",
            {"lower_house_2026": ("2026-10-25", "upcoming")},
        ),
    ],
)
def test_the_elections_own_date_beside_another_deed_is_read(sentence: str, expected: dict[str, object]) -> None:
    """The date the election's own words give is read, whatever other deed the sentence dates."""
    assert elections_in(sentence) == expected


def test_a_deed_dated_days_from_an_election_takes_its_own_day() -> None:
    """'the July 10, 2022, election, two days after Abe was killed': the election July 10, the killing July 8."""
    body = "The coalition won 75 seats in the July 10, 2022, Upper House election, two days after Abe was killed."
    text = (
        f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\nJapan has been an ally since 1952. {body}\n"
    )
    snapshot = extract_snapshot(text).snapshot
    assert snapshot.elections["upper_house_2022"].date == "2022-07-10"
    assert snapshot.events["abe_assassination"].date == "2022-07-08"


def test_a_deed_dated_weeks_from_another_day_is_not_dated() -> None:
    """'three weeks after Abe was killed' gives the killing no date: the sentence's date is another day's."""
    body = "On July 29, 2022, three weeks after Abe was killed, the cabinet set a state funeral."
    text = (
        f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\nJapan has been an ally since 1952. {body}\n"
    )
    assert "abe_assassination" not in extract_snapshot(text).snapshot.events


def test_no_vote_of_the_diet_is_read_as_a_chambers_share() -> None:
    """'60% of members voting against' a motion is no share of the chamber's seats."""
    facts = facts_in("A no-confidence motion in the Lower House failed, with 60% of members voting against it.")
    assert "politics.lower_house_coalition_share" not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoshino's current term as LDP president ends in September 2027, and she is widely expected to seek another.",
        "Hoshino's term as LDP president expires in September 2027; the Upper House election follows in July 2028.",
    ],
)
def test_a_party_leaders_term_ending_is_no_election(sentence: str) -> None:
    """A term's end alone, or beside a chamber's election, names no vote of the party: no leadership race."""
    assert not any(slug.startswith("ldp_president") for slug in elections_in(sentence))


@pytest.mark.parametrize("vote", ["a leadership election is to be held", "the party holds a leadership ballot"])
def test_a_party_leaders_term_ending_with_its_vote_is_the_race(vote: str) -> None:
    """'ends in September 2027, when a leadership election is to be held': the party's race, upcoming."""
    sentence = f"Hoshino's term as LDP president ends in September 2027, when {vote}."
    assert elections_in(sentence)["ldp_president_2027"] == ("2027-09", "upcoming")
