"""A trade flow read by the verb that moves it, an estimate hedged as 'about', and a list label naming a stock
kept from a pledge.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"
TOMAHAWK = "defense.tomahawk_purchase"
PLEDGE = "framework.investment_pledge"


def test_the_amount_after_each_verb_is_that_verbs_flow() -> None:
    """'sold it $X ..., making Japan a market for U.S. exports, and bought $Y': the noun does not pull $Y."""
    facts = facts_in(
        "Japan is a big economy. The United States sold it roughly $90 billion of goods that year, making Japan the "
        "fifth-biggest market for U.S. exports, and bought about $140 billion from it."
    )
    assert facts[EXPORTS] == (90e9, "about")
    assert facts[IMPORTS] == (140e9, "about")


def test_the_us_selling_to_japan_by_name_is_exports() -> None:
    facts = facts_in(
        "The United States sold Japan some $90 billion of goods in 2025 and purchased $140 billion from it."
    )
    assert facts[EXPORTS] == (90e9, "about")
    assert facts[IMPORTS] == (140e9, "exact")


def test_it_standing_for_another_country_named_before_is_no_flow_of_japan() -> None:
    """Trap: 'it' is the country the sentence named, not Japan."""
    facts = facts_in(
        "The United States sold China $140 billion in 2025, making it a top destination for U.S. exports, "
        "and bought $90 billion from it."
    )
    assert EXPORTS not in facts
    assert IMPORTS not in facts


@pytest.mark.parametrize(
    "wording",
    ["at an estimated cost of $1.5 billion", "valued at an estimated $1.5 billion", "for a projected $1.5 billion"],
)
def test_an_estimated_or_projected_amount_is_about(wording: str) -> None:
    facts = facts_in(f"Washington agreed in 2024 to sell Japan 200 Tomahawk missiles {wording}.")
    assert facts[TOMAHAWK] == (1.5e9, "about")


def test_an_amount_with_no_estimate_of_its_own_stays_exact() -> None:
    """Trap: 'estimated' said of something else is not the amount's hedge."""
    facts = facts_in(
        "Washington agreed in 2024 to sell Japan 200 Tomahawk missiles, estimated to arrive by 2027, at a cost of "
        "$1.5 billion."
    )
    assert facts[TOMAHAWK] == (1.5e9, "exact")


def test_a_label_naming_investment_in_japan_is_no_pledge() -> None:
    """Trap: a stock of U.S. investment in Japan, labelled, is not Japan's pledge to invest in the United States."""
    body = "Ties at a glance:\n\n- American direct investment in Japan at the end of 2025: about $130 billion\n"
    assert PLEDGE not in facts_in(body, "IF11120")


def test_a_label_naming_the_pledge_still_reads_it() -> None:
    body = "Ties at a glance:\n\n- Japan's investment pledge: $550 billion\n"
    assert facts_in(body, "IF11120")[PLEDGE] == (550e9, "exact")


def test_it_standing_for_another_country_of_the_sentence_before_is_no_flow_of_japan() -> None:
    """Trap: the United States is the seller, so 'it' is the country named before, not Japan."""
    facts = facts_in(
        "Canada is a close neighbor. The United States sold it $140 billion in 2025 and bought $90 billion from it."
    )
    assert IMPORTS not in facts
    assert EXPORTS not in facts
