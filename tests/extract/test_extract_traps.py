"""Traps an outsider's text sets: each is declined (left unknown), and a true statement beside it is still read.

Every sentence here is invented for the test. A trap is a value that stands near a fact's words but is
not the fact's current value: the whole of which the fact is a part, a value the sentence says has
changed since, a rate only proposed, a date of another clause, a count relative to unnamed members.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}
TITLE = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}


def _facts(body: str, brief: str = "IF10199") -> dict[str, Any]:
    """The facts read from `body` in a brief's text dated June 2026 (an anchor sentence keeps it a brief)."""
    text = f"# {TITLE[brief]}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR[brief]} {body}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in snapshot.facts.items()}


GUAM = "alliance.marines_relocating_to_guam"


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 8,500 Marines due to depart Okinawa, roughly 4,500 are headed for Guam.",
        "Around 4,500 of the 8,500 Marines leaving the island will be sent to Guam.",
        "Out of some 8,500 Marines set to leave Okinawa, about 4,500 will move to Guam.",
        "Among the 8,500 Marines who are to leave the prefecture, approximately 4,500 will relocate to Guam.",
        "Eight thousand five hundred Marines are to leave Okinawa, about 4,500 of whom will go to Guam.",
    ],
)
def test_the_part_bound_for_guam_is_read_never_the_whole(sentence: str) -> None:
    """Of a whole and its part, the Guam relocation is the part: the whole's count is never read for it."""
    assert _facts(sentence)[GUAM] == (4500, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "The first 200 of some 4,500 U.S. Marines would begin moving from Okinawa to Guam in 2024.",
        "Of the 4,500 Marines due to relocate, the first 200 arrive on Guam this year.",
    ],
)
def test_a_first_step_of_the_move_leaves_the_whole_as_the_relocation(sentence: str) -> None:
    """'The first 200 of some 4,500 Marines' is a step of the move: the relocation is the whole, not the step."""
    assert _facts(sentence)[GUAM][0] == 4500


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 54,000 U.S. troops in Japan, about 26,000 are on Okinawa.",
        "About 26,000 of the 54,000 U.S. troops in Japan serve on Okinawa.",
        "Of the 54,000 U.S. troops stationed in Japan, roughly half are on Okinawa.",
    ],
)
def test_a_whole_that_is_the_fact_is_read_and_its_part_is_not(sentence: str) -> None:
    """When the fact's words belong to the whole ('U.S. troops in Japan'), the whole is read, never the part."""
    assert _facts(sentence)["alliance.us_troops_in_japan"] == (54000, "exact")


UPPER = "politics.upper_house_coalition_share"


@pytest.mark.parametrize(
    "sentence",
    [
        "In the Upper House the ruling coalition, which once had 58% of the seats, has since lost ground.",
        "The coalition held 58% of Upper House seats before the 2025 vote, and its share is now smaller.",
        "Back then the LDP-Komeito coalition controlled 58% of the House of Councillors; today it is weaker.",
    ],
)
def test_a_past_share_beside_a_current_statement_is_not_read(sentence: str) -> None:
    """A share the sentence says has changed since is not the current one, even when the new one is unread."""
    assert UPPER not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Before the 2025 vote the coalition held 58% of Upper House seats; it now holds about 45%.", (45, "about")),
        ("In the Upper House, where its share was 58% before the election, the coalition now holds two-fifths of "
         "the seats.", (40, "exact")),
        ("The LDP and Komeito hold roughly three-fifths of the seats in the Upper House.", (60, "about")),
    ],
)  # fmt: skip
def test_the_current_share_beside_a_past_one_is_read(sentence: str, share: tuple[int, str]) -> None:
    """The clause that says 'now' gives the share, in figures or in a fraction such as three-fifths."""
    assert _facts(sentence)[UPPER] == share


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 50,000 U.S. troops were stationed in Japan in 2012; the number has since grown.",
        "Japan hosted about 50,000 U.S. troops in 2012, a force that is larger today.",
        "At the time roughly 50,000 U.S. military personnel were based in Japan, though the number has since risen.",
    ],
)
def test_a_past_troop_count_beside_a_current_statement_is_not_read(sentence: str) -> None:
    """A count the sentence dates in the past and then says has changed is declined, not read as today's."""
    assert "alliance.us_troops_in_japan" not in _facts(sentence)


TARIFF = "tariffs.us_tariff_most_imports"


@pytest.mark.parametrize(
    "sentence",
    [
        "USTR has proposed a 22% tariff on Japan under Section 301.",
        "The Administration floated a 22% tariff on most imports from Japan.",
        "A 22% tariff on Japan, recommended by the Commerce Department, has not been imposed.",
        "A 22% tariff on Japan was announced but never took effect.",
        "The President threatened to put a 22% tariff on Japan.",
    ],
)
def test_a_rate_proposed_threatened_or_never_applied_is_not_read(sentence: str) -> None:
    """Only a rate in force is the tariff on Japan's imports: a proposal or a threat is declined."""
    assert TARIFF not in _facts(sentence, "IF11120")


def test_the_rate_in_force_is_read_beside_a_threatened_one() -> None:
    """'face a 15% tariff ..., rather than the 25% threatened': the rate in force is read."""
    facts = _facts(
        "Since August 2025, most imports from Japan have faced a 15% tariff under IEEPA, rather than the 25% "
        "the President had threatened.",
        "IF11120",
    )
    assert facts[TARIFF] == (15, "exact")


def test_goods_that_pay_a_surcharge_state_the_rate_in_force() -> None:
    """'Most imports from Japan pay a 10% surcharge' states the rate as 'face' does."""
    assert _facts("Most imports from Japan pay a 10% surcharge under Section 122.", "IF11120")[TARIFF] == (10, "exact")


DUE = "politics.next_diet_election_due"


@pytest.mark.parametrize(
    "sentence",
    [
        "The next national election is the Upper House race of July 2028, and the Lower House may sit until "
        "March 2030.",
        "The next Diet election is an Upper House vote planned for July 2028, while the Lower House can serve "
        "until March 2030.",
        "The next national election comes with the Upper House contest in July 2028, but the lower chamber's "
        "members need not face voters until March 2030.",
    ],
)
def test_the_next_election_is_not_taken_from_another_clauses_date(sentence: str) -> None:
    """A Lower House term in a clause of its own gives no date of the next election: the election's clause does."""
    assert _facts(sentence)[DUE] == (2028, "exact")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Takaichi's term as LDP president runs until September 2027, a year before the next national election in "
         "July 2028.", (2028, "exact")),
        ("The next general election in the United States is in November 2028.", None),
        ("The next national election in America is due in November 2028.", None),
    ],
)  # fmt: skip
def test_another_term_or_countrys_vote_gives_no_next_diet_election(
    sentence: str, value: tuple[int, str] | None
) -> None:
    """A party leader's term ending, or the U.S. general election, is no date of the next Diet election."""
    assert _facts(sentence).get(DUE) == value


def test_a_term_alone_is_no_next_election() -> None:
    """With no date in the election's own clause, the term's end in another clause is not read for it."""
    assert DUE not in _facts("The next national election has not been set, and the Lower House may sit until 2030.")


IPEF = "diplomacy.ipef_other_partners"


@pytest.mark.parametrize(
    "sentence",
    [
        "At IPEF's launch, the United States and eleven other countries joined Japan.",
        "Washington launched IPEF with eleven other countries, Japan among them.",
        "IPEF, which the United States opened with eleven other countries, includes Japan.",
    ],
)
def test_an_ipef_count_relative_to_unclear_members_is_not_read(sentence: str) -> None:
    """'N other countries' beside both Japan and the United States, not as the pair, is unsure: unread."""
    assert IPEF not in _facts(sentence)


def test_an_ipef_count_beside_the_pair_is_read() -> None:
    """'Japan and the United States were joined by N other countries' is N + 1 besides Japan."""
    assert _facts("At IPEF's launch, Japan and the United States were joined by eleven other countries.")[IPEF] == (
        12,
        "exact",
    )


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Okinawa once held 88% of the bases used only by U.S. forces in Japan.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("At its peak in the 1950s the U.S. presence in Japan was about 250,000 U.S. troops.",
         "alliance.us_troops_in_japan"),
        ("During the occupation some 250,000 U.S. troops were stationed in Japan.", "alliance.us_troops_in_japan"),
        ("Japan ranked first among holders of U.S. Treasuries until 2019.", "trade.treasury_holder_rank"),
        ("Abe's coalition formerly commanded more than two-thirds of the Lower House.",
         "politics.lower_house_coalition_share"),
        ("Japanese investors held more Treasuries than those of any other country until China overtook them.",
         "trade.treasury_holder_rank"),
        ("Japan briefly overtook China as the largest holder of U.S. Treasuries in 2019.",
         "trade.treasury_holder_rank"),
    ],
)  # fmt: skip
def test_a_value_of_a_long_gone_past_is_not_read(sentence: str, fact: str) -> None:
    """'once', 'at its peak', 'during the occupation', 'until 2019' put a value in a past that is not today."""
    assert fact not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Under the 2006 roadmap, 8,600 Marines were to move to Guam; a later revision cut that to about 4,100.", GUAM),
        ("Japan was the third-largest U.S. trading partner in 2016, but it fell to fifth in 2025.",
         "trade.overall_partner_rank"),
        ("In 2016 Japan was the third-largest U.S. trading partner; today it ranks fifth.",
         "trade.overall_partner_rank"),
    ],
)  # fmt: skip
def test_a_value_the_sentence_says_changed_later_is_not_read(sentence: str, fact: str) -> None:
    """A value the same sentence says was cut, revised or overtaken since is not read as the current one."""
    assert fact not in _facts(sentence)


def test_a_dated_figure_beside_a_current_statement_of_another_kind_is_read() -> None:
    """'In 2025, exports were $X, and Japan is now the fourth-largest market': the figure is its year's, still read."""
    facts = _facts(
        "In 2025, U.S. exports to Japan were $85 billion, and Japan is now the fourth-largest market for U.S. exports."
    )
    assert facts["trade.us_exports_to_japan"] == (85_000_000_000, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Komeito holds 11% of the seats in the Upper House.", UPPER),
        ("The LDP alone won 49% of the Upper House seats.", UPPER),
        ("The LDP has 44% of the seats in the Lower House.", "politics.lower_house_coalition_share"),
    ],
)
def test_one_partys_share_is_not_the_coalitions(sentence: str, fact: str) -> None:
    """A share one party holds ('Komeito holds', 'the LDP alone') is not the ruling coalition's share."""
    assert fact not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Pentagon plans to trim the U.S. force in Japan to 45,000 troops by 2030.", "alliance.us_troops_in_japan"),
        ("U.S. troops in Japan could fall to 45,000 under a new posture review.", "alliance.us_troops_in_japan"),
        ("Japan may become the largest source of FDI in the United States next year.", "trade.fdi_source_rank"),
        ("The coalition is set to win 61% of Upper House seats, polls suggest.", UPPER),
        ("Japan may buy another 200 Tomahawk missiles for about $1 billion.", "defense.tomahawk_purchase"),
        ("Some 4,500 Marines could move to Guam if funding allows.", GUAM),
    ],
)
def test_a_planned_or_possible_value_is_not_read(sentence: str, fact: str) -> None:
    """'plans to', 'could', 'may become', 'is set to' give a value that is not a fact yet."""
    assert fact not in _facts(sentence)


def test_a_rate_superseded_later_in_the_sentence_is_not_read() -> None:
    """'faced a 24% tariff in April before the deal lowered it': the rate no longer applies."""
    assert TARIFF not in _facts(
        "Most imports from Japan faced a 24% tariff in April 2025 until a deal lowered it.", "IF11120"
    )


def _elections(body: str) -> dict[str, tuple[str, str]]:
    """The elections read from `body` in a brief's text dated June 2026."""
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {slug: (election.date, election.status) for slug, election in snapshot.elections.items()}


@pytest.mark.parametrize(
    "sentence",
    [
        "Taiwan's January 2028 presidential election is watched closely in Tokyo; the Lower House may be dissolved.",
        "South Korea's National Assembly election in April 2028 comes before Japan's Upper House vote.",
        "The U.S. midterm elections in November 2026 could matter for the Lower House majority.",
        "A by-election for one Lower House seat was held in April 2026.",
    ],
)
def test_another_countrys_vote_or_a_by_election_is_no_diet_election(sentence: str) -> None:
    """The date of another country's vote, or of a vote for one seat, is no Diet election."""
    assert _elections(sentence) == {}


def test_a_chamber_named_by_its_size_is_that_chamber() -> None:
    """'fell to 214 of 465 seats' in the vote of a date is the Lower House, not the chamber the next sentence names."""
    found = _elections(
        "In the October 26, 2025, vote, the coalition fell to 214 of 465 seats. "
        "It keeps a majority in the Upper House, half of whose seats are up in July 2028."
    )
    assert found.get("lower_house_2025") == ("2025-10-26", "held")
    assert "upper_house_2025" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ishiba Shigeru resigned in September 2025, and his successor took office in October.",
        "Prime Minister Kishida Fumio stepped down in 2024 after three years in office.",
        "Prime Minister Suga Yoshihide left office in October 2021.",
    ],
)
def test_a_leader_who_left_office_is_not_the_sitting_one(sentence: str) -> None:
    """A prime minister the sentence says resigned or stepped down is not read as the sitting one."""
    assert "leaders.japan_prime_minister" not in _facts(sentence)


def test_a_sitting_leader_beside_the_trap_is_read() -> None:
    """'Prime Minister Takaichi Sanae met ...' still names the sitting prime minister."""
    found = _facts("Prime Minister Takaichi Sanae met President Donald Trump in Tokyo.")
    assert found["leaders.japan_prime_minister"][0].family == "Takaichi"


@pytest.mark.parametrize(
    ("sentence", "brief", "fact"),
    [
        ("The United States wants Japan to invest $900 billion in U.S. industry.", "IF11120",
         "framework.investment_pledge"),
        ("Washington pressed Tokyo for $900 billion in new investment in the United States.", "IF11120",
         "framework.investment_pledge"),
        ("The President demanded that Japan pay $7 billion a year for hosting U.S. forces.", "IF10199",
         "alliance.host_nation_support_per_year"),
    ],
)  # fmt: skip
def test_a_value_another_party_asks_for_is_not_read(sentence: str, brief: str, fact: str) -> None:
    """'wants Japan to invest', 'pressed Tokyo for', 'demanded that Japan pay' give a demand, not Japan's figure."""
    assert fact not in _facts(sentence, brief)


def test_japans_own_pledge_is_read() -> None:
    """'Japan pledged to invest $550 billion in the United States' is the pledge."""
    found = _facts("Japan pledged to invest $550 billion in the United States by January 2029.", "IF11120")
    assert found["framework.investment_pledge"] == (550_000_000_000, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("A supplementary budget of about $85 billion is under discussion.", "economy.supplementary_budget"),
        ("A supplementary budget of about $85 billion, not yet passed by the Diet, would fund subsidies.",
         "economy.supplementary_budget"),
        ("Japan may pledge another $3 billion in humanitarian aid to Ukraine.", "diplomacy.ukraine_humanitarian_aid"),
        ("U.S. exports to Japan could reach $100 billion next year.", "trade.us_exports_to_japan"),
        ("Most imports from Japan faced a 15% tariff until the February 2026 ruling voided it.",
         "trade.us_tariff_on_most_imports_from_japan"),
    ],
)  # fmt: skip
def test_a_value_pending_possible_or_voided_is_not_read(sentence: str, fact: str) -> None:
    """A budget under discussion, aid Japan may pledge, exports that could reach, a rate voided later: unread."""
    assert fact not in _facts(sentence)


def test_a_passed_budget_is_read() -> None:
    """'The Diet passed a supplementary budget of about $85 billion' is the budget."""
    found = _facts("The Diet passed a supplementary budget of about $85 billion in December 2025.")
    assert found["economy.supplementary_budget"] == (85_000_000_000, "about")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The United Kingdom is a major investor. It is the largest source of FDI in the United States, ahead of "
         "Japan.", "trade.fdi_source_rank"),
        ("China holds many Treasuries. It has more than Japan and is the largest foreign holder of U.S. Treasuries.",
         "trade.treasury_holder_rank"),
        ("Canada buys many U.S. goods. It is the largest market for U.S. exports, followed by Mexico and Japan.",
         "trade.export_partner_rank"),
    ],
)  # fmt: skip
def test_it_after_another_country_stays_that_country_when_japan_is_only_compared(sentence: str, fact: str) -> None:
    """'It' after a sentence on another country is that country, though Japan is named as what it is compared with."""
    assert fact not in _facts(sentence)


def test_it_after_japan_is_japan() -> None:
    """'It is the largest source of FDI ..., ahead of the United Kingdom' after a sentence on Japan is Japan's rank."""
    found = _facts("Japan is a big investor. It is the largest source of FDI in the United States, ahead of the UK.")
    assert found["trade.fdi_source_rank"] == (1, "exact")


def _table(title: str) -> str:
    return (
        f"\n\n## Trade\n\n{title} (billions of dollars)\n\n| | 2025 | 2026 |\n| --- | --- | --- |\n"
        "| U.S. exports, goods and services | 127.4 | 133.0 |\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Table 2. U.S. Trade with Japan, Projected",
        "Table 2. Forecast of U.S. Trade with Japan",
        "Table 2. U.S.-Japan Trade Targets Under the Framework",
    ],
)
def test_a_table_of_projections_or_targets_gives_no_figure(title: str) -> None:
    """A table whose title calls its figures projected, forecast or targets states no year's actual trade."""
    assert "trade.us_exports_to_japan" not in _facts(_table(title))


def test_a_table_of_actual_trade_gives_its_latest_year() -> None:
    """The same table titled as actual trade gives the latest year's figure."""
    assert _facts(_table("Table 1. U.S. Trade with Japan"))["trade.us_exports_to_japan"] == (133_000_000_000, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japan will strive to cut emissions 50% by FY2030.", "economy.emissions_cut_target"),
        ("Japan hopes to cut its emissions 50% by FY2030.", "economy.emissions_cut_target"),
        ("The LDP has called for raising defense spending to 2% of GDP within five years.",
         "defense.spending_goal_pct_gdp"),
        ("The LDP wants defense spending raised to 2% of GDP within five years.", "defense.spending_goal_pct_gdp"),
        ("About 100 Marines relocated to Guam in December 2024.", GUAM),
        ("Some 120 Marines moved to Guam last year.", GUAM),
    ],
)  # fmt: skip
def test_an_aspiration_a_partys_call_or_a_move_done_is_no_plan(sentence: str, fact: str) -> None:
    """A plan is the government's: a hope, a party's call, or Marines already moved are not its figure."""
    assert fact not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Japan's climate pledge calls for a 46% cut in emissions from 2013 levels by FY2030.",
         "economy.emissions_cut_target", (46, "exact")),
        ("Plans call for roughly four thousand Marines to relocate from Okinawa to Guam.", GUAM, (4000, "about")),
        ("Some 4,000 Marines are to be relocated to Guam.", GUAM, (4000, "about")),
        ("Japan plans to raise defense spending to 2% of GDP by FY2027.", "defense.spending_goal_pct_gdp",
         (2, "exact")),
    ],
)  # fmt: skip
def test_a_plan_is_still_read(sentence: str, fact: str, value: tuple[int, str]) -> None:
    """'The pledge calls for', 'Plans call for', 'are to be relocated', 'plans to raise' state the plan."""
    assert _facts(sentence)[fact] == value


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The coalition is strong in the Lower House. In the Upper House, it is weaker. It holds 55% there.",
         "politics.lower_house_coalition_share"),
        ("South Korea is a U.S. ally. It hosts about 28,500 U.S. troops, fewer than Japan does.",
         "alliance.us_troops_in_japan"),
        ("South Korea is a U.S. ally. They host about 28,500 U.S. troops, fewer than Japan does.",
         "alliance.us_troops_in_japan"),
    ],
)  # fmt: skip
def test_a_subject_is_not_carried_past_a_sentence_about_another(sentence: str, fact: str) -> None:
    """'It' stands for the nearest subject: the other chamber, or another country, not one further back."""
    assert fact not in _facts(sentence)


def test_it_after_a_sentence_on_the_chamber_is_that_chambers() -> None:
    """'It holds 55% there' after 'In the Upper House, it is weaker' is the Upper House's share."""
    found = _facts("The coalition is strong in the Lower House. In the Upper House, it is weaker. It holds 55% there.")
    assert found[UPPER] == (55, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Around 30,000 U.S. troops are stationed on Okinawa.", "alliance.us_troops_in_japan"),
        ("Some 11,000 U.S. military personnel serve in Kanagawa, home to Yokosuka.", "alliance.us_troops_in_japan"),
        ("Okinawa hosts 70% of U.S. bases, and 15% of its land is used by the U.S. military.",
         "alliance.okinawa_share_of_land_area"),
        ("About 15% of the prefecture's land is taken up by U.S. bases on Okinawa.",
         "alliance.okinawa_share_of_land_area"),
    ],
)  # fmt: skip
def test_a_part_of_japan_is_not_japan(sentence: str, fact: str) -> None:
    """Troops on Okinawa are not the troops in Japan; a share of Okinawa's own land is not its share of Japan's."""
    assert fact not in _facts(sentence)


def test_okinawas_share_of_japans_land_is_read() -> None:
    """'Okinawa, which accounts for 0.6% of the country's land, ...' is Okinawa's share of Japan's land."""
    found = _facts("Okinawa, which accounts for 0.6% of the country's land, hosts most U.S. bases.")
    assert found["alliance.okinawa_share_of_land_area"] == (0.6, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the United States, GDP grew 2.7% in 2024; Japan's grew more slowly.",
        "U.S. GDP grew 2.7% in 2024, faster than Japan's.",
        "Nominal GDP grew 3.1% in 2025.",
        "Per capita GDP grew 1.9% in 2025.",
    ],
)
def test_another_economys_or_nominal_growth_is_not_japans_real_growth(sentence: str) -> None:
    """Growth of the U.S. economy, or nominal or per-head growth, is not Japan's real GDP growth."""
    assert "economy.gdp_growth" not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Autos from Japan faced a 25% Section 232 tariff in April 2025, cut to 15% in September.",
         "tariffs.section232_autos", (15, "exact")),
        ("Autos from Japan faced a 25% Section 232 tariff in April 2025, reduced to 15% in September.",
         "tariffs.section232_autos", (15, "exact")),
    ],
)  # fmt: skip
def test_the_rate_a_value_was_cut_to_is_read_not_the_old_one(sentence: str, fact: str, value: tuple[int, str]) -> None:
    """'faced 25% in April 2025, cut to 15% in September': the rate is the one it was cut to."""
    assert _facts(sentence, "IF11120")[fact] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Most imports from Japan faced a 10% baseline tariff during the 90-day pause.",
        "During the pause, most imports from Japan faced a 10% tariff.",
        "Most imports from Japan paid a 10% tariff during the truce.",
    ],
)
def test_a_rate_of_a_pause_is_not_the_rate_in_force(sentence: str) -> None:
    """A rate that applied only during a pause or truce is not the tariff on Japan's imports now."""
    assert TARIFF not in _facts(sentence, "IF11120")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japan hosts 50-55,000 U.S. troops.", "alliance.us_troops_in_japan"),
        ("Japan hosts between 50,000 and 55,000 U.S. troops.", "alliance.us_troops_in_japan"),
        ("The coalition holds between 55% and 60% of the Upper House seats.", UPPER),
        ("Japan pledged to cut emissions 46%\u201350% from 2013 levels by FY2030.", "economy.emissions_cut_target"),
    ],
)
def test_a_range_is_no_single_value(sentence: str, fact: str) -> None:
    """Neither end of a range ('between 50,000 and 55,000', '50-55,000', '46%-50%') is read as the value."""
    assert fact not in _facts(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("British firms are the largest source of FDI in the United States; Japanese firms follow.",
         "trade.fdi_source_rank"),
        ("Canadian buyers are the largest market for U.S. exports, well ahead of Japanese ones.",
         "trade.export_partner_rank"),
        ("Korean investors are the third-largest holders of U.S. Treasuries.", "trade.treasury_holder_rank"),
    ],
)  # fmt: skip
def test_another_countrys_people_or_firms_are_not_japans(sentence: str, fact: str) -> None:
    """'British firms', 'Canadian buyers', 'Korean investors' name another country as the subject."""
    assert fact not in _facts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous cost-sharing agreement, signed in January 2016, gave way to a new one.",
        "Japan and the United States are negotiating a new Special Measures Agreement, expected to be signed in "
        "December 2026.",
        "The predecessor cost-sharing agreement was concluded in January 2011.",
    ],
)
def test_a_former_or_coming_cost_sharing_agreement_is_not_the_one_in_force(sentence: str) -> None:
    """The month of a previous cost-sharing agreement, or of one still being negotiated, is not the agreement's."""
    assert "alliance.host_nation_support_agreement" not in _facts(sentence)


def test_the_cost_sharing_agreement_signed_in_may_is_read() -> None:
    """'signed in May 2022' is a month, not the modal 'may'."""
    found = _facts("The current cost-sharing agreement was signed in May 2022.")
    assert found["alliance.host_nation_support_agreement"][0] == "2022-05"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Kanagawa hosts about 10% of U.S. facilities in Japan, Okinawa about 70%.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("In 1972, when Okinawa reverted to Japan, it hosted nearly 60% of U.S. facilities.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("In 2012 about 50,000 U.S. troops were in Japan.", "alliance.us_troops_in_japan"),
    ],
)  # fmt: skip
def test_another_prefectures_share_or_a_figure_of_long_ago_is_not_read(sentence: str, fact: str) -> None:
    """A share Kanagawa holds, or a figure dated ten years or more before the cover, is not the current one."""
    assert fact not in _facts(sentence)


def test_a_date_of_something_else_in_the_sentence_leaves_the_figure_read() -> None:
    """'The alliance, formed in 1952, ... U.S. troops, currently numbering around 50,000': 1952 dates the alliance."""
    found = _facts(
        "The alliance, formed in 1952, lets the United States base U.S. troops\u2014currently numbering around "
        "50,000\u2014in Japan."
    )
    assert found["alliance.us_troops_in_japan"] == (50000, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's emissions in FY2022 were 23% below FY2013 levels, halfway to its target.",
        "Emissions are now 23% below 2013 levels, well short of the goal.",
        "Japan's emissions have fallen 23% from FY2013 levels so far.",
    ],
)
def test_a_cut_achieved_is_not_the_target(sentence: str) -> None:
    """How far emissions have fallen is not the cut Japan has pledged."""
    assert "economy.emissions_cut_target" not in _facts(sentence)
