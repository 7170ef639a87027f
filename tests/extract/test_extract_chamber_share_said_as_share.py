"""A chamber share said as 'a 56% share', 'Their share, about 70%,' or in a table's 'Share' column (over a share held
'Before the 2025 vote'); a chamber the share lets the coalition override
('enough to override the upper chamber') is not the chamber the share is of.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import UPPER, facts_in

SEATS = "The LDP and Komeito hold 326 of the Lower House's 465 seats. "


@pytest.mark.parametrize(
    ("body", "fact", "share"),
    [
        ("The ruling bloc holds 140 of the 248 seats in the House of Councillors, a 56% share.", UPPER, (56, "exact")),
        (
            "Before the 2025 vote, the coalition held about 55% of the upper chamber.\n\nTable 1. Coalition Seats "
            "in the Diet\n\n| Chamber | Seats | Share |\n| --- | --- | --- |\n| Upper House | 150 | 60% |",
            UPPER,
            (60, "exact"),
        ),
    ],
)
def test_a_share_said_as_a_share_is_read(body: str, fact: str, share: tuple[int, str]) -> None:
    """'a 56% share' after the seats, the share named with its value set off by commas, or a table's share column
    beside a share dated before the last vote."""
    assert facts_in(body).get(fact) == share


def test_the_chamber_a_share_overrides_is_not_its_own() -> None:
    """A Lower House share that lets the coalition override the upper chamber is no Upper House share."""
    assert UPPER not in facts_in(SEATS + "They hold about 70% of the seats, enough to override the upper chamber.")
