"""Japan's defense facts in more wordings: the traditional limit said by the verb that kept spending under it
('holding defense outlays to', 'had held the defense budget to', 'pegged ... at'); the goal its own strategy documents
'called for' ('to reach 2% of GDP'), its deadline moved ('pulled that deadline forward ..., to FY2025'); the Tomahawk
purchase's sum said 'for them' or of 'the purchase' after a sentence naming the missiles. What another party wants,
a budget deadline, and another buyer's sum are not Japan's facts.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE
from usjapan_facts.extract import extract_snapshot

GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
TOMAHAWK = "defense.tomahawk_purchase"
PLAN = "Japan plans to raise defense spending to 2% of GDP by FY2027."


def _read(body: str) -> dict[str, tuple[object, ...]]:
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    facts = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot.facts
    return {
        key: (fact.value, getattr(fact, "qualifier", None), getattr(fact, "by", None))
        for key, fact in facts.items()
        if key in (GOAL, LIMIT, TOMAHAWK)
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The plan ends the custom of holding military spending to 1% of GDP.", {LIMIT: (1, "exact", None)}),
        ("Since 1976, cabinets had held the defense budget to roughly 1% of GDP.", {LIMIT: (1, "about", None)}),
        ("Tokyo long pegged its military budget at roughly 1 percent of GDP.", {LIMIT: (1, "about", None)}),
        (
            "The 2022 strategy documents, which called for defense spending to reach 2% of GDP by FY2027, stand.",
            {GOAL: (2, "exact", "FY2027")},
        ),
        (
            f"{PLAN} In October she pulled that deadline forward by two years, to FY2025.",
            {GOAL: (2, "exact", "FY2025")},
        ),
        (f"{PLAN} The target year was later moved up to FY2025.", {GOAL: (2, "exact", "FY2025")}),
        (
            "The cabinet advanced the 2% of GDP defense spending goal to fiscal year 2025.",
            {GOAL: (2, "exact", "FY2025")},
        ),
        (
            "Tokyo will buy Tomahawk missiles. The draft budget sets aside ¥211 billion for them, about $1.6 billion.",
            {TOMAHAWK: (1600000000, "about", None)},
        ),
        (
            "Japan will buy Tomahawk missiles. The purchase is valued at about $2.35 billion.",
            {TOMAHAWK: (2350000000, "about", None)},
        ),
    ],
)
def test_defense_facts_are_read_by_their_verbs_and_pointers(body: str, expected: dict[str, tuple[object, ...]]) -> None:
    """Each fact is read with its hedge and deadline, and no other from the same words."""
    assert _read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Washington wants Japan's defense spending to reach 3.5% of GDP.",
        "South Korea has held its defense budget to about 2.5% of GDP.",
        "Japan plans to buy Tomahawks. Australia paid $1.3 billion for them.",
        "Japan plans to buy Tomahawks. Its total defense budget is $50 billion.",
    ],
)
def test_another_partys_wish_or_figure_is_no_defense_fact_of_japans(body: str) -> None:
    """A U.S. wish, South Korea's limit, Australia's purchase and the whole budget are not read."""
    assert _read(body) == {}


def test_a_budget_deadline_moved_is_not_the_goals() -> None:
    """'The budget deadline was moved up to 2026' leaves the goal's FY2027 deadline as it was."""
    assert _read(f"{PLAN} The budget deadline was moved up to 2026.") == {GOAL: (2, "exact", "FY2027")}
