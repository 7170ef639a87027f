"""A chamber named only by its size binds a vote to that chamber, and a Markdown list's items read one by one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "In the November 9, 2030, vote, the ruling parties fell to 221 of 465 seats. "
        "They keep a majority in the Upper House, whose 248 members serve six-year terms.",
        "At the polls on November 9, 2030, the coalition won 240 of the 465 seats. "
        "Its hold on the Upper House is firmer.",
        "The November 9, 2030, election left the LDP with 191 seats in the 465-seat chamber. "
        "The Upper House votes next in July 2031.",
    ],
    ids=["of-465-seats", "of-the-465", "465-seat-chamber"],
)
def test_a_vote_counting_seats_of_465_is_the_lower_house_never_the_upper(body: str) -> None:
    """A vote whose seats are the Lower House's size is that chamber's, though the next sentence names the other."""
    found = elections_of(body)
    assert "upper_house_2030" not in found
    assert found.get("lower_house_2030") == {"date": "2030-11-09", "status": "held"}


@pytest.mark.parametrize(
    "body",
    [
        "In the November 9, 2030, vote, the coalition kept 130 seats. The Upper House is next.",
        "After the vote on November 9, 2030, the ruling bloc held fewer seats. The Upper House sits in July.",
        "The November 9, 2030, poll cost the LDP many seats. The Upper House is not up until 2031.",
    ],
    ids=["kept-seats", "fewer-seats", "many-seats"],
)
def test_a_vote_counting_seats_borrows_no_chamber_from_the_next_sentence(body: str) -> None:
    """Seats of an unnamed chamber leave the vote's body unknown rather than the next sentence's chamber."""
    assert "upper_house_2030" not in elections_of(body)


@pytest.mark.parametrize(
    "marker",
    ["-", "*", "•"],
)
def test_items_of_a_markdown_list_are_sentences_of_their_own(marker: str) -> None:
    """'- One. - Two.' run into one paragraph still reads each item as its own sentence."""
    body = (
        f"{marker} Prime Minister Hoshino Aki met President Jane Doe on February 2, 2031.\n"
        f"{marker} About 52,000 U.S. troops are stationed in Japan.\n"
        f"{marker} The coalition keeps its majority.\n"
    )
    facts = extract_snapshot(COVER + body).snapshot.facts
    quote = facts["alliance.us_troops_in_japan"].quote
    assert quote == "About 52,000 U.S. troops are stationed in Japan."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hoshino must call a Lower House election by October 2031, and many expect an earlier vote while his "
            "approval ratings, above 50% in early polls, stay high.",
            {"lower_house_2031": {"date": "2031-10", "status": "upcoming"}},
        ),
        (
            "Voters must elect a new Lower House no later than October 2031, when the chamber's term ends.",
            {"lower_house_2031": {"date": "2031-10", "status": "upcoming"}},
        ),
        (
            "The next Lower House election, meanwhile, must be held by October 2031, and some expect Hoshino to "
            "dissolve the chamber before then.",
            {"lower_house_2031": {"date": "2031-10", "status": "upcoming"}},
        ),
        (
            "Hoshino became prime minister on October 4, 2030. Less than a month later, on October 29, he led the "
            "LDP to victory in a Lower House election.",
            {"lower_house_2030": {"date": "2030-10-29", "status": "held"}},
        ),
        (
            "The next national election is the Upper House contest due in July 2031, and a Lower House election is "
            "not required until October 2032.",
            {"upper_house_2031": {"date": "2031-07", "status": "upcoming"}},
        ),
        (
            "Hoshino won the Liberal Democratic Party (LDP) leadership on September 27, 2030, and called a snap "
            "election soon after.",
            {"ldp_president_2030": {"date": "2030-09-27", "status": "held"}},
        ),
        (
            "Hoshino's term as LDP president ends in September 2032, when the party holds a leadership election.",
            {"ldp_president_2032": {"date": "2032-09", "status": "upcoming"}},
        ),
        (
            "In February 2031, barely two months after taking office, Hoshino led the LDP, with its junior partner, "
            "to a sweeping win in the House of Representatives election.",
            {"lower_house_2031": {"date": "2031-02", "status": "held"}},
        ),
        (
            "In March 2031, less than three months after taking office, she led her party, in coalition with a smaller "
            "one, to a landslide in elections for the Lower House of the Diet.",
            {"lower_house_2031": {"date": "2031-03", "status": "held"}},
        ),
        (
            "The ruling bloc kept its majority in the October 2030 lower-chamber election.",
            {"lower_house_2030": {"date": "2030-10", "status": "held"}},
        ),
        (
            "The House of Councillors election falls in July of this year.",
            {"upper_house_2031": {"date": "2031-07", "status": "upcoming"}},
        ),
        (
            "Hoshino was returned unopposed as LDP president in September 2030.",
            {"ldp_president_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "Hoshino was reappointed head of the LDP in September 2030.",
            {"ldp_president_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "In September 2030 Hoshino was reelected, unchallenged, as president of the LDP.",
            {"ldp_president_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "The LDP presidential term that Hoshino inherited ends in September 2032, when the party elects a leader.",
            {"ldp_president_2032": {"date": "2032-09", "status": "upcoming"}},
        ),
        (
            "Hoshino, whom the LDP elected as its president on September 27, 2030, leads a minority cabinet.",
            {"ldp_president_2030": {"date": "2030-09-27", "status": "held"}},
        ),
        (
            "Hoshino, who took the party presidency in a September 2030 runoff, still leads the LDP.",
            {"ldp_president_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "Ahead of a leadership contest, the LDP will choose its president in September.",
            {"ldp_president_2031": {"date": "2031-09", "status": "upcoming"}},
        ),
        (
            "Hoshino won the LDP presidency on his third try, beating Kato Jun in a September 27, 2030, runoff.",
            {"ldp_president_2030": {"date": "2030-09-27", "status": "held"}},
        ),
        (
            "In a February 27 runoff, Hoshino beat Kato Jun to win the LDP presidency.",
            {"ldp_president_2031": {"date": "2031-02-27", "status": "held"}},
        ),
        (
            "Hoshino took office on October 1, 2030, after beating Kato Jun in a ballot for the Liberal Democratic "
            "Party (LDP) leadership on September 27.",
            {"ldp_president_2030": {"date": "2030-09-27", "status": "held"}},
        ),
        (
            "Hoshino became LDP president after a September 27 runoff against Kato Jun.",
            {"ldp_president_2030": {"date": "2030-09-27", "status": "held"}},
        ),
        (
            "Hoshino dissolved the lower chamber days after taking office. The February 8 election gave the LDP a "
            "majority of its own.",
            {"lower_house_2031": {"date": "2031-02-08", "status": "held"}},
        ),
        (
            "In the snap election she called for February 8, the LDP won 316 seats.",
            {"lower_house_2031": {"date": "2031-02-08", "status": "held"}},
        ),
        (
            "Under Hoshino the coalition lost its majority in the House of Representatives in October 2029 and then in "
            "the House of Councillors in the July 20, 2030, election.",
            {
                "lower_house_2029": {"date": "2029-10", "status": "held"},
                "upper_house_2030": {"date": "2030-07-20", "status": "held"},
            },
        ),
        (
            "Hoshino resigned on September 7, after the ruling parties lost their majority in the Upper House election "
            "of July 20, 2030, following a similar loss in the Lower House in October 2029.",
            {
                "lower_house_2029": {"date": "2029-10", "status": "held"},
                "upper_house_2030": {"date": "2030-07-20", "status": "held"},
            },
        ),
        (
            "In the House of Representatives, the LDP and Komeito hold two-thirds of the seats. That chamber's members "
            "were last chosen by voters in October 2027, and their four-year terms end in October 2031, the latest "
            "point at which they must go back to the voters.",
            {
                "lower_house_2027": {"date": "2027-10", "status": "held"},
                "lower_house_2031": {"date": "2031-10", "status": "upcoming"},
            },
        ),
        (
            "The snap election he called for October 22 returned the coalition with two-thirds of the seats.",
            {"lower_house_2030": {"date": "2030-10-22", "status": "held"}},
        ),
        (
            "Kato led the LDP to 316 of 465 Lower House seats on February 8, 2030, a landslide.",
            {"lower_house_2030": {"date": "2030-02-08", "status": "held"}},
        ),
    ],
    ids=[
        "poll-in-other-clause",
        "elect-a-new",
        "meanwhile",
        "day-later-that-year",
        "two-chambers",
        "won",
        "term",
        "offset-after-opening-date",
        "offset-hedged-by-less-than",
        "lower-chamber-hyphen",
        "vote-falls-in-month-of-this-year",
        "returned-unopposed",
        "reappointed-head",
        "reelected-unchallenged",
        "leadership-term-inherited",
        "whom-the-party-elected",
        "presidency-in-a-dated-runoff",
        "party-chooses-in-a-month",
        "presidency-won-beside-its-dated-runoff",
        "runoff-before-the-win",
        "vote-for-the-office-dated-after",
        "office-won-after-a-dated-runoff",
        "vote-after-the-chamber-dissolved",
        "vote-dated-in-its-callers-clause",
        "two-chambers-lost-one-clause",
        "loss-in-a-following-phrase",
        "chamber-pointed-back-must-face-voters",
        "month-and-day-placed-by-tense",
        "led-to-seats-on-a-date",
    ],
)
def test_elections_are_read_however_the_vote_is_worded(body: str, expected: dict[str, Any]) -> None:
    """Deadlines, a leadership won or ending, one of two elections a sentence names, and a vote's month in a year
    counted from the cover ('falls in July of this year'), each with its date."""
    assert elections_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Recent opinion polls show most voters want a Lower House election by October 2032.",
        "The Upper House contest is due in July 2031, and a Lower House election is due in October 2032.",
        "President-elect Doe spoke with Hoshino about the Upper House in July 2031.",
        "No national election is scheduled before 2032: the Lower House's term ends in October 2032.",
        "Speculation has grown that Hoshino might dissolve the lower house for a snap poll in October 2031.",
    ],
    ids=[
        "poll-in-date-clause",
        "two-elections-two-clauses",
        "president-elect",
        "no-election-before",
        "snap-speculated",
    ],
)
def test_a_poll_two_elections_or_no_election_gives_none(body: str) -> None:
    """A date in a poll's clause, two dated elections in one sentence, or a stated absence of votes gives none."""
    assert elections_of(body) == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Governor Aiko Nakama, who won the November 2030 gubernatorial election on a pledge to stop the Henoko "
            "runway, has sued Tokyo.",
            {"okinawa_governor_2030": {"date": "2030-11", "status": "held"}},
        ),
        (
            "Governor Aiko Nakama, an opponent of the Henoko runway, was reelected in September 2030.",
            {"okinawa_governor_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "Governor Aiko Nakama, who opposes the Henoko project, won reelection in September 2030; on October 4, "
            "2030, a court ruled against the prefecture.",
            {"okinawa_governor_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "Governor Aiko Nakama, elected in September 2030, opposes the runway in the Henoko area of Nago.",
            {"okinawa_governor_2030": {"date": "2030-09", "status": "held"}},
        ),
        (
            "Governor Aiko Nakama, reelected in September 2030, opposes the Henoko runway; her allies lost control of "
            "the prefectural assembly in June.",
            {"okinawa_governor_2030": {"date": "2030-09", "status": "held"}},
        ),
    ],
    ids=["gubernatorial-henoko", "reelected", "won-reelection", "governor-aside", "assembly-in-another-clause"],
)
def test_okinawas_governor_election_is_read_beside_henoko(body: str, expected: dict[str, Any]) -> None:
    """A governor's election beside Henoko, Okinawa's base site, is Okinawa's, in the town of Nago too; 'reelected' and
    a governor's aside ('Governor X, elected in ...,') are elections, whatever local body another clause names."""
    assert elections_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Hoshino, elected in September 2030, visited the Henoko site and the Lower House.",
        "Tokyo's governor won reelection in July 2030.",
    ],
    ids=["aside", "another-governor"],
)
def test_an_aside_or_another_governor_gives_no_okinawa_election(body: str) -> None:
    """'Prime Minister X, elected in ...,' is an aside on a person, no election; Tokyo's governor is not Okinawa's."""
    assert elections_of(body) == {}


def test_that_chamber_is_the_one_the_sentence_before_names() -> None:
    """'Half of that chamber's seats will be contested in July' after a sentence on the Upper House alone."""
    body = (
        "The coalition holds about 60% of the Upper House. Half of that chamber's seats will be contested in "
        "July 2031; no Lower House election is required until October 2032."
    )
    assert elections_of(body) == {"upper_house_2031": {"date": "2031-07", "status": "upcoming"}}


def test_that_chamber_after_a_sentence_naming_both_is_unknown() -> None:
    """After a sentence naming both chambers, 'that chamber' stands for neither."""
    body = (
        "The coalition holds 60% of the Upper House and 65% of the Lower House. Half of that chamber's seats will "
        "be contested in July 2031; no Lower House election is required until October 2032."
    )
    assert elections_of(body) == {}


def test_a_governor_who_won_a_second_term_beside_henoko_is_okinawas_election() -> None:
    """'won a second term' is an election."""
    body = "On September 8, 2030, Governor Aiko Nakama, an opponent of the Henoko runway, won a second term."
    assert elections_of(body) == {"okinawa_governor_2030": {"date": "2030-09-08", "status": "held"}}
