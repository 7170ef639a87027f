"""Ranks among a group said by what its members do ('Of all the markets that U.S. firms sell to, Japan came fifth',
'among the partners with which the United States trades', 'Among the countries that supply U.S. imports'), and
first or later places said in more forms ('leads the world in', 'Ahead of every other country as an investor',
'Nobody holds more', 'than every other country but A, B, and C', 'Tokyo, first among foreign holders'), and a
list item's bare figure after a label that says it is a rank ('Japan's rank among U.S. trade partners: 4').

Every sentence is invented for the test; each trap ranks another country.
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
        ("As an export destination, Japan stood sixth in 2030.", EXPORT, 6),
        ("Among the countries that sell to the United States, Japan ranks fourth.", IMPORT, 4),
        ("Japan is ranked fourth among the partners with which the United States trades.", OVERALL, 4),
        ("Japan does more trade with the United States than every other country but Canada and Mexico.", OVERALL, 3),
        ("Japan leads the world in direct investment in the United States.", FDI, 1),
        ("Ahead of every other country as an investor in the United States, Japan held $800 billion.", FDI, 1),
        ("Tokyo, first among foreign holders of U.S. Treasuries, has trimmed its holdings.", TREASURY, 1),
        ("- Japan's rank among U.S. trade partners (2030): 4", OVERALL, 4),
    ],
)
def test_a_rank_among_a_group_said_by_its_deeds_is_read(sentence: str, fact: str, rank: int) -> None:
    """The group ranked among is named by what its members do; first place by leading or having no one ahead."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Nobody holds more U.S. Treasuries than China.", TREASURY),
        ("China does more trade with the United States than every other country but Canada and Mexico.", OVERALL),
        ("China leads the world in direct investment in Africa, while Japan invests in the United States.", FDI),
        ("- China's rank among U.S. trade partners (2030): 3", OVERALL),
    ],
)
def test_another_countrys_rank_is_not_read(sentence: str, fact: str) -> None:
    """A rank whose clause names another country, or compares Japan's holdings with another's, is not Japan's."""
    assert fact not in facts_in(sentence)
