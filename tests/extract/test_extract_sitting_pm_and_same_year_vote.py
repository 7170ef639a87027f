"""A prime minister who 'is' or 'has served as' one, the LDP named first in its coalition, an upper-house vote 'up
for election' or due in 'summer' of the cover's own year, and support spent 'on hosting' U.S. forces. Every sentence
is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

PM = "leaders.japan_prime_minister"


@pytest.mark.parametrize(
    "sentence",
    ["Takaichi Sanae is Japan's prime minister.", "Since October 2025, Takaichi Sanae has served as prime minister."],
)
def test_the_sitting_prime_minister_said_plainly(sentence: str) -> None:
    """'X is Japan's prime minister', 'has served as prime minister': the one in office."""
    assert facts_in(sentence)[PM][0].family == "Takaichi"


def test_a_former_prime_minister_is_not_sitting() -> None:
    """'X is the former prime minister' is not the one in office."""
    assert PM not in facts_in("Kishida Fumio is the former prime minister.")


def test_the_ldp_leads_its_coalition() -> None:
    """'Komeito is the LDP's junior coalition partner': the coalition is the LDP and Komeito, in that order."""
    assert facts_in("Komeito is the LDP's junior coalition partner.")["politics.ruling_coalition"][0] == [
        "LDP",
        "Komeito",
    ]


def _due(body: str, cover: str) -> object:
    text = f"# U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952. {body}\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    fact = snapshot.facts.get("politics.next_diet_election_due")
    return fact.value if fact is not None else None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Half the upper house will be up for election in July 2028.", 2028),
        ("The upper house election was held in 2027.", None),
    ],
)
def test_an_upper_house_vote_to_come(body: str, value: int | None) -> None:
    """A lower-case 'upper house' up for election; a year alone of the cover's own year when the clause says next."""
    assert _due(body, "2027-03-01") == value


def test_support_spent_on_hosting_us_forces() -> None:
    """'spends about $1.9 billion a year on hosting U.S. forces': host-nation support a year."""
    facts = facts_in("Japan spends about $1.9 billion a year on hosting U.S. forces.")
    assert facts["alliance.host_nation_support_per_year"] == (1900000000, "about")
