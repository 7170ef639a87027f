"""The 2019 stage-one deal's announcement said of the deal itself: 'A limited U.S.-Japan Trade Agreement, announced
by Trump and Abe in New York on September 25, 2019, and signed ...', 'The stage-one deal, unveiled by the two leaders
on ...', 'which Trump and Abe announced on ...', 'the leaders unveiled a first-stage trade deal'. The deal's signing or
entry into force is not its announcement.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE
from usjapan_facts.extract import extract_snapshot


def _events(body: str) -> dict[str, tuple[str, str | None]]:
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    events = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot.events
    return {slug: (event.date, getattr(event, "status", None)) for slug, event in events.items()}


@pytest.mark.parametrize(
    "body",
    [
        "A limited U.S.-Japan Trade Agreement, announced by Trump and Abe in New York on September 25, 2019, and "
        "signed on October 7, 2019, took effect on January 1, 2020.",
        "The stage-one deal, unveiled by the two leaders on September 25, 2019, cut tariffs on farm goods.",
        "The initial trade agreement, which Trump and Abe announced on September 25, 2019, entered into force in 2020.",
        "On September 25, 2019, the leaders unveiled a first-stage trade deal.",
    ],
)
def test_the_deals_announcement_said_of_the_deal_is_read(body: str) -> None:
    """The announcement is dated by the day its words run into."""
    assert _events(body)["stage_one_deal_finalized"] == ("2019-09-25", "held")


def test_the_deals_signing_is_not_its_announcement() -> None:
    """'A limited trade agreement, signed on October 7, 2019, took effect ...' announces nothing."""
    assert "stage_one_deal_finalized" not in _events(
        "A limited trade agreement, signed on October 7, 2019, took effect on January 1, 2020."
    )
