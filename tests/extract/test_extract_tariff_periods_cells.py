"""Tariff facts read by their roles where the words only seemed to hide them: a table row's period that spans two
years is as recent as its end ('Aug. 7, 2025-Feb. 20, 2026' gives way to 'From July 24, 2026'); a row's authority told
in a cell of its own ('Section 122') names the rate of its 'Rate' cell; cars charged a rate in a brief that puts cars
under Section 232, with an earlier rate in an aside on them (', charged 27.5% since spring,'); a rate told as a share
of the cars' value ('one-quarter of their value'); 'an additional ten percent' goods pay; a ruling's day of 'this
year'; a label naming the rate's reach ('Most goods: 12.5%'); a pledge 'in Japanese investment'. What is past,
another authority's or only possible still gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import value_read

MOST, AUTOS, S122, RULING, PLEDGE = (
    "tariffs.us_tariff_most_imports",
    "tariffs.section232_autos",
    "tariffs.section122_surcharge",
    "tariffs.ieepa_ruling",
    "framework.investment_pledge",
)
PERIODS = (
    "\n\nTable 1. U.S. Tariff on Most Goods from Japan, by Period\n\n| Period | Legal authority | Rate |\n"
    "| --- | --- | --- |\n| Apr. 5-Aug. 6, 2030 | IEEPA baseline | 10% |\n"
    "| Aug. 7, 2030-Feb. 20, 2031 | IEEPA framework | 15% |\n| Feb. 24-July 23, 2031 | {auth} | 10% |\n"
    "| From July 24, 2031 | Section 301 | 12.5% |\n"
)
AUTOS_232 = "Section 232 tariffs, including the one on Japanese autos, were not before the Court. "


def _value(fact_id: str, body: str, cover: dt.date = dt.date(2031, 9, 9)) -> object:
    return value_read("IF11120", fact_id, body, cover)


@pytest.mark.parametrize(
    ("fact_id", "body", "value"),
    [
        (MOST, PERIODS.format(auth="Section 122"), 12.5),
        (S122, PERIODS.format(auth="Section 122"), 10),
        (AUTOS, AUTOS_232 + "A 25% tariff on imported cars took effect April 3, and with the 2.5% MFN duty added, "
         "Japanese passenger vehicles faced 27.5%. Cars and auto parts from Japan, charged 27.5% since spring, have "
         "been dutiable at the same all-in 15% since September 16.", 15),
        (AUTOS, "Since April 3, imported passenger vehicles and light trucks from Japan have been charged a Section "
         "232 tariff equal to one-quarter of their value, which, added to the 2.5% MFN rate, makes a combined "
         "27.5%.", 25),
        (MOST, "For the moment, then, most Japanese goods pay an additional ten percent under IEEPA on top of normal "
         "(MFN) duties.", 10),
        (RULING, "The sequence began on February 20 of this year, when the Supreme Court held that the International "
         "Emergency Economic Powers Act (IEEPA) does not give the President power to impose tariffs.", "2031-02-20"),
        (MOST, "Most goods: 12.5% (Section 301), charged on top of ordinary MFN duties since July 24.", 12.5),
        (MOST, "Most imports: 15% (IEEPA, MFN included), since August 7.", 15),
        (PLEDGE, "Its main elements:\n\n- $550 billion in Japanese investment in U.S. projects selected by the United "
         "States, to be committed by January 19, 2029;\n- purchases of U.S. rice.", 550_000_000_000),
        # traps: a row under another authority, a rate only possible, a court's hearing, cars' rate with no Section 232
        (S122, PERIODS.format(auth="IEEPA"), None),
        (MOST, "Among the options is an additional ten percent on most Japanese goods.", None),
        (PLEDGE, "Japanese direct investment in the United States totaled $776 billion at the end of 2030.", None),
        (RULING, "The Supreme Court heard argument on the IEEPA tariffs on November 5 of last year.", None),
        (AUTOS, "Cars and auto parts from Japan, charged 2.5% for decades, have been dutiable at 15% since "
         "September 16.", None),
    ],
)  # fmt: skip
def test_a_tariff_fact_read_by_its_roles(fact_id: str, body: str, value: object) -> None:
    """The rate or day its roles give; none where they give none."""
    assert _value(fact_id, body) == value
