"""The two-way trade flows said by who bought or sold: 'Japanese buyers purchased $X worth of U.S. goods and
services', 'absorbed some $X in American goods and services', 'purchases of U.S. goods and services worth $X',
'$X in goods and services flowed from Japan to the United States', 'Japanese firms sold $X ... to U.S. buyers'.

Every sentence is invented for the test; each trap is another country's flow, one product line, or services alone.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Japanese buyers purchased $95 billion worth of U.S. goods and services in 2030.", EXPORTS, 95e9),
        ("With purchases of U.S. goods and services worth $95 billion in 2030, Japan ranked fifth.", EXPORTS, 95e9),
        ("Nearly $150 billion in goods and services flowed from Japan to the United States in 2030.", IMPORTS, 150e9),
        ("Japanese firms sold roughly $150 billion in goods and services to U.S. buyers in 2030.", IMPORTS, 150e9),
    ],
)
def test_a_flow_said_by_its_buyers_or_sellers_is_read(sentence: str, fact: str, value: float) -> None:
    """The amount bought by Japan, or sold by Japan to the United States, is the flow of goods and services."""
    assert facts_in(sentence)[fact][0] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("China bought roughly $95 billion in U.S. goods and services in 2030, more than Japan.", EXPORTS),
        ("Nearly $150 billion in goods and services flowed from China to the United States in 2030.", IMPORTS),
        ("Japanese firms sold roughly $30 billion in services to U.S. customers in 2030.", IMPORTS),
    ],
)
def test_another_flow_is_not_read(sentence: str, fact: str) -> None:
    """Another buyer or seller, one product line, or services alone give the total flow no value."""
    assert fact not in facts_in(sentence)
