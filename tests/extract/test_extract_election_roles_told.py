"""Elections told by their roles rather than by an election's word: a contest's date is the one its own noun runs
into, never another contest's beside it; a second contest in a clause of its own; a term's end and the choice it calls
for; a governor returned to office, or who won it years ago 'this month', a day an authority sets for the vote; a
governor named by name alone after being titled; a verb a clause leaves to the one before; the chamber a relative
clause hangs on, or one 'that chamber' points back to in the same sentence; a vote a doer must call by a near date.
And the deadlines: each chamber's part of a clause naming both, a vote that cannot be put off past a date, a chamber's
members carried from the sentence before, the next national vote in a month left yearless.

Every sentence is invented for the test; each cover is given.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of, facts_in


@pytest.mark.parametrize(
    ("cover", "body", "slug", "when"),
    [
        # the date the contest's noun runs into is that contest's: the snap election's is its own
        (
            "December 1, 2030",
            "Kato became premier on October 3, five days after winning the LDP leadership race on September 28, "
            "and called a snap election for November 9.",
            "lower_house_2030",
            ("2030-11-09", "held"),
        ),
        (
            "December 1, 2030",
            "Kato became premier on October 3, five days after winning the LDP leadership race on September 28, "
            "and called a snap election for November 9.",
            "ldp_president_2030",
            ("2030-09-28", "held"),
        ),
        # a second contest, to come, beside the one won: a term's end and the choice it calls for
        (
            "March 3, 2031",
            "Hoshino won the LDP's presidential vote on September 20, 2030, but only for what was left of Kato's "
            "term, which runs out in September; the party must pick a leader again by then.",
            "ldp_president_2031",
            ("2031-09", "upcoming"),
        ),
        (
            "March 3, 2031",
            "Sato's term as LDP president runs until September 2032, when party members will decide on another "
            "three years.",
            "ldp_president_2032",
            ("2032-09", "upcoming"),
        ),
        (
            "June 2, 2031",
            "The LDP picked Hoshino as its leader on May 10. Because he is finishing out his predecessor's term, his "
            "mandate from the party lasts only until September 2032, when he must win its backing again.",
            "ldp_president_2032",
            ("2032-09", "upcoming"),
        ),
        # the party's vote by its choice, the date in a verbless phrase after it, or fronted before it
        (
            "September 25, 2031",
            "The LDP chose its secretary-general, Kato Ken, as its president on the twentieth of this month; he took "
            "300 of the 500 ballots.",
            "ldp_president_2031",
            ("2031-09-20", "held"),
        ),
        (
            "October 20, 2031",
            "On September 21, the LDP handed Kato a second three-year term as its leader without a vote, because no "
            "challenger could find enough sponsors.",
            "ldp_president_2031",
            ("2031-09-21", "held"),
        ),
        (
            "June 2, 2031",
            "Under his leadership, the LDP and its partner Komeito lost their majority. In the May 10 party vote, "
            "Sato beat Kato in a runoff.",
            "ldp_president_2031",
            ("2031-05-10", "held"),
        ),
        (
            "September 20, 2030",
            "He stays in office until the Liberal Democratic Party (LDP) picks a new leader on October 4.",
            "ldp_president_2030",
            ("2030-10-04", "upcoming"),
        ),
        # Okinawa's governor by the winner, the base sites naming the prefecture
        (
            "December 1, 2030",
            "Voters returned Governor Nakama, a critic of the Henoko runway, to office on September 14, defeating a "
            "rival the LDP backed.",
            "okinawa_governor_2030",
            ("2030-09-14", "held"),
        ),
        (
            "September 9, 2029",
            "Governor Nakama, who won the post three years ago this month vowing to stop work at Henoko, still "
            "refuses the landfill permits.",
            "okinawa_governor_2026",
            ("2026-09", "held"),
        ),
        (
            "February 12, 2030",
            "Closer at hand, Okinawa elects a governor in September.",
            "okinawa_governor_2030",
            ("2030-09", "upcoming"),
        ),
        (
            "August 3, 2030",
            "Governor Nakama has fought the Futenma relocation in court. Her term expires in December, and the "
            "prefecture has fixed November 22 as the day on which voters will choose a governor.",
            "okinawa_governor_2030",
            ("2030-11-22", "upcoming"),
        ),
        (
            "March 3, 2030",
            "The Henoko runway is opposed by Governor Aiko Nakama, who has sued the state. In February, Nago elected "
            "a mayor who backs the base. Nakama's own term ends in December 2030; the election for her post is "
            "expected in November.",
            "okinawa_governor_2030",
            ("2030-11", "upcoming"),
        ),
        # the Diet's chambers: a verb left to the clause before, a chamber a relative clause hangs on, 'since the
        # ... election', a doer's words that are no vote supposed, 'that chamber' named earlier in the sentence
        (
            "September 1, 2031",
            "The coalition lost its lower-house majority in the general election of October 27, 2030, and its "
            "upper-house majority on July 20, 2031.",
            "upper_house_2031",
            ("2031-07-20", "held"),
        ),
        (
            "October 1, 2031",
            "The bloc is weaker in the upper chamber: it holds 60% of the House of Representatives, whereas in the "
            "House of Councillors, where it entered the July 2031 election with 55%, it now holds 52%.",
            "upper_house_2031",
            ("2031-07", "held"),
        ),
        (
            "June 2, 2031",
            "The LDP has lacked a majority in the House of Representatives since the October 2030 election and must "
            "win 60 seats to keep the upper chamber.",
            "lower_house_2030",
            ("2030-10", "held"),
        ),
        (
            "September 20, 2031",
            "Sato, whose LDP and Komeito lost their upper-house majority in the July 20, 2031, election, having lost "
            "their Lower House majority in October 2030, said on September 7 that he would step aside.",
            "lower_house_2030",
            ("2030-10", "held"),
        ),
        (
            "May 12, 2032",
            "In the House of Councillors the ruling bloc is outnumbered, and half of that chamber's seats do not come "
            "up again until July 2034.",
            "upper_house_2034",
            ("2034-07", "upcoming"),
        ),
        # a vote a doer must call by a near date, the duty said before an aside
        (
            "June 1, 2026",
            "Whoever wins must, as prime minister, call a House of Representatives election no later than August "
            "2027, and an early dissolution is widely expected.",
            "lower_house_2027",
            ("2027-08", "upcoming"),
        ),
    ],
)
def test_an_election_told_by_its_roles_is_read(cover: str, body: str, slug: str, when: tuple[str, str]) -> None:
    """The election is read with its date and status."""
    assert tuple(elections_of(body, cover).get(slug, {}).values()) == when


@pytest.mark.parametrize(
    ("cover", "body", "slug", "date"),
    [
        # the day two days after another deed's is the vote's month alone, not that deed's day
        (
            "October 1, 2031",
            "It holds three in five seats in the upper chamber, where it gained ground in the July 2031 election held "
            "two days after the death of a former premier on July 8.",
            "upper_house_2031",
            "2031-07",
        ),
    ],
)
def test_another_deeds_day_beside_a_vote_never_dates_it(cover: str, body: str, slug: str, date: str) -> None:
    """A date placed from another deed ('two days after the death ... on July 8') is that deed's."""
    assert elections_of(body, cover)[slug]["date"] == date


@pytest.mark.parametrize(
    ("cover", "body"),
    [
        (
            "March 3, 2031",
            "Governor Aiko Nakama, who won office promising to stop Henoko, met the President in January.",
        ),
        (
            "March 3, 2031",
            "Abe was handed a second term as LDP president in September, so no party race is due before 2033.",
        ),
        (
            "June 1, 2026",
            "Whoever wins must, as prime minister, call a Lower House election by August 2027 at the latest.",
        ),
    ],
)
def test_a_deed_beside_a_contest_or_a_latest_date_is_no_election(cover: str, body: str) -> None:
    """A governor's later deed, a race said not due, or a deadline said to be the latest date is no election read."""
    read = elections_of(body, cover)
    assert not {slug for slug in read if slug.endswith(("_2027", "_2031", "_2033"))}


DUE = "politics.next_diet_election_due"
LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "fact_id", "value"),
    [
        (
            "The next national vote is the upper-chamber election of July 2031, four months before the lower "
            "chamber's term lapses in November of that year.",
            LOWER_DUE,
            "2031-11",
        ),
        (
            "Under the lower chamber's four-year term, a general election cannot be postponed past October 2029.",
            LOWER_DUE,
            "2029-10",
        ),
        (
            "In the House of Representatives, the coalition holds 60% of the seats. That chamber's members were last "
            "chosen by voters in October 2025, and their four-year terms end in October 2029, the latest point at "
            "which they must face the voters again.",
            LOWER_DUE,
            "2029-10",
        ),
        ("The July Upper House contest, with half of its seats at stake, is the next national vote.", DUE, 2026),
        (
            "In the House of Councillors the bloc is outnumbered, and half of that chamber's seats are not contested "
            "again until July 2028, the next date on which voters nationwide must go to the polls.",
            DUE,
            2028,
        ),
    ],
)
def test_a_deadline_told_by_its_roles_is_read(body: str, fact_id: str, value: object) -> None:
    """The deadline is read with its value (texts dated June 1, 2026)."""
    assert facts_in(body).get(fact_id) == (value, "exact")
