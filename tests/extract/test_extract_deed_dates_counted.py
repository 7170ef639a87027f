"""An agreement's date counted from the cover by 'of last year' (never the cover's own year), and a date an agreement
only sets a deadline by ('within four months of its entry into force, or by about the end of April 2020'), which dates
no deed of it. Sentences invented for the test (fresh25's classes)."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

RELATIONS = (
    "Updated {updated}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n## Alliance\n\n"
)
TRADE = (
    "# U.S.-Japan Trade Agreement Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
    "Japan was the fourth-largest U.S. trading partner in 2018.\n\n## Stage Two\n\n"
)
SMA, IN_FORCE = "alliance.host_nation_support_agreement", "agreements.usjta_in_force"


def _facts(text: str, brief: str = "IF10199") -> dict[str, Any]:
    facts = extract_snapshot(text, brief=brief).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("sentence", "updated", "expected"),
    [
        (
            "The current Special Measures Agreement (SMA), signed in January of last year, covers Japan's fiscal years "
            "2016 through 2020.",
            "May 10, 2017",
            "2016-01",
        ),
        (
            "The two governments signed the present Special Measures Agreement in March of this year.",
            "June 2, 2031",
            "2031-03",
        ),
    ],
    ids=["of-last-year", "of-this-year"],
)
def test_a_month_of_a_year_counted_from_the_cover_dates_the_agreement(
    sentence: str, updated: str, expected: str
) -> None:
    """'January of last year' on a May 2017 cover is January 2016, not the cover's January."""
    assert _facts(RELATIONS.format(updated=updated) + sentence + "\n").get(SMA) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The USJTA called for the parties to begin consultations within four months of its entry into force, or by "
        "about the end of April 2020, on a second stage covering services and investment.",
        "The agreement obliges the two sides to open talks on a second stage by around mid-May 2020, four months "
        "after its entry into force.",
    ],
    ids=["or-by-about", "by-around"],
)
def test_a_deadline_set_from_the_entry_into_force_dates_no_entry_into_force(sentence: str) -> None:
    """A date the agreement sets as a deadline ('by about the end of April 2020') is no date of its taking effect."""
    assert IN_FORCE not in _facts(TRADE.format(updated="January 20, 2020") + sentence + "\n", "IF11120")
