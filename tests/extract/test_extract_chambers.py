"""A chamber named only by its size binds a vote to that chamber, and a Markdown list's items read one by one."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def elections_of(body: str) -> dict[str, Any]:
    """Extract a short brief and return its elections' dates and statuses as JSON."""
    snapshot = extract_snapshot(COVER + body).snapshot
    return {
        slug: election.model_dump(mode="json", include={"date", "status"})
        for slug, election in snapshot.elections.items()
    }


@pytest.mark.parametrize(
    "body",
    [
        "In the November 9, 2030, vote, the ruling parties fell to 221 of 465 seats. "
        "They keep a majority in the Upper House, whose 248 members serve six-year terms.",
        "At the polls on November 9, 2030, the coalition won 240 of the 465 seats. "
        "Its hold on the Upper House is firmer.",
        "The November 9, 2030, election left the LDP with 191 seats in the 465-seat chamber. "
        "The Upper House votes next in July 2031.",
    ],
    ids=["of-465-seats", "of-the-465", "465-seat-chamber"],
)
def test_a_vote_counting_seats_of_465_is_the_lower_house_never_the_upper(body: str) -> None:
    """A vote whose seats are the Lower House's size is that chamber's, though the next sentence names the other."""
    found = elections_of(body)
    assert "upper_house_2030" not in found
    assert found.get("lower_house_2030") == {"date": "2030-11-09", "status": "held"}


@pytest.mark.parametrize(
    "body",
    [
        "In the November 9, 2030, vote, the coalition kept 130 seats. The Upper House is next.",
        "After the vote on November 9, 2030, the ruling bloc held fewer seats. The Upper House sits in July.",
        "The November 9, 2030, poll cost the LDP many seats. The Upper House is not up until 2031.",
    ],
    ids=["kept-seats", "fewer-seats", "many-seats"],
)
def test_a_vote_counting_seats_borrows_no_chamber_from_the_next_sentence(body: str) -> None:
    """Seats of an unnamed chamber leave the vote's body unknown rather than the next sentence's chamber."""
    assert "upper_house_2030" not in elections_of(body)


@pytest.mark.parametrize(
    "marker",
    ["-", "*", "•"],
)
def test_items_of_a_markdown_list_are_sentences_of_their_own(marker: str) -> None:
    """'- One. - Two.' run into one paragraph still reads each item as its own sentence."""
    body = (
        f"{marker} Prime Minister Hoshino Aki met President Jane Doe on February 2, 2031.\n"
        f"{marker} About 52,000 U.S. troops are stationed in Japan.\n"
        f"{marker} The coalition keeps its majority.\n"
    )
    facts = extract_snapshot(COVER + body).snapshot.facts
    quote = facts["alliance.us_troops_in_japan"].quote
    assert quote == "About 52,000 U.S. troops are stationed in Japan."
