"""Ranks said by the countries ahead or the ones behind in more forms: a counted list set off by commas ('Three
economies, A, B, and C, conducted more two-way trade'), 'came in behind five other partners', 'only A had built up
a larger position', 'second in size only to', 'nobody abroad owns more', 'on that measure, too, only A and B
outranked it', 'here too, Japan came fifth', 'the biggest stock of any investing country', 'fourth among destinations
for U.S. goods'.

Every sentence is invented for the test; each trap names another country as the one ranked.
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
    ("sentence", "fact", "rank"),
    [
        (
            "Four economies, Canada, China, Mexico, and Germany, conducted more two-way trade with the United States "
            "than Japan did.",
            OVERALL,
            5,
        ),
        ("By two-way trade, Japan came in behind three other partners in 2030.", OVERALL, 4),
        ("Japan ranked fifth among destinations for U.S. goods.", EXPORT, 5),
        (
            "Imports from Japan rose to $150 billion; on that measure, too, only China and Mexico outranked it.",
            IMPORT,
            3,
        ),
        ("Exports to Japan rose to $90 billion; on that measure, too, only Canada and Mexico outranked it.", EXPORT, 3),
        (
            "On the import side, Americans bought $185 billion of Japanese goods in 2030; here too, Japan came fifth.",
            IMPORT,
            5,
        ),
        ("Japanese holdings of U.S. Treasury securities are second in value only to China's.", TREASURY, 2),
        ("Nobody abroad holds more U.S. Treasury securities than Japanese investors.", TREASURY, 1),
        (
            "Japanese firms have more capital tied up in direct investment in the United States than firms from any "
            "other country.",
            FDI,
            1,
        ),
        (
            "Japanese firms held $900 billion in U.S. direct investment, the largest stock of any investing country.",
            FDI,
            1,
        ),
        (
            "Among countries investing directly in the United States, only the Netherlands had built up a larger "
            "position than Japan.",
            FDI,
            2,
        ),
    ],
)
def test_a_rank_said_by_the_countries_ahead_or_behind_is_read(sentence: str, fact: str, rank: int) -> None:
    """The rank is one more than the countries said to be ahead, or first when nobody is."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Nobody abroad holds more U.S. Treasury securities than China.", TREASURY),
        (
            "Three economies, Canada, China, and Mexico, conducted more two-way trade with the United States than "
            "South Korea did.",
            OVERALL,
        ),
        ("China's holdings of Treasury securities are second in size only to Japan's.", TREASURY),
        ("South Korea came in behind five other partners in total trade, well behind Japan.", OVERALL),
        ("Japanese holdings of U.S. Treasury securities are the largest stock of any country.", FDI),
    ],
)
def test_a_rank_of_another_country_or_another_holding_is_not_read(sentence: str, fact: str) -> None:
    """The country compared with, or holdings that are not direct investment, give the fact no rank."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "At roughly $140 billion, U.S. exports to Japan set a record in 2030.",
        "In 2030, U.S. exporters sold about $140 billion in goods and services to Japan.",
    ],
)
def test_exports_fronted_or_sold_by_exporters_are_read(sentence: str) -> None:
    """The amount fronted before 'U.S. exports to Japan', or sold by U.S. exporters to Japan, is the export flow."""
    assert facts_in(sentence)["trade.us_exports_to_japan"] == (140000000000, "about")


def test_exporters_sales_of_one_product_are_not_the_flow() -> None:
    """'sold about $40 billion in farm goods to Japan': one product line, not all exports."""
    assert "trade.us_exports_to_japan" not in facts_in(
        "In 2030, U.S. exporters sold about $40 billion in farm goods to Japan."
    )
