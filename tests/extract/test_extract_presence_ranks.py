"""The U.S. troop figure said as a presence ('the U.S. military presence ... numbers', 'some 50,000 strong'), and ranks
said by a fronted role ('As a source of ..., Japan ranked'), by 'came fifth', by leading 'all countries in holdings',
or by a buyer, customer or overseas market; a country that moved past Japan owns the rank it took.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TROOPS = "alliance.us_troops_in_japan"
TREASURY = "trade.treasury_holder_rank"
FDI = "trade.fdi_source_rank"
EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("America's military presence in Japan totals close to 53,000 personnel.", (53000, "nearly")),
        ("The U.S. troop presence now stands at about 56,000 uniformed personnel.", (56000, "about")),
        ("The American force presence tops 52,000 active-duty personnel.", (52000, "over")),
        ("U.S. forces in Japan, roughly 55,000 strong, form the largest forward deployment.", (55000, "about")),
    ],
)
def test_a_presence_counted_in_personnel_or_strength_is_the_troop_figure(sentence: str, value: tuple[int, str]) -> None:
    """'The U.S. military presence ... numbers 55,000 personnel', '54,000 strong': the U.S. troops in Japan."""
    assert facts_in(sentence)[TROOPS] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. military presence in the Indo-Pacific numbers about 90,000 personnel.",
        "The U.S. force presence across the region stands at roughly 80,000 personnel.",
        "Japan's Self-Defense Forces number about 60,000 personnel short of their quota; U.S. forces stay.",
        "Japan employs some 25,000 personnel to work on U.S. bases.",
        "Roughly 80,000 U.S. military personnel are based in Japan and South Korea combined.",
    ],
)
def test_a_presence_elsewhere_or_another_workforce_is_not_the_troop_figure(sentence: str) -> None:
    """A presence across the region or of Japan and another country together, Japan's own forces or the bases'
    workforce are not the U.S. troops in Japan."""
    assert TROOPS not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact", "rank"),
    [
        ("As a source of direct investment in the United States in 2023, Japan ranked first.", FDI, 1),
        ("Among investors in the U.S., Japanese firms are outranked only by those of the United Kingdom.", FDI, 2),
        ("Japan now leads all other countries in its holdings of U.S. Treasury securities.", TREASURY, 1),
        ("Japan bought $80 billion of U.S. goods; as a supplier of U.S. imports, Japan came fifth.", IMPORT, 5),
        ("In 2024 Japan unseated China as the largest foreign holder of U.S. Treasuries.", TREASURY, 1),
        ("Taken alone, U.S. exports put Japan as the fourth-biggest buyer of U.S. exports.", EXPORT, 4),
        ("U.S. exports to Japan reached $130 billion, making it the fifth-largest overseas market.", EXPORT, 5),
        ("American exporters shipped $125 billion to Japan, their fourth-biggest customer.", EXPORT, 4),
    ],
)
def test_a_rank_said_by_role_or_by_leading_all_countries_is_read(sentence: str, fact: str, rank: int) -> None:
    """'As a source of FDI ..., Japan ranked first', 'came fifth', 'leads all countries in holdings of', 'customer'."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("China overtook Japan as the largest foreign holder of U.S. Treasury securities.", TREASURY),
        ("In 2008 China displaced Japan as the biggest foreign owner of U.S. Treasuries.", TREASURY),
        ("Britain edged past Japan to become the largest source of direct investment in the United States.", FDI),
        ("Among investors in the United States, Dutch firms are outranked only by those of the United Kingdom.", FDI),
        ("U.S. exports to Japan grew. Japan is the second-largest customer for U.S. liquefied natural gas.", EXPORT),
        ("U.S. exports to Japan grew. Japan was the top overseas buyer of U.S. weapons.", EXPORT),
        ("U.S. exports to Japan grew; China is the largest overseas market for U.S. exports.", EXPORT),
    ],
)
def test_a_rank_another_country_took_or_of_one_product_is_not_read(sentence: str, fact: str) -> None:
    """The country that overtook Japan owns the rank; a customer for one product is no export rank."""
    assert fact not in facts_in(sentence)
