"""The 2025 tariff talks' announcement is never read from Japan's place among the partners chosen first ('one of /
among the first countries', 'a priority partner'): the phrase names no deed, and the sentence's day may be any other
deed's (review of events42, finding 2). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of

COVER = "January 15, 2026"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan was among the first countries to open tariff talks, which began in Washington on April 17, 2025.",
        "Britain was among the first countries to settle its tariff talks, on May 8, 2025, while Japan kept talking.",
        "Japan was among the first countries to reach a tariff deal, on July 22, 2025.",
        "Japan was one of the first countries hit by the reciprocal tariffs on April 9, 2025, and soon sought talks.",
        "Japan was among the first countries to request tariff talks, on April 3, 2025, the day after the tariffs were"
        " announced.",
        "Japan, one of the first partners to hold tariff talks, sent Akazawa to Washington on April 16, 2025.",
        "Japan hoped to be named one of the first countries for tariff talks when the White House unveiled its list on"
        " April 9, 2025.",
        "The United States, Japan's priority partner, imposed reciprocal tariffs on April 2, 2025, and talks followed.",
        "Japan was among the priority countries Trump said on April 2, 2025, would face tariffs unless talks"
        " succeeded.",
    ],
)
def test_japans_place_among_the_first_partners_is_no_announcement(paragraph: str) -> None:
    """The talks' opening, another country's talks, a deal, or any deed beside Japan's place: no announcement's day."""
    assert "tariff_talks_announced" not in events_of(paragraph, COVER)
