"""The cost-sharing agreement's date at the precision written, by the word that says it was reached."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "Updated March 3, 2033\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Alliance\n\n"
)
AGREEMENT = "alliance.host_nation_support_agreement"


def agreement_of(body: str) -> str | None:
    """Extract a short brief and return the agreement's date, if read."""
    fact = extract_snapshot(COVER + body + "\n").snapshot.facts.get(AGREEMENT)
    return None if fact is None else str(fact.model_dump(mode="json")["value"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On March 9, 2031, the two allies signed a fresh Special Measures Agreement on host-nation support.",
            "2031-03-09",
        ),
        ("Tokyo's share is set by a six-year host-nation support package unveiled in November 2030.", "2030-11"),
        (
            "Support for U.S. bases continues under the five-year accord concluded in late 2030, at some ¥210 billion "
            "a year, which Japan pays toward the costs of stationing them.",
            "2030",
        ),
        (
            "In May 2031 the allies renewed the host-nation support arrangement for a year, through March 2032.",
            "2031-05",
        ),
        (
            "A cost-sharing agreement struck in October 2030 and signed in January 2031 covers five fiscal years.",
            "2030-10",
        ),
    ],
    ids=["day-signed", "package-unveiled", "late-year", "renewed", "struck-then-signed"],
)
def test_the_agreement_is_dated_as_written_by_when_it_was_reached(body: str, expected: str) -> None:
    """A day, a month or 'late 2030'; 'unveiled', 'renewed'; of 'struck in X and signed in Y', the date struck."""
    assert agreement_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "A successor cost-sharing agreement is expected to be signed in late 2033, once talks end.",
        "The cost-sharing agreement with South Korea was renewed in March 2031.",
        "Japan's host-nation support agreement was agreed in principle in December 2030 and formally signed in "
        "February 2031.",
    ],
    ids=["expected-successor", "another-ally", "formally-signed"],
)
def test_a_planned_foreign_or_second_step_date_is_not_the_agreements(body: str) -> None:
    """A successor expected late in a year, Korea's renewal, and a formal signing after a deal 'in principle' are
    not read (the last is left unknown rather than dated by its second step)."""
    assert agreement_of(body) is None
