"""IF11120's FDI stocks said without their kind or before their owner, after a sentence on FDI: 'U.S. firms held
$95 billion in Japan that year', 'U.S. businesses, for their part, held $90 billion of direct investment in Japan at
that date', 'the roughly eighty-five billion dollars U.S. companies had invested in Japan', 'Japanese companies'
position stood at', 'Japanese-owned companies hold the largest FDI position in the United States, $805 billion'.

Every sentence is invented for the test; each trap holds no stock of direct investment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE
from usjapan_facts.extract import extract_snapshot

JAPANS = "trade.japan_fdi_stock_in_us"
US = "trade.us_fdi_stock_in_japan"


def _stocks(body: str) -> dict[str, tuple[object, object, object]]:
    text = f"# {TITLE['IF11120']}\n\nUpdated June 1, 2030\n\n## Overview\n\n{ANCHOR['IF11120']} {body}\n"
    facts = extract_snapshot(text, brief="IF11120", updated=dt.date(2030, 6, 1)).snapshot.facts
    return {
        fact_id: (fact.value, getattr(fact, "qualifier", None), getattr(fact, "period", None))
        for fact_id, fact in facts.items()
        if fact_id in (JAPANS, US)
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Japanese companies' direct investment position in the United States reached $700 billion at the end of "
         "2029. U.S. firms held roughly eighty billion dollars of direct investment in Japan that year.",
         {JAPANS: (700000000000, "exact", "2029"), US: (80000000000, "about", "2029")}),
        ("Japanese firms' U.S. direct investment stock stood at $700 billion at the end of 2029. Investment the other "
         "way is far smaller: American companies held $95 billion in Japan that year.",
         {JAPANS: (700000000000, "exact", "2029"), US: (95000000000, "exact", "2029")}),
        ("Japan is the top source of FDI in the United States, with a stock of $800 billion at the end of 2029, and "
         "its firms employed a million Americans in 2028. U.S. businesses, for their part, held $90 billion of direct "
         "investment in Japan at that date.",
         {JAPANS: (800000000000, "exact", "2029"), US: (90000000000, "exact", "2029")}),
        ("Japan leads foreign direct investors in the United States. At the end of 2029, Japanese companies' "
         "position stood at $810.5 billion, nearly ten times the roughly eighty-five billion dollars U.S. companies "
         "had invested in Japan.", {JAPANS: (810500000000, "exact", "2029"), US: (85000000000, "about", "2029")}),
        ("Japanese-owned companies hold the largest FDI position in the United States, $805 billion at the end of "
         "2029.",
         {JAPANS: (805000000000, "exact", "2029")}),
        ("Valued at $790 billion at the end of 2029, Japanese firms' cumulative direct investment in the United States "
         "exceeded that of any other country.", {JAPANS: (790000000000, "exact", "2029")}),
        ("Japanese companies' direct investment position in the United States reached a little over three-quarters "
         "of a trillion dollars at the end of 2029.", {JAPANS: (750000000000, "over", "2029")}),
        ("Japan's economy is large. U.S. firms held $132 billion in Japan in 2029.", {}),
        ("Japan is a major source of FDI. U.S. firms held $300 billion of Japanese government bonds in 2029.", {}),
        ("Japan is a major source of FDI. The $40 billion U.S. firms invested in Japan in 2029 was a record.", {}),
    ],
)  # fmt: skip
def test_a_stock_without_its_kind_is_read_only_where_fdi_is_spoken_of(
    body: str, expected: dict[str, tuple[object, object, object]]
) -> None:
    """Each stock, its hedge and its year ('that year', 'at that date' the sentence before's); holdings of bonds,
    a year's new investment, or money held in Japan with no word of FDI near are no stock."""
    assert _stocks(body) == expected
