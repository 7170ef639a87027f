"""Okinawa's shares said as so many in so many, as a share of the land, or as labelled items of a list under a
heading that names Okinawa; an item under another heading, or a share of residents, is not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"
LAND = "alliance.okinawa_share_of_land_area"


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("One in four of the bases that U.S. forces in Japan use sits on Okinawa.", (25, "exact")),
        ("Okinawa hosts roughly seven in ten of the facilities set aside for U.S. forces alone.", (70, "about")),
        ("Okinawa is home to three out of four U.S. military installations in Japan.", (75, "exact")),
        ("Okinawa holds nearly seven out of every ten U.S. bases in the country.", (70, "nearly")),
    ],
)
def test_a_share_said_as_so_many_in_so_many_is_read(sentence: str, share: tuple[int, str]) -> None:
    """'one in four', 'seven in ten', 'three out of four', 'seven out of every ten' are shares of a whole."""
    assert facts_in(sentence)[FACILITIES] == share


@pytest.mark.parametrize(
    "sentence",
    [
        "One in five Okinawans works at a U.S. base.",
        "Okinawa hosts many U.S. bases; one in ten residents opposes them.",
    ],
)
def test_so_many_in_so_many_of_something_else_is_not_read(sentence: str) -> None:
    """A share of residents or workers is no share of the facilities."""
    assert FACILITIES not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Okinawa's 0.6% share of Japan's territory hides a heavy load.",
        "Okinawa, a 0.6 percent portion of the country's land, carries a heavy load.",
        "Okinawa makes up 0.6% of Japan's land area.",
    ],
)
def test_a_share_of_the_land_is_read_however_it_is_said(sentence: str) -> None:
    """'its 0.6% share of Japan's territory', 'a 0.6 percent portion of the land'."""
    assert facts_in(sentence)[LAND] == (0.6, "exact")


def listed(heading: str) -> dict[str, Any]:
    """The facts read from a labelled list under `heading`."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\nJapan has been a U.S. treaty ally since "
        f"1952.\n\n### {heading}\n\n- Share of national land: 0.6 percent\n- Bases used only by U.S. forces: some "
        "70 percent\n- U.S. troops: more than half of those in Japan\n"
    )
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in snapshot.facts.items()}


def test_labelled_items_under_a_heading_naming_okinawa_are_read() -> None:
    """'Bases used only by U.S. forces: some 70 percent' under 'Okinawa Facts' states the facilities share."""
    facts = listed("Okinawa Facts")
    assert (facts[LAND], facts[FACILITIES], facts[PERSONNEL]) == ((0.6, "exact"), (70, "about"), (50, "over"))


@pytest.mark.parametrize("heading", ["Japan at a Glance", "Kanagawa Facts", "Key Figures"])
def test_labelled_items_under_another_heading_are_not_okinawas(heading: str) -> None:
    """The same list under a heading that does not name Okinawa states none of its shares."""
    facts = listed(heading)
    assert not {LAND, FACILITIES, PERSONNEL} & facts.keys()


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Okinawa covers just six-tenths of one percent of Japan's land area.", 0.6),
        ("Okinawa makes up about half of one percent of the country's territory.", 0.5),
        ("Okinawa makes up barely half a percent of the country's territory.", 0.5),
    ],
)
def test_a_fraction_of_one_percent_is_that_fraction_of_a_percent(sentence: str, share: float) -> None:
    """'six-tenths of one percent' is 0.6 percent, not the 'one percent' after the fraction."""
    assert facts_in(sentence)[LAND][0] == share


def test_a_fraction_of_the_facilities_is_still_a_share_of_them() -> None:
    """A fraction followed by no 'one percent' keeps its own share: 'six-tenths of the facilities' is 60 percent."""
    assert facts_in("Okinawa hosts six-tenths of the facilities used by U.S. forces in Japan.")[FACILITIES] == (
        60,
        "exact",
    )
