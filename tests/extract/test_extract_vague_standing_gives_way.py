"""A vague standing ('a leading creditor', 'among the largest holders') names no place: beside a sentence that gives
the place ('ranks second among foreign holders'), the place is read; alone, it stays a standing without a place.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    "body",
    [
        "Japan is a leading creditor of the U.S. government. Its Treasury holdings, $1 trillion in May 2019, rank "
        "second among foreign holders.",
        "Its Treasury holdings, $1 trillion in May 2019, rank second among foreign holders. Japan is also a leading "
        "creditor of the U.S. government.",
        "Japan is among the largest holders of U.S. Treasury securities. Of all foreign holders of U.S. Treasuries, "
        "only China holds more.",
    ],
    ids=["vague-first", "vague-after", "among-the-largest"],
)
def test_a_vague_standing_gives_way_to_the_place_another_sentence_gives(body: str) -> None:
    """'a leading creditor' and 'ranks second' agree: the second place is read, not the standing."""
    assert facts_in(body)[TREASURY] == (2, "exact")


def test_a_place_outside_the_top_does_not_refine_a_vague_standing() -> None:
    """'a leading creditor' beside 'ranks 12th' (past the top ten) is no refinement of it: 12th is not read."""
    body = (
        "Japan is a leading creditor of the U.S. government. Its Treasury holdings, $1 trillion in May 2019, rank "
        "12th among foreign holders."
    )
    assert facts_in(body).get(TREASURY) != (12, "exact")
