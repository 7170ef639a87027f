"""A chamber's seats restated as a fraction, a chamber carried across sentences, and a vote's month said without its
year: the readers of the Diet's chambers by roles."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
LOWER_DUE = "politics.lower_house_election_due"
NEXT = "politics.next_diet_election_due"
PARTY = "Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. "


def facts_of(updated: str, body: str) -> dict[str, Any]:
    """Extract a short brief of the politics section and return each fact's value and hedge."""
    text = f"Updated {updated}\n\n## U.S.-Japan Relations\n\nJapan is a U.S. treaty ally.\n\n## Politics\n\n{body}\n"
    facts = extract_snapshot(text).snapshot.facts
    return {
        fact_id: {k: v for k, v in fact.model_dump(mode="json").items() if k in ("value", "qualifier")}
        for fact_id, fact in facts.items()
    }


def test_a_count_the_next_sentence_restates_as_a_fraction_gives_the_fraction_and_carries_the_chamber() -> None:
    """'That total gives the coalition more than two-thirds of the chamber': the fraction, of the Lower House (the
    upper house's objections are what it overrides); 'The chamber's term' two sentences on is the Lower House's."""
    facts = facts_of(
        "May 19, 2016",
        PARTY + "In the December 2014 snap election, the two won 326 of the 475 seats in the House of Representatives, "
        "the more powerful lower chamber. That total gives the coalition more than two-thirds of the chamber, enough "
        "to pass bills over the upper house's objections. The chamber's four-year term does not run out until "
        "December 2018.",
    )
    assert facts[LOWER] == {"value": 67, "qualifier": "over"}
    assert UPPER not in facts
    assert facts[LOWER_DUE]["value"] == "2018-12"


@pytest.mark.parametrize(
    "body",
    [
        "In the October 22, 2017, election the LDP and its junior partner, the Komeito, kept 313 of the chamber's 465 "
        "seats in the House of Representatives, a total that works out to just over two-thirds.",
        "In the House of Representatives, the LDP and its junior partner Komeito control 318 of the 475 seats. That "
        "is just over two-thirds of the membership.",
        "In the House of Representatives, the coalition has 318 of 475 seats, or just over two-thirds.",
    ],
    ids=["same-clause", "next-sentence", "apposed-clause"],
)
def test_seats_restated_as_a_fraction_give_the_fraction(body: str) -> None:
    """The fraction the text gives for the seats it counts is the share (not 313/465 or 318/475 rounded)."""
    assert facts_of("January 10, 2018", body)[LOWER] == {"value": 67, "qualifier": "over"}


def test_a_fraction_listed_before_a_percent_pairs_with_its_chamber_respectively() -> None:
    """'about two-thirds and 57% ... respectively': the first the Lower House's, hedged; the second exact."""
    facts = facts_of(
        "April 20, 2021",
        "Control of both Diet chambers is held by the LDP and its junior partner, Komeito: the coalition occupies "
        "about two-thirds and 57% of the seats in the House of Representatives and the House of Councillors, "
        "respectively.",
    )
    assert facts[LOWER] == {"value": 67, "qualifier": "about"}
    assert facts[UPPER] == {"value": 57, "qualifier": "exact"}


def test_seats_held_in_a_chamber_named_by_its_size_are_no_size() -> None:
    """'hold 293 seats in the 465-member House': 293 is held, 465 the chamber's size."""
    facts = facts_of(
        "September 10, 2023", "The ruling parties hold 293 seats in the 465-member House of Representatives."
    )
    assert facts[LOWER] == {"value": 63, "qualifier": "about"}


def test_the_seats_a_vote_fills_are_no_share() -> None:
    """'voters choose half of the upper chamber': the seats up, not the coalition's."""
    facts = facts_of(
        "July 10, 2025",
        "Tokyo also faces a political test at home: voters choose half of the upper chamber of the Diet on July 20, "
        "and Ishiba's coalition hopes to keep its majority.",
    )
    assert UPPER not in facts


def test_the_chamber_next_to_face_voters_dates_the_next_national_vote() -> None:
    """'The upper house is the next to face voters: half of its seats will be contested this July' (a May cover)."""
    facts = facts_of(
        "May 19, 2016",
        PARTY + "The upper house is the next to face voters: half of its seats will be contested this July.",
    )
    assert facts[NEXT]["value"] == 2016


def test_a_month_counted_from_the_cover_dates_the_lower_house_deadline_past_its_last_vote() -> None:
    """'The lower chamber, last chosen in October 2017, must face voters no later than this October': 2021-10."""
    facts = facts_of(
        "April 20, 2021",
        PARTY + "The lower chamber, last chosen in October 2017, must face voters no later than this October.",
    )
    assert facts[LOWER_DUE]["value"] == "2021-10"


def test_another_countrys_or_a_past_chambers_count_restated_is_no_share() -> None:
    """A fraction restating the opposition's seats, or another legislature's, is no share of the coalition's."""
    facts = facts_of(
        "June 2, 2017",
        PARTY
        + "In South Korea's National Assembly, the ruling party holds 122 of the 300 seats. That is about two-fifths "
        "of the membership.",
    )
    assert LOWER not in facts
    assert UPPER not in facts
