"""IF11120's ranks in two more shapes: a rank beside the year it is the same as ('the same position as in 2030', 'as
it had in 2030'), which does not make the rank's own year unsure; and a deficit's rank with its noun left out ('the
fifth-largest the United States ran with any trading partner')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
PARTNER, DEFICIT = "trade.overall_partner_rank", "trade.goods_deficit_rank"
GAP = "In 2031 the U.S. goods deficit with Japan was $61 billion. "


def _rank(paragraph: str, fact_id: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return facts[fact_id].value if fact_id in facts else None


@pytest.mark.parametrize(
    ("paragraph", "fact_id", "rank"),
    [
        ("Japan was the sixth-biggest U.S. trading partner in 2031, the same position as in 2030.", PARTNER, 6),
        ("Japan ranked sixth among U.S. trading partners in 2031, as it had in 2030.", PARTNER, 6),
        (GAP + "It was the fifth-largest the United States ran with any trading partner.", DEFICIT, 5),
        (GAP + "China's was the largest the United States ran with any trading partner.", DEFICIT, None),
        ("Japan's rank among U.S. trading partners in Asia was second in 2031.", PARTNER, None),  # a region's
    ],
)
def test_rank_shapes(paragraph: str, fact_id: str, rank: int | None) -> None:
    assert _rank(paragraph, fact_id) == rank
