"""The roles of values beside other words read no further than they are said: a pronoun's 'call for' is no plan's
goal, whoever's the plan; a copula ties only a present measure of Japan's own; a fall read as growth is only one the
economy went through; an enacted budget's sum is its own, not a part paid out of it; a limit on something else is not
defense's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import value_read, values_on

GOAL = "defense.spending_goal_pct_gdp"


@pytest.mark.parametrize(
    "body",
    [
        "The LDP published policy papers in April. They call for defense spending to reach 3% of GDP by FY2030.",
        "The Pentagon issued its National Defense Strategy in January 2026. It calls for Japan to raise defense "
        "spending to 3.5% of GDP.",
        "Some economists question the government's strategy. They call for defense spending to reach 1.5% of GDP at "
        "most.",
        "The cabinet rejected the LDP's proposed strategy. It called for defense spending to reach 3% of GDP by "
        "FY2030.",
        "The government is drafting new strategy documents, due by year's end. They call for defense spending to "
        "reach 3% of GDP by FY2032.",
        # The reading was taken out, not narrowed: who adopted the documents the pronoun stands for is not checked.
        "Kishida's cabinet adopted three strategy documents. Among other things, they call for defense and related "
        "spending to reach 2% of gross domestic product in FY2027.",
    ],
)
def test_a_pronouns_call_for_is_no_plans_goal(body: str) -> None:
    assert GOAL not in values_on(body, dt.date(2025, 6, 20))


def test_a_pronouns_call_for_is_no_investment_pledge() -> None:
    body = "Commerce Department officials drafted plans in July. They call for Japan to invest $1 trillion in the U.S."
    assert value_read("IF11120", "framework.investment_pledge", body, dt.date(2025, 9, 20)) is None


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Sixty percent, environmental groups argue, is the cut in greenhouse gas emissions Japan should pledge "
            "for 2035.",
            "economy.emissions_cut_target",
        ),
        (
            "Fifty percent, measured against 2000 levels, is the cut in greenhouse gas emissions the Tokyo "
            "metropolitan government pledged for 2030.",
            "economy.emissions_cut_target",
        ),
        (
            "Twenty-six percent, measured against FY2013 levels, was the cut in greenhouse gas emissions Japan "
            "pledged before 2021.",
            "economy.emissions_cut_target",
        ),
        (
            "Eight thousand, under the 2006 roadmap, was the Marines slated for Guam.",
            "alliance.marines_relocating_to_guam",
        ),
        (
            "Sixty percent, before the July vote, was the share of seats the coalition held in the upper house.",
            "politics.upper_house_coalition_share",
        ),
    ],
)
def test_a_copula_ties_only_a_present_measure_of_japans_own(body: str, fact: str) -> None:
    assert fact not in values_on(body, dt.date(2022, 11, 20))


@pytest.mark.parametrize(
    "body",
    [
        "Real GDP rose 0.5% in 2015; exports suffered a slump of 24% in 2009.",
        "GDP rose 0.5% in 2015; industrial production saw a downturn of 2.5% in 2014.",
        "Japan's GDP grew 0.5% in 2015, after the yen's fall (12%) in 2014.",
        "Japan's GDP grew 0.5% in 2015, even as a stock market drop (14%) in 2016 unsettled investors.",
    ],
)
def test_another_measures_fall_is_no_years_growth(body: str) -> None:
    assert values_on(body, dt.date(2016, 5, 24)).get("economy.gdp_growth") == {"2015": 0.5}


def test_a_forecast_fall_in_brackets_is_no_years_growth() -> None:
    body = "Real GDP rose 0.5% in 2015; the IMF projects growth (0.5%) in 2016 and a contraction (-0.1%) in 2017."
    assert "2017" not in (values_on(body, dt.date(2016, 5, 24)).get("economy.gdp_growth") or {})


@pytest.mark.parametrize(
    "body",
    [
        "Rebuilding will get $2 billion of a supplementary budget that the Diet enacted in January.",
        "Relief worth $2 billion will come out of the FY2015 supplementary budget, which the Diet enacted in January.",
    ],
)
def test_a_sum_paid_out_of_an_enacted_budget_is_not_the_budget(body: str) -> None:
    assert "economy.supplementary_budget" not in values_on(body, dt.date(2016, 5, 24))


@pytest.mark.parametrize(
    "body",
    [
        "Japan treats 0.3% of GDP as an informal upper limit on overseas aid.",
        "Successive governments have treated 1% of GDP as an informal upper limit on spending for child care.",
    ],
)
def test_a_limit_on_something_else_is_not_defenses(body: str) -> None:
    assert "defense.traditional_limit_pct_gdp" not in values_on(body, dt.date(2025, 5, 24))
