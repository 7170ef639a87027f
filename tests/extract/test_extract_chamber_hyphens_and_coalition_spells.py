"""A chamber's share said of the 'lower-house' or 'upper-house', moved 'from 57 percent of the ... seats to 60
percent', as a fraction of the membership, or of seats 'filled by' the coalition's members; and the coalition that
'has been governing' since a year. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"


@pytest.mark.parametrize(
    ("sentence", "fact_id", "value"),
    [
        (
            "The LDP and Komeito fell short of a lower-house majority, winning 215 of 465 seats, about 46%.",
            LOWER,
            (46, "about"),
        ),
        (
            "Ballots cast on July 10 raised the coalition from 57 percent of the House of Councillors' seats to 60 "
            "percent.",
            UPPER,
            (60, "exact"),
        ),
        (
            "In the upper chamber, LDP and Komeito members now make up some three-fifths of the membership.",
            UPPER,
            (60, "about"),
        ),
        (
            "Of the upper house's 248 seats, close to 57% are filled by members of the ruling coalition.",
            UPPER,
            (57, "nearly"),
        ),
    ],
)
def test_a_chambers_share_in_other_words(sentence: str, fact_id: str, value: tuple[int, str]) -> None:
    """A hyphenated chamber, a long 'from ... to', a fraction of the membership, seats filled by the coalition."""
    assert facts_in(sentence)[fact_id] == value


def test_seats_to_be_filled_in_an_election_are_no_share() -> None:
    """Half the seats to be filled in July are up for election, not held."""
    assert UPPER not in facts_in("In the upper house, 50% of the seats are to be filled by voters in July.")


COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2012, Japan has been governed by a coalition of the Liberal Democratic Party and the smaller Komeito.",
    ],
)
def test_a_coalition_governing_since_a_year(sentence: str) -> None:
    """'has been governed by a coalition of' is the coalition now, not one of the past."""
    assert facts_in(sentence)[COALITION] == (["LDP", "Komeito"], None)


def test_a_coalition_that_had_governed_is_past() -> None:
    """'had been governed ... from 1999 to 2009' is a spell of the past."""
    assert COALITION not in facts_in("From 1999 to 2009 Japan had been governed by a coalition of the LDP and Komeito.")
