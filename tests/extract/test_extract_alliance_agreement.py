"""The cost-sharing agreement dated by the month it was agreed, and Quad leader meetings counted as occasions;
talks on a successor, ministers' or planned meetings give nothing. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

HNS = "alliance.host_nation_support_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the cost-sharing arrangement agreed on in December 2021, Japan pays about $1.4 billion a year.",
        "The Special Measures Agreement, agreed upon in December 2021, runs through FY2026.",
        "The host-nation support accord, signed on in December 2021, covers five years.",
    ],
)
def test_an_agreement_agreed_on_in_a_month_is_dated_by_it(sentence: str) -> None:
    """'agreed on in December 2021', 'agreed upon in': the month the cost-sharing agreement was concluded."""
    assert facts_in(sentence)[HNS] == ("2021-12", "exact")


def test_talks_on_a_successor_date_no_agreement() -> None:
    """A month of talks on the next agreement is not the current agreement's."""
    assert HNS not in facts_in("Talks on a successor to the cost-sharing agreement agreed on in December 2021 began.")


QUAD = "diplomacy.quad_leader_meetings"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Quad leaders have now met on four occasions, one of them online.", 4),
        ("Quad leaders have met on four separate occasions since 2021.", 4),
        ("The leaders of the Quad have held four summits.", 4),
    ],
)
def test_quad_leader_meetings_counted_as_occasions_are_read(sentence: str, count: int) -> None:
    """'met on four occasions' counts the leaders' meetings; a part of them ('one of them online') is not the count."""
    assert facts_in(sentence)[QUAD] == (count, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quad foreign ministers have met on eight occasions.",
        "Quad leaders will meet on two more occasions next year.",
        "Quad leaders have held three virtual gatherings.",
    ],
)
def test_ministers_planned_or_virtual_meetings_are_not_the_count(sentence: str) -> None:
    """Ministers' meetings, planned ones and virtual ones are not the leaders' meetings the fact counts."""
    assert QUAD not in facts_in(sentence)
