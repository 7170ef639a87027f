"""Alliance and economy facts told across sentences or in unusual orders: a cost-sharing agreement whose end 'had
been due' (extended since, its own month no longer the latest) and the extension agreed on a day without its year; a
year of growth in the subject ('Growth in 2019 had been a slim 0.3%'), carried by 'it' or bare 'growth' after a
fronted time, labelled ('Real GDP: down 0.1% in 2014'), put before its subject, or a fall told as a negative level; an
emissions cut 'in greenhouse gases' or with its target year before its baseline; a cleft sentence ('It was in 1951
that ...'); a source inside a relative clause ('which the Pentagon says numbers'); Marines 'there since' a month.
Traps: a forecast, another measure carried by 'it', another country.

Every sentence is invented for the test (the text around it is dated June 2026).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

GROWTH = "economy.gdp_growth"
SMA = "alliance.host_nation_support_agreement"
EMISSIONS = "economy.emissions_cut_target"


def without_treaty_anchor(body: str) -> dict[str, Any]:
    """The facts' values read from `body` in a brief dated June 2026 whose anchor sentence states no treaty year."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\n"
        f"Japan hosts the only U.S. aircraft carrier homeported abroad. {body}\n"
    )
    facts = extract_snapshot(text, brief="IF10199", updated=dt.date(2026, 6, 1)).snapshot.facts
    return {key: fact.value for key, fact in facts.items()}


def test_an_overtaken_agreement_gives_way_to_its_extension_on_a_yearless_day() -> None:
    """'had been due to lapse': extended since; 'agreed on February 17 to extend its terms' is the cover's year's."""
    body = (
        "Under a cost-sharing accord known as the Special Measures Agreement (SMA), Tokyo pays close to $2 billion a "
        "year. The current SMA, which the two governments signed in January 2022, had been due to lapse at the end of "
        "March. Rather than conclude a new multiyear pact, they agreed on February 17 to extend its terms for one year."
    )
    assert facts_in(body)[SMA][0] == "2026-02-17"


@pytest.mark.parametrize(
    "body",
    [
        "The current SMA, which the two governments signed in January 2022, had been due to lapse at the end of March.",
        "The SMA signed in January 2022 had originally been set to expire in March 2027.",
    ],
)
def test_an_agreement_whose_end_had_been_due_gives_no_month(body: str) -> None:
    """Its end was due and no longer is: it was extended or replaced, so its month is not the latest agreement's."""
    assert SMA not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "years"),
    [
        ("Japan's economy contracted by 4.8% in 2025, its first annual decline since 2020. "
         "Growth in 2024 had been a slim 0.3%.", {"2025": -4.8, "2024": 0.3}),
        ("Growth had slowed to 0.3% in 2024. The following year it edged up to 0.7%.", {"2024": 0.3, "2025": 0.7}),
        ("Japan's real GDP slipped 0.4% in 2025. A year earlier it had grown by 1.1%.", {"2025": -0.4, "2024": 1.1}),
        ("Japan's GDP rose 0.8% in 2025. In 2024, growth was 0.5%.", {"2025": 0.8, "2024": 0.5}),
        ("Real output shrank 0.6% in 2025. For 2024, growth had come in at 1.2%.", {"2025": -0.6, "2024": 1.2}),
        ("Real GDP: down 0.1% in 2025; up 1.6% in 2024.", {"2025": -0.1, "2024": 1.6}),
        ("Minus 0.1%: that was Japan's real growth in 2025, the year the consumption tax rose from 10% to 12%; in 2024 "
         "growth had been 1.6%.", {"2025": -0.1, "2024": 1.6}),
        ("Real GDP growth was -0.3% in 2025.", {"2025": -0.3}),
        ("Real GDP grew by 1.1% in 2025, after all but stalling (0.1%) in 2024.", {"2025": 1.1, "2024": 0.1}),
        ("Real GDP rose 0.8% in 2025. Economists expect growth of 0.6% in 2026.", {"2025": 0.8}),
        ("Real GDP rose 0.8% in 2025. Inflation was 3.1%; in 2024 it was 2.5%.", {"2025": 0.8}),
    ],
)  # fmt: skip
def test_a_series_of_growth_told_over_two_sentences_or_in_another_order(body: str, years: dict[str, float]) -> None:
    """Each year of Japan's growth, however the sentences share it out; never a forecast or another measure's."""
    assert facts_in(body)[GROWTH][0] == years


@pytest.mark.parametrize(
    "body",
    [
        "Climate: Japan's pledge is a 46% cut in greenhouse gases by FY2030 from the FY2013 level.",
        "Japan aims for net-zero greenhouse gas emissions by 2050. The pledge that Tokyo has registered under the "
        "Paris Agreement is a 46% reduction by FY2030 from FY2013 levels.",
        "Tokyo's Paris pledge calls for a 46% reduction in GHGs by fiscal 2030 from FY2013 levels.",
    ],
)
def test_an_emissions_cut_in_gases_or_with_its_year_before_its_baseline(body: str) -> None:
    """'a 46% cut in greenhouse gases', 'a 46% reduction by FY2030 from FY2013 levels': the pledge."""
    assert facts_in(body)[EMISSIONS][0] == 46


def test_a_cleft_sentence_dates_the_alliance() -> None:
    """'It was in 1951 that the two countries became allies by treaty': 1951, not the 1960 text now in force."""
    body = (
        "It was in 1951 that the two countries became allies by treaty, six years after the Pacific War ended; the "
        "text now in force, signed in 1960, commits Washington to defend territory under Japan's administration."
    )
    assert without_treaty_anchor(body)["alliance.treaty_ally_since"] == 1951


def test_a_source_inside_a_relative_clause_leaves_the_count() -> None:
    """'which the Pentagon says numbers some 55,000 personnel' counts the force in Japan."""
    body = (
        "Japan hosts the largest forward-deployed U.S. force in the world, which the Pentagon says numbers some "
        "55,000 personnel."
    )
    assert facts_in(body)["alliance.us_troops_in_japan"][0] == 55000


@pytest.mark.parametrize(
    "body",
    [
        "Under the realignment plan, about 9,000 Marines are to leave Okinawa, and some 4,000 of them are bound for "
        "Guam. Roughly 100 have been there since December 2024, when an advance unit arrived.",
        "Some 4,000 Marines are bound for Guam. About 100 of them are already there.",
    ],
)
def test_marines_there_since_a_month_are_on_guam_now(body: str) -> None:
    """'Roughly 100 have been there since December 2024', 'About 100 of them are already there': Guam's count now."""
    assert facts_in(body)["alliance.marines_in_guam"][0] == 100


def test_an_extension_dated_before_its_agreeing_is_the_latest_agreement() -> None:
    """'...; in May 2026 the two sides instead agreed to renew it early': the renewal's month, not the old SMA's."""
    body = (
        "The existing SMA, concluded in January 2022, had been set to expire in March 2027; in May 2026 the two sides "
        "instead agreed to renew it early."
    )
    assert facts_in(body)[SMA][0] == "2026-05"


def test_an_extension_told_under_the_host_nation_support_heading_is_the_agreement() -> None:
    """The accord is named by the section's heading and two sentences back; the extension dates the latest one."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated April 1, 2026\n\n## Host-Nation Support\n\n"
        "Japan has been a U.S. treaty ally since 1952. The five-year Special Measures Agreement (SMA) was signed in "
        "January 2021 and was due to lapse at the end of March 2026. Talks on a successor stalled in 2025 amid press "
        "reports of far larger U.S. demands. In February 2026, the two governments agreed to extend the existing "
        "agreement for one year, through March 2027, at roughly the FY2025 level, and to negotiate a multiyear "
        "arrangement during 2026.\n"
    )
    facts = extract_snapshot(text, brief="IF10199").snapshot.facts
    assert facts[SMA].value == "2026-02"
