"""IF11120's Japanese FDI stock given after the comparison that ranks it: 'Japanese firms hold a larger stock of
direct investment in the United States than those of any other country: $X'; and another country's stock so said."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Investment\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities.\n\n"


def _stock(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("trade.japan_fdi_stock_in_us")
    return getattr(fact, "value", None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese investors, over several decades, have amassed a larger stock of direct investment in the United "
        "States than those of any other country: $830 billion at the end of 2031.",
        "Japan's firms hold a bigger position of FDI in the U.S. than firms from any other country: $830 billion at "
        "the end of 2031.",
    ],
)
def test_japans_stock_after_the_comparison_that_ranks_it(paragraph: str) -> None:
    """The value after the colon that closes 'a larger stock ... than those of any other country' is Japan's stock."""
    assert _stock(paragraph) == 830_000_000_000


@pytest.mark.parametrize(
    "paragraph",
    [
        # another country's stock ranked first
        "British firms hold a larger stock of direct investment in the United States than those of any other "
        "country: $910 billion at the end of 2031.",
        "Firms from Ireland hold a larger stock of direct investment in the United States than those of any other "
        "country: $910 billion at the end of 2031.",
        # after the colon a flow, not the stock
        "Japanese firms hold a larger stock of direct investment in the United States than those of any other "
        "country: their new investment flows reached $30 billion in 2031.",
    ],
)
def test_another_countrys_ranked_stock_or_a_flow_after_the_colon_is_not_japans_stock(paragraph: str) -> None:
    """Another country's stock ranked first, or a flow after the colon, gives no Japanese stock."""
    assert _stock(paragraph) is None
