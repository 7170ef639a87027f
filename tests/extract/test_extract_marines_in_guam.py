"""The Marines already in Guam, counted by whatever noun the count takes ('about 100 logistics specialists arrived')
or taking Guam from the sentence before ('a little more than 300 were on the island by this spring'). A plan, or a
count that might be Okinawa's garrison, is no such count.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

IN_GUAM = "alliance.marines_in_guam"
PLAN = "About 4,000 Marines are to move from Okinawa to Guam."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Of the 4,000 Marines due to move from Okinawa to Guam, an advance team of about 100 logistics "
            "specialists arrived in December 2024.",
            (100, "about"),
        ),
        (f"{PLAN} The first unit arrived in late 2024, and a little more than 300 were on the island by this spring.",
         (300, "over")),
        (f"{PLAN} By March, some 150 had arrived there.", (150, "about")),
    ],
)  # fmt: skip
def test_marines_arrived_in_guam_are_counted_by_any_noun_or_carried_place(body: str, expected: tuple[int, str]) -> None:
    """Specialists who arrived, or a count on 'the island' after a sentence naming Marines and Guam."""
    assert facts_in(body)[IN_GUAM] == expected


@pytest.mark.parametrize(
    "body",
    [
        f"{PLAN} Some 18,000 are on the island now.",
        f"{PLAN} About 18,000 Marines are stationed there today.",
        "Of the 4,000 Marines to be relocated to Guam, about 1,000 specialists will arrive in 2028.",
    ],
)
def test_a_garrison_on_the_island_or_a_planned_arrival_is_no_count_in_guam(body: str) -> None:
    """'Are on the island' may be Okinawa's garrison; 'will arrive' is a plan."""
    assert IN_GUAM not in facts_in(body)
