"""A figure set off in apposition restates the noun phrase before it ('The U.S. personnel stationed there, 55,000 or
thereabouts, form ...', 'A sliver of the nation's territory, about 0.6%, the prefecture ...'), and a participle phrase
put before the subject dates its own deed, not the figure ('Allied by a treaty signed in 1951, Japan hosts ...').
A figure in apposition to another country's troops, or to a phrase that names no concept, is not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TROOPS = "alliance.us_troops_in_japan"
LAND = "alliance.okinawa_share_of_land_area"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Japan grants the United States the use of bases. The U.S. personnel posted there, 56,000 or so, make up "
            "the largest American garrison abroad (Figure 2).",
            TROOPS,
            (56000, "about"),
        ),
        (
            "A small corner of the nation's territory, about 0.6%, Okinawa holds close to three-quarters of the land "
            "reserved for the exclusive use of U.S. forces.",
            LAND,
            (0.6, "about"),
        ),
        (
            "Okinawa covers under 1% of Japan's land area. Its share of the bases used by U.S. forces in Japan, "
            "roughly 25%, is therefore more than twenty times its share of the country's territory, and a majority of "
            "the U.S. military personnel in Japan serve there.",
            FACILITIES,
            (25, "about"),
        ),
        (
            "Defeated in 1945 and occupied until 1952, Japan hosts north of 50,000 U.S. military personnel, more "
            "than any other country and nearly twice the 28,500 stationed in South Korea.",
            TROOPS,
            (50000, "over"),
        ),
    ],
)
def test_a_figure_set_off_or_after_a_fronted_deed_is_read(body: str, fact: str, value: tuple[object, str]) -> None:
    """The figure is read with its hedge."""
    assert facts_in(body).get(fact) == value


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Japan hosts the U.S. Seventh Fleet. The American troops in South Korea, 28,500 or so, are fewer.",
            TROOPS,
        ),
        ("Okinawa faces a long recovery, about 0.6% a year, after the storms.", LAND),
        ("Counted in 2012, the U.S. troops in Japan came to some 52,000.", TROOPS),
    ],
)
def test_a_figure_set_off_is_not_read_for_another_whole(body: str, fact: str) -> None:
    """Another country's troops, a figure restating no concept, or a count dated by its own deed are not the fact."""
    assert fact not in facts_in(body)
