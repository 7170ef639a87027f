"""A first place said after the countries ahead of it: 'Japan was, after A, B, and C, the largest U.S. trading partner'
(fourth), 'After A and B, Japan is the top ...', 'the biggest source ... behind A, B, and C'; a time ('after the
earthquake'), a person's visit or a country's own deed ('after China cut its holdings') is no list of countries ahead.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"


@pytest.mark.parametrize(
    ("body", "fact", "rank"),
    [
        ("In 2024 Japan was, after China, Canada, and Mexico, the largest U.S. trading partner.", OVERALL, 4),
        ("Japan, after China, Mexico, and Canada the largest U.S. trading partner in 2024, trades less.", OVERALL, 4),
        ("Japan ranked as the biggest U.S. trading partner after Canada, Mexico, and China in 2023.", OVERALL, 4),
        (
            "Japan was the biggest source of U.S. imports behind China, Mexico, and Canada.",
            "trade.import_partner_rank",
            4,
        ),
    ],
)
def test_a_first_place_after_the_countries_ahead_counts_them(body: str, fact: str, rank: int) -> None:
    """The rank is one more than the countries named ahead of the superlative, before it or after it."""
    assert facts_in(body).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Japan became the largest foreign holder of U.S. Treasuries after China cut its holdings.",
            "trade.treasury_holder_rank",
        ),
    ],
)
def test_a_superlative_after_no_list_of_countries_stays_first(body: str, fact: str) -> None:
    """A deed or a visit after which Japan is largest names no country ahead of it: the rank stays first."""
    assert facts_in(body).get(fact) == (1, "exact")
