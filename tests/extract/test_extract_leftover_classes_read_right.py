"""The five classes of wrong reading last round's sealed sets showed once unsealed: a first arrival's count beside a
later clause of how many are there, a year of growth told 'a year earlier' after a level verb, an office held since a
date beside a party race, a chamber an election's clause points back to beside one a later clause names, and a
trade flow taken by the role noun of another amount's stretch. Each read a wrong value before this change."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import Extraction, extract_snapshot


def _extracted(section: str, body: str, cover: dt.date) -> Extraction:
    cover_line = f"Updated {cover:%B} {cover.day}, {cover.year}"
    text = (
        f"# U.S.-Japan Relations\n\n{cover_line}\n\n## Overview\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
        f"## {section}\n\n{body}\n"
    )
    return extract_snapshot(text, brief="IF10199", updated=cover)


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        (
            "The first group of about 100 Marines arrived on Guam in December 2024; by the end of 2025, close to 200 "
            "were stationed there under the plan.",
            200,
            "nearly",
        ),
        (
            "An advance party of some 100 Marines landed on Guam in late 2024, and by this spring roughly 250 were "
            "based on the island.",
            250,
            "about",
        ),
    ],
)
def test_a_later_clause_of_how_many_are_there_beats_a_first_arrival(sentence: str, value: int, qualifier: str) -> None:
    body = (
        "A 2012 plan would move roughly 9,000 Marines off Okinawa. Of those, about 4,000 are bound for Guam. "
        f"{sentence}"
    )
    fact = _extracted("Okinawa", body, dt.date(2026, 4, 1)).snapshot.facts["alliance.marines_in_guam"]
    assert (fact.value, getattr(fact, "qualifier", None)) == (value, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 100 Marines arrived on Guam in December 2024; about 4,000 are to move there in all.",
        "About 100 Marines arrived on Guam from Okinawa in December 2024; around 18,000 are stationed there still.",
        "About 100 Marines arrived on Guam in December 2024; some 18,000 are based on the island of Okinawa.",
    ],
)
def test_a_later_count_of_another_place_or_to_come_leaves_the_first_arrival(sentence: str) -> None:
    fact = _extracted("Okinawa", sentence, dt.date(2025, 3, 1)).snapshot.facts["alliance.marines_in_guam"]
    assert fact.value == 100


@pytest.mark.parametrize(
    "earlier",
    ["A year earlier, growth had reached 1.9%.", "The year before, growth hit 1.9%."],
)
def test_a_year_of_growth_told_a_year_earlier_by_a_level_verb_completes_the_series(earlier: str) -> None:
    body = f"Real GDP expanded 0.8% in 2018. {earlier}"
    fact = _extracted("Economy", body, dt.date(2019, 8, 1)).snapshot.facts["economy.gdp_growth"]
    assert fact.value == {"2018": 0.8, "2017": 1.9}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fresh from a third consecutive victory in the LDP leadership race, Abe Shinzo, prime minister since December "
        "2012, is on track to become the longest-serving premier.",
        "Abe, in power since December 2012, secured a third term as party president in the LDP leadership race.",
    ],
)
def test_an_office_held_since_a_date_dates_no_party_race(sentence: str) -> None:
    elections = _extracted("Politics", sentence, dt.date(2018, 11, 1)).snapshot.elections
    assert not [slug for slug, election in elections.items() if slug.startswith("ldp_president_20")]


@pytest.mark.parametrize(
    "pointing",
    [
        "Half of that chamber stands for election next July, the next national contest; the lower chamber's term "
        "does not run out until October 2021.",
        "That chamber holds its next election in July 2019; the House of Representatives sits until October 2021.",
    ],
)
def test_an_elections_clause_pointing_back_keeps_the_chamber_named_before(pointing: str) -> None:
    body = f"In the House of Councillors, the ruling bloc controls roughly 60% of the 242 seats. {pointing}"
    elections = _extracted("Politics", body, dt.date(2018, 11, 20)).snapshot.elections
    assert "lower_house_2019" not in elections
    assert (elections["upper_house_2019"].date, elections["upper_house_2019"].status) == ("2019-07", "upcoming")


def test_a_supplier_of_them_does_not_give_its_amount_to_us_exports() -> None:
    body = (
        "Japan ranked fourth both as a destination for U.S. goods, which it bought to the tune of $67.6 billion, and "
        "as a supplier of them, with $136.5 billion in shipments."
    )
    facts = _extracted("Trade", body, dt.date(2018, 11, 1)).snapshot.facts
    exports = facts.get("trade.us_exports_to_japan")
    assert exports is None or exports.value == 67_600_000_000


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan ranked fourth in 2025 as a supplier of goods to the United States, as it had in 2019, when it ended "
        "the year with $143.6 billion in shipments.",
        "Japan ranked fourth in 2025 as a supplier of goods to the United States, down from its 2006 peak with $148.2 "
        "billion in shipments.",
    ],
)
def test_a_kind_nouns_amount_of_another_time_is_no_current_flow(sentence: str) -> None:
    facts = _extracted("Trade", sentence, dt.date(2026, 6, 1)).snapshot.facts
    assert "trade.us_imports_from_japan" not in facts
    assert "trade.us_exports_to_japan" not in facts


def test_a_yearless_day_of_a_vote_to_come_is_not_a_later_day_of_a_past_year() -> None:
    body = (
        "On April 29, 2015, Abe addressed a joint meeting of Congress. Half of the upper chamber's seats will be "
        "contested on July 10, and for the first time 18-year-olds may vote."
    )
    elections = _extracted("Politics", body, dt.date(2016, 5, 24)).snapshot.elections
    assert "upper_house_2015" not in elections
    assert (elections["upper_house_2016"].date, elections["upper_house_2016"].status) == ("2016-07-10", "upcoming")


def test_a_deal_that_commits_a_firm_to_invest_is_no_pledge_of_japans() -> None:
    body = (
        "On June 18, Nippon Steel completed its purchase of U.S. Steel. The deal gives Washington a golden share and "
        "commits Nippon Steel to about $11 billion in new investment by 2028."
    )
    assert "trade.japan_investment_pledge" not in _extracted("Trade", body, dt.date(2025, 6, 20)).snapshot.facts


def test_an_election_of_the_covers_year_that_is_due_is_upcoming() -> None:
    body = (
        "Members of the lower chamber, last chosen in October 2017, serve four-year terms that expire on October 21, "
        "2021, the date by which this year's general election is due."
    )
    elections = _extracted("Politics", body, dt.date(2021, 9, 15)).snapshot.elections
    assert elections["lower_house_2021"].status == "upcoming"
