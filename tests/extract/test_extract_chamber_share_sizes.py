"""The coalition's share of a chamber read where the chamber's size stands beside it: a table row labelled 'Lower
House (475)', and 'seats in the 465-member chamber, better than three in four' (over 75); fractions said as so many in
so many with 'better than', 'more than', 'roughly'. The LDP alone, or the opposition, holds no coalition share.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
TABLE = (
    "\n\nTable 3. The Ruling Parties' Strength\n\n| Chamber | Coalition seats | Share | Elected |\n"
    "| --- | --- | --- | --- |\n| House of Representatives (465) | 293 | 63% | Oct. 2021 |\n"
    "| House of Councillors (248 seats) | 146 | 59% | July 2022 |\n"
)


def test_a_table_row_labelled_with_the_chambers_size_gives_each_share() -> None:
    """'House of Representatives (465) | 293 | 63%' is the Lower House share; '(248 seats)' the Upper House's."""
    facts = facts_in(f"Kishida leads a coalition of the LDP and Komeito.{TABLE}")
    assert (facts[LOWER], facts[UPPER]) == ((63, "exact"), (59, "exact"))


@pytest.mark.parametrize(
    ("body", "share"),
    [
        ("Together the governing partners now control 352 seats in the 465-member chamber, better than three in four.",
         (75, "over")),
        ("The coalition holds 310 of the 465 seats in the Lower House, more than two in three.", (67, "over")),
        ("The LDP and Komeito control 345 seats in the 465-seat lower chamber, or roughly three out of four.",
         (75, "about")),
        ("The coalition commands better than 70% of the Lower House.", (70, "over")),
        ("With 68% of the Lower House seats, the coalition can override the upper chamber.", (68, "exact")),
        ("The LDP governs with Komeito. The pair holds 300 of the 465 seats in the Lower House, about 65%, short "
         "of the two-thirds majority required to propose amendments.", (65, "about")),
    ],
)  # fmt: skip
def test_a_share_said_beside_the_chambers_size_or_as_a_fraction_is_read(body: str, share: tuple[float, str]) -> None:
    """The share is read with its hedge, the chamber named by its size or its name."""
    assert facts_in(body)[LOWER] == share


@pytest.mark.parametrize(
    "body",
    [
        "The LDP alone won better than three in four of the Lower House seats it contested.",
        "Voters gave the opposition better than one in four seats in the Lower House.",
    ],
)
def test_one_partys_or_the_oppositions_seats_are_no_coalition_share(body: str) -> None:
    """The LDP's own seats and the opposition's are not the coalition's share."""
    assert LOWER not in facts_in(body)
