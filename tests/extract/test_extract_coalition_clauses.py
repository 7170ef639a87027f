"""The ruling coalition read where a sentence also tells other deeds: an earlier spell after 'and before that', a
part after a semicolon on a party that left, the partner named first ('With Komeito, its partner, the LDP holds'),
and 'have governed together since'. A coalition in the past or a party walking out is not read as the coalition now.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "The LDP and Komeito have governed together since 2031, and before that from 2020 to 2028.",
            ["LDP", "Komeito"],
        ),
        ("With Komeito, its old partner, the LDP holds 280 of the 465 Lower House seats.", ["LDP", "Komeito"]),
        (
            "Sato leads a coalition of her Liberal Democratic Party (LDP) and the Japan Innovation Party (Ishin); "
            "Komeito, the LDP's partner for decades, left the government in March.",
            ["LDP", "Ishin"],
        ),
        (
            "The LDP signed a pact with the Japan Innovation Party (Ishin), which stays out of the cabinet; the "
            "ruling coalition is therefore now the LDP and Ishin.",
            ["LDP", "Ishin"],
        ),
    ],
)
def test_the_coalition_is_read_beside_other_deeds(body: str, parties: list[str]) -> None:
    """The coalition now, from the clause or part that names it, the leading party first."""
    assert facts_in(body)[COALITION][0] == parties


@pytest.mark.parametrize(
    "body",
    [
        "After the LDP chose a new leader in March, Komeito, its coalition partner since 2001, walked out.",
        "The LDP and Komeito governed together from 2012 to 2025.",
        "With Komeito, its former partner, the LDP held talks in March.",
        "The LDP and Komeito had governed together since 2012, until Komeito walked out.",
    ],
)
def test_a_partner_walking_out_or_a_past_spell_is_not_the_coalition(body: str) -> None:
    """A party walking out, or two parties governing in a closed spell, is no coalition now."""
    assert COALITION not in facts_in(body)
