"""Alliance and diplomacy figures read by role: a service named among the parts of the whole, a destination that is
the remainder's, a label carrying a relative clause, a hedge loosened by 'somewhere', an appositive ordinal that
counts the leaders' meeting just told.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, GUAM, TITLE, facts_in
from usjapan_facts.extract import extract_snapshot

TROOPS = "alliance.us_troops_in_japan"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
QUAD = "diplomacy.quad_leader_meetings"


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        ("The Navy, Air Force, and Marine units that make up USFJ number in the neighborhood of 52,000.", 52000),
        ("Together the Army, Navy and Marine Corps elements of U.S. Forces Japan total about 53,500.", 53500),
        ("U.S. Forces Japan totals an estimated 54,000 men and women in uniform.", 54000),
    ],
)
def test_a_service_listed_among_the_parts_of_the_whole_counts_the_whole(sentence: str, troops: int) -> None:
    """'Marine units' beside the Army and Navy name a part of USFJ, not a count of Marines."""
    assert facts_in(sentence)[TROOPS] == (troops, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 18,000 Marines are stationed in Japan, most of them on Okinawa.",
        "Marines, about 20,000 of the U.S. personnel in Japan, are the largest group.",
    ],
)
def test_marines_alone_are_not_the_whole(sentence: str) -> None:
    assert TROOPS not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        ("U.S. forces in Japan number somewhere north of 50,000.", (50000, "over")),
        ("The U.S. garrison in Japan numbers somewhere in the region of 54,000.", (54000, "about")),
        ("U.S. troops in Japan: in the ballpark of 50,000", (50000, "about")),
    ],
)
def test_a_hedge_loosened_by_somewhere_keeps_its_side(sentence: str, troops: tuple[int, str]) -> None:
    """'somewhere' loosens the hedge after it, whose side stands: 'somewhere north of' is over, 'in the region of'
    about; 'in the ballpark of' is an approximation like the others."""
    assert facts_in(sentence)[TROOPS] == troops


def test_a_marine_count_headed_to_guam_by_will_is_read() -> None:
    """'about 4,000 will move to Guam': the future said by 'will' as by 'are to'."""
    sentence = (
        "Roughly 9,000 Marines will depart Okinawa; about 4,000 will move to Guam, with the rest headed for Hawaii."
    )
    assert facts_in(sentence)[GUAM] == (4000, "about")


def test_the_remainders_destinations_do_not_rule_out_guams_share() -> None:
    """'the remainder going to Hawaii and Australia' names where the others go, after Guam's own figure."""
    sentence = (
        "Some 9,000 Marines are to leave the island; Guam is to take about 4,100 of them, the remainder going to "
        "Hawaii, Australia, and the U.S. mainland."
    )
    assert facts_in(sentence)[GUAM] == (4100, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 9,000 Marines are to leave the island; Hawaii is to take about 2,700 of them, the rest going to Guam.",
        "Of the 9,000 Marines to leave, the rest, about 4,100, will go to Australia rather than Guam.",
    ],
)
def test_another_destinations_own_figure_is_not_guams(sentence: str) -> None:
    assert facts_in(sentence).get(GUAM) != (2700, "about")
    assert facts_in(sentence).get(GUAM) != (4100, "about")


def test_a_long_label_with_a_relative_clause_names_its_value() -> None:
    """A label may carry a relative clause and run past sixty characters, right up to its value."""
    label = "Land set aside for exclusive U.S. military use that is located in the prefecture"
    assert facts_in(f"\n\n## Okinawa\n\n- {label}: about 70%\n")[FACILITIES] == (70, "about")


def test_a_long_clause_of_prose_before_a_colon_is_no_label() -> None:
    """'Japan was the fifth-largest U.S. partner in 2021:' is a clause (its verb outside any relative clause), and
    the 'fifth' after its colon is no overall place."""
    body = (
        "In both directions, Japan was the fifth-largest U.S. partner in 2021: fifth as a market for U.S. exports and "
        "fifth as a supplier of U.S. imports. Counting exports and imports together, it ranked fourth."
    )
    assert facts_in(body)["trade.overall_partner_rank"][0] == 4


def _quad(body: str) -> object:
    cover = dt.date(2021, 11, 1)
    text = f"# {TITLE['IF10199']}\n\nUpdated November 1, 2021\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    fact = extract_snapshot(text, brief="IF10199", updated=cover).snapshot.facts.get(QUAD)
    return None if fact is None else (fact.value, getattr(fact, "qualifier", None))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad leaders met online in March, then in person in Washington on September 24, the second such summit.",
        "Quad leaders gathered in Washington on September 24, the group's second leaders' summit.",
    ],
)
def test_an_appositive_ordinal_counts_the_leaders_meeting_just_told(sentence: str) -> None:
    assert _quad(sentence) == (2, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad foreign ministers met in New York on September 23, their third such meeting.",
        "The Quad leaders met by video in March and in person on September 24, their first such in-person summit.",
        "The Quad leaders will meet in Tokyo next year, the third such summit.",
    ],
)
def test_an_ordinal_of_another_kind_of_meeting_is_not_the_count(sentence: str) -> None:
    assert _quad(sentence) is None
