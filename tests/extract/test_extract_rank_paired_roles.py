"""Ranks whose roles are paired or carried: places paired 'respectively' with the countries before them or the
yardsticks after them, the countries ahead counted as 'economies', a place said after 'than with any partner but',
'their' standing for the Japanese firms said before, a count of those ahead said of 'it', 'on both counts' after the
clause naming the two, and no trade yardstick carried to a sentence ranking a deficit.

Every sentence is invented for the test; each trap ranks another country, or ranks by another yardstick.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "British and Japanese firms held the largest and second-largest foreign direct investment positions in "
            "the United States, respectively.",
            {FDI: 2},
        ),
        (
            "Japanese and Dutch investors held the largest and third-largest direct investment stocks in the United "
            "States, respectively.",
            {FDI: 1},
        ),
        (
            "Japan is a major U.S. partner. It was the sixth- and third-largest source of U.S. imports and market for "
            "U.S. exports, respectively.",
            {IMPORT: 6, EXPORT: 3},
        ),
        (
            "Five economies (Canada, Mexico, China, Germany, and the United Kingdom) did more business with the "
            "United States, counting both goods and services, than Japan did.",
            {OVERALL: 6},
        ),
        (
            "The United States traded more with Japan in 2025 than with any partner but Canada, Mexico, and China, "
            "making it the fourth-largest.",
            {OVERALL: 4},
        ),
        (
            "Japanese firms are major investors. By one official count, their direct investment position in the United "
            "States reached $800 billion in 2025, trailing only that of British firms.",
            {FDI: 2},
        ),
        (
            "Only China, Canada, and Mexico exchanged more goods with the United States than Japan did. The same "
            "three countries stood ahead of it both as markets for U.S. exports and as suppliers of U.S. imports.",
            {EXPORT: 4, IMPORT: 4},
        ),
        (
            "Japanese firms held $790 billion in direct investment in the United States in 2025; for the sixth year "
            "running, no other country's holdings were larger.",
            {FDI: 1},
        ),
        (
            "Purchases from Japan came to $190 billion in 2025; as a supplier, Japan ranked fifth, as it did as a "
            "customer.",
            {IMPORT: 5, EXPORT: 5},
        ),
        (
            "Japan bought $80.0 billion of U.S. goods in 2025 and sold $150.1 billion to the United States; on both "
            "counts it ranked fourth among U.S. partners.",
            {EXPORT: 4, IMPORT: 4},
        ),
        (
            "Only China, Canada, and Mexico did more business with the United States. On a goods-only basis, the U.S. "
            "deficit with Japan was about $69 billion, the second-largest with any single country.",
            {OVERALL: 4},
        ),
    ],
)
def test_a_rank_whose_roles_are_paired_or_carried_is_read(body: str, expected: dict[str, int]) -> None:
    """Each place is Japan's by the yardstick it is paired with, or carried to."""
    facts = facts_in(body)
    assert {fact: facts.get(fact, (None,))[0] for fact in expected} == expected


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "China and South Korea were the third- and fourth-largest markets for U.S. exports, respectively.",
            EXPORT,
        ),
        (
            "The fourth- and fifth-largest sources of U.S. imports and buyers of U.S. exports in 2025 were Japan and "
            "South Korea, respectively.",
            EXPORT,
        ),
        (
            "British and Dutch firms held the largest and second-largest direct investment positions in the United "
            "States, respectively.",
            FDI,
        ),
        (
            "Japan and China hold the largest and second-largest stocks of U.S. Treasury securities among Asian "
            "creditors, respectively.",
            TREASURY,
        ),
        (
            "Five economies (Canada, Mexico, China, Germany, and the United Kingdom) did more business with the "
            "United States than South Korea did.",
            OVERALL,
        ),
        (
            "The United States traded more with Vietnam than with any partner but Canada, Mexico, and China, making "
            "it the fourth-largest.",
            OVERALL,
        ),
        (
            "Canadian firms held $700 billion in direct investment in the United States in 2025; no other country's "
            "holdings were larger.",
            FDI,
        ),
        (
            "Purchases from Japan came to $190 billion in 2025; as a supplier, Japan ranked fifth, as it did as a "
            "customer of Chinese machinery.",
            EXPORT,
        ),
        (
            "Canadian firms are major investors. By one official count, their direct investment position in the United "
            "States reached $700 billion in 2025, trailing only that of British firms.",
            FDI,
        ),
    ],
)
def test_a_place_paired_or_carried_to_another_is_not_japans(body: str, fact: str) -> None:
    """A place paired with another country, or among a region's creditors, is not Japan's."""
    assert fact not in facts_in(body)


def _ranked_table(column: str) -> str:
    """A trade table of Japan whose last column, headed `column`, holds Japan's rank by each row's flow."""
    return (
        "\n\n## Trade\n\nTable 1. U.S. Trade with Japan ($ billions)\n\n"
        f"| Flow | 2025 | {column} |\n| --- | --- | --- |\n"
        "| U.S. exports to Japan | 130.0 | 4 |\n| U.S. imports from Japan | 190.0 | 6 |\n"
    )


def test_a_rank_column_dated_by_its_head_gives_each_rows_place() -> None:
    """A column headed "Japan's rank, 2025" ranks Japan by each row's flow in that year."""
    facts = facts_in(_ranked_table("Japan's rank, 2025"))
    assert (facts.get(EXPORT, (None,))[0], facts.get(IMPORT, (None,))[0]) == (4, 6)


def test_a_rank_column_of_a_past_year_gives_no_current_place() -> None:
    """A column headed with a year long past ranks Japan then, not now."""
    facts = facts_in(_ranked_table("Japan's rank, 2012"))
    assert EXPORT not in facts
    assert IMPORT not in facts
