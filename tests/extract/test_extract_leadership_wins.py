"""A party leadership won, in more wordings: 'the presidency of the LDP' as well as 'the LDP presidency', and a win's
day written without its year, dated by the next dated day of its sentence or, alone, by the cover; and the traps."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Background\n\n"
ANCHOR = "Japan was the fourth-largest U.S. trading partner in 2030. "


def _elections(paragraph: str, cover: str = "December 2, 2031") -> dict[str, Any]:
    text = COVER.format(cover=cover) + ANCHOR + paragraph + "\n"
    found = extract_snapshot(text, brief="IF11120").snapshot.elections
    return {slug: (election.date, election.status) for slug, election in found.items()}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Hoshino Ren won the presidency of the Liberal Democratic Party (LDP) on November 9, 2031.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
        (
            "Hoshino Ren secured the leadership of the LDP on November 9 and was named prime minister by the Diet on "
            "November 17, 2031.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
        (
            "Hoshino Ren won the party presidency of the LDP on November 9.",
            {"ldp_president_2031": ("2031-11-09", "held")},
        ),
    ],
)
def test_a_leadership_won_of_the_party_or_without_its_year_is_the_partys_election(
    paragraph: str, expected: dict[str, Any]
) -> None:
    """'won the presidency of the LDP', and its day without a year, take the next dated day's year or the cover's."""
    assert _elections(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # another body's presidency
        "Hoshino Ren won the presidency of the Japan Business Federation on November 9, 2031.",
        # a yearless day after the cover: no win yet
        "Hoshino Ren won the LDP presidency on December 20.",
        # a yearless day after the sentence's next dated day: the year cannot be that day's
        "Hoshino Ren won the LDP leadership on November 9 and first entered the Diet on March 1, 2031.",
    ],
)
def test_another_presidency_or_an_unplaceable_day_is_no_leadership_election(paragraph: str) -> None:
    """Another body's presidency, or a yearless win no year can be given, reports no LDP election."""
    assert _elections(paragraph) == {}
