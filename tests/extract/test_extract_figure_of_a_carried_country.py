"""A figure in a clause joined on with no subject of its own is its subject's: 'Germany spends 1.5% of GDP on defense
and aims to reach 2% by 2028' gives Germany's goal, not Japan's; a country compared with in an apposition after the
value ('to 2% of GDP, a level NATO asks of its members') is no subject of it.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import facts_in

GOAL = "defense.spending_goal_pct_gdp"


def test_another_countrys_goal_in_a_joined_clause_is_not_japans() -> None:
    """The joined clause's subject, Germany, owns the 2%."""
    assert GOAL not in facts_in("Germany spends roughly 1.5% of GDP on defense and aims to reach 2% by 2028.")


def test_a_country_compared_with_after_the_value_leaves_it_japans() -> None:
    """NATO named in an apposition after the goal does not make it NATO's."""
    body = "The cabinet now aims to raise defense outlays to 2% of GDP, a level NATO asks of its members."
    assert facts_in(body).get(GOAL) == (2, "exact")
