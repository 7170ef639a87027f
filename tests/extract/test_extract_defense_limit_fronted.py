"""The traditional 1%-of-GDP limit said after a fronted phrase of time ('Until 2022, outlays had been held to about 1%
of GDP', 'Through the 2010s, ...'), its subject carried from a sentence on defense; not after one on another budget.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LIMIT = "defense.traditional_limit_pct_gdp"
DEFENSE = "Japan's defense buildup has been accelerated. "


@pytest.mark.parametrize(
    "body",
    [
        DEFENSE + "Until 2022, outlays had been held to about 1% of GDP.",
    ],
)
def test_a_limit_after_a_fronted_time_is_read(body: str) -> None:
    """The phrase of time before the subject does not hide it: the limit is about 1%."""
    assert facts_in(body).get(LIMIT) == (1, "about")


def test_another_budgets_share_is_not_the_limit() -> None:
    """Pension outlays held to a share of GDP are no defense limit."""
    assert LIMIT not in facts_in(
        "Japan's economy recovered. Until 2022, pension outlays had been held to about 1% of GDP."
    )
