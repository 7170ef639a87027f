"""A trade or investment figure in other than the year's own dollars ('in real terms', 'in constant 2012 dollars',
'adjusted for inflation') is no flow, deficit or stock the brief states, and neither is an amount restating a
percentage share of the Japan flow itself ('about 18% of U.S. services imports from Japan, some $8 billion'): the
'%' sign counts as a fraction word only when its whole is named as the flow with Japan. The plain figures beside
them still read."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
SERVICES_IMPORTS = "trade.us_services_imports_from_japan"
IMPORTS = "trade.us_imports_from_japan"
DEFICIT = "trade.goods_deficit"
FDI = "trade.japan_fdi_stock_in_us"


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        ("In real terms, U.S. goods exports to Japan totaled $71 billion in 2025.", "IF11120", GOODS_EXPORTS),
        (
            "Adjusted for inflation, U.S. goods imports from Japan came to $131 billion in 2025.",
            "IF11120",
            GOODS_IMPORTS,
        ),
        ("U.S. imports from Japan were worth $166 billion in 2025 in constant 2012 dollars.", "IF10199", IMPORTS),
        (
            "The U.S. goods deficit with Japan, in inflation-adjusted terms, was $52 billion in 2025.",
            "IF11120",
            DEFICIT,
        ),
        (
            "Valued in chained 2017 dollars, Japan's direct investment position in the United States reached "
            "$640 billion at the end of 2025.",
            "IF11120",
            FDI,
        ),
    ],
)
def test_a_figure_in_real_terms_reads_no_flow(body: str, brief: str, fact: str) -> None:
    assert fact not in facts_in(body, brief)


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        (
            "Machinery and transport equipment made up nearly 40% of U.S. goods imports from Japan, about $58 billion "
            "in 2025.",
            "IF11120",
            GOODS_IMPORTS,
        ),
        (
            "Royalties for intellectual property, some 30% of U.S. services imports from Japan, were worth roughly "
            "$14 billion in 2025.",
            "IF11120",
            SERVICES_IMPORTS,
        ),
        (
            "Medical devices are about 9% of U.S. goods exports to Japan, or $7 billion in 2025.",
            "IF11120",
            GOODS_EXPORTS,
        ),
    ],
)
def test_an_amount_restating_a_percent_share_reads_no_flow(body: str, brief: str, fact: str) -> None:
    assert fact not in facts_in(body, brief)


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        (
            "U.S. goods imports from Japan came to $149 billion in 2025, 2% less than in 2024.",
            "IF11120",
            GOODS_IMPORTS,
            149e9,
        ),
        ("U.S. goods exports to Japan rose 4% to $82 billion in 2025.", "IF11120", GOODS_EXPORTS, 82e9),
        (
            "U.S. goods imports from Japan were $149 billion in 2025, though real growth was slower than that.",
            "IF11120",
            GOODS_IMPORTS,
            149e9,
        ),
    ],
)
def test_plain_figures_beside_a_change_still_read(body: str, brief: str, fact: str, value: float) -> None:
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value
