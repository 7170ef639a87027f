"""The 2025 tariff talks announced by choosing Japan as a partner to negotiate with: 'the White House named Japan among
the first partners it would bargain with', 'designated Japan a priority partner for tariff talks', 'Japan was among the
first partners the Administration chose for negotiation'; the choosing is the announcement, dated where it stands. Talks
on another matter, or another country chosen, are no such event.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_if11120_events import _events


@pytest.mark.parametrize(
    "sentence",
    [
        "On April 7, 2025, the White House picked Japan as one of the first partners it would bargain with over "
        "the reciprocal tariffs.",
        "Washington designated Japan, on April 7, 2025, a priority partner for negotiations on the new tariffs.",
        "Japan was among the first countries the Administration selected for tariff negotiation, on April 7, 2025.",
        "It was on April 7, 2025, after a call with Ishiba, that the President announced that his Treasury Secretary "
        "would negotiate with Japan.",
    ],
    ids=["picked-bargain", "designated-priority", "selected-negotiation", "announced-after-call"],
)
def test_japan_chosen_as_a_partner_to_negotiate_with_is_the_talks_announcement(sentence: str) -> None:
    """The choosing of Japan for talks in 2025 dates the talks' announcement to the day written."""
    assert _events(sentence, "November 2, 2025")["tariff_talks_announced"] == {"date": "2025-04-07", "status": "held"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On April 9, 2025, the White House named South Korea among the first partners it would bargain with on "
        "tariffs.",
        "On April 7, 2025, after a call with Ishiba, the President said he would negotiate with Japan over "
        "shipbuilding.",
    ],
    ids=["another-country", "another-matter"],
)
def test_another_choice_is_no_talks_announcement(sentence: str) -> None:
    """Another country chosen, or talks with Japan on another matter, give no date to Japan's tariff talks."""
    assert "tariff_talks_announced" not in _events(sentence, "November 2, 2025")
