"""The latest of several supplementary budgets a sentence lists, the Diet's 'extra spending' or 'supplemental
budget', a sum said with its conversion ('$40 billion, or ¥6 trillion,') or said to be added or appropriated when
the Diet passed one, and the yen's extreme 'against the dollar in 24 years' or 'a three-and-a-half-year low'.

Every sentence is invented for the test (the text around it is dated June 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

BUDGET = "economy.supplementary_budget"
YEN = "economy.yen"


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("The Diet passed two supplementary budgets in 2025: ¥10 trillion (about $70 billion) in March and ¥12 "
         "trillion (about $85 billion) in November.", BUDGET, (85000000000, "about")),
        ("Lawmakers enacted three extra budgets this year: in January, $30 billion; in March, $45 billion; and in May, "
         "$60 billion.", BUDGET, (60000000000, "exact")),
        ("The Diet enacted two supplementary budgets in 2025, the first, in April, worth about $90 billion, and a "
         "second, of about $120 billion, in December.", BUDGET, (120000000000, "about")),
        ("On April 30, the Diet approved extra spending of ¥8 trillion (some $55 billion) to cushion rising prices.",
         BUDGET, (55000000000, "about")),
        ("A supplemental budget of $40 billion passed the Diet in March 2026.", BUDGET, (40000000000, "exact")),
        ("The Diet has enacted two extra budgets this year; the latest, passed in May, adds about $80 billion.", BUDGET,
         (80000000000, "about")),
        ("The Diet passed a supplementary budget of $30 billion in March for storm repairs, for which more is "
         "expected.", BUDGET, (30000000000, "exact")),
        ("Roughly $40 billion, or ¥6 trillion, was appropriated in March through a supplementary budget.", BUDGET,
         (40000000000, "about")),
        ("¥5 trillion (about $33 billion) was added to spending on May 2, when the Diet passed an extra budget.",
         BUDGET, (33000000000, "about")),
        ("The yen sank to a three-and-a-half-year low against the dollar in May.", YEN,
         ("three-and-a-half-year low against the dollar", None)),
        ("In April the yen touched its weakest level against the U.S. dollar in 24 years.", YEN,
         ("24-year low against the dollar", None)),
    ],
)  # fmt: skip
def test_the_latest_budget_or_the_yens_extreme_is_read(sentence: str, fact: str, value: tuple[object, object]) -> None:
    """The last of budgets listed in order of month, the Diet's extra spending, the yen's extreme as written."""
    assert facts_in(sentence)[fact] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The government plans two supplementary budgets this year: $50 billion in April and $70 billion in June.",
        "The Diet passed two supplementary budgets in 2025: $50 billion in June and $70 billion in March.",
        "The Diet approved extra spending of ¥8 trillion ($55 billion) on defense.",
        "South Korea's parliament approved extra spending of $20 billion.",
        "The euro fell to its lowest level against the dollar in 20 years.",
    ],
)
def test_a_planned_unordered_or_foreign_budget_or_another_currency_is_not_read(sentence: str) -> None:
    """Budgets planned, listed out of order, for defense or of another country, and the euro's extreme: nothing."""
    facts = facts_in(sentence)
    assert BUDGET not in facts
    assert YEN not in facts
