"""An amount restating a percentage share of the Japan flow itself ('about 18% of U.S. services imports from Japan,
some $8 billion') is no flow the brief states: the '%' sign counts as a fraction word only when its whole is named
as the flow with Japan. Plain figures beside a percentage change still read."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
SERVICES_IMPORTS = "trade.us_services_imports_from_japan"


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
    ],
)
def test_plain_figures_beside_a_change_still_read(body: str, brief: str, fact: str, value: float) -> None:
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value
