"""Values a sentence gives another deed, or none at all, never read as a fact's: a party returned 'to power' (a general
election, not its leadership race); 'contest' as a challenge to a decision, and a written date beside an election's
own month counted from the cover; a deed 'yet to be scheduled' beside another deed's day; a year written only in a
relative clause; a tariff only discussed for goods never subject to it; a company's deal committing investment. And
the economy's 'gain' after 'after a', read with its year counted back."""

from __future__ import annotations

import datetime as dt

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.model import Snapshot

RELATIONS = "U.S.-Japan Relations"
TRADE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
ALLY = "Japan has been a U.S. treaty ally since 1952. "
PARTNER = "Japan was the fourth-largest U.S. trading partner in {year}. "


def _snapshot(brief: str, cover: dt.date, body: str) -> Snapshot:
    title = RELATIONS if brief == "IF10199" else TRADE
    text = f"# {title}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n{body}\n"
    return extract_snapshot(text, brief=brief, updated=cover).snapshot


def test_a_gain_after_a_fall_is_the_year_before() -> None:
    """'fell ... in 2030, after a gain of 1.2% the year before': both years, never the first alone."""
    body = ALLY + "Japan's real GDP shrank 0.4% in 2030, after a gain of 1.2% the year before."
    fact = _snapshot("IF10199", dt.date(2031, 6, 10), body).facts["economy.gdp_growth"]
    assert fact.value == {"2030": -0.4, "2029": 1.2}


def test_another_measures_gain_is_no_growth() -> None:
    """The trap: a stock index's gain is not the economy's."""
    body = ALLY + "Real GDP shrank 0.4% in 2030; the stock index posted a gain of 9% in 2029."
    fact = _snapshot("IF10199", dt.date(2031, 6, 10), body).facts["economy.gdp_growth"]
    assert fact.value == {"2030": -0.4}


def test_a_party_returned_to_power_is_no_leadership_race() -> None:
    """'who returned the LDP to power in March 2029' beside a U.S. President: no LDP presidential election."""
    body = ALLY + (
        "Prime Minister Sato Ken, who returned the LDP to power in March 2029, has made the alliance his priority, "
        "and President Jane Doe has praised it."
    )
    assert not [slug for slug in _snapshot("IF10199", dt.date(2031, 6, 10), body).elections if "ldp" in slug]


def test_a_leadership_win_in_the_same_shape_is_read() -> None:
    """The trap: the party presidency won, in the same relative clause, is its race."""
    body = ALLY + (
        "Prime Minister Sato Ken, who won the LDP presidency in September 2030, has made the alliance his priority, "
        "and President Jane Doe has praised it."
    )
    elections = _snapshot("IF10199", dt.date(2031, 6, 10), body).elections
    assert elections["ldp_president_2030"].date == "2030-09"


def test_contesting_a_decision_is_no_election() -> None:
    """'Tokyo says it will contest the decision': a challenge, so the permit's date dates no governor's race."""
    body = ALLY + (
        "Governor Ishikawa Jun has rescinded the Henoko landfill approval granted by his predecessor in March 2029; "
        "Tokyo says it will contest the decision in court."
    )
    assert not _snapshot("IF10199", dt.date(2031, 6, 10), body).elections


def test_a_month_counted_from_the_cover_is_the_elections_own() -> None:
    """'elected last October' beside another deed's written date: the governor's race is the month counted."""
    body = ALLY + (
        "Governor Ishikawa Jun, elected last October on a pledge to stop the Henoko runway, rescinded a permit issued "
        "by his predecessor in March 2029."
    )
    elections = _snapshot("IF10199", dt.date(2031, 6, 10), body).elections
    assert {slug: election.date for slug, election in elections.items()} == {"okinawa_governor_2030": "2030-10"}


def test_an_election_dated_by_its_own_words_beside_a_counted_month() -> None:
    """The trap: a written date the election's own words give stays its date beside 'last October'."""
    body = ALLY + (
        "Okinawa held its gubernatorial election in September 2030, and last October the new governor withdrew "
        "a permit."
    )
    elections = _snapshot("IF10199", dt.date(2031, 6, 10), body).elections
    assert elections["okinawa_governor_2030"].date == "2030-09"


def test_a_round_yet_to_be_scheduled_has_no_date() -> None:
    """'a first round of talks has not yet been scheduled': the day before the semicolon is another deed's."""
    body = ALLY + (
        "The two governments agreed in September 2018 to negotiate a trade agreement. USTR released its negotiating "
        "aims on March 2; a first round of talks has not yet been scheduled."
    )
    assert "first_negotiating_round" not in _snapshot("IF10199", dt.date(2019, 5, 10), body).events


def test_a_round_held_is_still_read() -> None:
    """The trap: a round held on a day of its own is read."""
    body = ALLY + (
        "The two governments agreed in September 2018 to negotiate a trade agreement. The first round of talks was "
        "held in Washington on April 15, 2019."
    )
    assert _snapshot("IF10199", dt.date(2019, 5, 10), body).events["first_negotiating_round"].date == "2019-04-15"


def test_a_year_in_a_relative_clause_dates_no_day_outside_it() -> None:
    """'Abe, who had signed the 2019 trade deals, was shot and killed on July 8': the cover's year, not 2019."""
    body = PARTNER.format(year=2021) + (
        "Politics in Tokyo were upended in July when former Prime Minister Abe Shinzo, who had signed the 2019 trade "
        "deals, was shot and killed on July 8 in Nara."
    )
    assert _snapshot("IF11120", dt.date(2022, 9, 20), body).events["abe_assassination"].date == "2022-07-08"


def test_the_sentences_own_year_still_dates_the_day() -> None:
    """The trap: a year outside any relative clause is the day's."""
    body = PARTNER.format(year=2022) + "In 2022, former Prime Minister Abe Shinzo was shot and killed on July 8."
    assert _snapshot("IF11120", dt.date(2023, 9, 20), body).events["abe_assassination"].date == "2022-07-08"


def test_a_rate_only_debated_for_cars_never_subject_to_it() -> None:
    """'never been subject to Section 232 tariffs, although a 25% duty was debated': no rate charged."""
    body = PARTNER.format(year=2021) + (
        "Japanese cars have never been subject to Section 232 tariffs, although a 25% duty was debated."
    )
    assert "tariffs.section232_autos" not in _snapshot("IF11120", dt.date(2022, 9, 20), body).facts


def test_a_rate_charged_is_still_read() -> None:
    """The trap: a Section 232 rate the autos pay."""
    body = PARTNER.format(year=2024) + "Japanese autos pay a 25% Section 232 tariff."
    assert _snapshot("IF11120", dt.date(2025, 9, 20), body).facts["tariffs.section232_autos"].value == 25


def test_a_companys_deal_committing_investment_is_no_pledge() -> None:
    """'completed its acquisition of ..., a deal committing some $5 billion of new investment': the firm's."""
    body = PARTNER.format(year=2024) + (
        "In May, Toyota completed its $3 billion acquisition of a U.S. battery maker, a deal committing some "
        "$5 billion of new investment by 2030."
    )
    assert "framework.investment_pledge" not in _snapshot("IF11120", dt.date(2025, 9, 20), body).facts


def test_japans_own_pledge_is_still_read() -> None:
    """The trap: the government's pledge."""
    body = PARTNER.format(year=2024) + "Japan pledged $550 billion of investment in the United States."
    assert _snapshot("IF11120", dt.date(2025, 9, 20), body).facts["framework.investment_pledge"].value == 5.5e11
