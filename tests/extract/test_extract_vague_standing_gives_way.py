"""A vague standing ('a leading creditor', 'among the largest holders') names no place: beside a sentence that gives
the place ('ranks second among foreign holders'), the place is read; alone, it stays a standing without a place.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY = "trade.treasury_holder_rank"
FDI = "trade.fdi_source_rank"


@pytest.mark.parametrize(
    "body",
    [
        "Japan is a leading creditor of the U.S. government. Its Treasury holdings, $1 trillion in May 2019, rank "
        "second among foreign holders.",
        "Its Treasury holdings, $1 trillion in May 2019, rank second among foreign holders. Japan is also a leading "
        "creditor of the U.S. government.",
        "Japan is among the largest holders of U.S. Treasury securities. Of all foreign holders of U.S. Treasuries, "
        "only China holds more.",
        "Japan is a leading creditor of the U.S. government. In 2025 it was the second-largest foreign "
        "holder of U.S. Treasury securities.",
    ],
    ids=["vague-first", "vague-after", "among-the-largest", "vague-now-place-of-the-latest-year"],
)
def test_a_vague_standing_gives_way_to_the_place_another_sentence_gives(body: str) -> None:
    """'a leading creditor' and 'ranks second' agree: the second place is read, not the standing (also when the place is
    told in the past of the latest year's data: 'In 2025 it was the second-largest', a text of 2026)."""
    assert facts_in(body)[TREASURY] == (2, "exact")


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        (
            "Japanese companies are among the biggest investors in the United States; only Dutch firms have built a "
            "larger direct investment position.",
            2,
        ),
        (
            "Japanese firms are among the leading investors in the United States; only Britain and Canada have built "
            "a larger direct investment position.",
            3,
        ),
    ],
    ids=["among-then-one-ahead", "among-then-two-ahead"],
)
def test_a_vague_standing_gives_way_to_the_place_its_next_clause_gives(body: str, rank: int) -> None:
    """'among the biggest investors; only Dutch firms have built a larger position' is second."""
    assert facts_in(body)[FDI] == (rank, "exact")


@pytest.mark.parametrize(
    ("body", "never"),
    [
        (
            "Japan is a leading creditor of the U.S. government. Its Treasury holdings, $1 trillion in May 2019, rank "
            "12th among foreign holders.",
            12,
        ),
        ("Japan is among the largest holders of U.S. Treasury securities; China is the largest.", 1),
        (
            "Japan is a leading creditor of the U.S. government. In 2019 it was the largest foreign holder of U.S. "
            "Treasury securities.",
            1,
        ),
    ],
    ids=["place-outside-the-top", "next-clause-of-another-country", "place-of-years-before"],
)
def test_a_vague_standing_is_not_replaced_by_a_place_it_does_not_refine(body: str, never: int) -> None:
    """A 12th place is no refinement of 'a leading creditor'; China's first place is not Japan's; a place years before
    the cover is not what 'is a leading creditor' says now."""
    assert facts_in(body).get(TREASURY) != (never, "exact")
