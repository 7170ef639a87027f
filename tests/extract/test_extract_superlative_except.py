"""A superlative with an exception ('the largest of any country except X') names the countries ahead: one named is
second, two are third; an exception that names no country leaves the rank unread, never first.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        ("Japan's holdings of U.S. Treasury securities are the biggest of any foreign country except China's.", 2),
        ("Japan's holdings of U.S. Treasury securities are the largest of any nation other than China.", 2),
        ("Japan's holdings of U.S. Treasury securities, near $1 trillion, are the greatest of any but China.", 2),
        ("Japan's holdings of U.S. Treasury securities are the largest apart from those of China and Britain.", 3),
    ],
    ids=["except", "other-than", "but", "apart-from-two"],
)
def test_superlative_with_an_exception_ranks_behind_the_countries_named(body: str, rank: int) -> None:
    """'the biggest of any foreign country except China's' is second, not first."""
    assert facts_in(body)[TREASURY] == (rank, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Japan's holdings of U.S. Treasury securities are the largest of any foreign country, except in 2019.",
        "Japan's holdings of U.S. Treasury securities are the largest of any country other than in wartime.",
    ],
    ids=["except-in-a-year", "other-than-a-time"],
)
def test_superlative_with_an_exception_naming_no_country_is_not_first(body: str) -> None:
    """An exception that names no country leaves the place unsure: unread, never first."""
    assert facts_in(body).get(TREASURY, (None,))[0] != 1
