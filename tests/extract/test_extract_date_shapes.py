"""A date written in another order or shape than the brief's ('the 14th of December 2014', '14 December 2014',
'12/14/2014', 'Dec. 14, 2014') reads as the brief's 'December 14, 2014'; a shape that is not surely a date (a day
first with a slash, a bare '14 December') stays unread; an excerpt that reports an election and no fact is read."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.brief_text import place_on_pages
from usjapan_facts.extract.pdf import PagePart


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
        ("Abe won the Lower House election of December 14th, 2014, by a wide margin.", "2014-12-14"),
        ("Lower House voters went to the polls in December 2014, on the 14th, and kept the coalition.", "2014-12-14"),
        ("The Lower House election of 14/12/2014 kept the coalition in power.", None),
        # A date broken at a line's end inside a paragraph, its day on one line and its month on the next.
        ("Lower House voters went to the polls on 14\nDecember 2014 and kept the coalition in power.", "2014-12-14"),
        ("The coalition held on in the Lower House vote of the fourteenth of\nDecember, 2014.", "2014-12-14"),
    ],
)
def test_date_shapes_read_as_the_briefs(body: str, expected: str | None) -> None:
    """Each shape of the election's day gives the same date; a day-first slashed date gives none."""
    found = elections_of(body, cover="March 2, 2015").get("lower_house_2014")
    assert (found["date"] if found else None) == expected


def test_an_excerpt_reporting_an_election_alone_is_read() -> None:
    """A passage that states no fact of the catalogue but an election is the brief's excerpt, not an error."""
    snapshot = extract_snapshot(
        "# U.S.-Japan Relations\n\nUpdated March 2, 2015\n\n"
        "Lower House voters went to the polls on December 14, 2014.\n",
        brief="IF10199",
    ).snapshot
    assert (snapshot.facts, snapshot.elections["lower_house_2014"].date) == ({}, "2014-12-14")


def test_a_sentence_whose_date_was_reshaped_is_still_found_on_its_pdf_page() -> None:
    """The quote says 'October 31, 2021' where the page says '10/31/2021' (and 'about' for '~'): page 2 all the same."""
    body = (
        "In the general election of 10/31/2021, the LDP and Komeito won about 63 percent of the Lower House seats. "
        "Roughly ~54,000 U.S. military personnel are stationed in Japan."
    )
    lead = "Japan has been a U.S. treaty ally since 1952."
    text = f"# U.S.-Japan Relations\n\nUpdated March 10, 2022\n\n## Politics\n\n{lead}\n\n{body}\n"
    snapshot = extract_snapshot(text, brief="IF10199").snapshot
    placed = place_on_pages(snapshot, [PagePart(1, 1, lead), PagePart(2, 1, body)]).facts
    share, troops = placed["politics.lower_house_coalition_share"], placed["alliance.us_troops_in_japan"]
    assert (share.quote or "").startswith("In the general election of October 31, 2021,")
    assert (share.page, troops.page, placed["alliance.treaty_ally_since"].page) == (2, 2, 1)
