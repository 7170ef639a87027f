"""IF11120's goods deficit and its rank in more forms: 'Measured in goods alone, the deficit ...', 'Goods imports
exceeded goods exports by $X', 'the $X shortfall with Japan', 'placing fifth behind the deficits with ...', 'only
those with A, B, and C were larger', 'N trading partners ... accounted for larger deficits', 'That put it sixth on
the list of ... deficits', 'the deficit, $X in 2030, narrowed to $Y' (the figure it changed to)."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _deficit(paragraph: str) -> tuple[Any, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    amount, rank = facts.get("trade.goods_deficit"), facts.get("trade.goods_deficit_rank")
    return (amount.value if amount else None, rank.value if rank else None)


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        ("In 2031 trade grew. Measured in goods alone, the deficit came to $70.2 billion.", (70_200_000_000, None)),
        (
            "Goods imports exceeded goods exports by $70.2 billion, the eighth-largest U.S. bilateral goods deficit "
            "in 2031.",
            (70_200_000_000, 8),
        ),
        (
            "Of all U.S. bilateral goods deficits in 2031, only those with China, Vietnam, and Mexico were larger "
            "than the $70.2 billion shortfall with Japan.",
            (70_200_000_000, 4),
        ),
        (
            "The U.S. goods deficit with Japan stood at $70.2 billion in 2031, placing third behind the deficits "
            "with China and Mexico.",
            (70_200_000_000, 3),
        ),
        (
            "Measured in goods alone, the U.S. deficit with Japan grew to $70.2 billion in 2031. That put it fifth "
            "on the list of U.S. bilateral goods deficits, behind those with China, Mexico, Vietnam, and Germany.",
            (70_200_000_000, 5),
        ),
        (
            "Four trading partners, China, Mexico, Vietnam, and Germany, accounted for larger U.S. goods deficits "
            "than Japan did in 2031.",
            (None, 5),
        ),
        (
            "The U.S. goods deficit with Japan, $80.4 billion in 2030, narrowed to $70.2 billion.",
            (70_200_000_000, None),
        ),
        (
            "The U.S. goods deficit with Japan declined from $80.4 billion in 2030 to $70.2 billion in 2031.",
            (70_200_000_000, None),
        ),
    ],
)
def test_the_deficit_and_its_rank_in_more_forms(paragraph: str, read: tuple[Any, Any]) -> None:
    """Each form gives the amount, the rank, or both."""
    assert _deficit(paragraph) == read


@pytest.mark.parametrize(
    "paragraph",
    [
        "The U.S. goods deficit with Japan stood at $70.2 billion in 2031, placing third behind the deficits with "
        "China, Mexico, and Germany.",
        "In 2031 the $90.5 billion shortfall with China was larger than any other.",
    ],
)
def test_a_rank_at_odds_with_its_list_or_another_countrys_shortfall_is_not_read(paragraph: str) -> None:
    """A trap: 'third behind' three countries is unsure; the shortfall with China is not Japan's."""
    amount, rank = _deficit(paragraph)
    assert rank is None
    assert amount in (None, 70_200_000_000)
