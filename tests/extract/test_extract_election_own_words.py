"""An election read from its own words: the chamber they name ('a snap election' and 'the general election' are the
Lower House's) over another chamber the sentence names, and the date they give loosely (a day or month without its
year, placed by the clause's tense or else the nearest to the cover; a season or part of a year; 'this July')."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "Since the snap election of December 2030, the coalition has held 70% of the House of Representatives, "
            "enough to override the upper chamber.",
            "lower_house_2030",
            "2030-12",
            "held",
        ),
        (
            "Its two-thirds, won in the general election of November 2030, lets the coalition override the "
            "Upper House.",
            "lower_house_2030",
            "2030-11",
            "held",
        ),
        ("Hoshino emerged stronger from the February 9 general election.", "lower_house_2031", "2031-02-09", "held"),
        ("The Upper House election in July will test the coalition.", "upper_house_2031", "2031-07", "upcoming"),
        (
            "Kato won the LDP presidential election on January 20 with broad support.",
            "ldp_president_2031",
            "2031-01-20",
            "held",
        ),
        ("In the December 14 election, the coalition won 310 of 465 seats.", "lower_house_2030", "2030-12-14", "held"),
        (
            "The coalition holds 70% of the House of Representatives after the October 20 election.",
            "lower_house_2030",
            "2030-10-20",
            "held",
        ),
        (
            "Hoshino is preparing for the Upper House election in the summer of 2031.",
            "upper_house_2031",
            "2031",
            "upcoming",
        ),
        (
            "In the 2030 upper house election, held on July 14, the LDP won 63 seats.",
            "upper_house_2030",
            "2030-07-14",
            "held",
        ),
        ("Hoshino called a snap poll for April 12, 2031.", "lower_house_2031", "2031-04-12", "upcoming"),
        ("Kato faces a party leadership contest in September 2031.", "ldp_president_2031", "2031-09", "upcoming"),
        ("Kato became head of the ruling party on January 20, 2031.", "ldp_president_2031", "2031-01-20", "held"),
        (
            "Okinawa holds a gubernatorial election on September 14, 2031, after the governor's death.",
            "okinawa_governor_2031",
            "2031-09-14",
            "upcoming",
        ),
        (
            "In March 2031, the LDP picked Kato to succeed Hoshino as its leader.",
            "ldp_president_2031",
            "2031-03",
            "held",
        ),
        ("The LDP elected Kato as its president in March 2031.", "ldp_president_2031", "2031-03", "held"),
        # a presidency's term end soon after the cover is its vote; a day of this month in words
        ("Kato's three-year term as LDP president ends in September.", "ldp_president_2031", "2031-09", "upcoming"),
        (
            "The Liberal Democratic Party will elect its new president on the twenty-first of this month.",
            "ldp_president_2031",
            "2031-03-21",
            "upcoming",
        ),
        (
            "Governor Tamaki's term ends in September 2031, and Okinawa will elect his successor then.",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
        # a title before the name and a relative clause about the doer are no other body's vote
        (
            "Prime Minister Kato, who won the LDP leadership contest on October 4, 2030, dissolved the House of "
            "Representatives in January and led his party to a landslide in the February 8, 2031, election.",
            "lower_house_2031",
            "2031-02-08",
            "held",
        ),
        # a vote read to its month in one sentence, to its day in another: the day
        (
            "Members of the lower chamber chosen in February can sit until February 2035. Prime Minister Kato, who "
            "won the LDP leadership contest on October 4, 2030, led his party to a landslide in the February 8, 2031, "
            "House of Representatives election.",
            "lower_house_2031",
            "2031-02-08",
            "held",
        ),
    ],
)
def test_an_election_takes_the_chamber_and_the_date_its_own_words_give(
    body: str, slug: str, date: str, status: str
) -> None:
    """The chamber and the date named in the election's own words are the election's."""
    assert elections_of(body)[slug] == {"date": date, "status": status}


@pytest.mark.parametrize(
    "body",
    [
        "Press reports say Hoshino is weighing a dissolution, which would mean a general election in April.",
        "Talk of a snap election this spring has faded.",
        "The LDP's 2030 election platform called for raising defense spending.",
        "The coalition's fate in the House of Representatives turns on the September 20 election.",
        "The Lower House's term runs to October 2033, and the next Upper House contest is due in July of that year.",
        "Hoshino will seek reelection as party head in September 2031 after leading the LDP into the Lower House vote.",
        "Tokyo Governor Yuriko Koike won a third term in July 2030, and Okinawa's governor congratulated her.",
        "The lower house's term ends in October of next year.",
        # a Lower House vote years ahead: the chamber may be dissolved any time, so only its term's end
        "Lower House (465): next vote October 2034.",
        "Okinawa Governor Tamaki visited Hokkaido, whose gubernatorial race is due in April 2031.",
        "Former Okinawa Governor Onaga died in office in August 2030, prompting an early election.",
        "The U.S. House of Representatives holds elections every two years. Its next vote comes in November 2032.",
    ],
    ids=[
        "would-mean",
        "talk-of",
        "platform",
        "month-of-either-year",
        "month-of-that-year",
        "party-head",
        "tokyo",
        "of-next-year",
        "lower-house-years-ahead",
        "another-place",
        "death",
        "us-house",
    ],
)
def test_a_vote_only_talked_of_or_a_month_of_either_year_gives_no_election(body: str) -> None:
    """A vote only speculated on, an election's platform, a yearless month that could be of either year, a party head's
    vote beside a chamber's name, another prefecture's governor, or a term's end 'of next year' (over a year off: a
    deadline only), a governor's death, a chamber carried from another country's reads nothing."""
    assert elections_of(body) == {}


@pytest.mark.parametrize(
    "body",
    [
        "Hoshino's LDP won a commanding Lower House majority in the snap election of February 9, 2031, reversing the "
        "setback of the July 14, 2030, Upper House election.",
        "In the July 14, 2030, House of Councillors election the coalition lost its majority in the upper chamber, "
        "having already lost control of the lower house in the February 9, 2031, election.",
    ],
)
def test_a_sentence_naming_two_past_elections_one_clause_each_reports_both(body: str) -> None:
    """Each chamber's past election, dated in its own clause or phrase, is read from the one sentence."""
    assert elections_of(body) == {
        "lower_house_2031": {"date": "2031-02-09", "status": "held"},
        "upper_house_2030": {"date": "2030-07-14", "status": "held"},
    }


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "The coalition holds 57% of the House of Councillors. The chamber's next election comes in July 2031.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "The coalition holds 57% of the House of Councillors; that chamber votes again in July 2031.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "The LDP lost its majority in the House of Representatives. That chamber was last elected in October 2030.",
            "lower_house_2030",
            "2030-10",
            "held",
        ),
        (
            "The coalition holds 57% of the House of Councillors, whose members next face voters in July 2031.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "Voters chose half of the House of Councillors last year. In that election, on July 14, the coalition "
            "expanded its majority and now holds 60% of the chamber.",
            "upper_house_2030",
            "2030-07-14",
            "held",
        ),
        (
            "The upper chamber is another matter. Its members cannot be dissolved, and the coalition holds 59% of its "
            "248 seats. Half of them will be contested in July 2031.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "Hoshino's hold on power tightened in January 2031. In the snap election he called for January 12, the "
            "coalition came away with 313 of the House of Representatives' 465 seats.",
            "lower_house_2031",
            "2031-01-12",
            "held",
        ),
    ],
)
def test_the_chamber_a_sentence_points_back_to_is_the_one_the_sentence_before_names(
    body: str, slug: str, date: str, status: str
) -> None:
    """'The chamber', 'that chamber', 'whose members' and 'Half of them' carry the chamber named before (up to two
    sentences back); its voters date the vote, and the month and year the sentence before gives place a yearless day."""
    assert elections_of(body)[slug] == {"date": date, "status": status}


def test_the_chamber_pointed_back_to_without_an_election_gives_none() -> None:
    """A chamber's other deed ('The chamber passed the budget in February 2031') is no election."""
    body = "The coalition lost the House of Representatives. The chamber passed the budget in February 2031."
    assert elections_of(body) == {}
