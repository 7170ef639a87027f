"""IF11120's FDI rank said as 'came next' after another country's first place in the clause before: second; and
the traps (Japan first and another next, 'next in line', 'came next year')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Background\n\n"


def _rank(paragraph: str) -> object:
    text = (
        COVER.format(cover="June 2, 2031") + "Japan was the fourth-largest U.S. trading partner in 2030. " + paragraph
    )
    fact = extract_snapshot(text + "\n", brief="IF11120").snapshot.facts.get("trade.fdi_source_rank")
    return getattr(fact, "value", None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ireland was the largest direct investor in the United States in 2030; Japan, with $900 billion, came next.",
        "The Netherlands held the biggest FDI position in the United States; Japan, at some $910 billion, ranked next.",
    ],
)
def test_japan_coming_next_after_another_countrys_first_place_is_second(paragraph: str) -> None:
    """'X was the largest ...; Japan, with $Y, came next': Japan's FDI rank is 2."""
    assert _rank(paragraph) == 2


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Japan first, another country next: Japan's rank stays first
        ("Japan was the largest source of FDI in the United States; Ireland, with $300 billion, came next.", 1),
        # 'next in line' is no place on the list
        (
            "Ireland was the largest source of FDI in the United States; Japan, with $900 billion, was next in line.",
            None,
        ),
        # 'came next year': a time, not a place
        (
            "Ireland was the largest direct investor in the United States; Japan, with $900 billion, came next year.",
            None,
        ),
    ],
)
def test_next_after_japans_own_first_place_or_another_next_is_not_second(paragraph: str, expected: object) -> None:
    """Another country coming next after Japan, or 'next in line'/'next year', gives Japan no second place."""
    assert _rank(paragraph) == expected
