"""A by-election, a vote for one seat or a few, is no chamber's election: it gives neither the Lower House's deadline
nor the next Diet election's year, while a by-election's outcome told beside a deadline leaves that deadline read; and
a vote for a U.S. chamber ('elections for the U.S. House') is no Lower House election, though a U.S. chamber named in
an aside leaves the Lower House's vote dated.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of, values_on

DUE = "politics.next_diet_election_due"
LOWER_DUE = "politics.lower_house_election_due"
COVER = dt.date(2031, 3, 1)


@pytest.mark.parametrize(
    "body",
    [
        "A by-election for a Lower House seat in Osaka's 9th district is set for April 27, 2031.",
        "The by-election to the House of Representatives in Ehime will take place in April 2031.",
        "Lower House by-elections in three districts will be held on April 27, 2031.",
        "Upper House by-elections in two prefectures are scheduled for April 2031.",
        "A by-election for a Diet seat in Kochi is due by May 2031.",
    ],
)
def test_a_by_election_gives_no_diet_deadline(body: str) -> None:
    """One seat's vote: no Lower House deadline and no next Diet election read from it."""
    values = values_on(body, COVER)
    assert DUE not in values
    assert LOWER_DUE not in values


def test_a_by_election_outcome_beside_a_deadline_keeps_it() -> None:
    """'After by-election losses in November, the next national election is due by July 2034': the deadline stands."""
    body = "After by-election losses in November, the next national election is due by July 2034."
    assert values_on(body, COVER).get(DUE) == 2034


@pytest.mark.parametrize(
    "body",
    [
        "Elections for the U.S. House of Representatives will be held on November 7, 2034.",
        "The race for the U.S. Senate seat in Ohio is set for November 7, 2034.",
        "Americans vote for the U.S. House and a third of the Senate on November 7, 2034.",
    ],
)
def test_a_vote_for_a_us_chamber_is_no_diet_election(body: str) -> None:
    """Another country's House of Representatives: no Lower House election, held or to come."""
    assert "lower_house_2034" not in elections_of(body, "March 1, 2034")


def test_a_us_chamber_named_aside_leaves_the_lower_house_vote() -> None:
    """'Hoshino, who met the U.S. Senate's leaders last year, will dissolve the Lower House for an election on ...'."""
    body = (
        "Hoshino, who met the U.S. Senate's leaders last year, will dissolve the Lower House for an election on "
        "October 29, 2034."
    )
    assert elections_of(body, "October 1, 2034").get("lower_house_2034", {}).get("date") == "2034-10-29"
