"""Ranks said by comparison with every other country, or with the one country ahead: 'more than investors in any
other country', 'no country holds a bigger stock', 'only Dutch companies hold a larger stock', 'the world's
largest', with the subject said before a relative clause or in a list item's label; a country Japan moved past or
that moved past Japan is compared with, never the rank's owner.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY = "trade.treasury_holder_rank"
FDI = "trade.fdi_source_rank"
IMPORT = "trade.import_partner_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "rank"),
    [
        ("Japan moved past China in March to become the largest foreign owner of U.S. Treasuries.", TREASURY, 1),
        (
            "Japanese investors own roughly $1.1 trillion of Treasuries, more than investors in any other country.",
            TREASURY,
            1,
        ),
        ("Treasury debt: Japanese residents hold $1.2 trillion, more than those in any other country.", TREASURY, 1),
        ("Japan's holdings of Treasury bonds, which briefly exceeded China's, still rank second.", TREASURY, 2),
        ("Japan invests. No country holds a bigger stock of direct investment in the United States.", FDI, 1),
        ("Japan's stock of direct investment in the United States, some $800 billion, is the world's largest.", FDI, 1),
        ("Japan's direct investment position in the U.S., $780 billion, is the largest of any country.", FDI, 1),
        ("Japan invests. Only Dutch companies hold a larger stock of direct investment in the U.S.", FDI, 2),
        ("Japan was the fifth-largest market for U.S. exports; as a supplier, too, it came in fifth.", IMPORT, 5),
        (
            "Japan ranked fifth among U.S. trading partners. It was the fourth-largest supplier of U.S. imports, which "
            "slipped to $150 billion as Vietnam and Taiwan moved ahead.",
            IMPORT,
            4,
        ),
    ],
)
def test_a_rank_said_by_comparison_is_read(sentence: str, fact: str, rank: int) -> None:
    """'more than investors in any other country' is first; 'only Dutch companies hold a larger stock' second."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Vietnam was the sixth-largest supplier of U.S. imports, as China moved ahead.", IMPORT),
        ("Japan invests heavily abroad. No country owns a larger stock of direct investment in Southeast Asia.", FDI),
        ("China moved past Britain in 2019 to become the largest foreign owner of U.S. Treasuries.", TREASURY),
        ("Japan trades with China. Only Belgium holds more U.S. Treasuries than China does.", TREASURY),
    ],
)
def test_a_comparison_that_ranks_another_country_or_place_is_not_read(sentence: str, fact: str) -> None:
    """Another country's rank, or investment in another place, is never Japan's rank."""
    assert fact not in facts_in(sentence)
