"""Quad leaders' meetings counted as 'the fifth time ... have convened' or 'the first-ever' one, growth 'edging up'
after an aside, growth 'in real terms in 2014', and host-nation support paid 'toward basing costs'. Every sentence
is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

QUAD = "diplomacy.quad_leader_meetings"


def test_the_nth_time_the_leaders_have_convened_is_the_count() -> None:
    """'the fifth time the Quad's leaders have convened since March 2021, and the third time in person': five."""
    body = "They met in May: the fifth time the Quad's leaders have convened since 2021, and the third time in person."
    assert facts_in(body)[QUAD] == (5, "exact")


def test_the_nth_time_in_person_is_no_count_of_all() -> None:
    """'the third time Quad leaders have met in person' counts the in-person meetings only."""
    assert QUAD not in facts_in("It was the third time Quad leaders have met in person.")


def test_the_first_ever_meeting_of_the_year_is_one() -> None:
    """'convened the first-ever leader-level meeting of the Quadrilateral Security Dialogue, or "Quad"' in its year."""
    body = 'On March 12, Biden convened the first-ever leader-level meeting of the Quadrilateral Dialogue ("Quad").'
    text = f"# U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952. {body}\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date(2021, 4, 27)).snapshot
    assert snapshot.facts[QUAD].value == 1


GROWTH = "economy.gdp_growth"


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Japan's economy shrank 4.8% in 2020, its worst fall since 2009, after edging up 0.3% in 2019.",
            {"2020": -4.8, "2019": 0.3},
        ),
        ("Japan's economy shrank 4.8% in 2020, while exports were inching up 2% in 2020.", {"2020": -4.8}),
    ],
)
def test_growth_in_other_words(sentence: str, years: dict[str, float]) -> None:
    """'edging up' after an aside is the economy's; a rise of exports beside it is not growth."""
    assert facts_in(sentence)[GROWTH][0] == years


def test_support_paid_toward_basing_costs() -> None:
    """'pays about $1.9 billion a year toward basing costs': host-nation support a year."""
    facts = facts_in("Japan pays about $1.9 billion a year toward basing costs.")
    assert facts["alliance.host_nation_support_per_year"] == (1900000000, "about")
