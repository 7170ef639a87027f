"""Values that belong to another deed than the fact's: an old norm beside a new goal, the seats an election will fill,
another leader's day beside Abe's address, a past Administration's deed, a size word that ranks nothing. And the
restatements of a fact that complete it: a day after a month, a fall said as what the economy lost.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
TREASURY = "trade.treasury_holder_rank"
PRESIDENT = "leaders.us_president"
GROWTH = "economy.gdp_growth"
ANNOUNCED = "framework.announced"


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        ("Japan is also a major creditor of the U.S. government.", None),
        ("Japan, a major holder of U.S. Treasury securities, buys few U.S. bonds this year.", None),
        (
            "Japan is a major creditor of the U.S. government. Its $1.1 trillion in Treasury securities was the "
            "second-largest foreign holding, behind China's $1.2 trillion.",
            (2, "exact"),
        ),
        ("Japan's Treasury holdings, $1.1 trillion, were the largest foreign holding, ahead of China's.", (1, "exact")),
    ],
)
def test_a_major_holder_is_no_rank_and_a_holding_ranked_with_an_aside_is(body: str, rank: object) -> None:
    """'a major creditor' ranks nothing; 'the second-largest foreign holding, behind China's $X' is second."""
    assert facts_in(body).get(TREASURY) == rank
