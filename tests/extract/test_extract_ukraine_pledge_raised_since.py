"""A pledge to Ukraine that the rest of its sentence, or the next sentence opening on its donor, says was since raised
is no pledge now ('Japan pledged $100 million ..., and has since doubled it'): the value the text goes on to say was
changed gives way; a raise only possible ('may later double it'), another donor's, or a later deed on something else
('It has since widened its sanctions') leaves it."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot


def _aid(body: str, fact: str, cover: str = "2022-06-01") -> int | None:
    text = f"# U.S.-Japan Relations\n\n## Diplomacy\n\n{body}\n\nAbout 54,000 U.S. troops are based in Japan.\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    got = snapshot.facts.get(f"diplomacy.ukraine_{fact}")
    return None if got is None else int(got.model_dump(mode="json")["value"])


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Tokyo offered $50 million in humanitarian aid to Ukraine in March, and has since tripled it.",
            "humanitarian_aid",
        ),
        (
            "Japan committed $400 million in loans to Ukraine in May. It subsequently raised that pledge.",
            "financial_support",
        ),
        (
            "Japan sent $80 million in humanitarian aid to Ukraine. The sum was later increased after a conference.",
            "humanitarian_aid",
        ),
    ],
)
def test_a_pledge_told_raised_since_is_no_pledge_now(body: str, fact: str) -> None:
    assert _aid(body, fact) is None


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Japan committed $400 million in loans to Ukraine in May, and could later double the sum.",
            "financial_support",
            400_000_000,
        ),
        (
            "Japan committed $400 million in loans to Ukraine in May. Canada has since doubled its own loans.",
            "financial_support",
            400_000_000,
        ),
        (
            "Japan sent $80 million in humanitarian aid to Ukraine. It has since widened its sanctions on Moscow.",
            "humanitarian_aid",
            80_000_000,
        ),
    ],
)
def test_a_raise_not_done_or_of_something_else_keeps_the_pledge(body: str, fact: str, value: int) -> None:
    assert _aid(body, fact) == value
