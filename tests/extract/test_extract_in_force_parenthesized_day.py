"""A year's start whose parenthesis names its day dates the agreements' entry into force by that day.

'took effect at the start of 2020 (January 1)' says the day as 'at the start of 2020, on January 1' does; a
parenthesis that says more than a day ('(January 1 was a holiday)') or another year's day is no such day,
and the year alone is read.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations"
NAMES = "The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019."


def _facts(sentence: str) -> dict[str, Any]:
    text = f"{TRADE}\n\nUpdated March 3, 2021\n\n## The Agreements\n\n{NAMES} {sentence}\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "sentence",
    [
        "After the Diet's vote, both entered into force at the start of 2020 (January 1).",
        "Both agreements took effect at the beginning of 2020 (January 1), two months after the Diet's approval.",
        "Tokyo ratified them in December, and the pair came into force at the turn of 2020 (January 1).",
    ],
)
def test_a_years_start_with_its_day_in_parentheses_is_that_day(sentence: str) -> None:
    facts = _facts(sentence)
    assert facts.get("agreements.usjta_in_force") == "2020-01-01"
    assert facts.get("agreements.digital_trade_in_force") == "2020-01-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Both entered into force at the start of 2020 (January 1 was a national holiday in Japan).",
        "Both entered into force at the start of 2020 (a year after the CPTPP).",
    ],
)
def test_a_parenthesis_that_says_more_than_the_day_leaves_no_day(sentence: str) -> None:
    assert facts_day(_facts(sentence).get("agreements.usjta_in_force")) is False


def facts_day(value: Any) -> bool:
    """Whether a date read is a day's (not a year's or month's)."""
    return isinstance(value, str) and len(value) == 10
