"""An election dated from the cover in its own words, with or without a preposition: 'the LDP presidential election
this September', 'the LDP race on the 29th of this month', 'the Upper House election later this month' (to come);
a party's 'race' is its leadership election; and an election said by its voters, never by voters polled."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = (
    "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Politics\n\n"
)


@pytest.mark.parametrize(
    ("cover", "body", "slug", "expected"),
    [
        (
            "June 12, 2018",
            "Abe will run in the LDP presidential election this September.",
            "ldp_president_2018",
            ("2018-09", "upcoming"),
        ),
        (
            "September 8, 2021",
            "Three lawmakers are running in the LDP race on the 29th of this month.",
            "ldp_president_2021",
            ("2021-09-29", "upcoming"),
        ),
        (
            "September 30, 2021",
            "Kishida won the LDP's race on the 29th of this month.",
            "ldp_president_2021",
            ("2021-09-29", "held"),
        ),
        (
            "July 2, 2019",
            "Upper House voters go to the polls later this month.",
            "upper_house_2019",
            ("2019-07", "upcoming"),
        ),
        (
            "March 5, 2015",
            "The Lower House election last December kept Abe in power.",
            "lower_house_2014",
            ("2014-12", "held"),
        ),
        (
            "May 2, 2018",
            "A House of Councillors vote follows in the summer of 2019, and U.S. midterm elections come in November.",
            "upper_house_2019",
            ("2019", "upcoming"),
        ),
        (
            "October 15, 2021",
            "Kishida won the September 29 party vote to become the LDP's president.",
            "ldp_president_2021",
            ("2021-09-29", "held"),
        ),
        (
            "October 15, 2024",
            "Ishiba won the September 27 party vote, and the Liberal Democratic Party then chose him as leader.",
            "ldp_president_2024",
            ("2024-09-27", "held"),
        ),
        (
            "November 1, 2016",
            "The July 10 vote gave the coalition two-thirds of the House of Councillors.",
            "upper_house_2016",
            ("2016-07-10", "held"),
        ),
        (
            "October 15, 2021",
            "Half of the upper house's seats next come up in July 2022.",
            "upper_house_2022",
            ("2022-07", "upcoming"),
        ),
        (
            "September 1, 2025",
            "Although U.S. tariffs loomed, the coalition lost its majority in the House of Councillors on July 20.",
            "upper_house_2025",
            ("2025-07-20", "held"),
        ),
        (
            "November 1, 2016",
            "Members of the lower chamber, last chosen in December 2014, back Abe, and American planners count on it.",
            "lower_house_2014",
            ("2014-12", "held"),
        ),
    ],
)
def test_an_election_dated_from_the_cover(cover: str, body: str, slug: str, expected: tuple[str, str]) -> None:
    """The date counted from the cover, and the status its words or the cover give."""
    elections = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot.elections
    assert {key: (one.date, one.status) for key, one in elections.items()} == {slug: expected}


@pytest.mark.parametrize(
    ("cover", "body", "expected"),
    [
        (
            "September 20, 2022",
            "Okinawa voters chose Tamaki again as governor on September 11, 2022.",
            {"okinawa_governor_2022": ("2022-09-11", "held")},
        ),
        (
            "November 5, 2024",
            "On October 27, 2024, voters stripped the coalition of its majority in the House of Representatives.",
            {"lower_house_2024": ("2024-10-27", "held")},
        ),
        (
            "September 1, 2025",
            "Voters dealt the coalition a setback in the House of Councillors on July 20, 2025.",
            {"upper_house_2025": ("2025-07-20", "held")},
        ),
        (
            "September 1, 2025",
            "The ruling bloc fell short of a majority in the Upper House in July 2025.",
            {"upper_house_2025": ("2025-07", "held")},
        ),
        ("July 1, 2024", "Okinawa voters approved of Governor Tamaki in a poll released on June 20, 2024.", {}),
    ],
)
def test_an_election_said_by_its_voters(cover: str, body: str, expected: dict[str, tuple[str, str]]) -> None:
    """Voters who choose a governor or strip a chamber's majority hold an election; voters polled hold none."""
    elections = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot.elections
    assert {key: (one.date, one.status) for key, one in elections.items()} == expected
