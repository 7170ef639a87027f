"""A past deed dated by a day written without its year ('was shot dead while campaigning in the city of Nara on July
8'): the last such day up to the cover date; another person shot that day is no such event."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot


@pytest.mark.parametrize(
    ("cover", "body", "date"),
    [
        (
            dt.date(2031, 8, 20),
            "The vote, held after former Prime Minister Abe Shinzo was shot dead while campaigning in the city of "
            "Nara on July 8, went ahead.",
            "2031-07-08",
        ),
        (dt.date(2032, 3, 1), "Former Prime Minister Abe Shinzo was shot dead in Nara on July 8.", "2031-07-08"),
        (dt.date(2031, 8, 20), "A campaign aide was shot dead in Nara on July 8.", None),
    ],
)
def test_a_deed_without_its_year_takes_the_last_such_day(cover: dt.date, body: str, date: str | None) -> None:
    """The yearless day of a deed done is the last one up to the cover; another person's deed is none."""
    heading = f"Updated {cover:%B} {cover.day}, {cover.year}\n\n## U.S.-Japan Relations\n\n"
    text = f"{heading}Japan has been a U.S. treaty ally since 1952. {body}\n"
    events = extract_snapshot(text, updated=cover).snapshot.events
    assert (events["abe_assassination"].date if "abe_assassination" in events else None) == date
