"""Marines on Guam now: an arrival's count the brief says has changed since is no count of those there now; a count
'there' by the clause's own time before it ('At present just over 200 are on the island')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "Updated March 3, 2026\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Alliance\n\n"
)
IN_GUAM = "alliance.marines_in_guam"


def value_of(body: str) -> object:
    """Extract a short brief and return the Marines on Guam's value and qualifier, if read."""
    found = extract_snapshot(COVER + body + "\n", brief="IF10199").snapshot.facts.get(IN_GUAM)
    return None if found is None else (str(found.value), getattr(found, "qualifier", None))


@pytest.mark.parametrize(
    "body",
    [
        "About 4,000 Marines are to move from Okinawa to Guam; roughly 100 arrived there in December 2024, and the "
        "contingent has since grown.",
        "The first group of about 100 Marines arrived on Guam in December 2024; more have followed since.",
        "Around 100 Marines relocated to Guam in December 2024. They have since been joined by other units.",
    ],
    ids=["contingent-since-grown", "more-followed", "next-sentence-joined"],
)
def test_an_arrival_the_brief_says_has_grown_since_is_no_count_of_those_there_now(body: str) -> None:
    """How many are there now the brief does not say: the arrival's count is a past one."""
    assert value_of(body) is None


def test_an_arrival_with_more_still_to_come_is_there_now() -> None:
    """'with more to follow' is a move to come, which leaves the arrival's count the one there now."""
    body = "About 100 Marines arrived on Guam in December 2024, with more to follow."
    assert value_of(body) == ("100", "about")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "About 4,000 Marines are to move from Okinawa to Guam. At present just over 200 are on the island.",
            ("200", "over"),
        ),
    ],
    ids=["at-present"],
)
def test_the_count_there_now(body: str, expected: tuple[str, str]) -> None:
    """The clause's own 'so far' or 'at present' makes a bare 'are there' now (no parenthesis between, no 'there'
    carried from the paragraph, no 'the current count': taken out, tests/extract/test_extract_alliance42_mends.py)."""
    assert value_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "About 4,000 Marines are to move from Okinawa to Guam. Some 100 are there.",
        "About 4,000 Marines are to move from Guam's neighbors to Okinawa. So far about 18,000 are there.",
    ],
    ids=["bare-are-there", "there-is-okinawa"],
)
def test_no_count_there_without_its_time_or_its_place(body: str) -> None:
    """A bare 'are there' with no time of its own, or 'there' whose place is Okinawa, reads none."""
    assert value_of(body) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "About 4,000 Marines are to move from Okinawa to Guam. The island now hosts about 210 of them, up from 100 "
            "in December 2024.",
            ("210", "about"),
        ),
        ("About 4,000 Marines are to move from Okinawa to Guam. The island now hosts about 3,000 sailors.", None),
        ("About 4,000 Marines are to move from Okinawa to Guam. The island will host all 4,000 Marines.", None),
    ],
    ids=["island-hosts-them", "island-hosts-sailors", "island-will-host"],
)
def test_the_island_holding_them_now(body: str, expected: object) -> None:
    """'The island now hosts about 210 of them' after a sentence whose place is Guam: the count there now; not
    others it hosts, nor those it will host."""
    assert value_of(body) == expected
