"""`compatible_meanings`: the one place that says whether two statements of a fact can both be true."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts import catalog
from usjapan_facts.compare import compatible_meanings, judge


def who(family: str, given: str | None = None) -> dict[str, Any]:
    return {"value": {"family": family, **({"given": given} if given else {})}}


def n(value: float | None, qualifier: str = "exact", **more: Any) -> dict[str, Any]:
    return {"value": value, "qualifier": qualifier, **more} if value is not None else {"qualifier": qualifier, **more}


CASES = [
    # (kind, one statement, another, compatible): each case is checked in both orders.
    ("percent", n(2, "about"), n(2.1), True),  # about 2% and 2.1%: the same figure stated more finely
    ("percent", n(2, "about"), n(2.1, "about"), True),
    ("percent", n(2), n(2.1), False),  # two exact figures that differ
    ("percent", n(2, "about"), n(2.6), False),  # 2.6 does not round to 2
    ("count", n(55000, "about"), n(55300), True),
    ("count", n(60000, "about"), n(55000), False),  # rounds to 60,000 but lies outside 'around 60,000'
    ("count", n(54000, "about"), n(55000, "about"), False),  # same precision, different figures
    ("count", n(50000, "over"), n(54000, "about"), True),
    ("percent", n(50, "under"), n(60), False),
    ("money", n(20 * 10**9, "nearly"), n(19_500_000_000), True),
    ("rank", n(None, "among_top"), n(1), True),  # among the top and 1st
    ("rank", n(None, "among_top"), n(1, period="2025"), True),  # a period on one side only is added detail
    ("rank", n(None, "among_top"), n(12), False),
    ("rank", n(4), n(6), False),
    ("year", n(1951), n(1952), False),
    ("percent", n(2, "about", period="2024"), n(2.1, period="2025"), False),  # different periods, different figures
    ("date", {"value": "2020"}, {"value": "2020-01-01"}, True),  # a year and a day inside it
    ("date", {"value": "2020-01"}, {"value": "2020-01-15"}, True),  # a month and a day inside it
    ("date", {"value": "2020"}, {"value": "2020-01"}, True),
    ("date", {"value": "2020-01"}, {"value": "2020-02-01"}, False),
    ("date", {"value": "2019"}, {"value": "2020-01-01"}, False),
    ("date", {"value": "2020-01-01"}, {"value": "2020-01-02"}, False),
    ("person", who("Trump"), who("Trump", "Donald"), True),
    ("person", who("Kishida", "Fumio"), who("kishida", "fumio"), True),
    ("person", who("Kishida", "Fumio"), who("Ishiba", "Shigeru"), False),
    ("person", who("Abe", "Shinzo"), who("Abe", "Akie"), False),
    ("list", {"value": ["LDP", "Komeito"]}, {"value": ["Komeito", "LDP"]}, True),
    ("list", {"value": ["LDP", "Komeito"]}, {"value": ["LDP"]}, False),  # a party left: a real change
    ("text", {"value": "a low"}, {"value": "a low"}, True),
    ("text", {"value": "a low"}, {"value": "a high"}, False),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "one", "other", "expected"), CASES)
def test_compatibility_is_decided_alike_in_both_orders(
    kind: str, one: dict[str, Any], other: dict[str, Any], expected: bool
) -> None:
    """Each case of the table gives the expected answer whichever statement comes first."""
    assert compatible_meanings(kind, one, other) is expected
    assert compatible_meanings(kind, other, one) is expected


@pytest.mark.parametrize(("old", "new"), [("2020", "2020-01-01"), ("2020-01-01", "2020")])
def test_an_invariant_date_stated_more_or_less_finely_is_restated_not_corrected(old: str, new: str) -> None:
    """'took effect: 2020 -> January 1, 2020' (and back) is restated; a different year is still a correction."""
    trade = catalog.load("IF11120")
    assert judge(trade, "agreements.usjta_in_force", {"value"}, {"value": old}, {"value": new}).kind == "restated"
    moved = judge(trade, "agreements.usjta_in_force", {"value"}, {"value": old}, {"value": "2021-01-01"})
    assert moved.kind == "correction"


def test_a_finer_figure_is_restated_with_no_delta() -> None:
    """About 2% -> 2.1% is restated, with no move; around 60,000 -> 55,000 is still a move of -5,000."""
    catalogue = catalog.load("IF10199")
    share = "politics.upper_house_coalition_share"
    finer = judge(catalogue, share, {"value", "qualifier"}, n(2, "about"), n(2.1))
    assert (finer.kind, finer.delta, finer.direction) == ("restated", None, None)
    troops = judge(catalogue, "alliance.us_troops_in_japan", {"value"}, n(60000, "about"), n(55000, "about"))
    assert (troops.kind, troops.delta) == ("value", -5000)
