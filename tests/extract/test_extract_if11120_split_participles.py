"""IF11120's goods and services parts said with a participle ('with services accounting for $50 billion', 'with goods
making up $160 billion'), and a part of what 'it bought from Japan' never read as a part of U.S. exports.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PARTS = (
    "trade.us_goods_exports_to_japan",
    "trade.us_services_exports_to_japan",
    "trade.us_goods_imports_from_japan",
    "trade.us_services_imports_from_japan",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The United States exported $140 billion of goods and services to Japan in 2024, with services accounting "
         "for $50 billion.", {"trade.us_services_exports_to_japan": 50000000000}),
        ("U.S. imports from Japan were $200 billion in 2024, with goods making up $160 billion.",
         {"trade.us_goods_imports_from_japan": 160000000000}),
        ("U.S. exports to Japan came to $140 billion in 2024. It bought $200 billion from Japan, of which goods "
         "accounted for $160 billion.", {}),
    ],
)  # fmt: skip
def test_a_part_said_with_a_participle_is_its_flows_own(sentence: str, expected: dict[str, int]) -> None:
    """The part is of the flow its sentence names; what the United States bought is never a part of its exports."""
    facts = facts_in(sentence, "IF11120")
    read = {fact: facts[fact][0] for fact in PARTS if fact in facts}
    exports = {fact for fact in read if "exports" in fact}
    assert {fact: read.get(fact) for fact in expected} == expected
    assert exports <= set(expected)
