"""Hedges said as a level passed or a part of a figure, and a year's growth told from the year after it: 'had
crossed $X', 'comfortably above the two-thirds mark', 'a fraction of 1%', 'after a near-stagnant 0.3% a year
earlier'."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts import catalog
from usjapan_facts.extract import extract_snapshot

FDI, LAND, SHARE, GROWTH = (
    "trade.japan_fdi_stock_in_us",
    "alliance.okinawa_share_of_land_area",
    "politics.lower_house_coalition_share",
    "economy.gdp_growth",
)


def _read(brief: str, fact: str, paragraph: str, updated: str = "June 1, 2034") -> tuple[Any, ...] | None:
    text = f"# {catalog.load(brief).title}\n\nUpdated {updated}\n\n## Overview\n\n{paragraph}\n"
    read = extract_snapshot(text, brief=brief).snapshot.facts.get(fact)
    if read is None:
        return None
    dumped = read.model_dump(mode="json")
    return dumped["value"], dumped.get("qualifier")


@pytest.mark.parametrize(
    "verb",
    ["had passed", "crossed", "has broken through", "went past", "had passed the"],
)
def test_a_stock_that_passed_a_level_is_over_it(verb: str) -> None:
    """A verb of passing a level puts the value beyond it, with 'the ... mark' after the figure or not."""
    level = " level" if verb.endswith(" the") else ""
    paragraph = (
        "Japan is the largest foreign holder of U.S. Treasury securities. By the close of 2033, Japanese firms' "
        f"direct investment in the United States {verb} $845.5 billion{level}."
    )
    assert _read("IF11120", FDI, paragraph) == (845_500_000_000, "over")


def test_a_level_reached_stays_exact() -> None:
    """Trap: reaching a mark is no hedge; the figure is the value."""
    paragraph = (
        "Japan is the largest foreign holder of U.S. Treasury securities. By the close of 2033, Japanese firms' "
        "direct investment in the United States reached the $845.5 billion mark."
    )
    assert _read("IF11120", FDI, paragraph) == (845_500_000_000, "exact")


@pytest.mark.parametrize("fraction", ["a fraction of", "only a tiny fraction of"])
def test_a_fraction_of_a_figure_is_under_it(fraction: str) -> None:
    paragraph = f"Okinawa, a chain of islands covering {fraction} 1% of Japan's territory, hosts most U.S. bases."
    assert _read("IF10199", LAND, paragraph) == (1, "under")


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("328 of the 465 seats, comfortably above the two-thirds mark", (67, "over")),
        ("328 of the 465 seats, well above two-thirds", (67, "over")),
        ("296 of the 465 seats, just below the two-thirds mark", (67, "under")),
        ("296 of the 465 seats, safely above the 60% mark", (60, "over")),
    ],
)
def test_seats_counted_then_a_hedged_level(told: str, expected: tuple[int, str]) -> None:
    """Seats counted, then the level the share stands beside: the hedge of that level is the share's (the sets'
    convention, as for 'better than two-thirds'), never the count's rounded percent."""
    paragraph = f"In the House of Representatives, the LDP and Komeito hold {told}."
    assert _read("IF10199", SHARE, paragraph) == expected


@pytest.mark.parametrize("adjective", ["near-stagnant", "almost-stagnant", "lackluster"])
def test_growth_of_the_year_before_after_a_word_of_its_size(adjective: str) -> None:
    article = "an" if adjective[0] in "aeiou" else "a"
    paragraph = f"Japan's real GDP grew 1.6% in 2033, after {article} {adjective} 0.3% a year earlier."
    assert _read("IF10199", GROWTH, paragraph) == ({"2033": 1.6, "2032": 0.3}, None)


def test_a_quarterly_figure_is_no_year_before() -> None:
    """Trap: a word naming another measure before the earlier figure keeps it out of the yearly series."""
    paragraph = "Japan's real GDP grew 1.6% in 2033, after a quarterly 0.3% the year before."
    assert _read("IF10199", GROWTH, paragraph) == ({"2033": 1.6}, None)
