"""A flow given as its goods and services parts ('$80 billion in goods and $49 billion in services'): neither part is
the whole flow, and the total beside the parts is; a goods figure alone stays the flow (as the 2015-19 versions gave
it). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Exports to Japan came to $81 billion in goods and $47 billion in services in 2030.",
            "trade.us_exports_to_japan",
        ),
        (
            "Imports from Japan reached $150 billion of goods and $38 billion of services in 2030.",
            "trade.us_imports_from_japan",
        ),
    ],
)
def test_a_part_of_a_flow_is_not_the_flow(body: str, fact: str) -> None:
    """Each amount names a part (goods, services): none of them is the flow of goods and services together."""
    assert fact not in facts_in(body)


def test_the_total_beside_its_parts_is_the_flow() -> None:
    """'$128 billion: $81 billion in goods and $47 billion of services' gives the total, not a part."""
    body = "U.S. exports to Japan totaled $128 billion in 2030: $81 billion in goods and $47 billion of services."
    assert facts_in(body)["trade.us_exports_to_japan"] == (128_000_000_000, "exact")
