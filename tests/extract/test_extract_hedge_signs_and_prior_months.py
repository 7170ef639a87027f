"""A tilde before a figure as a hedge, the previous year's growth, and a cost-sharing deal reached the month before
its signing. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

UPPER = "politics.upper_house_coalition_share"


@pytest.mark.parametrize(
    ("body", "fact_id", "value"),
    [
        (
            "\n\n| Marines to move from Okinawa to Guam | ~4,000 |\n| --- | --- |",
            "alliance.marines_relocating_to_guam",
            4000,
        ),
        ("U.S. troops in Japan: \u2248 54,000", "alliance.us_troops_in_japan", 54000),
    ],
)
def test_a_tilde_before_a_figure_hedges_it(body: str, fact_id: str, value: int) -> None:
    """'~4,000', '\u2248 54,000', '~$1.9 billion': about that figure."""
    assert facts_in(body)[fact_id] == (value, "about")


@pytest.mark.parametrize(
    ("body", "fact_id", "value", "qualifier"),
    [
        (
            "\n\n| Okinawa's share of Japan's land area | <1% |\n| --- | --- |",
            "alliance.okinawa_share_of_land_area",
            1,
            "under",
        ),
        ("Okinawa's share of U.S. personnel in Japan: > 50%", "alliance.okinawa_share_of_usfj_personnel", 50, "over"),
        (
            "Japan covers about US$ 1.9bn a year of the cost of stationing U.S. forces.",
            "alliance.host_nation_support_per_year",
            1900000000,
            "about",
        ),
        ("In 2025, U.S. exports to Japan totaled $80.7 bil.", "trade.us_exports_to_japan", 80700000000, "exact"),
        ("The ruling coalition holds four of every seven seats in the Upper House.", UPPER, 57, "exact"),
    ],
)
def test_a_less_or_greater_than_sign_before_a_figure_bounds_it(
    body: str, fact_id: str, value: int, qualifier: str
) -> None:
    """'<1%' is less than 1% (under), '> 50%' more than 50% (over): not that figure exactly. A figure's other forms
    keep their value and hedge: 'about US$ 1.9bn', '$80.7 bil.', 'four of every seven seats' (57%)."""
    assert facts_in(body)[fact_id] == (value, qualifier)


def test_another_countrys_dollars_are_no_us_dollars() -> None:
    """'A$2 billion' is Australian dollars: no amount of host-nation support in U.S. dollars."""
    assert "alliance.host_nation_support_per_year" not in facts_in(
        "Japan pays A$2 billion a year in host-nation support."
    )


GROWTH = "economy.gdp_growth"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's economy grew 1.9% in 2023, outpacing the previous year's 1.0%.",
    ],
)
def test_the_previous_years_figure_is_the_year_before(sentence: str) -> None:
    """'the previous year's 1.0%' after a figure for 2023 is 2022's growth."""
    assert facts_in(sentence)[GROWTH][0] == {"2023": 1.9, "2022": 1.0}


def test_the_previous_years_other_measure_is_no_growth() -> None:
    """'the previous year's 3.0% rise in prices' is inflation, not the economy's growth."""
    body = "Japan's economy grew 1.9% in 2023, outpacing the previous year's 3.0% rise in prices."
    assert facts_in(body)[GROWTH][0] == {"2023": 1.9}


HNS = "alliance.host_nation_support_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "On January 7, 2022, ministers signed a cost-sharing deal, whose terms were agreed the previous month.",
        "The two sides signed the host-nation support agreement in January 2022, a month after announcing its terms.",
    ],
)
def test_a_deal_reached_the_month_before_its_signing_is_dated_by_that_month(sentence: str) -> None:
    """The agreement's month is when its terms were reached, the month before the signing the sentence dates."""
    assert facts_in(sentence)[HNS] == ("2021-12", "exact")
