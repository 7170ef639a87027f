"""Sentences near the forms the round's readers learned, which a careful reader takes no value from (or another one):
a leadership kept with no vote held, a count from another party's or chamber's vote, 'the day of that vote', another
holder's term ending, an opposition list item, another place's rank as a list label, another economy's growth carried,
a year not over at the cover, a content share of a car's value, talks extended rather than the agreement. Each read a
wrong value before this change; the forms the readers learned are read as before (the last cases)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import Extraction, extract_snapshot

TITLES = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}
ANCHORS = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}
COVER = dt.date(2026, 6, 1)


def _extracted(body: str, cover: dt.date = COVER, brief: str = "IF10199") -> Extraction:
    cover_line = f"Updated {cover:%B} {cover.day}, {cover.year}"
    text = f"# {TITLES[brief]}\n\n{cover_line}\n\n## Overview\n\n{ANCHORS[brief]} {body}\n"
    return extract_snapshot(text, brief=brief, updated=cover)


def _elections(extraction: Extraction) -> dict[str, tuple[str, str]]:
    return {slug: (str(one.date), str(one.status)) for slug, one in extraction.snapshot.elections.items()}


def _value(extraction: Extraction, fact_id: str) -> Any:
    fact = extraction.snapshot.facts.get(fact_id)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    ("body", "cover"),
    [
        (
            "Ishiba held on to the LDP presidency in July 2025, despite the coalition's upper house defeat that month.",
            dt.date(2025, 8, 20),
        ),
        ("Ishiba retained the LDP leadership on July 21, 2025, a day after the upper house vote.", dt.date(2025, 9, 1)),
        (
            "Kishida retained the party leadership of the LDP in October 2021 and led it into a general election that "
            "month.",
            dt.date(2021, 12, 1),
        ),
    ],
)
def test_a_leadership_kept_with_no_vote_said_dates_no_party_election(body: str, cover: dt.date) -> None:
    assert not [slug for slug in _elections(_extracted(body, cover)) if slug.startswith("ldp_president")]


def test_a_leadership_kept_unopposed_is_still_the_party_vote() -> None:
    extraction = _extracted("Abe kept the LDP presidency, unopposed, on September 8, 2015.", dt.date(2015, 10, 1))
    assert _elections(extraction)["ldp_president_2015"] == ("2015-09-08", "held")


@pytest.mark.parametrize(
    "count",
    [
        "Three days before the CDP leadership vote, on October 1, Ishiba took office as prime minister.",
        "A week after the Upper House election, on October 20, Ishiba spoke with President Biden.",
    ],
)
def test_a_count_from_another_partys_or_chambers_vote_moves_no_election(count: str) -> None:
    body = f"The ruling coalition lost its Lower House majority in the October 2024 election. {count}"
    extraction = _extracted(body, dt.date(2025, 3, 1))
    assert _elections(extraction)["lower_house_2024"][0] in ("2024-10", "2024-10-27")


def test_the_day_of_that_vote_is_that_day() -> None:
    body = "The coalition added seats in the July 2022 upper house election. The day of that vote, July 10, was calm."
    assert _elections(_extracted(body, dt.date(2022, 9, 1)))["upper_house_2022"][0] in ("2022-07", "2022-07-10")


@pytest.mark.parametrize(
    ("body", "cover"),
    [
        (
            "Okinawa Governor Tamaki met Tokyo Governor Koike in May. Her term ends in July 2034.",
            dt.date(2033, 10, 29),
        ),
        (
            "U.S. Ambassador George Glass met Okinawa Governor Denny Tamaki in May. His term ends in January 2029.",
            COVER,
        ),
    ],
)
def test_a_term_ending_said_by_his_or_her_after_another_holder_calls_no_governor_race(
    body: str, cover: dt.date
) -> None:
    assert not [slug for slug in _elections(_extracted(body, cover)) if slug.startswith("okinawa_governor")]


def test_a_governors_own_term_ending_still_calls_the_race() -> None:
    body = "Okinawa Governor Denny Tamaki won reelection in September 2022. His term ends in September 2026."
    assert _elections(_extracted(body))["okinawa_governor_2026"] == ("2026-09", "upcoming")


def test_an_opposition_list_item_is_not_the_coalitions_share() -> None:
    body = (
        "The ruling parties' seats:\n\n- Coalition: LDP and Komeito\n- Opposition in the Upper House: 52% of seats\n"
        "- Lower House: 47% of seats"
    )
    extraction = _extracted(body)
    assert _value(extraction, "politics.upper_house_coalition_share") is None
    assert _value(extraction, "politics.lower_house_coalition_share") == 47


def test_a_list_label_naming_another_place_ranks_it_not_japan() -> None:
    body = "Other holders:\n\n- The Cayman Islands: fourth among foreign holders of U.S. Treasury securities"
    assert _value(_extracted(body), "trade.treasury_holder_rank") is None


def test_a_list_label_naming_the_measure_still_ranks_japan() -> None:
    body = "Japan at a glance:\n\n- Treasury securities: $1.1 trillion, second among foreign holders"
    assert _value(_extracted(body), "trade.treasury_holder_rank") == 2


def test_another_economys_growth_is_not_carried_as_japans() -> None:
    body = "Japan's economy grew 1.5% in 2023. In 2024, growth was 4.8% in India, its fastest partner."
    assert _value(_extracted(body, dt.date(2025, 3, 1)), "economy.gdp_growth") == {"2023": 1.5}


def test_a_year_not_over_at_the_cover_is_no_years_growth() -> None:
    body = "Real GDP: up 0.1% in 2024; up 0.6% in 2026, the IMF projects."
    assert _value(_extracted(body), "economy.gdp_growth") == {"2024": 0.1}


def test_a_share_of_a_cars_value_held_in_us_parts_is_no_tariff_rate() -> None:
    body = (
        "Section 232 tariffs cover imported autos. Under the Section 232 auto tariff, Japanese cars with at least "
        "one-half of their value in U.S. parts pay a reduced rate."
    )
    assert _value(_extracted(body, brief="IF11120"), "tariffs.section232_autos") is None


def test_a_tariff_equal_to_a_share_of_value_is_still_the_rate() -> None:
    body = "Japanese cars now face a Section 232 tariff equal to one-quarter of their value."
    assert _value(_extracted(body, brief="IF11120"), "tariffs.section232_autos") == 25


@pytest.mark.parametrize("extended", ["to extend talks on it", "to extend the deadline for talks"])
def test_talks_extended_date_no_cost_sharing_agreement(extended: str) -> None:
    body = f"The SMA runs through March 2027. The two sides agreed on September 30 {extended}."
    assert _value(_extracted(body, dt.date(2025, 11, 1)), "alliance.host_nation_support_agreement") != "2025-09-30"
