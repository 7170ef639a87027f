"""IF11120's FDI stocks said with a hedge in words, an amount in words, or 'invested directly in'."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.values import amounts

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Investment\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
US, JAPAN = "trade.us_fdi_stock_in_japan", "trade.japan_fdi_stock_in_us"


def _stocks(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(
        COVER + ANCHOR + paragraph + "\n", brief="IF11120", updated=dt.date(2032, 5, 4)
    ).snapshot.facts
    return {fact_id: (facts[fact_id].value, facts[fact_id].period) for fact_id in (US, JAPAN) if fact_id in facts}


@pytest.mark.parametrize(
    ("written", "dollars"),
    [
        ("about one hundred sixty billion dollars", 160_000_000_000),
        ("one hundred and five billion dollars", 105_000_000_000),
        ("two hundred twenty-five billion dollars", 225_000_000_000),
        ("ninety billion dollars", 90_000_000_000),
        ("one point eight billion dollars", 1_800_000_000),
        ("half a trillion dollars", 500_000_000_000),
        ("a billion and a half dollars", 1_500_000_000),
        ("about a hundred and thirty billion dollars", 130_000_000_000),
    ],
)
def test_an_amount_in_words_is_read_whole(written: str, dollars: int) -> None:
    """'One hundred sixty billion dollars' is 160 billion, never its last word's 60 billion."""
    assert [candidate.value for candidate in amounts(f"It was {written} in 2031.")] == [dollars]


@pytest.mark.parametrize(
    "paragraph",
    [
        "U.S. direct investment in Japan was a little more than $160 billion at the end of 2031.",
        "The stock of U.S. FDI in Japan was about one hundred sixty billion dollars in 2031.",
        "U.S. firms, for their part, had roughly $160 billion invested directly in Japan at the end of 2031.",
        "American companies held some $160 billion in direct investment in Japan at the end of 2031.",
    ],
)
def test_the_us_stock_in_japan_in_any_wording(paragraph: str) -> None:
    """A hedge in words, an amount in words, 'had ... invested directly in Japan': the U.S. stock."""
    assert _stocks(paragraph)[US] == (160_000_000_000, "2031")


def test_japans_stock_invested_directly_in_the_united_states() -> None:
    """'Japanese companies had ... invested directly in the United States': Japan's stock."""
    read = _stocks(
        "Japanese companies had some $820 billion invested directly in the United States at the end of 2031."
    )
    assert read == {JAPAN: (820_000_000_000, "2031")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese companies had some $160 billion invested directly in Japan at the end of 2031.",
        "U.S. firms had $160 billion invested directly in China at the end of 2031.",
        "U.S. firms could have $160 billion invested directly in Japan by 2035.",
        "U.S. firms invested directly in Japan a little more than $16 billion in the first half of 2031.",
    ],
)
def test_domestic_another_country_planned_or_part_year_is_no_stock(paragraph: str) -> None:
    """Japanese firms at home, U.S. firms in China, a projection, a half-year flow: not the U.S. stock."""
    assert US not in _stocks(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "No other country has a bigger direct-investment stake in the United States than Japan, whose firms held "
        "$820 billion at the end of 2031.",
        "Investors from no other country outdo Japan, whose companies owned $820 billion in direct investment in "
        "the United States at the end of 2031.",
        "Japan's direct-investment stake in the United States reached $820 billion at the end of 2031.",
    ],
)
def test_japans_stock_after_whose_firms_or_as_a_hyphenated_stake(paragraph: str) -> None:
    """'Japan, whose firms held $X', 'direct-investment stake': Japan's stock in the United States."""
    assert _stocks(paragraph)[JAPAN] == (820_000_000_000, "2031")


def test_another_countrys_firms_hold_no_japanese_stock() -> None:
    """'... than China, whose firms held $X': China's."""
    paragraph = (
        "No other country has a bigger direct-investment stake in the United States than China, whose firms held "
        "$820 billion at the end of 2031."
    )
    assert JAPAN not in _stocks(paragraph)
