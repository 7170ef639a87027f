"""Roles read past the words around a figure: a hedge between a part and its 'of them' ('four thousand or so of them
for Guam' is a part of the 9,000 leaving), a negation of when rather than of what ('is not expected to begin arriving
until the next decade'), and a lead put before a colon ('Two percent of GDP by FY2027: that is the defense goal, ...
double the roughly 1% long treated as a ceiling'), which points back to nothing, so another country named in the
sentence before does not make the sentence that country's.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, facts_in

LIMIT = "defense.traditional_limit_pct_gdp"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Under the 2012 plan, around 9,000 Marines are to leave Okinawa, four thousand or so of them for Guam; "
            "none will move before the 2020s.",
            GUAM,
            (4000, "about"),
        ),
        (
            "Some 9,000 Marines are to be moved off Okinawa. Guam's share of them, about 4,000, is not expected to "
            "begin arriving until the next decade; the rest go to Hawaii.",
            GUAM,
            (4000, "about"),
        ),
        (
            "India is to host the next Quad summit. Two percent of GDP by FY2027: that is the defense spending goal "
            "the cabinet set, double the roughly 1% of GDP that governments long treated as a ceiling.",
            LIMIT,
            (1, "about"),
        ),
    ],
)
def test_a_figure_is_read_by_its_roles_past_the_words_around_it(body: str, fact: str, value: tuple[int, str]) -> None:
    """The figure is read with its hedge."""
    assert facts_in(body).get(fact) == value


def test_a_negation_of_the_move_itself_still_rules_the_count_out() -> None:
    """'will not be moved' denies the move: no count of Marines bound for Guam."""
    body = "Some 9,000 Marines are to leave Okinawa. Guam's share of them, about 4,000, will not be moved after all."
    assert GUAM not in facts_in(body)
