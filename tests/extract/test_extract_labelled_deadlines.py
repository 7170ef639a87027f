"""A deadline or figure stated by a list item or timeline entry ('Next national election: July 2028', 'October 2029:
The four-year term of the current House of Representatives ends'), never a Lower House date as the next national
election; a political calendar's row ('July 2028 | ... | Scheduled; the next national election', 'November 2031 |
Latest date for the next House of Representatives election', or a label line 'Deadline: November 2031.' the next
sentence's 'by then' points to); a figure whose parts follow it ('..., among them the Marines on Okinawa') is still the
whole's; and a share of the area of facilities, or one hedged after its fraction ('a quarter or so of'), is Okinawa's
share of them."""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, facts_in

LOWER_DUE, TROOPS = "politics.lower_house_election_due", "alliance.us_troops_in_japan"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Next national election: July 2028, when half of the upper chamber's seats are contested.",
            DUE,
            (2028, "exact"),
        ),
        ("Next Lower House election: October 2028.", DUE, None),
        (
            "\n\n- Deadline: November 2031. The sitting lower chamber has to go to the polls by then.",
            LOWER_DUE,
            ("2031-11", "exact"),
        ),
        (
            "The calendar below sets the dates.\n\nTable 2. Diet Dates\n\n"
            "| Date | Event | Status |\n| --- | --- | --- |\n"
            "| November 2031 | Latest date for the next House of Representatives election | Deadline |",
            LOWER_DUE,
            ("2031-11", "exact"),
        ),
        (
            "The calendar below sets the dates.\n\nTable 2. Diet Dates\n\n"
            "| Date | Event | Status |\n| --- | --- | --- |\n"
            "| July 2028 | House of Councillors election | Planned; the next national election |",
            DUE,
            (2028, "exact"),
        ),
        (
            "October 2029: The four-year term of the current House of Representatives ends; a general election must "
            "be held by then.",
            LOWER_DUE,
            ("2029-10", "exact"),
        ),
        (
            "Okinawa hosts approximately 70% of the area of facilities reserved for the exclusive use of U.S. forces.",
            FACILITIES,
            (70, "about"),
        ),
        (
            "Okinawa is home to a quarter or so of the facilities used by U.S. forces in Japan.",
            FACILITIES,
            (25, "about"),
        ),
        (
            "U.S. forces in Japan number about 52,000, among them a carrier group at Yokosuka and Marines on Okinawa.",
            TROOPS,
            (52000, "about"),
        ),
    ],
)
def test_a_labelled_deadline_or_a_whole_before_its_parts_is_read(
    body: str, fact: str, value: tuple[object, str] | None
) -> None:
    """A list item's or timeline entry's date, and a whole before the parts it lists, are read."""
    assert facts_in(body).get(fact) == value
