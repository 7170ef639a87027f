"""Japan's place as a source of FDI and as a holder of Treasuries said by the one country ahead of it, or by those it
outranks: 'the United Kingdom's stock alone is larger', 'only Britain's is bigger', 'Britain is the only country whose
firms have invested more', 'the only country with a larger stock is', 'have been the largest of any foreign country',
'outranks every other foreign country, China included, as a holder of', 'more than investors in the United Kingdom,
now in second place'. Another country's rank, or one that counts Japan among those it outranks, is not Japan's.

Every sentence is invented for the test (texts dated June 1, 2026).
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
            "Japanese direct investment in the United States reached $510 billion in 2024; Britain's stock alone "
            "is larger.",
            FDI,
            2,
        ),
        (
            "Japan's FDI stock in the United States was $480 billion at the end of 2025; only the United "
            "Kingdom's is bigger.",
            FDI,
            2,
        ),
        (
            "Japanese firms held $600 billion in direct investment in the United States, and Britain is the only "
            "country whose firms have invested more.",
            FDI,
            2,
        ),
        (
            "Japan's direct investment in the United States totaled $520 billion; the only country with a larger "
            "stock is the United Kingdom.",
            FDI,
            2,
        ),
        (
            "Japanese holdings of Treasury securities, $1.1 trillion in May, have been the largest of any "
            "foreign country since 2019.",
            TREASURY,
            1,
        ),
        (
            "Japan is a big buyer of U.S. goods. It also outranks every other country, China included, as a "
            "holder of U.S. Treasuries.",
            TREASURY,
            1,
        ),
        (
            "Japan outranks all other foreign countries, including China, as a creditor of the U.S. government.",
            TREASURY,
            1,
        ),
        (
            "Japanese investors own $1.1 trillion of Treasury securities, more than those in China, now in "
            "second place.",
            TREASURY,
            1,
        ),
        (
            "Japan's holdings of U.S. Treasury securities, $1.2 trillion in May, topped those of second-place "
            "China by more than $200 billion.",
            TREASURY,
            1,
        ),
        (
            "Japan's holdings of U.S. Treasury securities exceeded by about $320 billion those of the United "
            "Kingdom, which has displaced China as the second-largest foreign holder.",
            TREASURY,
            1,
        ),
        (
            "Japanese firms' direct investment position in the United States, some $780 billion at the end of "
            "2025, has exceeded the United Kingdom's, and every other country's, since 2019.",
            FDI,
            1,
        ),
        (
            "Japanese firms' direct investment position in the United States reached $421 billion at the end of "
            "2025. It is the second-largest of any country's, after the United Kingdom's.",
            FDI,
            2,
        ),
    ],
)
def test_a_rank_said_by_the_one_ahead_or_those_behind_is_read(body: str, fact: str, rank: int) -> None:
    """The rank is second when one country alone is ahead, first when Japan outranks all others or the second, or a
    pointer carries the measure named before ('It is the second-largest of any country's')."""
    assert facts_in(body).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    "body",
    [
        (
            "Canada's direct investment in the United States reached $600 billion in 2025; only the United "
            "Kingdom's stock is larger."
        ),
        (
            "Japanese direct investment in the United States reached $750 billion in 2025, and the largest "
            "single deal was a steel merger."
        ),
        (
            "China is a rival of Japan's. It also outranks every other foreign country, Japan included, as a "
            "holder of U.S. Treasuries."
        ),
        "China outranks every other country, Japan included, as a holder of U.S. Treasuries.",
    ],
)
def test_another_countrys_place_or_a_deals_size_is_no_rank_of_japans(body: str) -> None:
    """Canada's second place, the largest deal, and China's first place over Japan give Japan no rank."""
    facts = facts_in(body)
    assert FDI not in facts
    assert TREASURY not in facts
