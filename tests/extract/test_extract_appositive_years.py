"""A year written only in an appositive on the deed's doer that holds a relative clause ('Abe, the leader who signed
the 2019 deals, was shot on July 8') belongs to that aside's deed: a day written without its year outside it takes
the last such day up to the cover date, never the aside's year. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated September 12, 2022\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def _killed_on(body: str) -> str | None:
    events = extract_snapshot(COVER + body).snapshot.events
    event = events.get("abe_assassination")
    return None if event is None else str(event.date)


@pytest.mark.parametrize(
    "body",
    [
        "Abe Shinzo, the former premier who struck the 2019 tariff deals with Washington, was shot dead on July 8 in "
        "Nara.",
        "Abe Shinzo, the leader whose cabinet passed the 2015 security laws, was assassinated on July 8 at a rally.",
        "Abe Shinzo, a prime minister who hosted the 2019 Group of 20 summit, was gunned down on July 8 while giving "
        "a stump speech.",
    ],
    ids=["the-who", "the-whose", "a-who"],
)
def test_a_year_in_an_appositive_with_a_relative_clause_is_not_the_days_year(body: str) -> None:
    assert _killed_on(body) == "2022-07-08"


def test_a_year_outside_the_appositive_still_dates_the_day() -> None:
    """A near miss: the deed's own year after the aside still dates it."""
    body = "Abe Shinzo, the leader who struck the 2019 tariff deals, was shot dead on July 8, 2022, in Nara."
    assert _killed_on(body) == "2022-07-08"


@pytest.mark.parametrize(
    ("cover", "body"),
    [
        (
            "January 5, 2025",
            "Abe Shinzo was killed on July 8, the eve of a 2022 upper house vote in which the LDP kept its majority, "
            "while he campaigned in Nara.",
        ),
        ("January 5, 2025", "On July 8, a day of 2022 which the country still mourns, Abe Shinzo was shot dead."),
        (
            "March 1, 2024",
            "Abe Shinzo was shot dead on July 8, the year 2022 being one in which Tokyo also lifted its defense "
            "budget, in Nara.",
        ),
    ],
    ids=["aside-on-the-day-in-which", "aside-on-the-day-which", "aside-on-the-year-in-which"],
)
def test_a_year_in_an_aside_on_the_day_still_dates_it(cover: str, body: str) -> None:
    """An aside after the date describes the day, not the doer: its year is the day's own."""
    text = COVER.replace("September 12, 2022", cover) + body
    event = extract_snapshot(text).snapshot.events.get("abe_assassination")
    assert event is not None
    assert str(event.date) == "2022-07-08"
