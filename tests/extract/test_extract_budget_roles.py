"""The supplementary budget read by its roles: a budget picked among several named in the sentences before, its noun
left out ('The third, enacted on ..., is worth ..., topping $180 billion'), and one whose sentence goes on to what it
pays for ('..., financing a ¥21.3 trillion economic package'), which is no package of its own. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

BUDGET = "economy.supplementary_budget"


def test_a_budget_picked_among_several_named_before() -> None:
    """'The third, ..., is worth ¥19.2 trillion, topping $180 billion' two sentences after 'three supplementary
    budgets': the third, the latest, is the budget; 'topping' is over."""
    body = (
        "The Diet has passed three supplementary budgets for FY2025. The first two, enacted in April and June 2025, "
        "together exceeded ¥57 trillion. The third, enacted on January 28, 2026, is worth ¥19.2 trillion, topping "
        "$180 billion at current rates."
    )
    assert facts_in(body)[BUDGET] == (180_000_000_000, "over")


def test_what_a_budget_pays_for_is_not_its_size_nor_a_plan() -> None:
    """'Some $117 billion in extra spending was approved by the Diet ..., financing a ¥21.3 trillion economic package':
    the package it finances rules nothing out."""
    body = (
        "Some $117 billion (¥18.3 trillion) in extra spending was approved by the Diet in mid-December 2025, financing "
        "a ¥21.3 trillion economic package."
    )
    assert facts_in(body)[BUDGET] == (117_000_000_000, "about")


@pytest.mark.parametrize(
    "body",
    [
        # the first of several, not the latest
        "The Diet has passed two supplementary budgets this fiscal year. The first, worth $90 billion, passed in "
        "April.",
        # a pick with no budgets named before
        "Exports rose sharply last year. The third, enacted on January 28, 2026, is worth $180 billion.",
        # a package planned, whatever it finances
        "Some $117 billion in extra spending is planned for next spring, financing a new economic package.",
    ],
)
def test_no_latest_budget_is_read_from_these(body: str) -> None:
    """The first of several, a pick with nothing to pick from, a plan: no supplementary budget."""
    assert BUDGET not in facts_in(body)
