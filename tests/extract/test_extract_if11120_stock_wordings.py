"""IF11120's direct investment stocks in plainer words after a sentence on FDI ('U.S. firms held $140 billion in
Japan that year', 'the roughly one hundred forty billion dollars U.S. firms had invested in Japan', 'Japanese firms'
position stood at'), in an apposition ('the largest FDI position in the United States, $700 billion'), and Japan's
rank said by who alone is ahead ('the United Kingdom alone had a larger stake')."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated October 13, 2031\n\n## Investment\n\n"
OPENING = "Japanese firms' direct investment position in the United States reached $700 billion at the end of 2030. "
JAPAN, US, RANK = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan", "trade.fdi_source_rank"


def _read(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "fdi" in fact_id}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (OPENING + "U.S. firms held $140 billion in Japan that year.", {JAPAN: 700 * 10**9, US: 140 * 10**9}),
        (OPENING + "U.S. companies, in turn, held $140 billion of direct investment in Japan at the same point.",
         {JAPAN: 700 * 10**9, US: 140 * 10**9}),
        (OPENING + "U.S. firms held approximately one hundred forty-two billion dollars of direct investment in Japan "
         "that year.", {JAPAN: 700 * 10**9, US: 142 * 10**9}),
        ("Japan is the top foreign direct investor in the United States. At the end of 2030, Japanese firms' position "
         "stood at $700 billion, several times the roughly one hundred forty billion dollars U.S. firms had "
         "invested in Japan.", {JAPAN: 700 * 10**9, US: 140 * 10**9, RANK: 1}),
        ("Japanese-owned companies hold the largest FDI position in the United States, $700 billion at the end of "
         "2030; the U.S. position in Japan was about $140 billion.", {JAPAN: 700 * 10**9, US: 140 * 10**9, RANK: 1}),
        ("Japanese companies' U.S. direct investment stock reached $700 billion at the end of 2030; the United "
         "Kingdom alone had a larger stake.", {JAPAN: 700 * 10**9, RANK: 2}),
        ("Japanese firms' direct investment position in the United States was $700 billion in 2030; no country but "
         "the United Kingdom held more.", {JAPAN: 700 * 10**9, RANK: 2}),
        ("Japan is the top source of FDI in the United States, with a stock of $700 billion at the end of 2030, and "
         "its affiliates employed a million U.S. workers in 2029. U.S. firms held $140 billion of direct investment in "
         "Japan at that date.", {JAPAN: 700 * 10**9, US: 140 * 10**9, RANK: 1}),
        # traps: bonds, a year's flow, earnings are no stock
        (OPENING + "U.S. firms held $140 billion in Japanese government bonds that year.", {JAPAN: 700 * 10**9}),
        (OPENING + "U.S. firms invested $19 billion in Japan in 2030.", {JAPAN: 700 * 10**9}),
        (OPENING + "U.S. firms earned $20 billion in Japan that year.", {JAPAN: 700 * 10**9}),
    ],
)  # fmt: skip
def test_stocks_and_rank_in_plainer_words(paragraph: str, expected: dict[str, Any]) -> None:
    """Each stock by its owner and host, said plainly after a sentence on FDI; bonds, flows and earnings are none."""
    assert _read(paragraph) == expected
