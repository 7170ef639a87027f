"""The 2025 tariff talks' announcement told as Japan's place among the partners chosen first ('named ... as one of
the first countries', 'a priority partner'), in any voice; never the talks' opening, nor another country's place.
Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of

COVER = "January 15, 2026"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan was named by the White House on April 7, 2025, as one of the first countries with which tariff talks"
        " would be opened.",
        "On April 7, 2025, the White House named Japan a priority partner for tariff talks.",
        "The Administration picked Japan on April 7, 2025, as among the first trading partners for talks on tariffs.",
    ],
)
def test_japan_named_among_the_first_partners_dates_the_announcement(paragraph: str) -> None:
    """The day Japan was named among the first partners (or a priority one) is the talks' announcement."""
    assert events_of(paragraph, COVER).get("tariff_talks_announced") == "2025-04-07"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan was among the first countries to open tariff talks, which began in Washington on April 17, 2025.",
        "Britain was among the first countries to settle its tariff talks, on May 8, 2025, while Japan kept talking.",
        "Japan was among the first countries to reach a tariff deal, on July 22, 2025.",
    ],
)
def test_the_talks_opening_or_another_countrys_place_is_no_announcement(paragraph: str) -> None:
    """The talks' opening in a relative clause, another country's talks or a deal give no announcement's day."""
    assert "tariff_talks_announced" not in events_of(paragraph, COVER)
