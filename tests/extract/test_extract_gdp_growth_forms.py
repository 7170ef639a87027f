"""The year before's growth beside the latest: 'having shrunk 2.5% in 2024', 'after growth of just 0.3% in 2024'; a
fall said in the passive ('was reduced by'), a participle with its subject ('show the economy expanding 1.1%'), a
figure before its noun ('A 0.3% contraction in real GDP').
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
        ("Real output was reduced by 2.2% in 2025, after growth of 0.6% in 2024.", {"2025": -2.2, "2024": 0.6}),
        ("Cabinet data show the economy expanding 1.1% in 2025, after 0.4% in 2024.", {"2025": 1.1, "2024": 0.4}),
        ("A 0.3% contraction in real GDP was recorded for 2025, after an expansion of 1.2% in 2024.",
         {"2025": -0.3, "2024": 1.2}),
        ("Real GDP grew 0.6% in 2025, weaker than the 1.3% posted in 2024.", {"2025": 0.6, "2024": 1.3}),
        ("The economy contracted 1.8% in 2024 and regained 0.9% in 2025.", {"2024": -1.8, "2025": 0.9}),
        ("Exports held up; for 2025 as a whole, real GDP rose 1.2%, after an almost flat 0.1% in 2024.",
         {"2025": 1.2, "2024": 0.1}),
        ("Real GDP shrank 3.1% in 2025, having barely grown (0.2%) in 2024.", {"2025": -3.1, "2024": 0.2}),
        ("The economy expanded 1.8% in 2025, having slipped (0.6%) in 2024.", {"2025": 1.8, "2024": -0.6}),
        ("Real GDP grew by one percent in 2025, a little slower than the 1.2 percent of 2024.",
         {"2025": 1.0, "2024": 1.2}),
        ("Real GDP growth: 1.0% in 2025, after 2.1% in 2024 and a 4.3% contraction in 2023.",
         {"2025": 1.0, "2024": 2.1, "2023": -4.3}),
        ("Real GDP grew 1.4% last year, after 0.4% in 2024.", {"2025": 1.4, "2024": 0.4}),
        ("Real GDP grew 1.7% in 2025, close to double the 0.9% of 2024.", {"2025": 1.7, "2024": 0.9}),
        ("Real GDP contracted 2.1% in 2025, after eking out 0.3% growth in 2024.", {"2025": -2.1, "2024": 0.3}),
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


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Real GDP inched up 0.6% in 2030 after growing 1.2% in 2029.", {"2030": 0.6, "2029": 1.2}),
        ("Growth eased to 0.7% in 2030 from 1.4% in 2029, and the IMF projects 0.9% for 2031.",
         {"2030": 0.7, "2029": 1.4}),
        ("After contracting 2.3% in 2029, the economy was expected to recover this year, but output fell at an "
         "annualized 1.1% in the April-June quarter.", {"2029": -2.3}),
        ("Japan's real GDP growth came in at 1.1% in 2030, a slowdown from 2029's 1.8%.", {"2030": 1.1, "2029": 1.8}),
        ("Economic growth of about 0.9% was registered in 2030, down from 1.6% in 2029.", {"2030": 0.9, "2029": 1.6}),
        ("Japan's economy, the world's fifth largest since India overtook it in 2029, grew 0.5% in 2030 after 1.3% in "
         "2029.", {"2030": 0.5, "2029": 1.3}),
        ("Real GDP grew by 1.2% in 2030, according to the Cabinet Office's second estimate, down from 1.7% in 2029.",
         {"2030": 1.2, "2029": 1.7}),
        ("Japan's economy grew 0.9% in 2030, largely because a consumption tax cut from 10% to 8% lifted spending.",
         {"2030": 0.9}),
        ("Real GDP grew 1.2% in 2030, while consumer prices rose 2.4% in 2030.", {"2030": 1.2}),
        ("The economy expanded 1.7% in 2030, well above the revised 0.9% of 2029.", {"2030": 1.7, "2029": 0.9}),
        ("Real GDP rose 0.6% in 2030, a bit below the 1.9% of 2029, as exports slowed.", {"2030": 0.6, "2029": 1.9}),
    ],
)  # fmt: skip
def test_each_years_growth_is_read_by_what_governs_its_figure(sentence: str, years: dict[str, float]) -> None:
    """A figure is a year's growth by its verb, 'growth of', or 'after'/'from'/'2029's' after one; never a quarter's
    annualized rate, a forecast, an aside's year or another measure's figure."""
    assert facts_in(sentence)[GROWTH][0] == years


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports grew 4.1% in 2030 and 2.2% in 2029 as the economy recovered.",
        "Real GDP grew 1.0% in 2030, the Cabinet Office said, revised from 1.4% in 2029.",
        "India's economy, unlike Japan's, grew 6.5% in 2030.",
        "Japan's economy is projected to grow 0.8% in 2031 after 0.5% in 2030.",
    ],
)
def test_another_measure_a_forecast_or_a_partial_table_gives_no_growth(sentence: str) -> None:
    """Another measure's or economy's figures, a forecast, or a year's figure left unread: no growth at all."""
    assert GROWTH not in facts_in(sentence)


def _table(title: str, header: str, row: str) -> str:
    rule = "| --- | --- | --- | --- |"
    return f"Growth stayed weak.\n\n{title}\n\n{header}\n{rule}\n{row}\n| Inflation (%) | 1.0 | 2.0 | 2.5 |\n"


@pytest.mark.parametrize(
    ("body", "years"),
    [
        (_table("Table 1. Japan", "| Item | 2027 | 2028 | 2029p |", "| Real GDP growth (%) | -0.3 | 0.8 | 1.1 |"),
         {"2027": -0.3, "2028": 0.8}),
        (_table("Table 2. Data", "| | 2027 | 2028 | 2029 (forecast) |", "| GDP growth (real, %) | 0.2 | 1.4 | 0.9 |"),
         {"2027": 0.2, "2028": 1.4}),
        ("Real GDP growth: 2027: 0.6%; 2028: 1.3%.", {"2027": 0.6, "2028": 1.3}),
    ],
)  # fmt: skip
def test_a_table_gives_every_actual_years_growth(body: str, years: dict[str, float]) -> None:
    """A growth row gives each year's cell but a projection column's; a label's list gives each year's."""
    assert facts_in(body).get(GROWTH, (None,))[0] == years
