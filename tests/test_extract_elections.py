"""Elections in a brief's sentences: the election's own date, never another deed's, and no opinion poll."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def elections_of(body: str) -> dict[str, Any]:
    """Extract a short brief and return its elections as JSON."""
    snapshot = extract_snapshot(COVER + body).snapshot
    return {
        slug: election.model_dump(mode="json", include={"date", "status"})
        for slug, election in snapshot.elections.items()
    }


def test_a_dissolution_dated_beside_the_election_gives_the_election_its_own_date() -> None:
    """'Dissolved the Lower House on March 1, setting an election for April 6' dates the election April 6."""
    body = (
        "On March 1, 2031, Prime Minister Hoshino dissolved the Lower House, "
        "calling a general election for April 6, 2031."
    )
    assert elections_of(body) == {"lower_house_2031": {"date": "2031-04-06", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Hoshino dissolved the Lower House on February 2, 2031, and a vote is expected soon.",
        "Hoshino won the party presidency in January 2031 and called a snap Lower House election soon after.",
        "A memorial service held on February 20, 2031, was opposed by most respondents in several polls. "
        "The Lower House election followed.",
    ],
)
def test_a_date_of_another_deed_or_an_opinion_poll_gives_no_election(body: str) -> None:
    """A dissolution's date, the date of what preceded a snap vote, and a poll of opinion are no election's."""
    assert elections_of(body) == {}


def test_an_election_dated_in_its_own_words_is_still_read() -> None:
    """A plain dated election is read as before."""
    body = "The ruling coalition won the Upper House election held on July 12, 2030."
    assert elections_of(body) == {"upper_house_2030": {"date": "2030-07-12", "status": "held"}}
