"""Ranks told by the relation between Japan and the countries ahead of or behind it, in any voice: the ones ahead as
the subject of 'ahead of' ('only A, B, and C were ahead of Japan'), Japan's measure trailed by another's in a passive,
a count of the ones ahead with their list in brackets, the measure Japan's is compared with named by its role ('than the
one with Japan'), a measure nobody matches, a move told by its object ('pushed into second place by Japan', 'pushing
Japan down to fifth'), and the only partners 'with which' a larger deficit ran.

Every sentence is invented for the test; each trap names another country as the one ranked, or a past place.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
IMPORT = "trade.import_partner_rank"
FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"
DEFICIT = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "rank", "brief"),
    [
        ("Counting goods alone, only Canada, China, and Mexico were ahead of Japan among U.S. partners in 2025.",
         OVERALL, 4, "IF10199"),
        ("In 2025 only Mexico and Canada ranked above it as U.S. trading partners, Japan having passed China.",
         OVERALL, 3, "IF10199"),
        ("Japanese holdings of U.S. Treasury securities, $1.2 trillion in March, were closely trailed by those of the "
         "United Kingdom.", TREASURY, 1, "IF10199"),
        ("The stock of Japanese holdings of U.S. Treasuries is likewise unrivaled.", TREASURY, 1, "IF10199"),
        ("In 2025 the United States traded more goods with just four countries (Mexico, Canada, China, and Germany) "
         "than with Japan.", OVERALL, 5, "IF10199"),
        ("Among U.S. bilateral goods deficits in 2025, only those with China, Mexico, Vietnam, and Germany were larger "
         "than the one with Japan.", DEFICIT, 5, "IF11120"),
        ("China, Mexico, and Vietnam were the only partners with which the U.S. ran larger goods deficits than with "
         "Japan in 2025.", DEFICIT, 4, "IF11120"),
        ("The Netherlands, for years the top source of foreign direct investment in the United States, was "
         "knocked into third place by Japan in 2025.", FDI, 2, "IF11120"),
        ("Korea's sales to the United States overtook Japan's in 2025, pushing Japan down to sixth among "
         "suppliers of U.S. imports.", IMPORT, 6, "IF10199"),
        ("As a U.S. trading partner in 2025, Japan was outranked by Mexico, Canada, China, and Germany.", OVERALL, 5,
         "IF10199"),
        ("Counting services too, only Germany and America's two North American neighbors outranked Japan as U.S. "
         "trading partners in 2025.", OVERALL, 4, "IF10199"),
        ("In 2025 the United States bought more goods from only four countries than from Japan.", IMPORT, 5, "IF10199"),
    ],
)  # fmt: skip
def test_a_place_told_by_the_ones_ahead_or_behind_in_any_voice(sentence: str, fact: str, rank: int, brief: str) -> None:
    assert facts_in(sentence, brief).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact", "brief"),
    [
        # another country is the one ranked, or the one that trails
        ("Only Mexico and Canada were ahead of China among U.S. partners in 2025.", OVERALL, "IF10199"),
        ("China's holdings of U.S. Treasury securities were trailed by Japan's in 2025.", TREASURY, "IF10199"),
        ("Only Japan and China were ahead of the United Kingdom as holders of U.S. Treasuries.", TREASURY, "IF10199"),
        # a relation over a past span, or a product's
        ("Japanese holdings of U.S. Treasuries were trailed by China's until 2008.", TREASURY, "IF10199"),
        ("Only China and Korea were ahead of Japan as suppliers of semiconductors to the United States.", IMPORT,
         "IF10199"),
        # the count and its list disagree
        ("In 2025 the United States traded more goods with only three countries (Mexico and Canada) than with Japan.",
         OVERALL, "IF10199"),
        # pushed by two countries, Japan one of them; a product's suppliers
        ("China's holdings of Treasuries were pushed into third place by Japan and the United Kingdom.", TREASURY,
         "IF10199"),
        ("Only China and Korea were ahead of Japan as suppliers of steel to the United States in 2025.", IMPORT,
         "IF10199"),
        ("Only China and its two North American neighbors outranked Korea as U.S. trading partners in 2025.", OVERALL,
         "IF10199"),
        # the one pushed down is another country
        ("Japan's sales overtook Korea's in 2025, pushing Korea down to sixth among suppliers of U.S. imports.",
         IMPORT, "IF10199"),
    ],
)  # fmt: skip
def test_no_place_of_japans_from_another_countrys_relation(sentence: str, fact: str, brief: str) -> None:
    assert fact not in facts_in(sentence, brief)
