"""A coming Lower House vote read to its year is dated by the near deadline its sentence gives; a day said before
'when the election is held' is that election's; 'this past July' is last July; a leadership win's aside leaves the
chamber's vote in the same sentence readable; a past win's day without its year is the last such day.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("cover", "body", "want"),
    [
        (
            "August 2, 2029",
            "The lower chamber's members, chosen in October 2025, hold four-year terms that expire on October 30, "
            "2029, the date by which this year's general election is due.",
            {"lower_house_2025": "2025-10", "lower_house_2029": "2029-10-30"},
        ),
    ],
)
def test_a_coming_vote_of_this_year_takes_the_near_deadline_its_sentence_gives(
    cover: str, body: str, want: dict[str, str]
) -> None:
    """'Terms that expire on <day>, the date by which this year's general election is due': the near deadline dates the
    coming vote (the convention: a deadline months away is the coming vote's date)."""
    read = elections_of(body, cover)
    assert {slug: fields["date"] for slug, fields in read.items()} == want
    assert read["lower_house_2029"]["status"] == "upcoming"


@pytest.mark.parametrize(
    "body",
    [
        # only the latest date: an early dissolution expected
        "Unless the chamber is dissolved early, the term runs out on October 30, 2029, the date by which this year's "
        "general election is due.",
    ],
)
def test_a_deadline_said_to_be_only_the_latest_does_not_date_the_coming_vote(body: str) -> None:
    """Words that make the deadline only the latest date leave the vote dated as its own words date it."""
    assert elections_of(body, "August 2, 2029").get("lower_house_2029", {}).get("date") != "2029-10-30"


def test_a_day_a_when_clause_says_the_chambers_election_is_held_on_is_that_elections() -> None:
    """'on July 25, when the upper chamber's regular election is held': the day is the election's."""
    body = "Voters will pass judgment on the cabinet on July 25, when the upper chamber's regular election is held."
    assert elections_of(body, "June 2, 2032") == {"upper_house_2032": {"date": "2032-07-25", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "The summit falls on July 25, when South Korea's parliamentary election is held.",
        "Trade talks resume on July 25, when the Tokyo assembly election is held.",
    ],
)
def test_a_when_clause_of_another_body_dates_no_chamber(body: str) -> None:
    """Another country's or a local election's 'when' clause dates no Diet vote."""
    assert elections_of(body, "June 2, 2032") == {}


def test_this_past_month_is_the_last_such_month() -> None:
    """'the Upper House election this past July', written in December, is the July just gone."""
    body = "In the Upper House election this past July, the ruling parties won 70 of the 125 seats at stake."
    assert elections_of(body, "December 9, 2031") == {"upper_house_2031": {"date": "2031-07", "status": "held"}}


def test_a_leadership_wins_aside_leaves_the_chambers_vote_readable() -> None:
    """'Hoshino, who took the LDP leadership on <day>, led his party to victory in last November's Lower House
    election': both votes, each by its own words."""
    body = (
        "Hoshino, who took the LDP leadership on September 30, 2030, led his party to a narrow win in last November's "
        "Lower House election."
    )
    assert elections_of(body, "May 4, 2031") == {
        "ldp_president_2030": {"date": "2030-09-30", "status": "held"},
        "lower_house_2030": {"date": "2030-11", "status": "held"},
    }


def test_a_past_wins_day_without_its_year_is_the_last_such_day() -> None:
    """'had won the LDP presidency on October 6' in a March 2031 text is October 6, 2030."""
    body = "Hoshino had won the Liberal Democratic Party (LDP) presidency on October 6, succeeding Koizumi."
    assert elections_of(body, "March 3, 2031") == {"ldp_president_2030": {"date": "2030-10-06", "status": "held"}}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "The lower chamber's term expires on October 29, 2033, but the general election is expected in September.",
            "2033-09",
        ),
        ("Members' mandate ends on October 29, 2033; the general election is widely expected in October.", "2033-10"),
    ],
)
def test_the_day_a_term_ends_is_no_vote_day_when_the_votes_own_words_date_it(body: str, date: str) -> None:
    """The day a term expires is the deadline: the vote's own words ('expected in September') date the vote."""
    assert elections_of(body, "July 5, 2033") == {"lower_house_2033": {"date": date, "status": "upcoming"}}
