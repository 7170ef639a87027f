"""The trade talks' dated events, read in either brief: IF10199's trade section tells the same steps as IF11120, and
an event counted from another deed's date ('a month before the President proclaimed ...') takes its own date."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHORS = {
    "IF10199": "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Trade\n\n"
    "Japan has been a U.S. treaty ally since 1952. ",
    "IF11120": "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Trade\n\n"
    "Japan was the fifth-largest U.S. trading partner in 2022. ",
}


def events_of(brief: str, body: str, cover: str) -> dict[str, Any]:
    """Extract a short brief of `brief` and return its events' dates and statuses."""
    snapshot = extract_snapshot(ANCHORS[brief].format(cover=cover) + body + "\n", brief=brief).snapshot
    return {slug: (event.date, event.status) for slug, event in snapshot.events.items()}


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
@pytest.mark.parametrize(
    ("body", "cover", "expected"),
    [
        (
            "Washington and Tokyo opened trade negotiations in April 2019, after a summit in September 2018.",
            "June 3, 2019",
            {"first_negotiating_round": ("2019-04", "held")},
        ),
        (
            "Bilateral talks began in April 2019, a month before the President proclaimed imports of autos a threat "
            "to national security.",
            "June 3, 2019",
            {"first_negotiating_round": ("2019-04", "held"), "section232_autos_proclamation": ("2019-05", "held")},
        ),
        (
            "Formal talks opened on April 15, 2019, two weeks before Trump proclaimed vehicle imports a threat to "
            "national security.",
            "June 3, 2019",
            {
                "first_negotiating_round": ("2019-04-15", "held"),
                "section232_autos_proclamation": ("2019-04-29", "held"),
            },
        ),
    ],
)
def test_the_trade_talks_steps_are_read_in_either_brief(
    brief: str, body: str, cover: str, expected: dict[str, Any]
) -> None:
    """Either brief reads the talks' steps; one counted from another's date is dated by the count."""
    assert events_of(brief, body, cover) == expected


def test_an_event_counted_in_days_from_a_month_is_not_dated() -> None:
    """'two weeks before' a date given only to its month cannot be counted to a day: the event is left unread."""
    body = (
        "Talks opened in April 2019, two weeks before Trump proclaimed vehicle imports a threat to national security."
    )
    assert "section232_autos_proclamation" not in events_of("IF10199", body, "June 3, 2019")
