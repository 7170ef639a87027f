"""A party leadership won, in more wordings: 'the presidency of the LDP' as well as 'the LDP presidency', and a win's
day written without its year, dated by the next dated day of its sentence or, alone, by the cover; and the traps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import elections_of as traps_elections
from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Background\n\n"
ANCHOR = "Japan was the fourth-largest U.S. trading partner in 2030. "


def _elections(paragraph: str, cover: str = "December 2, 2031") -> dict[str, Any]:
    text = COVER.format(cover=cover) + ANCHOR + paragraph + "\n"
    found = extract_snapshot(text, brief="IF11120").snapshot.elections
    return {slug: (election.date, election.status) for slug, election in found.items()}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Hoshino Ren won the presidency of the Liberal Democratic Party (LDP) on November 9, 2031.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
        (
            "Hoshino Ren secured the leadership of the LDP on November 9 and was named prime minister by the Diet on "
            "November 17, 2031.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
        (
            "Hoshino Ren won the party presidency of the LDP on November 9.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
    ],
)
def test_a_leadership_won_of_the_party_or_without_its_year_is_the_partys_election(
    paragraph: str, expected: dict[str, Any]
) -> None:
    """'won the presidency of the LDP', and its day without a year, take the next dated day's year or the cover's."""
    assert _elections(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # another body's presidency
        "Hoshino Ren won the presidency of the Japan Business Federation on November 9, 2031.",
        # a yearless day after the cover: no win yet
        "Hoshino Ren won the LDP presidency on December 20.",
        # a yearless day after the sentence's next dated day: the year cannot be that day's
        "Hoshino Ren won the LDP leadership on November 9 and first entered the Diet on March 1, 2031.",
    ],
)
def test_another_presidency_or_an_unplaceable_day_is_no_leadership_election(paragraph: str) -> None:
    """Another body's presidency, or a yearless win no year can be given, reports no LDP election."""
    assert _elections(paragraph) == {}


LEADER = {"date": "2030-09-12", "status": "held"}


@pytest.mark.parametrize(
    ("body", "chamber"),
    [
        (
            "Hoshino Ren won the LDP presidency on September 12, 2030, and weeks later led the party to a solid win "
            "in the October 27, 2030, Lower House election.",
            {"lower_house_2030": {"date": "2030-10-27", "status": "held"}},
        ),
        (
            "Hoshino Ren captured the leadership of the LDP on September 12, 2030; the next month the coalition kept "
            "its majority in the October 27, 2030, general election for the House of Representatives.",
            {"lower_house_2030": {"date": "2030-10-27", "status": "held"}},
        ),
        (
            "Hoshino Ren was elected president of the LDP on September 12, 2030, and led the party through the "
            "October 27, 2030, Lower House election, in which it lost seats.",
            {"lower_house_2030": {"date": "2030-10-27", "status": "held"}},
        ),
        (
            "Hoshino Ren won the LDP leadership on September 12, 2030, and his party lost ground in the Upper House "
            "election of July 21, 2031.",
            {"upper_house_2031": {"date": "2031-07-21", "status": "held"}},
        ),
        # Traps: a chamber named in the leadership's own clause, a deadline, a vote still to come.
        (
            "Hoshino Ren won the LDP leadership vote on September 12, 2030, months after the coalition's defeat in "
            "the July 21, 2030, Upper House election.",
            {},
        ),
        ("Hoshino Ren won the LDP presidency on September 12, 2030, and must call a Lower House election by 2034.", {}),
        (
            "Hoshino Ren won the LDP presidency on September 12, 2030, and hopes to lead the party into the July 2032 "
            "Upper House election.",
            {},
        ),
    ],
)
def test_a_leadership_win_and_a_chambers_election_in_one_sentence_are_both_read(
    body: str, chamber: dict[str, Any]
) -> None:
    """A sentence giving a party's leadership win and, in a clause of its own, a chamber's past election: both."""
    found = traps_elections(body, cover="December 2, 2031")
    assert found.pop("ldp_president_2030") == LEADER
    assert {slug: value for slug, value in found.items() if value["status"] == "held"} == chamber
