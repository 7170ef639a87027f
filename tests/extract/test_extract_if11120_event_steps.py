"""The trade talks' steps in more words: the 'opening round', negotiations that 'began in April 2019', a deal
'declared finished' in a 'when' clause dated by the clause before, the 'stage one package', a deal 'was finalized'
without a year in its context's, talks 'said it would open' or 'were announced'; and a signing dated 'the following
month' is not given the month of the other deed."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = (
    "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Relations\n\n"
    "Japan is the fifth-largest U.S. trading partner.\n\n## Talks\n\n"
)


def read(cover: str, body: str) -> tuple[dict[str, str], dict[str, object]]:
    """Extract a short excerpt dated `cover`: its events' dates and its facts' values."""
    snapshot = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF11120").snapshot
    return {slug: event.date for slug, event in snapshot.events.items()}, {
        k: v.value for k, v in snapshot.facts.items()
    }


@pytest.mark.parametrize(
    ("cover", "body", "expected"),
    [
        (
            "May 2, 2019",
            "The opening round of talks took place in Washington in mid-April.",
            {"first_negotiating_round": "2019-04"},
        ),
        (
            "March 3, 2020",
            "Talks began in April 2019 and ended in September, when Trump and Abe declared a limited deal finished.",
            {"first_negotiating_round": "2019-04", "stage_one_deal_finalized": "2019-09"},
        ),
        (
            "March 3, 2021",
            "The leaders declared the stage one package complete on September 25, 2019.",
            {"stage_one_deal_finalized": "2019-09-25"},
        ),
        (
            "October 9, 2019",
            "On September 25, Trump and Abe said they had finalized a limited trade agreement.",
            {"stage_one_deal_finalized": "2019-09-25"},
        ),
        ("October 9, 2026", "On September 25, the two leaders said they had finalized a limited agreement.", {}),
        (
            "May 1, 2025",
            "On April 7, Washington said it would begin talks with Japan on tariffs.",
            {"tariff_talks_announced": "2025-04-07"},
        ),
        (
            "June 1, 2025",
            "Talks were announced on April 7, 2025, days after the reciprocal tariffs.",
            {"tariff_talks_announced": "2025-04-07"},
        ),
        (
            "August 15, 2025",
            "The framework came on July 22, 2025, three months after the April 7 call in which the leaders agreed to "
            "begin talks.",
            {"tariff_talks_announced": "2025-04-07"},
        ),
    ],
)
def test_steps_of_the_talks(cover: str, body: str, expected: dict[str, str]) -> None:
    """Each step is dated by its own words or its context; a 2019 step told in a later year's context is none."""
    assert read(cover, body)[0] == expected


def test_a_signing_the_following_month_takes_no_other_deeds_month() -> None:
    """'finalized in September 2019 and signed the following month' gives the signing no date of September."""
    events, facts = read(
        "July 19, 2022", "The stage one deal was finalized in September 2019 and signed the following month."
    )
    assert (events, "agreements.usjta_signed" in facts) == ({"stage_one_deal_finalized": "2019-09"}, False)
