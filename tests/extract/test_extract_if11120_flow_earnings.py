"""Trade flows said as what sellers earned ('U.S. sellers earned $X from Japan', 'Japanese exporters took in $X in the
U.S. market'), their parts after a share of the sum ('Of the 2030 figure, merchandise contributed', 'About two-thirds
of that sum, $X, consisted of goods', '$X of it on goods'), and a total 'of goods and services' never read as services.

Every sentence is invented for the test; the traps are another flow's words.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS, IMPORTS = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GOODS_EXPORTS, SERVICES_EXPORTS = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GOODS_IMPORTS, SERVICES_IMPORTS = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("American exporters earned $133.2 billion from Japan in 2030.", EXPORTS, 133.2e9),
        ("Japanese manufacturers took in $201.5 billion in the U.S. market in 2030, $160.1 billion of it on goods and "
         "$41.4 billion on services.", SERVICES_IMPORTS, 41.4e9),
        ("U.S. exports to Japan reached $133.2 billion in 2030. Of the 2030 figure, merchandise contributed $82.0 "
         "billion and services, chiefly travel and royalties, the other $51.2 billion.", GOODS_EXPORTS, 82.0e9),
        ("U.S. imports from Japan were $201.5 billion in 2030. Roughly four-fifths of that total, $160.1 billion, "
         "consisted of goods; services made up the remaining $41.4 billion.", GOODS_IMPORTS, 160.1e9),
    ],
)  # fmt: skip
def test_earnings_and_shares_of_the_sum_are_read(sentence: str, fact: str, value: float) -> None:
    """Sellers' earnings are the flow their side names; a share of the sum leads into its parts."""
    assert facts_in(sentence, "IF11120")[fact][0] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japanese investors earned $20.5 billion from their U.S. affiliates in 2030.", IMPORTS),
        ("U.S. imports from Japan of goods and services totaled $201.5 billion in 2030.", SERVICES_IMPORTS),
        ("U.S. exports to Japan of goods and services came to $133.2 billion in 2030.", SERVICES_EXPORTS),
    ],
)  # fmt: skip
def test_other_words_are_not_the_flow(sentence: str, fact: str) -> None:
    """Earnings from investment are no trade flow; a total of goods and services is not its services part."""
    assert fact not in facts_in(sentence, "IF11120")
