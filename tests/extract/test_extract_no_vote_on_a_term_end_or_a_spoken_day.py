"""A day without its year that is a term's end ('whose terms end on October 21') or an actor's word ('the premier
signaled on November 4 that ...') takes no earlier sentence's year to become an election's day; the vote's own day,
whatever verb the vote takes, still does (issue #18, fresh44)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot


def _votes(before: str, body: str, cover: str, *, section: bool = False) -> dict[str, str]:
    """The Diet chambers' elections read from `body` after a dated sentence `before` (under a heading of its own
    with `section`), in a brief dated `cover`."""
    gap = "\n\n## Politics\n\n" if section else " "
    text = f"# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Overview\n\nJapan has been a U.S. treaty ally since 1952. "
    snapshot = extract_snapshot(f"{text}{before}{gap}{body}\n").snapshot
    return {slug: e.date for slug, e in snapshot.elections.items() if slug.startswith(("lower", "upper"))}


UPPER = "The coalition won the Upper House election on July 10, 2031."
ACCORD = "Its partnership accord with the EU took effect February 1, 2031."


@pytest.mark.parametrize(
    ("before", "body", "section"),
    [
        (
            UPPER,
            "Talk in Osaka of a snap Lower House election this spring faded after the prime minister signaled on "
            "November 4 that he would put the budget first.",
            False,
        ),
        (
            UPPER,
            "Rumors of a snap Lower House election faded after the prime minister announced on September 3 that he "
            "would not dissolve the chamber.",
            False,
        ),
        (
            ACCORD,
            "A general election for the Lower House, whose members' four-year terms end on October 21, must be held "
            "by November 28.",
            True,
        ),
        (ACCORD, "Lower House members, whose terms expire on October 30, face a general election soon.", True),
        (
            ACCORD,
            "An election for the Lower House, where the members' mandate runs out on October 12, is expected this "
            "autumn.",
            True,
        ),
    ],
)
def test_a_day_of_no_vote_takes_no_earlier_year_to_date_an_election(before: str, body: str, section: bool) -> None:
    """A term's end, another deed's day, or a day where the vote is only talked of: no Lower House election."""
    assert not any(slug.startswith("lower") for slug in _votes(before, body, "December 1, 2032", section=section))


@pytest.mark.parametrize(
    ("before", "body"),
    [
        (
            "Kato took office on October 4, 2031.",
            "Less than a month later, on October 31, the LDP won the Lower House election.",
        ),
        ("Kato dissolved the chamber on October 14, 2031.", "The Lower House election was held on October 31."),
        (
            "Kato dissolved the chamber on October 14, 2031.",
            "Voters went to the polls for the Lower House on October 31.",
        ),
    ],
)
def test_the_votes_own_day_takes_the_year_before_it(before: str, body: str) -> None:
    assert _votes(before, body, "December 1, 2032")["lower_house_2031"] == "2031-10-31"


@pytest.mark.parametrize(
    "body",
    [
        "The ruling coalition was trounced on October 31 in the Lower House election.",
        "Polling stations closed on October 31 in the Lower House election, and the LDP lost its majority.",
    ],
)
def test_a_past_tense_verb_of_the_vote_itself_keeps_its_day(body: str) -> None:
    """Only another's word ('signaled on', 'announced on') makes the day no vote's; a vote 'defeated' or 'closed' on
    its day is dated by it."""
    before = "Kato dissolved the chamber on October 14, 2031."
    assert _votes(before, body, "December 1, 2032")["lower_house_2031"] == "2031-10-31"


def test_a_double_election_talked_down_leaves_the_upper_house_vote_upcoming() -> None:
    """Talk of both chambers voting on one day, dropped once the premier announced a day's decision, is no vote; the
    Upper House election set for a later full day still reads as to come."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 20, 2031\n\n## Overview\n\nJapan has been a U.S. treaty ally since "
        "1952. A defense cost-sharing pact took effect on March 31, 2031.\n\nSpeculation that both chambers would "
        "vote on the same day died down after the prime minister announced on June 3 that a planned tax increase "
        "would wait until 2033. The coalition next faces the House of Councillors election on July 20, 2031, when "
        "half of that chamber's seats are contested.\n"
    )
    election = extract_snapshot(text).snapshot.elections["upper_house_2031"]
    assert (election.date, election.status) == ("2031-07-20", "upcoming")


@pytest.mark.parametrize(
    "body",
    [
        "Voters spoke on October 31, handing the LDP a defeat in the Lower House election.",
        "Defying talk of a rout, the LDP won the Lower House election on October 31.",
    ],
)
def test_a_vote_described_by_speech_or_beside_talk_keeps_its_day(body: str) -> None:
    """Only an actor's word before the day refuses it: voters who 'spoke', or talk of another outcome, leave the vote
    its day."""
    before = "Kato dissolved the chamber on October 14, 2031."
    assert _votes(before, body, "December 1, 2032")["lower_house_2031"] == "2031-10-31"


def test_a_vote_announced_for_a_later_day_is_not_dated_by_the_announcement() -> None:
    """'He said on October 9 that the election would take place on October 31': not the announcement's day; the next
    day is not tried (after an announcement it may be a dissolution's or a campaign's)."""
    body = "He said on October 9 that the Lower House election would take place on October 31."
    votes = _votes("Kato took office on October 4, 2031.", body, "December 1, 2032")
    assert votes.get("lower_house_2031") != "2031-10-09"


@pytest.mark.parametrize(
    "body",
    [
        "Exit polls indicated on October 31 that the LDP had lost the Lower House election.",
        "Voters signaled on October 31 that they were tired of the LDP, which lost its majority in the Lower House "
        "election.",
        "Lower House members, whose terms end on October 21, went to the polls on October 31.",
    ],
)
def test_a_spoken_day_that_tells_the_result_or_a_vote_day_after_a_term_end_is_the_votes(body: str) -> None:
    """An actor's word on a day that tells the vote's result is said on the vote's day; a term's end is passed over
    for the vote's own day after it."""
    before = "Kato dissolved the chamber on October 14, 2031."
    assert _votes(before, body, "December 1, 2032")["lower_house_2031"] == "2031-10-31"
