"""A trade flow said by a participle after a rank's role ('as a supplier, selling $140.5 billion worth to American
customers'), and the value a change starts from ('rose from $61.2 billion in 2024'), which gives way to the current
one; another country's sales to American buyers are not Japan's.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in


@pytest.mark.parametrize(
    ("body", "fact", "dollars"),
    [
        (
            "Japan ranked fourth as a supplier, shipping $140.5 billion of goods to American consumers in 2025.",
            "trade.us_imports_from_japan",
            140_500_000_000,
        ),
        (
            "Japan was fourth as a buyer of U.S. goods, taking $70.2 billion of them. U.S. exports to Japan rose from "
            "$61.2 billion in 2024.",
            "trade.us_exports_to_japan",
            70_200_000_000,
        ),
    ],
)
def test_a_flow_said_by_a_participle_is_read(body: str, fact: str, dollars: int) -> None:
    """The participle's amount is the flow; the amount a rise starts from is the earlier one, not a rival."""
    assert facts_in(body).get(fact) == (dollars, "exact")


def test_another_countrys_sales_to_american_buyers_are_not_japans() -> None:
    """China's sales to American customers are no U.S. import from Japan."""
    assert "trade.us_imports_from_japan" not in facts_in("China sold $400 billion worth to American customers.")
