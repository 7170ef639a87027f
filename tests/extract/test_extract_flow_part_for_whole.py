"""A part of a flow is never read as the flow, whichever reader reads it: a product's flow ('U.S. agricultural exports
to Japan were worth $15 billion'), a fraction of the flow restated as an amount ('roughly a third of U.S. imports from
Japan, about $55 billion'), a part after a whole fronted by a time ('In 2030, of the $131.0 billion ..., $80.5 billion
came from goods'). The flow whose aside names products is still the flow. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    ("body", "brief"),
    [
        ("U.S. agricultural exports to Japan were worth $15.2 billion in 2025.", "IF10199"),
        ("Vehicles and parts make up roughly a third of U.S. imports from Japan, about $55 billion.", "IF10199"),
        ("Cars and auto parts account for roughly a third of U.S. imports from Japan, some $57 billion.", "IF10199"),
        (
            "In 2025, of the $131.0 billion that U.S. exporters earned in Japan, $80.5 billion came from goods; the "
            "rest, $50.5 billion, came from services.",
            "IF11120",
        ),
    ],
)
def test_a_part_of_a_flow_is_not_the_flow(body: str, brief: str) -> None:
    """No part (a product's, a fraction, the goods of a whole named before it) is read as the whole flow."""
    facts = facts_in(body, brief)
    assert facts.get(X, (None,))[0] not in (15_200_000_000, 80_500_000_000)
    assert M not in facts


def test_a_flow_whose_aside_names_products_is_the_flow() -> None:
    """'U.S. exports to Japan, led by aircraft and farm goods, totaled $121.5 billion': the aside names the flow's
    contents, and the amount is the whole flow's."""
    assert facts_in("U.S. exports to Japan, led by aircraft and farm goods, totaled $121.5 billion in 2025.")[X] == (
        121_500_000_000,
        "exact",
    )
