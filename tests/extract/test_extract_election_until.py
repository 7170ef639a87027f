"""What 'until' says of the next Diet election: a chamber's contest named with its own date after 'no vote is required
until' is that scheduled election; a date alone after it is a deadline; a date of the Lower House alone (due, needed,
set) is never the next Diet election when the Upper House's regular July contest comes first. A 'nationwide vote' is
a national one, the chamber may be written 'upper-house', and the lower chamber's term may end 'when the four-year term
of the lower chamber ends'.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, elections_in, facts_in

LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    "body",
    [
        "No nationwide ballot is needed until the upper-house election of July 2028.",
        "A national vote is not due until the regular House of Councillors contest in July 2028.",
    ],
)
def test_a_contest_named_with_its_date_after_until_is_the_next_election(body: str) -> None:
    """'not required until the upper-house contest of July 2028': that contest, upcoming, and the next vote's year."""
    assert elections_in(body) == {"upper_house_2028": ("2028-07", "upcoming")}
    assert facts_in(body)[DUE] == (2028, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "No national election is required until July 2028.",
        "No nationwide vote is needed until the summer of 2028, when the lower-house members may still sit.",
    ],
)
def test_a_date_alone_after_until_is_a_deadline_and_no_election(body: str) -> None:
    """'No national election is required until July 2028' dates the next vote's latest year, and lists no election."""
    assert elections_in(body) == {}
    assert facts_in(body)[DUE] == (2028, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "No lower-house election is due until February 2030.",
        "No Lower House election is needed until February 2030.",
        "The House of Representatives' next election is set for no later than February 2030.",
    ],
)
def test_a_lower_house_date_after_the_upper_houses_regular_contest_is_not_the_next_election(body: str) -> None:
    """The Upper House votes every third July (2028 here): a Lower House date of 2030 is not the next Diet election."""
    facts = facts_in(body)
    assert DUE not in facts
    assert elections_in(body) == {}


@pytest.mark.parametrize(
    ("body", "due"),
    [
        ("The next nationwide vote is not set until summer 2027, when voters choose a new lower house.", 2027),
        ("Voters face no nationwide contest before the spring of 2027.", None),
    ],
)
def test_a_nationwide_vote_is_a_national_election(body: str, due: int | None) -> None:
    """'The next nationwide vote is not set until summer 2027' gives the next Diet election's year."""
    facts = facts_in(body)
    assert facts.get(DUE) == ((due, "exact") if due else None)


def test_the_lower_chambers_term_said_of_the_chamber_after_when_is_its_deadline() -> None:
    """'until October 2029, when the four-year term of the lower chamber ends' is the Lower House's deadline."""
    body = "No national election is required until October 2029, when the four-year term of the lower chamber ends."
    assert facts_in(body)[LOWER_DUE] == ("2029-10", "exact")
    assert elections_in(body) == {}
