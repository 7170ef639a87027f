"""A hedge between a value and its unit ('Four thousand or so of them'), a coalition named 'The coalition of' or by a
'Governing parties:' label, a prime minister the Diet 'elected', a cut of 'Japan's' emissions, a term 'of the
current Lower House', and voters who 'will not go to the polls' until a month. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot


@pytest.mark.parametrize(
    ("body", "fact_id", "value"),
    [
        (
            "About 9,000 Marines are to leave Okinawa. Four thousand or so of them are to go to Guam.",
            "alliance.marines_relocating_to_guam",
            (4000, "about"),
        ),
        (
            "The coalition of Kishida's LDP and the smaller Komeito party controls both chambers.",
            "politics.ruling_coalition",
            (["LDP", "Komeito"], None),
        ),
        ("\n\n- Governing parties: the LDP and Ishin", "politics.ruling_coalition", (["LDP", "Ishin"], None)),
        (
            "The government vowed cutting Japan's greenhouse gas emissions 46% by 2030 compared with 2013.",
            "economy.emissions_cut_target",
            (46, "exact"),
        ),
    ],
)
def test_values_in_other_words(body: str, fact_id: str, value: tuple[object, object]) -> None:
    """Each wording states the fact."""
    assert facts_in(body)[fact_id] == value


def test_the_diet_elected_a_prime_minister() -> None:
    """'the National Diet elected Takaichi Sanae prime minister': the leader in office."""
    facts = facts_in("On October 21, 2025, the National Diet elected Takaichi Sanae prime minister.")
    assert facts["leaders.japan_prime_minister"][0].family == "Takaichi"


def _facts(body: str, cover: str) -> dict[str, object]:
    text = f"# U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952. {body}\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    return {fact_id: fact.value for fact_id, fact in snapshot.facts.items()}


def test_the_term_of_the_current_lower_house() -> None:
    """'The four-year term of the current Lower House ends in October 2029': its deadline."""
    facts = _facts("The four-year term of the current Lower House ends in October 2029.", "2027-04-01")
    assert facts["politics.lower_house_election_due"] == "2029-10"


def test_voters_who_will_not_go_to_the_polls_until() -> None:
    """'will not go to the polls nationally until July 2028': the next Diet election."""
    facts = _facts("Japanese voters will not go to the polls nationally until July 2028.", "2027-04-01")
    assert facts["politics.next_diet_election_due"] == 2028
