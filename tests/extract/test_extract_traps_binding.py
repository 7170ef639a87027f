"""Traps of binding: a hedge after its figure, a date of a relative clause, an election dated back from another
deed, a pledge for another year. Each value is tied to the words of its own phrase or clause, or declined.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE, elections_in, facts_in
from usjapan_facts.extract import extract_snapshot

TROOPS = "alliance.us_troops_in_japan"
EMISSIONS = "economy.emissions_cut_target"


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("American forces in Japan total fifty-three thousand or so.", "about"),
        ("Fifty-three thousand U.S. troops, give or take, serve in Japan.", "about"),
        ("Japan is home to 53,000 U.S. military personnel or thereabouts.", "about"),
        ("The United States keeps 53,000 troops in Japan, more or less.", "about"),
        ("The United States keeps 53,000 or more troops in Japan.", "at_least"),
        ("Japan hosts 53,000 U.S. troops, roughly.", "about"),
        ("Japan hosts 53,000-odd U.S. troops.", "about"),
    ],
)
def test_a_hedge_after_the_figure_qualifies_it(sentence: str, qualifier: str) -> None:
    """'or so', 'give or take', 'or thereabouts', a closing 'roughly' after a figure (its noun between or not) and
    '-odd' right after it hedge it as 'about'."""
    assert facts_in(sentence)[TROOPS] == (53000, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States keeps 53,000 troops in Japan, or so officials told reporters.",
        "The United States keeps 53,000 troops in Japan and 40,000 family members or so.",
    ],
)
def test_a_hedge_of_another_phrase_leaves_the_figure_exact(sentence: str) -> None:
    """An 'or so' that opens another phrase, or follows another figure, does not hedge this one."""
    assert facts_in(sentence)[TROOPS] == (53000, "exact")


def events_in(body: str) -> dict[str, str]:
    """The dated events read from `body` in a brief's text dated June 2026."""
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {slug: event.date for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    "sentence",
    [
        "Abe, who in April 2015 addressed a joint meeting of Congress, will host a summit on November 3.",
        "Abe, who addressed a joint session of Congress in April 2015, went on to visit Hawaii in December.",
        "Abe, who took office in December 2012, addressed a joint meeting of Congress in April 2015.",
        "Abe, who became premier in December, addressed a joint session of the U.S. Congress in April 2015.",
    ],
)
def test_an_event_takes_the_date_of_its_own_relative_clause(sentence: str) -> None:
    """A relative clause set off by commas dates its own deed: the main clause's month is another deed's."""
    assert events_in(sentence)["abe_address_to_congress"] == "2015-04"


@pytest.mark.parametrize(
    "sentence",
    [
        "Abe, who addressed a joint meeting of Congress, is to visit Pearl Harbor in December 2016.",
        "Abe, who once addressed a joint session of Congress, met the President on May 2, 2016.",
        "Abe, who addressed a joint meeting of Congress to applause, toured Boston in April 2015.",
    ],
)
def test_an_undated_relative_clause_borrows_no_date_from_the_main_one(sentence: str) -> None:
    """A deed in a relative clause with no date of its own is not dated by the main clause's other deed."""
    assert "abe_address_to_congress" not in events_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kato became prime minister on October 2, 2025; he had won the LDP leadership vote two days earlier.",
        "Kato took office on October 2, 2025, having won the LDP presidential election a few days before.",
        "Sworn in on October 2, 2025, Kato had been picked in the LDP leadership race the week before.",
    ],
)
def test_an_election_dated_back_from_another_deed_is_not_dated_by_it(sentence: str) -> None:
    """'had won ... two days earlier': the sentence's date is the other deed's, so the election is not dated."""
    assert not any(slug.startswith("ldp_president") for slug in elections_in(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kato won the LDP leadership election on September 30, 2025, and became premier two days later.",
        "On September 30, 2025, Kato won the LDP presidential election.",
        "The LDP leadership vote was held on September 30, 2025; Kato had served as a minister earlier.",
    ],
)
def test_an_election_with_its_own_date_is_read(sentence: str) -> None:
    """The election's own date, however the rest of the sentence runs, still dates it."""
    assert elections_in(sentence)["ldp_president_2025"][0] == "2025-09-30"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo's new pledge: a 62% cut in emissions from FY2013 levels by FY2035, atop its 46% target for FY2030.",
        "The 2030 target, a 46% cut in emissions below FY2013 levels, remains, beside a 62% goal for FY2035.",
        "Japan intends to cut its greenhouse gas emissions 46% by FY2030 from FY2013 levels, and 62% by FY2035.",
    ],
)
def test_the_pledge_for_2030_is_read_beside_later_ones(sentence: str) -> None:
    """The 2030 pledge is read with its own target year, whatever pledges for later years stand beside it."""
    snapshot = facts_in(sentence)
    assert snapshot[EMISSIONS] == (46, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan has pledged a 62% cut in greenhouse gas emissions from 2013 levels by 2035.",
        "Japan has committed to reduce emissions by 62% compared with FY2013, a goal set for FY2035.",
        "Japan's 2040 goal is a 73% cut in emissions from FY2013 levels.",
    ],
)
def test_a_pledge_for_another_year_is_not_the_2030_one(sentence: str) -> None:
    """A cut pledged for 2035 or 2040 is another pledge than the fact's (by 2030): declined."""
    assert EMISSIONS not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "slug", "date"),
    [
        (
            "In the May 10, 2026, Lower House election, the LDP lost the majority it had held since 2012.",
            "lower_house_2026",
            "2026-05-10",
        ),
        ("Abe was shot on July 8, 2022, two days before the Upper House election.", "upper_house_2022", "2022-07-10"),
    ],
)
def test_words_of_the_past_about_something_else_leave_the_election_dated(sentence: str, slug: str, date: str) -> None:
    """'had held since 2012' is the majority's; 'two days before the election' dates the election from the deed."""
    assert elections_in(sentence)[slug][0] == date


FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "rank"),
    [
        ("Japanese firms outrank all other foreign investors in the United States.", FDI, 1),
        ("Japan's direct investment in the United States at the end of 2024 tops every other country's.", FDI, 1),
        ("Japan's direct investment in the United States came to $750 billion in 2024; no other country's firms "
         "had invested more.", FDI, 1),
        ("Japan is the leading source of foreign direct investment in the United States.", FDI, 1),
        ("Japan's FDI in the United States, $700 billion at the end of 2022, is the second largest.", FDI, 2),
        ("Japan is the runner-up among foreign holders of U.S. Treasury securities.", TREASURY, 2),
        ("Among foreign holders of U.S. Treasury securities, Japan stands first, followed by Britain.", TREASURY, 1),
    ],
)  # fmt: skip
def test_a_rank_said_by_those_it_beats_or_follows_is_read(sentence: str, fact: str, rank: int) -> None:
    """'tops every other country's', 'no other country's firms had invested more', 'the runner-up', 'stands first'."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Chinese direct investment in the United States is the second largest, behind Japan's.", FDI),
        ("Among foreign holders of U.S. Treasury securities, China stands first and Japan second.", TREASURY),
        ("Japan's FDI in the United States rose to $700 billion; the United Kingdom's was the largest.", FDI),
        ("China tops all foreign holders of U.S. Treasury securities, Japan included.", TREASURY),
        ("Japan is one of the leading sources of foreign direct investment in the United States.", FDI),
    ],
)  # fmt: skip
def test_a_rank_of_another_country_is_not_japans(sentence: str, fact: str) -> None:
    """A rank whose clause names another country, or that says only 'one of the leading', is not read as Japan's."""
    assert facts_in(sentence).get(fact, (None, None))[0] not in (1, 2)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("U.S. troop strength in Japan exceeds fifty-two thousand.", "over"),
        ("The number of U.S. troops in Japan tops 52,000.", "over"),
        ("U.S. troop levels in Japan surpassed 52,000 this year.", "over"),
        ("U.S. military personnel in Japan number a little under 52,000.", "under"),
    ],
)
def test_a_verb_that_compares_hedges_the_figure(sentence: str, qualifier: str) -> None:
    """'exceeds', 'tops', 'surpassed' before a figure say more than it, never exactly it."""
    assert facts_in(sentence)[TROOPS] == (52000, qualifier)
