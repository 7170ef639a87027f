"""Ranks said by who is ahead whatever the verb of the comparison ('only A and B were responsible for larger goods
deficits'), the yardstick an exchange with the United States in no direction ('exchanged more with': the whole of the
trade), and a place behind one other country's measure ('trailed A's', 'stood behind A's
alone': second).

Every sentence is invented for the test; each trap ranks another country than Japan.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
DEFICIT = "trade.goods_deficit_rank"
TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "brief", "fact", "rank"),
    [
        ("Only Mexico and Canada exchanged more with the United States in 2025 than Japan did.", "IF10199", OVERALL, 3),
        (
            "Only China, Mexico, and Vietnam were responsible for larger U.S. goods deficits in 2025.",
            "IF11120",
            DEFICIT,
            4,
        ),
        (
            "Japan's holdings of U.S. Treasury securities, $1.1 trillion at the end of June, trailed China's.",
            "IF10199",
            TREASURY,
            2,
        ),
        (
            "Japan's holdings of U.S. Treasury securities, about $1.1 trillion in March, stood behind China's alone.",
            "IF10199",
            TREASURY,
            2,
        ),
    ],
)
def test_ahead_by_any_verb(body: str, brief: str, fact: str, rank: int) -> None:
    assert facts_in(body, brief).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        ("China's holdings of U.S. Treasury securities trailed Japan's in 2019.", "IF10199", TREASURY),
        (
            "Only China and Mexico exchanged more goods with the United States in 2010 than Canada did.",
            "IF10199",
            OVERALL,
        ),
        (
            "Only China and Mexico saw their goods deficits with the United States grow more in 2019.",
            "IF11120",
            DEFICIT,
        ),
    ],
)
def test_another_ranked(body: str, brief: str, fact: str) -> None:
    assert fact not in facts_in(body, brief)
