"""A chamber's deadline is no election the brief reports unless it is near and nothing makes it only the latest date;
a vote of the Diet for prime minister is no chamber's election; another chamber's date never dates this one; and a
day of the Upper House's July contest is kept as written.

Every sentence is invented for the test (texts dated June 1, 2026, unless a cover is given).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_in, elections_of, facts_in

LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "due"),
    [
        ("Barring an early dissolution, the lower chamber's next election has to be held by April 2027.", "2027-04"),
        ("If the lower chamber is not dissolved first, its next election must be held by March 2027.", "2027-03"),
        ("Unless the House of Representatives is dissolved sooner, its next election is due by May 2028.", "2028-05"),
        ("A Lower House election must be held no later than March 2028.", "2028-03"),
        ("A Lower House election must be held by December 2027.", "2027-12"),  # eighteen months: the latest date only
    ],
)
def test_a_deadline_said_to_be_only_the_latest_date_or_far_off_is_no_upcoming_election(body: str, due: str) -> None:
    """'Barring an early dissolution', 'unless dissolved sooner', or 18 months and more ahead: only the deadline."""
    assert elections_in(body) == {}
    assert facts_in(body)[LOWER_DUE] == (due, "exact")


@pytest.mark.parametrize(
    ("body", "slug", "date"),
    [
        ("A Lower House election must be held by March 2027.", "lower_house_2027", "2027-03"),
        ("The prime minister has to call a Lower House election by October 2027.", "lower_house_2027", "2027-10"),
        ("A Lower House election must be held by November 2027.", "lower_house_2027", "2027-11"),  # seventeen months
        (
            "The chamber's term expires in October, but under the election law a general election must be held by "
            "November 28, 2026.",
            "lower_house_2026",
            "2026-11-28",
        ),
    ],
)
def test_a_near_deadline_with_nothing_to_say_it_is_only_the_latest_is_still_the_upcoming_election(
    body: str, slug: str, date: str
) -> None:
    """'Must be held by March 2027', nine to seventeen months ahead and no early vote in view: the chamber's vote."""
    assert elections_in(body) == {slug: (date, "upcoming")}


@pytest.mark.parametrize(
    "body",
    [
        "The lower chamber chosen in this month's election may sit until May 2030.",
        "The House of Representatives elected in the spring can serve until April 2030.",
    ],
)
def test_how_long_an_elected_chamber_may_sit_is_no_election(body: str) -> None:
    """'The chamber elected this month may sit until ...' is its term, not a vote to come."""
    assert elections_in(body) == {}


def test_another_chambers_election_never_dates_this_ones() -> None:
    """Lower House members serving until a month, the Upper House voting in another: only the Upper House's vote."""
    body = (
        "Lower House members serve until April 2027, while the next House of Councillors election is set for "
        "February 2027. Many expect the prime minister to dissolve the Lower House for a snap election."
    )
    assert elections_in(body) == {"upper_house_2027": ("2027-02", "upcoming")}


@pytest.mark.parametrize(
    "vote",
    [
        "The Diet returned Hoshino to office on May 12 in a runoff vote for prime minister.",
        "On May 12 the Diet elected her prime minister in its first investiture ballot in years.",
        "Hoshino won the prime ministerial vote on May 12 with the help of two small parties.",
        "Lawmakers re-elected Hoshino as prime minister on May 12 in a second-round ballot.",
    ],
)
def test_a_vote_of_the_diet_for_prime_minister_is_no_chamber_election(vote: str) -> None:
    """The Diet's runoff, investiture or designation vote for prime minister dates no election of either chamber."""
    body = (
        "The Lower House election was held on April 19, 2026. "
        f"{vote} The Upper House vote on his cabinet's budget bill was closer."
    )
    assert elections_in(body) == {"lower_house_2026": ("2026-04-19", "held")}


def test_voters_returning_a_party_to_power_in_an_election_is_still_that_election() -> None:
    """The trap beside the Diet's vote: voters returning a party to office in a dated election is the election."""
    body = "Voters returned the coalition to office in the Lower House election of April 19, 2026."
    assert elections_in(body) == {"lower_house_2026": ("2026-04-19", "held")}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "The coalition holds 120 seats in the Upper House. Half of that chamber faces election on July 20.",
            "2031-07-20",
        ),
        ("Half of the upper chamber is up for election on July 20, 2031, the next national vote.", "2031-07-20"),
        ("Half of the Upper House is up for election in July; campaigning runs from July 3 to July 20.", "2031-07"),
    ],
)
def test_the_upper_house_cycle_keeps_the_day_it_names(body: str, date: str) -> None:
    """'Half of that chamber faces election on July 20' is that day; two July days leave only the month."""
    assert elections_of(body) == {"upper_house_2031": {"date": date, "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "Half of the House of Councillors is up for election on July 12, the next nationwide vote.",
        "Voters will next go to the polls nationally on October 4.",
    ],
)
def test_a_national_election_day_without_a_year_falls_in_the_cover_year(body: str) -> None:
    """'Up for election on July 12' in a brief dated June 2026 is an election due in 2026."""
    assert facts_in(body)["politics.next_diet_election_due"] == (2026, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Half of the House of Councillors was up for election on May 3, the last nationwide vote.",
        "South Korea's next general election will be held on July 10.",
    ],
)
def test_a_yearless_day_already_past_or_abroad_gives_no_election_due(body: str) -> None:
    """A day before the cover may be past or next year's; another country's election is not Japan's."""
    assert "politics.next_diet_election_due" not in facts_in(body)
