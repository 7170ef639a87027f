"""A share said in words as a list item's whole value ('Bases used by U.S. forces: roughly one-third'), or as so many
of a noun in so many ('two seats in every three'), and a list item whose long label holds the subject ('Marines bound
for Guam under the realignment: about 4,000').

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import GUAM, UPPER, facts_in
from usjapan_facts.extract import extract_snapshot

FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"


def _listed(*items: str) -> dict[str, object]:
    """The facts read from a list under the heading 'Okinawa', led in by a sentence ending in a colon."""
    lines = "\n".join(f"- {item}" for item in items)
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Okinawa\n\nJapan has been a U.S. treaty ally since 1952. "
        f"The island prefecture at a glance:\n\n{lines}\n"
    )
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in snapshot.facts.items()}


@pytest.mark.parametrize(
    ("item", "fact", "value"),
    [
        ("Bases used by U.S. Forces Japan (USFJ): roughly one-quarter", FACILITIES, (25, "about")),
        ("Share of USFJ personnel based there: well over half", PERSONNEL, (50, "over")),
        ("U.S. military personnel on the island: a little more than half.", PERSONNEL, (50, "over")),
        ("Marines bound for Guam under the 2012 realignment accord: about 4,000", GUAM, (4000, "about")),
        ("Marines slated to shift to Guam in coming years: some 4,000, of about 9,000 to leave", GUAM, (4000, "about")),
    ],
)
def test_a_list_items_value_in_words_or_after_a_long_label_is_read(item: str, fact: str, value: object) -> None:
    """'...: about one-quarter' is 25, about; a label that names Guam ties the figure after its colon."""
    assert _listed(item)[fact] == value


@pytest.mark.parametrize(
    ("item", "fact"),
    [
        ("Bases used by U.S. Forces Japan (USFJ): one-quarter of them on the mainland", FACILITIES),
        ("Bases used by U.S. Forces Japan in Kanagawa: roughly one-quarter", FACILITIES),
        ("Marines leaving Okinawa for Hawaii under the realignment accord: about 2,700", GUAM),
    ],
)
def test_a_list_items_value_of_another_place_is_not_read(item: str, fact: str) -> None:
    """A fraction that goes on to count something else, or a place other than Okinawa or Guam, is not the share."""
    assert fact not in _listed(item)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The coalition is strong in the House of Councillors too. It holds about two seats in every three there.",
            (67, "about"),
        ),
        ("In the House of Councillors the ruling coalition holds three of every five seats.", (60, "exact")),
    ],
)
def test_a_share_said_as_so_many_seats_in_so_many_is_read(sentence: str, value: tuple[float, str]) -> None:
    """'three seats in every five' is 60%, 'about two seats in every three' about 67 (a hedged share, rounded)."""
    assert facts_in(sentence)[UPPER] == value


def test_a_count_of_seats_in_so_many_elections_is_not_a_share() -> None:
    """'won two seats in three of the districts' is a count of seats, not a share of the chamber."""
    sentence = "In the House of Councillors, the opposition won two seats in three districts."
    assert UPPER not in facts_in(sentence)
