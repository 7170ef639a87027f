"""IF11120's overall trading-partner rank said as a place held or given: 'Japan held sixth position among U.S. trading
partners', 'occupied fourth place', 'data released in March 2030 place Japan fifth on the list of U.S. trading partners
for 2029' (the ranking's year, not the release's), 'Figures for 2029 placed Japan seventh'.

Every sentence is invented for the test; each trap ranks another market or another country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE
from usjapan_facts.extract import extract_snapshot

OVERALL = "trade.overall_partner_rank"


def _rank(body: str) -> tuple[object, object] | None:
    text = f"# {TITLE['IF11120']}\n\nUpdated June 1, 2030\n\n## Overview\n\n{ANCHOR['IF11120']} {body}\n"
    fact = extract_snapshot(text, brief="IF11120", updated=dt.date(2030, 6, 1)).snapshot.facts.get(OVERALL)
    return (fact.value, getattr(fact, "period", None)) if fact else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Japan held sixth position among U.S. trading partners in 2029.", (6, "2029")),
        ("Japan occupied fourth place among U.S. trading partners in 2029.", (4, "2029")),
        ("Commerce Department data released in March 2030 place Japan fifth on the list of U.S. trading partners for "
         "2029.", (5, "2029")),
        ("Figures for 2029 placed Japan seventh among U.S. trading partners.", (7, "2029")),
        ("Japan held fifth position among U.S. export markets in 2029.", None),
        ("Data released in 2030 place China first on the list of U.S. trading partners for 2029.", None),
    ],
)  # fmt: skip
def test_a_place_held_or_given_is_the_overall_rank_of_its_year(body: str, expected: tuple[int, str] | None) -> None:
    """The place Japan holds or is given among all trading partners, dated by the ranking's year."""
    assert _rank(body) == expected
