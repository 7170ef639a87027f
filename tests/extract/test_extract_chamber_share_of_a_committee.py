"""A share of a committee's seats ('45% of the seats on its budget committee', 'seats on the foreign affairs panel')
is no share of the chamber, while the chamber's own majority told beside it is still read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import values_on

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
COVER = dt.date(2031, 3, 1)


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("The ruling parties hold 54% of the seats on the Lower House's budget committee.", LOWER),
        ("In the Upper House, the coalition controls 41% of the seats on the foreign affairs panel.", UPPER),
        ("The governing bloc fills 47% of the places on the upper chamber's audit committee.", UPPER),
    ],
)
def test_a_committees_share_is_no_chamber_share(body: str, fact: str) -> None:
    """The committee's seats, not the chamber's: nothing read."""
    assert fact not in values_on(body, COVER)


def test_the_chambers_majority_beside_a_committee_share_is_read() -> None:
    """'holds a majority in the Lower House but only 44% of the seats on its budget committee': over half."""
    body = "The coalition holds a majority in the Lower House but only 44% of the seats on its budget committee."
    assert values_on(body, COVER).get(LOWER) == 50
