"""The Marines bound for Guam and those there in more wordings: 'the first of roughly 4,000 to be relocated', 'They
are part of the roughly 4,000 who are slated to move', 'Guam is to take in some 4,000 of the 9,000 Marines', a
move 'in the 2030s' (a decade to come), 'moved from Okinawa to Guam', and a list's 'Marines bound for Guam:' and
'Marines on Guam so far:'. The whole leaving Okinawa, of which a first contingent 'reached Guam', and a plan of a
decade gone are not read.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, facts_in

ON_GUAM = "alliance.marines_in_guam"


@pytest.mark.parametrize(
    ("body", "bound", "there"),
    [
        (
            "A first group of some 150 Marines moved from Okinawa to Guam in May 2026, the first of roughly 4,000 to "
            "be relocated.",
            (4000, "about"),
            (150, "about"),
        ),
        (
            "By May 2026, about 250 Marines had relocated from Okinawa to Guam. They are part of the roughly 4,000 "
            "who are slated to move there.",
            (4000, "about"),
            (250, "about"),
        ),
        ("Guam is to take in some 4,000 of the 9,000 Marines that are to leave Okinawa.", (4000, "about"), None),
        (
            "About 9,000 Marines are to leave Okinawa; roughly 4,000 of them are to go to Guam in the 2030s.",
            (4000, "about"),
            None,
        ),
        (
            "The relocation is under way.\n\n- Marines bound for Guam: about 4,000\n"
            "- Marines on Guam so far: about 150\n",
            (4000, "about"),
            (150, "about"),
        ),
        (
            "About 4,000 of the 9,000 Marines leaving Okinawa are to move to Guam. The first of them, some 150 "
            "logistics personnel, arrived there in March 2025; by spring 2026 a little over two hundred Marines were "
            "on the island.",
            (4000, "about"),
            (200, "over"),
        ),
        (  # the later state the contingent has grown to, not the first arrival
            "Around 4,000 Marines are to move to Guam; after an advance group of about 100 arrived in December 2024, "
            "the Guam contingent had passed 200 by March.",
            (4000, "about"),
            (200, "over"),
        ),
        (
            "After the first 100 Marines arrived on Guam in December 2024, their number is expected to reach 1,300 "
            "by 2027.",
            None,
            (100, "exact"),
        ),
    ],
)
def test_the_marines_bound_for_guam_and_there_are_read(body: str, bound: object, there: object) -> None:
    """The relocation's total and the Marines already on Guam are told apart."""
    facts = facts_in(body)
    assert (facts.get(GUAM), facts.get(ON_GUAM)) == (bound, there)


@pytest.mark.parametrize(
    "body",
    [
        "Of the 9,000 Marines who are to leave Okinawa, the first contingent reached Guam in May 2026.",
        "In the 2010s, about 4,000 Marines were slated to move to Guam.",
        "Guam's Camp Blaz opened in 2023. A contingent of some 1,300 Marines is to move there from Okinawa first, "
        "ahead of the rest.",
        "Guam's Camp Blaz opened in 2023, and Hawaii is building barracks. A contingent of some 2,700 Marines is to "
        "move there from Okinawa.",
    ],
)
def test_the_whole_leaving_okinawa_or_a_plan_of_a_decade_gone_is_not_read(body: str) -> None:
    """The 9,000 leaving Okinawa are not all bound for Guam; a plan of the 2010s is not the plan now; a first group
    is not the whole move; 'there' after a sentence naming another place (Hawaii) may be that place."""
    assert GUAM not in facts_in(body)
