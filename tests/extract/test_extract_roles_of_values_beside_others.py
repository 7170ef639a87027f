"""A value read by its own roles when other words of the sentence belong to something else: a bracketed figure after
a noun of a fall, an enacted budget whose clause of time is another verb's, a comparison's other term, a later value's
phrase, a plan a pronoun stands for, a prime minister the text says was succeeded."""

from __future__ import annotations

import datetime as dt

from tests.extract.traps import values_on
from usjapan_facts.extract import extract_snapshot

COVER = dt.date(2016, 5, 24)


def test_a_bracketed_figure_after_a_contraction_is_that_years_fall() -> None:
    body = "Real GDP rose 0.5% in 2015, after a slight contraction (-0.1%) in 2014."
    assert values_on(body, COVER)["economy.gdp_growth"] == {"2015": 0.5, "2014": -0.1}
    unsigned = "Real GDP rose 0.5% in 2015, after a contraction (0.1%) in 2014."
    assert values_on(unsigned, COVER)["economy.gdp_growth"] == {"2015": 0.5, "2014": -0.1}


def test_a_bracketed_figure_of_another_measures_growth_is_not_the_economys() -> None:
    body = "Real GDP rose 0.5% in 2015, while export growth (3.1%) in 2014 slowed."
    assert values_on(body, COVER).get("economy.gdp_growth") == {"2015": 0.5}
    fall = "Real GDP rose 0.5% in 2015; exports suffered a contraction (-24%) in 2009."
    assert values_on(fall, COVER).get("economy.gdp_growth") == {"2015": 0.5}


def test_a_budget_the_diet_enacted_is_read_whatever_is_to_come_of_what_it_pays_for() -> None:
    body = (
        "Rebuilding after the earthquakes will be paid for in part by a supplementary budget of ¥778 billion, roughly "
        "$7 billion, which the Diet enacted on May 17."
    )
    assert values_on(body, COVER)["economy.supplementary_budget"] == 7000000000
    pending = "Rebuilding will be paid for by a supplementary budget of ¥778 billion, about $7 billion, still pending."
    assert "economy.supplementary_budget" not in values_on(pending, COVER)
    lower = (
        "Rebuilding will be paid for by a supplementary budget of ¥778 billion, roughly $7 billion, which the lower "
        "house passed on May 17."
    )
    assert "economy.supplementary_budget" not in values_on(lower, COVER)
    before = (
        "Relief will come from a ¥2.1 trillion (about $14 billion) supplementary budget that lawmakers passed in March "
        "2016."
    )
    assert values_on(before, COVER)["economy.supplementary_budget"] == 14000000000
    cabinet = (
        "Relief will be financed by an extra budget of ¥3 trillion, some $20 billion, which the cabinet approved on "
        "May 2."
    )
    assert "economy.supplementary_budget" not in values_on(cabinet, COVER)


def test_an_informal_upper_limit_is_the_traditional_limit() -> None:
    body = (
        "Outlays nonetheless remain close to 1% of gross domestic product (GDP), the level that successive governments "
        "have treated as an informal upper limit since the 1970s."
    )
    assert values_on(body, COVER)["defense.traditional_limit_pct_gdp"] == 1


def test_what_replaced_the_accord_compared_with_is_not_said_of_the_yearly_sum() -> None:
    body = (
        "The SMA obliges Japan to provide ¥946.5 billion in all. That works out to an average of some ¥189 billion, or "
        "approximately $1.7 billion, per year, slightly more than under the accord it replaced."
    )
    assert values_on(body, COVER)["alliance.host_nation_support_per_year"] == 1700000000


def test_a_later_values_phrase_does_not_rule_out_the_goal_before_it() -> None:
    body = (
        "Japan's 2022 National Security Strategy set a goal of spending 2% of GDP on defense and related items in "
        "FY2027, breaking with the practice of holding the defense budget to around 1% of GDP."
    )
    assert values_on(body, dt.date(2025, 6, 20))["defense.spending_goal_pct_gdp"] == 2
    urged = "U.S. officials urged Tokyo to spend 3.5% of GDP on defense, up from the 2% goal it set in 2022."
    assert values_on(urged, dt.date(2025, 6, 20)).get("defense.spending_goal_pct_gdp") != 3.5


def _prime_minister(body: str) -> object:
    text = (
        "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated November 20, 2025\n\n## Overview\n\n"
        f"The two countries signed the U.S.-Japan Trade Agreement in October 2019. {body}\n"
    )
    fact = extract_snapshot(text, brief="IF11120", updated=dt.date(2025, 11, 20)).snapshot.facts.get(
        "leaders.japan_prime_minister"
    )
    return None if fact is None else fact.model_dump(mode="json")["value"]["family"]


CALL = (
    "On April 7, following a telephone call from Prime Minister Ishiba, the White House said that Japan would be among "
    "the first countries it would negotiate with."
)


def test_a_prime_minister_the_text_says_was_succeeded_gives_way_to_his_successor() -> None:
    body = f"Prime Minister Takaichi Sanae, who succeeded Ishiba Shigeru on October 21, hosted the President. {CALL}"
    assert _prime_minister(body) == "Takaichi"


def test_a_succession_to_the_party_post_alone_or_to_come_makes_no_one_former() -> None:
    """A guard, passing before the change as after: main reads no succession at all, so only this keeps the new
    reading of 'who succeeded' from taking a party post's succession or one to come as the prime minister's."""
    party = f"Takaichi Sanae succeeded Ishiba Shigeru as LDP president on October 4. {CALL}"
    assert _prime_minister(party) == "Ishiba"
    expected = f"Prime Minister Ishiba said he expects to be succeeded by Takaichi. {CALL}"
    assert _prime_minister(expected) == "Ishiba"


def test_a_value_said_by_a_copula_to_be_the_cut_is_the_emissions_target() -> None:
    body = (
        "Twenty-six percent, measured against FY2013 levels and to be achieved by FY2030, is the cut in greenhouse gas "
        "emissions Japan pledged under the Paris Agreement."
    )
    assert values_on(body, dt.date(2018, 11, 20))["economy.emissions_cut_target"] == 26
    europe = "Forty percent, set against 1990 levels, is the cut in greenhouse gas emissions the EU pledged for 2030."
    assert "economy.emissions_cut_target" not in values_on(europe, dt.date(2018, 11, 20))
