"""IF11120's direct investment stocks in more wordings: the U.S. stock 'by U.S. firms in Japan' or set off by commas
('U.S. direct investment in Japan, at $X,'), Japan's as what a source 'put the stock of Japanese FDI ... at', and the
year carried from a sentence before that also says when the data came out ('released in July 2031')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Investment\n\n"
JAPAN, US = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan"
BEFORE = "Japanese firms held $801 billion of direct investment in the United States at the end of 2031. "


def _stocks(paragraph: str) -> dict[str, tuple[object, object]]:
    facts = extract_snapshot(COVER + paragraph + "\n", brief="IF11120").snapshot.facts
    return {key: (facts[key].value, facts[key].period) for key in (JAPAN, US) if key in facts}


@pytest.mark.parametrize(
    "paragraph",
    [
        BEFORE + "Direct investment in the opposite direction, by U.S. companies in Japan, came to $121 billion.",
        BEFORE + "U.S. direct investment in Japan, at $121 billion, is a small fraction of that.",
        "Commerce figures released in July 2032 put the stock of Japanese FDI in the United States at $801 billion at "
        "the end of 2031. The U.S. position in Japan, some $121 billion, is far smaller.",
    ],
)
def test_both_stocks_in_other_wordings(paragraph: str) -> None:
    assert _stocks(paragraph) == {JAPAN: (801_000_000_000, "2031"), US: (121_000_000_000, "2031")}


@pytest.mark.parametrize(
    "trap",
    [
        "Direct investment by U.S. firms in China amounted to $121 billion.",
    ],
)
def test_another_hosts_or_a_hoped_for_stock_is_not_the_us_stock_in_japan(trap: str) -> None:
    assert _stocks(BEFORE + trap) == {JAPAN: (801_000_000_000, "2031")}
