"""Elections in a brief's sentences: the election's own date, never another deed's, and no opinion poll."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


def test_a_dissolution_dated_beside_the_election_gives_the_election_its_own_date() -> None:
    """'Dissolved the Lower House on March 1, setting an election for April 6' dates the election April 6."""
    body = (
        "On March 1, 2031, Prime Minister Hoshino dissolved the Lower House, "
        "calling a general election for April 6, 2031."
    )
    assert elections_of(body) == {"lower_house_2031": {"date": "2031-04-06", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Hoshino dissolved the Lower House on February 2, 2031, and a vote is expected soon.",
        "Hoshino won the party presidency in January 2031 and called a snap Lower House election soon after.",
        "A memorial service held on February 20, 2031, was opposed by most respondents in several polls. "
        "The Lower House election followed.",
    ],
)
def test_a_date_of_another_deed_or_an_opinion_poll_gives_no_election(body: str) -> None:
    """A dissolution's date, the date of what preceded a snap vote, and a poll of opinion are no election's."""
    assert elections_of(body) == {}


def test_an_election_dated_in_its_own_words_is_still_read() -> None:
    """A plain dated election is read as before."""
    body = "The ruling coalition won the Upper House election held on July 12, 2030."
    assert elections_of(body) == {"upper_house_2030": {"date": "2030-07-12", "status": "held"}}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The next Upper House election is scheduled for July 2031.", {"upper_house_2031": "2031-07"}),
        ("Half of the upper chamber's members will be elected on July 13, 2031.", {"upper_house_2031": "2031-07-13"}),
        ("A Lower House election must be held by October 2031.", {"lower_house_2031": "2031-10"}),
        (
            "The chamber's term runs until October 2032, and the next Upper House contest is due in July 2031.",
            {"upper_house_2031": "2031-07"},
        ),
        (
            "Hoshino became prime minister on October 6, 2030, after winning the LDP presidential election on "
            "September 28.",
            {"ldp_president_2030": "2030-09-28"},
        ),
        (
            "Governor Tamaki, who won the September 2030 Okinawa gubernatorial election, appealed in May 2031.",
            {"okinawa_governor_2030": "2030-09"},
        ),
    ],
)
def test_an_upcoming_or_past_election_takes_the_date_its_own_words_give(body: str, expected: dict[str, str]) -> None:
    """A scheduled, due or required election is upcoming; of a sentence's dates, the election's own is read."""
    assert {slug: fields["date"] for slug, fields in elections_of(body).items()} == expected


@pytest.mark.parametrize(
    "body",
    [
        "No Lower House election is required until October 2034.",
        "No national election is scheduled before 2032: the Lower House's term ends in October 2032.",
        "Hoshino won the party presidency in September 2030 and called a snap Lower House election soon after.",
    ],
)
def test_a_far_deadline_or_a_date_of_another_deed_gives_no_election(body: str) -> None:
    """A deadline the brief says no election is needed before, or a date of what preceded a vote, is no election."""
    assert elections_of(body) == {}
