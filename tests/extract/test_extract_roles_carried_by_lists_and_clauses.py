"""Whose a value is, told by the sentence's structure rather than its words: a 'when' clause after a date, 'the
chamber' pointing back, a list's items finishing the sentence their lead-in opens, a labelled item counting what its
lead-in names, a conversion after a colon or under any hedge, a plan said in the conditional past.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in, values_on
from usjapan_facts.extract import extract_snapshot

DUE = "politics.lower_house_election_due"
GUAM = "alliance.marines_relocating_to_guam"
ON_GUAM = "alliance.marines_in_guam"
HOST = "alliance.host_nation_support_per_year"
LAND = "alliance.okinawa_share_of_land_area"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"


def test_a_when_clause_after_a_date_names_whose_deadline_it_is() -> None:
    """'before June 2028, when the lower chamber's term expires': the chamber of the 'when' clause is the date's."""
    body = (
        "Voters need not be called before June 2028, when the lower chamber's term expires; the upper chamber's "
        "next half-election comes in the summer of 2028."
    )
    assert values_on(body, dt.date(2026, 6, 1))[DUE] == "2028-06"


def test_the_chamber_points_back_never_to_a_chamber_named_later() -> None:
    """'until the chamber's term runs out' after a sentence on the House of Representatives is the Lower House's,
    though the clause after it names the upper house."""
    body = (
        "The coalition holds 310 of the 465 seats in the House of Representatives. Barring a snap dissolution, no "
        "nationwide vote is due until the chamber's term runs out in November 2027; the next upper-house contest "
        "follows in July 2028."
    )
    assert values_on(body, dt.date(2026, 6, 1))[DUE] == "2027-11"


def test_a_term_told_of_a_chamber_named_only_before_is_read() -> None:
    """'Its members may serve until ..., when the four-year term ends' after a sentence on 'the chamber'."""
    body = (
        "The prime minister called a snap vote. The party won 300 of the 465 seats, a firm hold on the chamber. "
        "Its members may sit until March 2029, when the four-year term ends, unless the cabinet dissolves it sooner."
    )
    assert values_on(body, dt.date(2026, 6, 1))[DUE] == "2029-03"


def test_a_lists_items_in_lower_case_take_the_subject_their_lead_in_opens() -> None:
    """'The prefecture' then '- accounts for 0.6% of ...;': each item finishes the sentence its lead-in opens."""
    body = (
        "Okinawa bears far more of the U.S. presence than its size suggests. The prefecture\n\n"
        "- accounts for 0.6% of Japan's land area;\n"
        "- holds roughly 70% of the facilities set aside for the exclusive use of U.S. forces; and\n"
        "- houses more than half of the U.S. military personnel in Japan.\n"
    )
    facts = facts_in(body)
    assert (facts[LAND], facts[FACILITIES], facts[PERSONNEL]) == ((0.6, "exact"), (70, "about"), (50, "over"))


def test_a_lists_items_under_a_lead_in_about_another_place_are_not_okinawas() -> None:
    """The same items after a lead-in opening on Hokkaido give Okinawa nothing."""
    body = "Hokkaido hosts few U.S. forces. The island\n\n- accounts for 22% of Japan's land area;\n"
    assert LAND not in facts_in(body)


def test_a_place_put_first_with_an_aside_points_back() -> None:
    """'On it, however, sit roughly seven-tenths of ...': the place before its verb, an aside between."""
    body = (
        "Okinawa Prefecture makes up 0.6% of Japan's land area. On it, moreover, sit roughly seven-tenths of the "
        "facilities reserved for the exclusive use of U.S. forces."
    )
    assert facts_in(body)[FACILITIES] == (70, "about")


@pytest.mark.parametrize(
    "body",
    [
        "The 2006 accord would have sent 8,000 Marines from Okinawa to Guam.",
        "The first roadmap would have shipped some 8,000 Marines off to Guam.",
    ],
)
def test_a_plan_said_in_the_conditional_past_is_not_the_current_plan(body: str) -> None:
    """'would have sent 8,000 Marines': a plan not carried out."""
    assert GUAM not in facts_in(body)


def test_the_current_plan_is_read_beside_one_said_in_the_conditional_past() -> None:
    body = (
        "The 2006 accord would have sent 8,000 Marines from Okinawa to Guam. Under its 2012 revision, some 9,000 "
        "Marines are to leave the island, of whom roughly four thousand are bound for Guam."
    )
    assert facts_in(body)[GUAM] == (4000, "about")


def test_a_labelled_item_counts_what_its_lead_in_names() -> None:
    """'the Marines are headed to:' then 'Guam: about 4,000': the label says whose, the lead-in what."""
    body = (
        "The allies agreed in 2012 to move about 9,000 Marines off Okinawa. Under the plan, the Marines are "
        "headed to:\n\n- Guam: about 4,000, with the first moves expected later\n- Hawaii: roughly 2,700\n"
    )
    assert facts_in(body)[GUAM] == (4000, "about")


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Under the SMA, Japan's share of the cost of basing U.S. forces averages ¥215 billion a year, or a "
            "little less than $1.5 billion at recent exchange rates.",
            (1_500_000_000, "under"),
        ),
        (
            "Under the SMA, Tokyo committed ¥1.05 trillion over five years for base upkeep, an average of ¥211 "
            "billion a year: somewhat under $1.5 billion at current exchange rates.",
            (1_500_000_000, "under"),
        ),
    ],
)
def test_a_conversion_under_any_hedge_or_after_a_colon_is_the_same_sum(body: str, value: tuple[int, str]) -> None:
    """', or a little less than $1.5 billion', ': somewhat under $1.5 billion': one yearly sum said twice."""
    assert facts_in(body)[HOST] == value


def test_a_contingent_numbering_a_count_in_a_paragraph_on_the_marines_is_read() -> None:
    """'the contingent on Guam numbered around 200', the Marines named a few sentences before."""
    body = (
        "Some 9,000 Marines are to leave Okinawa. About 4,000 of them are bound for Guam. The first hundred or so "
        "arrived in late 2024. At the start of this year, the contingent on Guam numbered around 200."
    )
    assert facts_in(body)[ON_GUAM] == (200, "about")


def test_a_presence_numbering_a_count_elsewhere_is_not_guams() -> None:
    """'the Okinawa-based Marine presence numbers some 19,000': the noun is not on Guam."""
    body = (
        "Of the Marines leaving Okinawa, about 4,000 are slated to move to Guam; the Okinawa-based Marine presence "
        "currently numbers some 19,000."
    )
    assert ON_GUAM not in facts_in(body)


def test_a_treaty_ally_since_an_event_in_a_year_is_read() -> None:
    """'a treaty ally ... since the end of the occupation in 1952': the year of the event after 'since'."""
    body = (
        "Japan, a treaty ally of the United States since the end of the postwar occupation in 1952, hosts U.S. bases."
    )
    text = f"# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\n{body}\n"
    facts = extract_snapshot(text, brief="IF10199", updated=dt.date(2026, 6, 1)).snapshot.facts
    assert facts["alliance.treaty_ally_since"].value == 1952


def test_a_goal_beside_an_opening_phrase_citing_nato_is_japans() -> None:
    """'Citing the benchmark NATO members use, the government has set a target of 2%': NATO is cited, not the
    subject; NATO's own pledge is still not Japan's goal."""
    goal = "defense.spending_goal_pct_gdp"
    cited = "Citing the benchmark NATO members use, the government has set a target of 2% of GDP for defense spending."
    assert facts_in(cited)[goal] == (2, "exact")
    assert goal not in facts_in("NATO members have pledged to spend 2% of GDP on defense.")
