"""A first group's arrival on Guam beside a count 'as of' a later day of the Marines moved there (issue #18, fresh43).

'The first contingent of about 100 arrived there in December 2024; as of March 2026, 210 Marines had relocated': the
first group's size is no count of the Marines on Guam now. A later count of Marines still elsewhere, yet to move, gone
to another place or only planned leaves the first group's count read.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot


def _facts(body: str, updated: str, title: str, brief: str) -> dict[str, Any]:
    text = f"{title}\n\nUpdated {updated}\n\n## Heading\n\n{body}\n"
    facts = extract_snapshot(text, brief=brief).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


MOVE = "Under a 2012 accord, about 9,000 Marines are to leave Okinawa, some 4,000 of them for Guam. "


def _guam(body: str) -> Any:
    return _facts(MOVE + body, "October 6, 2026", "# U.S.-Japan Relations", "IF10199").get("alliance.marines_in_guam")


@pytest.mark.parametrize(
    "body",
    [
        "An advance group of roughly 120 arrived there in January 2025; as of June 2026, 250 Marines had moved.",
        "Some 100 arrived there in December 2024, and as of May 2026 about 200 Marines had made the move.",
    ],
)
def test_a_first_groups_arrival_beside_a_later_as_of_count_is_not_the_count_there(body: str) -> None:
    assert _guam(body) is None


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The first 100 arrived there in December 2024; as of March 2026, 210 were on the island.", 210),
        ("The first 100 arrived there in December 2024, as of which date the camp had opened.", 100),
        ("About 100 Marines arrived there in December 2024.", 100),
    ],
)
def test_an_arrival_with_no_later_count_or_the_later_count_there_is_still_read(body: str, count: int) -> None:
    assert _guam(body) == count


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "A first group of about 120 arrived there in January 2025; as of May 2026, 17,500 Marines were still on "
            "Okinawa.",
            120,
        ),
        ("About 100 Marines arrived there in December 2024, but as of 2012, 8,000 Marines were to have moved.", 100),
        ("About 100 Marines arrived there in December 2024; as of February 2026, 3,800 were yet to move.", 100),
        (
            "About 100 Marines arrived there in December 2024; as of April 2026, 1,200 Marines had left Okinawa for "
            "Hawaii.",
            100,
        ),
    ],
)
def test_an_as_of_count_of_marines_elsewhere_still_to_move_or_earlier_leaves_the_first_group_read(
    body: str, count: int
) -> None:
    assert _guam(body) == count


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "An advance group of about 100 arrived in December 2024; as of March 2026, Guam hosted 210 of the "
            "relocating Marines.",
            210,
        ),
        (
            "A first group of some 120 Marines arrived there in January 2025; by June 2026, Guam was home to about "
            "260 of them.",
            260,
        ),
        ("About 100 Marines arrived on Guam in December 2024; Guam now hosts 230 Marines.", 230),
    ],
)
def test_a_later_clause_in_which_guam_holds_more_of_the_marines_gives_the_count_there(body: str, count: int) -> None:
    assert _guam(body) == count


@pytest.mark.parametrize(
    "body",
    [
        "About 100 Marines arrived on Guam in December 2024; in 2010, Guam hosted 3,000 Marines.",
        "About 100 Marines arrived on Guam in December 2024; Guam hosted some 3,000 Marines in the 1990s.",
        "About 100 Marines arrived on Guam in December 2024; as of March 2026, Guam hosted 6,000 other U.S. troops.",
        "About 100 Marines arrived on Guam in December 2024; as of March 2026, Guam hosted 6,000, mostly Air Force "
        "personnel.",
        "About 100 Marines arrived on Guam in December 2024; Guam hosts 300 Marines' families.",
        "About 100 Marines arrived on Guam in December 2024; unlike Guam, Okinawa still hosts some 18,000 Marines.",
        "About 100 Marines arrived on Guam in December 2024; compared with Guam, Okinawa is home to about 18,000 "
        "Marines.",
        "About 100 Marines arrived on Guam in December 2024; eventually Guam houses 4,000 Marines.",
        "About 100 Marines arrived on Guam in December 2024; by 2028, Guam hosts 4,000 Marines.",
        "About 100 Marines arrived on Guam in December 2024; Guam hosts 4,000 Marines once the move is complete.",
        "About 100 Marines arrived on Guam in December 2024; Guam hosts 5,000 Marines and sailors.",
    ],
)
def test_a_count_guam_held_before_or_of_other_troops_leaves_the_first_group_read(body: str) -> None:
    assert _guam(body) == 100
