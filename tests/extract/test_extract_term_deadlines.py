"""When the next Diet election and the Lower House's must come, however the sentence says it: the chamber's term
running out (by its month alone, 'that October', 'now runs to'), 'no national vote is due until', 'the July 2028
Upper House election', 'voters will next go to the polls', seats 'up for election'. A term that ends after the next
regular Upper House election is no next election; another country's term is not Japan's.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, UPPER, facts_in

LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "due", "lower"),
    [
        (
            "The lower chamber's four-year term ends in March 2027, and no national vote is due before then.",
            2027,
            "2027-03",
        ),
        ("The Lower House's term runs out in November, so an election is near.", 2026, "2026-11"),
        ("The Lower House's term runs out in April, so the parties are already campaigning.", 2027, "2027-04"),
        ("The term of the House of Representatives runs until March 2027.", 2027, "2027-03"),
    ],
)
def test_a_term_running_out_before_the_next_upper_house_vote_dates_the_next_election(
    body: str, due: int, lower: str
) -> None:
    """The chamber's term sets its election's latest date; before July 2028 it is also the next Diet election's."""
    facts = facts_in(body)
    assert facts[DUE] == (due, "exact")
    assert facts[LOWER_DUE] == (lower, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "The coalition looks safe: no national vote is due until 2028.",
        "The next national contest is the July 2028 Upper House election.",
        "Voters will next go to the polls in July 2028.",
        "Half of the upper chamber's seats are up for election in July 2028.",
    ],
)
def test_the_next_national_vote_is_read_however_it_is_named(body: str) -> None:
    """A national vote, contest, trip to the polls or seats up for election, dated ahead, is the next one."""
    assert facts_in(body)[DUE] == (2028, "exact")


def test_a_term_that_outlasts_the_next_upper_house_vote_is_only_the_chambers_deadline() -> None:
    """'The lower chamber's term now runs to October 2029': after July 2028, so not the next election."""
    facts = facts_in("The lower chamber's term now runs to October 2029.")
    assert facts[LOWER_DUE] == ("2029-10", "exact")
    assert DUE not in facts


def test_that_month_takes_the_year_the_sentence_names() -> None:
    """'Seats are up in July 2028, and the Lower House's term expires that October': October 2028, and the seats
    up for election are no share of the chamber."""
    facts = facts_in(
        "Half of the upper chamber's seats are up in July 2028, and the Lower House's term expires that October."
    )
    assert facts[LOWER_DUE] == ("2028-10", "exact")
    assert facts[DUE] == (2028, "exact")
    assert UPPER not in facts


def test_another_countrys_term_is_not_the_lower_houses() -> None:
    """South Korea's assembly term ending is no Diet deadline."""
    facts = facts_in("South Korea's National Assembly term ends in May 2027, and its next vote is due before then.")
    assert DUE not in facts
    assert LOWER_DUE not in facts
