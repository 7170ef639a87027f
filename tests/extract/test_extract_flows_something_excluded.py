"""A trade flow, goods deficit or direct-investment stock is not read from a figure with something left out of it
('except for vehicles and parts', 'not counting reinvested earnings'): a part. Leaving out the goods or the services
part names the other, and a plain figure with no such words still reads."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"
EXPORTS = "trade.us_exports_to_japan"
DEFICIT = "trade.goods_deficit"
FDI = "trade.japan_fdi_stock_in_us"


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        (
            "U.S. goods imports from Japan, except for vehicles and parts, came to $90 billion in 2025.",
            "IF11120",
            GOODS_IMPORTS,
        ),
        (
            "Japan's direct investment position in the United States, not counting reinvested earnings, was $700 "
            "billion in 2025.",
            "IF11120",
            FDI,
        ),
        ("Leaving out aircraft, U.S. exports to Japan were $110 billion in 2025.", "IF10199", EXPORTS),
        ("The U.S. goods deficit with Japan, excluding petroleum, was $75 billion in 2025.", "IF11120", DEFICIT),
        (
            "U.S. goods exports to Japan were $74 billion in 2025, excluding re-exports of foreign-made goods.",
            "IF11120",
            GOODS_EXPORTS,
        ),
    ],
)
def test_a_figure_with_something_left_out_reads_no_flow(body: str, brief: str, fact: str) -> None:
    assert fact not in facts_in(body, brief)


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        (
            "U.S. goods imports from Japan were $148 billion in 2025, more than forecasters had expected.",
            "IF11120",
            GOODS_IMPORTS,
            148e9,
        ),
        ("U.S. exports of goods and services to Japan totaled $120 billion in 2025.", "IF10199", EXPORTS, 120e9),
        ("The U.S. goods deficit with Japan was $71 billion in 2025.", "IF11120", DEFICIT, 71e9),
    ],
)
def test_a_plain_figure_still_reads(body: str, brief: str, fact: str, value: float) -> None:
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value
