"""An amount followed by the comparison it measures ('$10.2 billion narrower than in 2024') is how far apart two levels
are, never a level; the level beside it is read. Sentences invented for the test (fresh25's class)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated November 10, 2031\n\n## Trade\n\n"
    "Japan was the fifth-largest U.S. trading partner in 2030. "
)
DEFICIT = "trade.goods_deficit"


def _deficit(sentence: str) -> object:
    fact = extract_snapshot(COVER + sentence + "\n", brief="IF11120").snapshot.facts.get(DEFICIT)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    "sentence",
    [
        "At $59.7 billion, the goods deficit with Japan was $10.2 billion narrower than in 2029 and only the "
        "eighth-largest the United States ran with any country.",
        "At $61.3 billion in 2030, the goods deficit with Japan was $4.4 billion larger than a year before.",
    ],
    ids=["narrower", "larger"],
)
def test_a_difference_told_after_its_amount_is_no_level(sentence: str) -> None:
    """The fronted amount is the deficit; the one told as 'narrower/larger than' is the gap between two years."""
    assert _deficit(sentence) in (59_700_000_000, 61_300_000_000)


def test_a_level_after_a_change_is_still_read() -> None:
    """'widened by about $7 billion in 2030, to $67.9 billion': the level the change ends at."""
    assert _deficit("The U.S. goods deficit with Japan widened by about $7 billion in 2030, to $67.9 billion.") == (
        67_900_000_000
    )
