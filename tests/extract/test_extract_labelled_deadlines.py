"""A deadline or figure stated by a list item or timeline entry ('Next national election: July 2028', 'October 2029:
The four-year term of the current House of Representatives ends'), never a Lower House date as the next national
election; and a figure whose parts follow it ('..., among them the Marines on Okinawa') or that is compared with
another country's ('against 28,500 in South Korea') is still Japan's."""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, facts_in

LOWER_DUE, TROOPS = "politics.lower_house_election_due", "alliance.us_troops_in_japan"


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
            "October 2029: The four-year term of the current House of Representatives ends; a general election must "
            "be held by then.",
            LOWER_DUE,
            ("2029-10", "exact"),
        ),
        ("Japan hosts upwards of 50,000 U.S. troops, against 28,500 in South Korea.", TROOPS, (50000, "over")),
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
