"""Trade flows said by who sold and bought, or by how they moved: 'Americans sold Japan $X ... and bought $Y from
it', 'American goods and services sold to Japan were worth', 'U.S. exports to Japan slipped to', 'selling $X of goods
to the United States', a rank's relative clause 'and the fourth-largest supplier of U.S. imports, which came to $Y',
'shipping goods and services worth $Y', 'bought U.S. goods and services worth $X'.

Every sentence is invented for the test; each trap is another country's flow or one product's.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"
RANKED = "Japan was the fourth-largest U.S. trading partner in 2030. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2030 Americans sold Japan $140.2 billion in goods and services and bought $201.5 billion from it.",
         {EXPORTS: 140200000000, IMPORTS: 201500000000}),
        ("U.S. companies exported $70.3 billion of goods and services to Japan in 2030.", {EXPORTS: 70300000000}),
        ("American goods and services sold to Japan were worth $118 billion in 2030.", {EXPORTS: 118000000000}),
        ("U.S. exports to Japan slipped to $118.4 billion in 2030.", {EXPORTS: 118400000000}),
        ("U.S. imports from Japan climbed to $190.2 billion in 2030.", {IMPORTS: 190200000000}),
        (RANKED + "As a supplier it placed fifth, selling $150.5 billion of goods to the United States.",
         {IMPORTS: 150500000000}),
        (RANKED + "It was the fifth-largest buyer of U.S. exports, which reached $120.5 billion, and the "
         "fourth-largest supplier of U.S. imports, which came to $170.2 billion.",
         {EXPORTS: 120500000000, IMPORTS: 170200000000}),
        ("Japan purchased some $120 billion worth of American goods and services in 2030.", {EXPORTS: 120000000000}),
        ("Exports from the United States to Japan amounted to $120.1 billion in 2030.", {EXPORTS: 120100000000}),
        ("Imports into the United States from Japan amounted to $180.1 billion in 2030.", {IMPORTS: 180100000000}),
        ("Japan was a $120 billion market for U.S. exports in 2030.", {EXPORTS: 120000000000}),
        (RANKED + "It was also the fifth-biggest supplier to the United States, shipping goods and services worth "
         "just under $180 billion.", {IMPORTS: 180000000000}),
        (RANKED + "It also bought U.S. goods and services worth some $130 billion.", {EXPORTS: 130000000000}),
        ("In 2030 Japan ranked fifth as a customer, buying $71.5 billion of U.S. goods.", {EXPORTS: 71500000000}),
        (RANKED + "It was also the fifth-largest source of U.S. imports, selling $140.3 billion in goods.",
         {IMPORTS: 140300000000}),
        ("In 2030, merchandise worth $140.3 billion was brought in from Japan.", {IMPORTS: 140300000000}),
        ("Only China sold more than Japan, whose shipments to the United States came to $140.3 billion in 2030.",
         {IMPORTS: 140300000000}),
        ("U.S. exports to Japan and imports from Japan came to $118.4 billion and $171.2 billion, respectively, "
         "in 2030.",
         {EXPORTS: 118400000000, IMPORTS: 171200000000}),
    ],
)  # fmt: skip
def test_a_flow_said_by_its_sellers_buyers_or_movement_is_read(sentence: str, expected: dict[str, int]) -> None:
    """The flow is the amount its sellers sold, its buyers bought, or it moved to."""
    facts = facts_in(sentence)
    assert {fact: facts[fact][0] for fact in (EXPORTS, IMPORTS) if fact in facts} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. exports to China slipped to $140 billion in 2030.",
        "The United States ran a deficit with China, and Americans bought $430 billion from China.",
        "U.S. firms sold $40 billion of farm goods to Japan in 2030.",
        "Japan ranked fifth as a supplier in 2030. China shipped $430.2 billion of goods to the United States.",
        "Japan is a $5 billion market for U.S. beef.",
        "Japanese exports to the United States reached $180 billion in 2030.",
    ],
)
def test_another_countrys_flow_or_one_products_is_not_read(sentence: str) -> None:
    """China's sales or purchases, one product line, or Japan's own export statistics are no U.S. flow with Japan."""
    facts = facts_in(sentence)
    assert EXPORTS not in facts
    assert IMPORTS not in facts
