"""The ruling coalition said in more forms: the partner with a size or age before it ('the LDP and its smaller
partner, Komeito'), and the two parties said to make up the ruling bloc. Two parties in a deed they lost are not
read as the coalition now.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        ("The LDP and its smaller partner, Komeito, hold a majority in both chambers.", ["LDP", "Komeito"]),
        ("The LDP and its longtime partner, Komeito, kept their majority in the Lower House.", ["LDP", "Komeito"]),
        ("The LDP and Ishin together form the governing coalition.", ["LDP", "Ishin"]),
        ("The LDP and Ishin now make up the ruling bloc.", ["LDP", "Ishin"]),
        ("The LDP now governs with the Japan Innovation Party.", ["LDP", "Ishin"]),
        ("Kishida's LDP and Komeito jointly hold a majority in both chambers.", ["LDP", "Komeito"]),
    ],
)
def test_the_coalition_is_read_in_more_forms(body: str, parties: list[str]) -> None:
    """The two parties, the leading one first, from a partner in apposition or a ruling bloc they form."""
    assert facts_in(body)[COALITION][0] == parties


def test_two_parties_in_a_majority_they_lost_are_not_the_coalition() -> None:
    """'the governing coalition lacks a majority there, where the LDP and Komeito lost theirs': no coalition read."""
    body = "The governing coalition lacks a majority in the Upper House, where the LDP and Komeito lost theirs in 2031."
    assert COALITION not in facts_in(body)
