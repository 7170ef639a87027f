"""Hedges of several words ('in excess of', 'in the neighborhood of', 'just shy of') are read by every reader, the
hand-written rules as the declared ones, whatever space parts their words.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TROOPS = "alliance.us_troops_in_japan"


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("In excess of 52,000 U.S. military personnel are based in Japan.", "over"),
        ("In excess\nof 52,000 U.S. military personnel are based in Japan.", "over"),
        ("Upward of 52,000 U.S. troops are stationed in Japan.", "over"),
        ("In the neighborhood of 52,000 U.S. troops are stationed in Japan.", "about"),
        ("In the neighbourhood of 52,000 U.S. troops are stationed in Japan.", "about"),
        ("On the order of 52,000 U.S. troops are stationed in Japan.", "about"),
        ("In the vicinity of 52,000 U.S. troops are stationed in Japan.", "about"),
        ("In the range of 52,000 U.S. troops are stationed in Japan.", "about"),
        ("Just shy of 52,000 U.S. troops are stationed in Japan.", "nearly"),
        ("Japan hosts 52,000 U.S. troops.", "exact"),
    ],
)
def test_a_hedge_of_several_words_qualifies_a_hand_read_count(sentence: str, qualifier: str) -> None:
    """The troop count, read by a hand-written rule, keeps the hedge of several words before it."""
    assert facts_in(sentence)[TROOPS] == (52000, qualifier)


def test_a_hedge_before_another_figure_does_not_qualify_the_count() -> None:
    """'in excess of $2 billion' hedges the money, not the troop count after it."""
    facts = facts_in("Japan pays in excess of $2 billion a year toward the 52,000 U.S. troops it hosts.")
    assert facts[TROOPS] == (52000, "exact")


def test_in_the_range_of_qualifies_a_declared_amount() -> None:
    """'in the range of $1.9 billion a year' is an about figure of host-nation support, read by a declaration."""
    facts = facts_in("Japan covers in the range of $1.9 billion a year of the cost of stationing U.S. forces.")
    assert facts["alliance.host_nation_support_per_year"] == (1900000000, "about")


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Japan hosts north of 52,000 U.S. service members, the most anywhere abroad.", "over"),
        ("Well north of 52,000 U.S. service members are posted in Japan.", "over"),
        ("Japan hosts south of 52,000 U.S. service members today.", "under"),
        ("Just south of 52,000 U.S. service members are posted in Japan.", "under"),
        ("Japan hosts shy of 52,000 U.S. service members.", "nearly"),
        ("Japan hosts no fewer than 52,000 U.S. service members.", "at_least"),
        ("Not more than 52,000 U.S. service members are posted in Japan.", "exact"),
        ("Japan hosts close on 52,000 U.S. service members.", "nearly"),
        ("Approaching 52,000 in number, U.S. service members in Japan serve at 85 facilities.", "nearly"),
        ("Japan hosts 52,000+ U.S. service members.", "over"),
        ("Japan hosts 52,000-plus U.S. service members.", "over"),
        ("Japan hosts a force smaller than 52,000 U.S. service members.", "under"),
        ("Japan hosts in the order of 52,000 U.S. service members.", "about"),
    ],
)
def test_a_compass_or_shy_hedge_qualifies_the_troop_count(sentence: str, qualifier: str) -> None:
    """'north of 52,000' is over the count, 'south of' under it, 'shy of' nearly it: never an exact count. A side
    denied is a bound: 'no fewer than 52,000' is at least it, 'not more than' a ceiling (exact), never the other side;
    '52,000+' and '52,000-plus' are over it (as the brief's readers take them); 'smaller than 52,000' under it, 'in
    the order of' about it."""
    assert facts_in(sentence)[TROOPS] == (52000, qualifier)


def test_north_of_a_place_is_not_a_hedge() -> None:
    """'north of Naha' names a place; the count after it keeps no hedge."""
    facts = facts_in("At the bases north of Naha and elsewhere, Japan hosts 52,000 U.S. troops.")
    assert facts[TROOPS] == (52000, "exact")
