"""An event's deed said again by 'do so' of another doer, at the date its own clause gives: 'Kishida spoke to a joint
meeting of Congress in April 2024; the only other Japanese leader to do so was Abe, in April 2015' dates Abe's address
April 2015. A 'do so' of a doer outside the event's years or not its own ('Biden had invited him to do so') is none.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Overview\n\nJapan has been a U.S. treaty ally since 1952. "


def _address(cover: str, body: str) -> tuple[str | None, str | None] | None:
    events = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot.events
    event = events.get("abe_address_to_congress")
    return None if event is None else (event.date, event.status)


@pytest.mark.parametrize(
    "body",
    [
        "Hoshino, who spoke before a joint meeting of Congress in March 2030, was the second premier in a decade to "
        "address it; the first Japanese leader to do so was Abe Shinzo, in April 2015.",
        "In March 2030 Hoshino addressed a joint meeting of Congress, fifteen years after Abe, who led the LDP for "
        "nearly a decade, had become the first Japanese leader to do so in April 2015.",
    ],
    ids=["only-other-was", "relative-aside"],
)
def test_the_deed_said_again_is_dated_by_its_own_clause(body: str) -> None:
    """Abe's address, told as the same deed again, is dated by the clause that names him."""
    assert _address("June 1, 2031", body) == ("2015-04", "held")


def test_a_deed_said_again_of_another_doer_is_none() -> None:
    """'Biden had invited him to do so in January 2030': Hoshino's address, not Abe's."""
    body = "On March 4, 2030, Hoshino addressed a joint meeting of Congress; Biden had invited him to do so in January."
    assert _address("June 1, 2031", body) is None
