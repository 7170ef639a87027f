"""A date written in another order or shape than the brief's ('the 14th of December 2014', '14 December 2014',
'12/14/2014', 'Dec. 14, 2014') reads as the brief's 'December 14, 2014'; a shape that is not surely a date (a day
first with a slash, a bare '14 December') stays unread; an excerpt that reports an election and no fact is read."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def elections_of(cover: str, body: str) -> dict[str, tuple[str, str | None]]:
    """Extract a short excerpt dated `cover` and return its elections' dates and statuses."""
    snapshot = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot
    return {slug: (election.date, election.status) for slug, election in snapshot.elections.items()}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Abe's coalition kept its supermajority in the Lower House election of the 14th of December 2014.",
            "2014-12-14",
        ),
        ("The Lower House election held 14 December 2014 returned Abe's coalition with a supermajority.", "2014-12-14"),
        (
            "On 12/14/2014, Lower House voters returned the coalition with more than two-thirds of the seats.",
            "2014-12-14",
        ),
        ("The Lower House election on the fourteenth of December, 2014, kept the coalition in power.", "2014-12-14"),
        ("Abe won the Lower House election of Dec. 14, 2014, by a wide margin.", "2014-12-14"),
        ("The Lower House election of 14/12/2014 kept the coalition in power.", None),
    ],
)
def test_date_shapes_read_as_the_briefs(body: str, expected: str | None) -> None:
    """Each shape of the election's day gives the same date; a day-first slashed date gives none."""
    found = elections_of("March 2, 2015", body).get("lower_house_2014")
    assert (found[0] if found else None) == expected


def test_an_excerpt_reporting_an_election_alone_is_read() -> None:
    """A passage that states no fact of the catalogue but an election is the brief's excerpt, not an error."""
    snapshot = extract_snapshot(
        "# U.S.-Japan Relations\n\nUpdated March 2, 2015\n\n"
        "Lower House voters went to the polls on December 14, 2014.\n",
        brief="IF10199",
    ).snapshot
    assert (snapshot.facts, snapshot.elections["lower_house_2014"].date) == ({}, "2014-12-14")
