"""Trade flows and ranks whose roles stand outside the words that name them: a total before the sentence that splits
it 'respectively', the flow before a clause whose doer goes unnamed ('as automakers shipped fewer cars'), the partner
said as 'the country' or 'it' after Japan, the parts in parentheses of the flow before them, each flow split out of the
two-way trade ('Of that total, U.S. exports made up ...'), a place said for a fronted 'it' or one notch from the place
before, a place restated as one taken ('a position Japan took ... in 2019') or reached by overtaking another.

Every sentence is invented for the test; each trap names another country or a place not yet held.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
EXPORT_RANK, IMPORT_RANK = "trade.export_partner_rank", "trade.import_partner_rank"
FDI_RANK = "trade.fdi_source_rank"
B = 1_000_000_000


def _values(body: str, brief: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key.startswith("trade.")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "U.S. imports from Japan slipped in 2025, to $181.6 billion, as carmakers shipped fewer vehicles. Goods "
            "and services made up $137.2 billion and $44.4 billion of that total, respectively.",
            {M: 181_600_000_000, GM: 137_200_000_000, SM: 44_400_000_000},
        ),
        (
            "Japan was the fifth-largest U.S. trading partner in 2025. That year U.S. exports to the country reached "
            "$127.5 billion ($78.1 billion of goods and $49.4 billion of services, respectively), while imports from "
            "it came to $190.3 billion.",
            {X: 127_500_000_000, GX: 78_100_000_000, SX: 49_400_000_000, M: 190_300_000_000, SM: None},
        ),
        (
            "In 2025, U.S. trade with Japan in goods and services came to $318.2 billion. Of that total, U.S. exports "
            "made up $127.9 billion and U.S. imports $190.3 billion.",
            {X: 127_900_000_000, M: 190_300_000_000},
        ),
        (
            "In 2025, U.S. trade with Japan in goods and services was $314.9 billion. Of that figure, U.S. exports "
            "accounted for $126.0 billion and U.S. imports $188.9 billion.",
            {X: 126_000_000_000, M: 188_900_000_000},
        ),
    ],
)
def test_a_flow_is_read_by_the_roles_around_it(body: str, expected: dict[str, int | None]) -> None:
    """The total a 'respectively' split follows, the split after a clause of unnamed doers, 'the country' and 'it' for
    Japan, the parts in parentheses for the flow before them (never the one after), the flows split out of the trade."""
    read = _values(body, "IF11120")
    assert {key: read.get(key) for key in expected} == expected


def test_the_country_named_last_is_the_partner() -> None:
    """'exports to the country' after China is named: never Japan's flow."""
    body = "China was the largest U.S. supplier in 2025. That year U.S. exports to the country came to $143.5 billion."
    assert _values(body, "IF11120").get(X) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan was the fourth-largest U.S. trading partner in 2025. Taken one side at a time, it placed fifth in "
            "2025, both as a market for U.S. exports and as a source of U.S. imports.",
            {EXPORT_RANK: 5, IMPORT_RANK: 5},
        ),
        (
            "Japan remains a leading U.S. economic partner. Counting goods and services, it ranked fourth among U.S. "
            "trading partners in 2025. As a destination for U.S. exports it also placed fourth; as a supplier, one "
            "notch lower.",
            {EXPORT_RANK: 4, IMPORT_RANK: 5},
        ),
        (
            "Japanese firms own more U.S. business assets through direct investment than firms from any other country, "
            "a position Japan took from the United Kingdom in 2019.",
            {FDI_RANK: 1},
        ),
        (
            "The stock of Japanese direct investment in the United States reached $783.3 billion at the end of 2025, "
            "overtaking the British stock to become the largest held by any country.",
            {FDI_RANK: 1},
        ),
        (
            "Japan could overtake the United Kingdom to become the largest foreign investor in the United States.",
            {FDI_RANK: None},
        ),
    ],
)
def test_a_place_is_read_by_its_roles(body: str, expected: dict[str, int | None]) -> None:
    """A fronted way of counting ('one side at a time') is no time; a fronted phrase before 'it' leaves 'it' Japan;
    'one notch lower' is the place after the one before; a place taken in 2019 or reached by overtaking is held now,
    one that could be reached is not."""
    read = _values(body, "IF10199" if EXPORT_RANK in expected else "IF11120")
    assert {key: read.get(key) for key in expected} == expected
