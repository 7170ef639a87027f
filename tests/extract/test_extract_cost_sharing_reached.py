"""The month the cost-sharing agreement was reached, said by more verbs ('wrapped up', 'sealed', 'clinched', 'hammered
out') and of a subject that only names what it governs ('payments toward their upkeep are governed by an agreement
reached in'), or its day without a year; the month it takes effect or its years start, and one it is expected to be
concluded in, are not that month.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

SMA = "alliance.host_nation_support_agreement"


@pytest.mark.parametrize(
    ("body", "month"),
    [
        (
            "The current Special Measures Agreement (SMA), which negotiators wrapped up in December 2024 and which "
            "took effect in April 2025, obliges Tokyo to pay about ¥200 billion a year.",
            "2024-12",
        ),
        ("Japan's payments toward their upkeep are governed by an agreement reached in December 2025.", "2025-12"),
        (
            "Tokyo's share of basing costs is fixed under a cost-sharing pact the two sides hammered out in May 2025.",
            "2025-05",
        ),
        (  # a day without its year, in a text of June 2026: this year's; the year after it is the old pact's
            "On January 22, the two governments signed a new Special Measures Agreement (SMA), replacing the one "
            "concluded in 2021.",
            "2026-01-22",
        ),
        ("On December 21, the two governments signed a new cost-sharing agreement.", "2025-12-21"),
    ],
)
def test_the_month_an_agreement_was_reached_is_read(body: str, month: str) -> None:
    """The month the verb of concluding runs into, not the month the agreement took effect in."""
    assert facts_in(body).get(SMA) == (month, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "The Special Measures Agreement took effect in April 2026.",
        "Negotiators expect a new cost-sharing pact to be concluded in December 2026.",
        "The Special Measures Agreement covers the five fiscal years starting in April 2026.",
    ],
)
def test_a_month_of_taking_effect_or_to_come_is_not_read(body: str) -> None:
    """Entry into force, the start of the years it covers and an expected conclusion date no agreement reached."""
    assert SMA not in facts_in(body)
