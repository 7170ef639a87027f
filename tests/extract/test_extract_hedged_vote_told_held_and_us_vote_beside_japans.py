"""Mends after the second review of the hedge and U.S.-vote change: a vote only predicted or considered for a date is
dated when a later clause tells it held or called that day (or gives its own, finer day); and a vote for a U.S. chamber
sets aside only its own date, or any date of a sentence that names no vote of Japan's.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    "body",
    [
        "Commentators had forecast a snap election on October 20, 2030, and the vote was held on that very day.",
        "Takeda considered calling a snap election on October 20, 2030, and voters went to the polls on that date.",
        "Analysts had predicted a snap election in October 2030; the election came on October 20, 2030.",
    ],
)
def test_a_hedged_vote_a_later_clause_tells_held_keeps_its_day(body: str) -> None:
    """The prediction's date is the vote's own when the vote is told held then, or dated finer after it."""
    assert elections_of(body, "December 20, 2030").get("lower_house_2030", {}).get("date") == "2030-10-20"


def test_a_hedged_vote_called_for_another_day_dates_no_election_by_the_hedge() -> None:
    """'weighed a snap election in June 2030 but called it for' another day: June is no vote's date."""
    body = "Takeda weighed a snap election in June 2030 but called it for October 20, 2030 instead."
    assert elections_of(body, "December 20, 2030").get("lower_house_2030", {}).get("date") != "2030-06"


def test_a_us_senate_vote_with_its_own_date_leaves_the_upper_house_vote_after_it_dated() -> None:
    """'Upper House' in capitals is Japan's chamber, and the U.S. vote's date is the one right after it."""
    body = "The races for the U.S. Senate come in November 2032, long after the Upper House election in July 2031."
    assert elections_of(body, "March 3, 2031").get("upper_house_2031", {}).get("date") == "2031-07"


@pytest.mark.parametrize(
    "body",
    [
        "After the elections for the U.S. House in November 2030, Takeda called a snap election for December 13, 2030.",
        "Votes for the U.S. House and Senate in November 2030 came before Prime Minister Takeda's snap election on "
        "December 13, 2030.",
        "Elections for the U.S. House (in November 2030) came weeks before the December 13, 2030 general election in "
        "Japan.",
    ],
)
def test_a_us_vote_in_an_opening_phrase_leaves_japans_vote_dated(body: str) -> None:
    """A sentence naming Japan's snap or general vote keeps its date after the U.S. vote's own."""
    assert elections_of(body, "December 20, 2030").get("lower_house_2030", {}).get("date") == "2030-12-13"


@pytest.mark.parametrize(
    "body",
    [
        "The race for the U.S. Senate seat in Ohio is set for November 4, 2031.",
        "Elections for the U.S. House come in November 2032, after Japan's Upper House election on July 13, 2031.",
    ],
)
def test_a_us_vote_still_dates_no_diet_election(body: str) -> None:
    """Neither the U.S. vote's own date nor a date in a sentence without a vote of Japan's dates a Diet election."""
    assert not any(
        date.startswith(("2031-11", "2032")) for date in (e.get("date", "") for e in elections_of(body).values())
    )
