"""Values that belong to another deed than the fact's: an old norm beside a new goal, the seats an election will fill,
another leader's day beside Abe's address, a past Administration's deed, a size word that ranks nothing. And the
restatements of a fact that complete it: a day after a month, a fall said as what the economy lost.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE, UPPER, facts_in
from usjapan_facts.extract import extract_snapshot

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
TREASURY = "trade.treasury_holder_rank"
PRESIDENT = "leaders.us_president"
GROWTH = "economy.gdp_growth"
ANNOUNCED = "framework.announced"


@pytest.mark.parametrize(
    ("sentence", "limit"),
    [
        ("That target breaks with a practice, set in 1976, of holding defense outlays to 1% of GDP.", (1, "exact")),
        ("The goal departs from the custom of keeping military spending near 1% of GDP.", (1, "about")),
        ("That target ends decades of capping defense budgets at 1% of GDP.", (1, "exact")),
        ("Since 1976, successive cabinets had held the defense budget to roughly 1% of GDP.", (1, "about")),
    ],
)
def test_an_old_norm_beside_the_goal_is_the_limit_not_the_goal(sentence: str, limit: tuple[int, str]) -> None:
    """'a practice of holding defense outlays to 1% of GDP' after the 2% goal is the traditional limit."""
    facts = facts_in(f"Japan aims to raise defense spending to 2% of GDP by FY2027. {sentence}")
    assert (facts[GOAL], facts[LIMIT]) == ((2, "exact"), limit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition's next test is the Upper House vote, in which half of that chamber's seats are to be filled.",
        "For the coalition, the July vote puts half of the upper chamber's seats at stake.",
        "The coalition faces the Upper House election in July, when half of its 248 seats come up for renewal.",
        "The ruling parties face the July Upper House election, when half of the chamber's seats will be decided.",
    ],
)
def test_the_half_of_a_chamber_an_election_fills_is_no_share(sentence: str) -> None:
    """The seats an Upper House election will fill are half of the chamber, not the coalition's share of it."""
    assert UPPER not in facts_in(sentence)


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        ("Japan is also a major creditor of the U.S. government.", None),
        ("Japan, a major holder of U.S. Treasury securities, buys few U.S. bonds this year.", None),
        (
            "Japan is a major creditor of the U.S. government. Its $1.1 trillion in Treasury securities was the "
            "second-largest foreign holding, behind China's $1.2 trillion.",
            (2, "exact"),
        ),
        ("Japan's Treasury holdings, $1.1 trillion, were the largest foreign holding, ahead of China's.", (1, "exact")),
    ],
)
def test_a_major_holder_is_no_rank_and_a_holding_ranked_with_an_aside_is(body: str, rank: object) -> None:
    """'a major creditor' ranks nothing; 'the second-largest foreign holding, behind China's $X' is second."""
    assert facts_in(body).get(TREASURY) == rank


@pytest.mark.parametrize(
    "sentence",
    [
        "Two trade agreements negotiated by the Obama Administration have been in force since January 2016.",
        "Tariffs imposed under President Obama remain in place.",
        "A deal struck by the Biden Administration has been in effect since 2023.",
    ],
)
def test_the_doer_of_a_past_deed_is_not_the_sitting_president(sentence: str) -> None:
    """'agreements negotiated by the X Administration have been in force' dates the deed, not X's tenure."""
    assert facts_in(f"President Donald Trump is pressing Japan on tariffs. {sentence}")[PRESIDENT][0].family == "Trump"


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Japan's real GDP grew 2.2% in 2021, recovering part of the 4.5% lost in 2020.", {"2021": 2.2, "2020": -4.5}),
        ("The economy grew 1.8% in 2021, regaining much of the 4.3% it shed during 2020.", {"2021": 1.8, "2020": -4.3}),
        ("Output grew 2.0% in 2021 after a 4.4% slump in 2020.", {"2021": 2.0, "2020": -4.4}),
        ("Japan's real GDP grew 2.2% in 2021; stock prices recovered the 9% lost in 2020.", {"2021": 2.2}),
        ("Output rose 1.0% in 2023, well short of undoing half of 2020's 4.2% slump.", {"2023": 1.0, "2020": -4.2}),
        ("Japan's economy shrank 0.4% in 2019, erasing 2018's 0.6% gain.", {"2019": -0.4, "2018": 0.6}),
    ],
)
def test_a_fall_said_as_what_the_economy_lost_is_negative(sentence: str, years: dict[str, float]) -> None:
    """'the 4.5% lost in 2020', 'a 4.4% slump in 2020' and '2020's 4.2% slump' are falls of the economy (a year's own
    figure, its noun after it); stock prices' loss is none."""
    assert facts_in(sentence)[GROWTH][0] == years


def _events(body: str, brief: str = "IF10199") -> dict[str, str]:
    text = f"# {TITLE[brief]}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR[brief]} {body}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=dt.date(2026, 6, 1)).snapshot
    return {slug: str(event.date) for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("On April 11 he addressed a joint meeting of Congress, as no one had since Abe in April 2015.", "2015-04"),
        ("Kishida spoke to a joint session of Congress on April 11, the first since Abe in April 2015.", "2015-04"),
        (
            "The following morning Kishida spoke to a joint meeting of Congress, the first Japanese leader to do so "
            "since Abe stood at the same rostrum in April 2015.",
            "2015-04",
        ),
        ("On April 11, Kishida addressed a joint session of Congress, years after Abe did in April 2015.", "2015-04"),
        ("On April 11, Kishida spoke to a joint meeting of Congress, an honor last accorded a Japanese leader when Abe "
         "addressed lawmakers in April 2015.", "2015-04"),
        ("In April 2015, Abe visited Washington; he addressed a joint meeting of Congress on April 29.", "2015-04-29"),
        # another deed's noun dated by its own day: 'Biden's July 18 stop', 'the December 27 visit'
        ("Vice President Biden's July 18 stop in Tokyo was taken as a reply to Abe's own gesture of that year, his "
         "April 2015 speech to a joint meeting of Congress.", "2015-04"),
        ("The leaders recalled the December 27 visit to Pearl Harbor and, before it, Abe's April 2015 address to a "
         "joint meeting of Congress.", "2015-04"),
        # the day of another deed before the address's words, fronted or set aside: left unread
        ("After lunching with Obama on April 28, 2015, Abe stood before a joint meeting of Congress.", None),
        ("Abe, who had toured Boston on April 26, 2015, spoke to a joint meeting of Congress that week.", None),
    ],
)  # fmt: skip
def test_another_leaders_day_is_not_abes_address(sentence: str, date: str | None) -> None:
    """'On April 11 he addressed Congress, ... since Abe in April 2015': Abe's address is April 2015, not April 11."""
    assert _events(sentence).get("abe_address_to_congress") == date


@pytest.mark.parametrize(
    ("brief", "sentence", "slug"),
    [
        ("IF11120", "The two leaders agreed on February 7, 2025, to open talks over Japan's purchases of Alaskan gas.",
         "tariff_talks_announced"),
        ("IF10199", "In April 2015, Abe went to Washington and told a joint meeting of Congress on the 29th of his "
         "remorse.", "abe_address_to_congress"),
    ],
)  # fmt: skip
def test_talks_on_another_subject_or_a_day_given_only_as_the_29th_is_no_event(
    brief: str, sentence: str, slug: str
) -> None:
    """Talks agreed on about another subject are not the tariff talks; a day said by its ordinal alone goes unread."""
    assert slug not in _events(sentence, brief)


@pytest.mark.parametrize(
    "later",
    [
        "The President disclosed the deal with Japan on July 22, 2025.",
        "President Trump revealed the trade and investment agreement with Japan on July 22, 2025.",
        "\n\n## The 2025 Framework\n\nThe two leaders made the deal public on July 22, 2025, at the White House.",
    ],
)
def test_a_day_given_later_completes_the_month_of_an_announcement(later: str) -> None:
    """'announced in July 2025' in an overview and 'disclosed the deal on July 22, 2025' further on: the day."""
    body = f"The framework that President Trump announced in July 2025 set a 15% tariff on goods from Japan. {later}"
    assert facts_in(body, "IF11120")[ANNOUNCED] == ("2025-07-22", "exact")
