"""The year before's growth beside the latest: 'having shrunk 2.5% in 2024', 'after growth of just 0.3% in 2024'.
Another country's figure, or a forecast, is not Japan's year.

Every sentence is invented for the test (the text around it is dated June 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GROWTH = "economy.gdp_growth"


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Figures out in February show the economy grew 1.4% in 2025, having shrunk 2.5% in 2024.",
         {"2025": 1.4, "2024": -2.5}),
        ("Real GDP rose 1.4% in 2025, after growth of just 0.3% in 2024.", {"2025": 1.4, "2024": 0.3}),
        ("The economy grew 0.9% in 2025, after a contraction of only 0.2% in 2024.", {"2025": 0.9, "2024": -0.2}),
    ],
)  # fmt: skip
def test_the_year_before_is_read_after_having_shrunk_or_a_hedged_noun(sentence: str, years: dict[str, float]) -> None:
    """'Having shrunk' is a fall; 'growth of just 0.3%' is the year's growth."""
    assert facts_in(sentence)[GROWTH][0] == years


@pytest.mark.parametrize(
    "sentence",
    [
        "China's economy grew 5.0% in 2025, having expanded 5.2% in 2024.",
        "The IMF expects Japan's economy to grow 0.7% in 2026, having shrunk little this year.",
    ],
)
def test_another_economy_or_a_forecast_gives_no_growth(sentence: str) -> None:
    """Another country's growth, or a forecast with no year of Japan's, is not read."""
    assert GROWTH not in facts_in(sentence)
