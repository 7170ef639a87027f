"""Abe's 2015 address to Congress told by a pro-verb: 'the first Japanese leader to do so since Abe in April 2015',
'The last premier to do so was Abe Shinzo, in April 2015' after a sentence that names the address as another's deed
to come. 'do so' stands for the deed its own sentence or the one before names; Abe is its doer, dated by his clause.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_if10199_events import events_of

COVER = "Updated March 1, 2024\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Kishida will travel to Washington next month and has been asked to address a joint meeting of Congress. The "
        "last Japanese prime minister who did so was Abe Shinzo, in April 2015.",
        "On March 1, Kishida stood before a joint session of Congress, the first Japanese premier to do so since Abe "
        "in April 2015.",
    ],
    ids=["sentence-before", "same-sentence"],
)
def test_an_address_told_by_do_so_is_dated_by_abes_clause(body: str) -> None:
    """'do so' carries the address; Abe's clause dates it (April 2015), not the later leader's."""
    assert events_of(body, COVER)["abe_address_to_congress"] == {"date": "2015-04", "status": "held"}


@pytest.mark.parametrize(
    "body",
    [
        "Kishida will travel to Washington next month. The last Japanese prime minister to do so was Abe Shinzo, in "
        "April 2015.",
        "Abe visited Pearl Harbor in December 2016, the first Japanese leader to do so with a U.S. president.",
    ],
    ids=["another-deed-before", "another-deed-same"],
)
def test_do_so_standing_for_another_deed_is_no_address(body: str) -> None:
    """A trip, or a visit elsewhere, that 'do so' stands for is no address to Congress."""
    assert "abe_address_to_congress" not in events_of(body, COVER)
