"""Japan's place as its position in a list of countries whose order is said in any of its roles: before the items
('were, in order, A, B, and C'), in front of the list ('Ranked by size, ...'), beside each item ('Mexico (1)'), in
turn ('China first, then ...'), or after it ('...; Japan came next'); the year of a list dated 'that year' is the
sentence before's. A list of rank rows whose first names Japan is Japan's. A list whose order is unsaid, or that
ranks Japan's own partners, gives no place.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL, IMPORT = "trade.overall_partner_rank", "trade.import_partner_rank"
FDI, TREASURY = "trade.fdi_source_rank", "trade.treasury_holder_rank"
DEFICIT = "trade.goods_deficit_rank"


def _ranks(body: str, brief: str = "IF10199") -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body, brief).items() if fact.endswith("_rank")}


@pytest.mark.parametrize(
    ("body", "brief", "ranks"),
    [
        (
            "The biggest U.S. trading partners in 2025 were, in order, Mexico, Canada, China, Germany, and Japan.",
            "IF10199",
            {OVERALL: 5},
        ),
        (
            "Ranked by two-way trade in 2025, the leading U.S. partners were Mexico, Canada, China, and Japan.",
            "IF10199",
            {OVERALL: 4},
        ),
        (
            "The largest U.S. trading partners in 2025 were Mexico (1), Canada (2), China (3), Germany (4), and the "
            "United Kingdom (5); Japan came next.",
            "IF10199",
            {OVERALL: 6},
        ),
        (
            "U.S. imports in 2025 came mainly from Mexico, China, Canada, Germany, and Japan, in that order.",
            "IF10199",
            {IMPORT: 5},
        ),
        (
            "The United States ran a $70 billion goods deficit with Japan in 2025. Ranked by size, that year's U.S. "
            "goods deficits ran China first, then Mexico, Vietnam, Ireland, Germany, Taiwan, and Japan.",
            "IF11120",
            {DEFICIT: 7},
        ),
        (
            "The goods deficit with Japan was $70 billion in 2025. Ordered by size, the largest U.S. bilateral goods "
            "deficits that year were with China, Mexico, Vietnam, Ireland, and Japan.",
            "IF11120",
            {DEFICIT: 5},
        ),
        # A list of Japan's places, the country named in its first row only.
        (
            "\n\n- Japan's rank among U.S. trading partners (2025): 5\n"
            "- Rank as a source of FDI in the United States: 1\n- Rank among foreign holders of Treasuries: 1\n",
            "IF10199",
            {OVERALL: 5, FDI: 1, TREASURY: 1},
        ),
        ("\n\n- Canada's rank among U.S. trading partners (2025): 2\n- Rank as a source of FDI: 3\n", "IF10199", {}),
        # No order said, or Japan's own partners ranked: no place.
        ("The largest U.S. trading partners in 2025 were Mexico, Canada, China, and Japan.", "IF10199", {}),
        ("Japan's largest trading partners were, in order, China, the United States, and South Korea.", "IF10199", {}),
    ],
)
def test_a_list_in_a_said_order_places_japan(body: str, brief: str, ranks: dict[str, int]) -> None:
    assert _ranks(body, brief) == ranks
