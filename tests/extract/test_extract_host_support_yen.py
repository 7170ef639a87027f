"""Host-nation support given as a yen amount Japan pays each year, with its dollar value beside it (the dollar
amount's own hedge counts); aid or rent in yen is not it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

HNS = "alliance.host_nation_support_per_year"


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        (
            "Tokyo contributes roughly ¥205 billion each year, or some $1.5 billion, through March 2028.",
            1_500_000_000,
            "about",
        ),
        ("Japan now pays just under ¥200 billion annually, close to $1.6 billion.", 1_600_000_000, "nearly"),
        (
            "Japan pays toward their cost under a three-year accord, which provides ¥190 billion a year "
            "($1.45 billion).",
            1_450_000_000,
            "exact",
        ),
    ],
)
def test_a_yearly_yen_payment_gives_the_dollar_amount_beside_it(sentence: str, value: int, qualifier: str) -> None:
    """'Japan pays ¥X a year, about $Y': the dollar amount per year, with the dollar amount's hedge."""
    assert facts_in(sentence)[HNS] == (value, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan provides about ¥480 billion a year in development aid, roughly $3.4 billion.",
        "Japan pays some ¥100 billion a year, about $0.9 billion, in grants to Pacific island states.",
    ],
)
def test_yearly_yen_aid_or_grants_are_not_host_nation_support(sentence: str) -> None:
    """A yearly yen payment for aid or grants is another outlay."""
    assert HNS not in facts_in(sentence)
