"""A rank said as 'only X <verb> more' after a fronted phrase ('Among investors in the U.S., only Britain had ...')
names no subject of its own: it takes the one before, as 'Only X holds more' does.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "fact", "rank"),
    [
        (
            "Japanese firms keep expanding. Among countries investing directly in the United States, only the "
            "Netherlands had built up a larger position.",
            FDI,
            2,
        ),
        ("Japan's portfolio is vast. Of all foreign holders of U.S. Treasuries, only China holds more.", TREASURY, 2),
    ],
    ids=["among-investors", "of-holders"],
)
def test_only_one_ahead_after_a_fronted_phrase_ranks_the_subject_before(body: str, fact: str, rank: int) -> None:
    """'Among ..., only the Netherlands had built up a larger position' after a sentence on Japan: second."""
    assert facts_in(body)[fact] == (rank, "exact")


def test_only_one_country_ahead_after_a_sentence_on_another_country_is_not_read() -> None:
    """After a sentence about China, 'only Britain had built up a larger position' ranks China, not Japan."""
    body = (
        "China's companies invest heavily too. Among countries investing directly in the United States, only "
        "Britain had built up a larger position."
    )
    assert FDI not in facts_in(body)
