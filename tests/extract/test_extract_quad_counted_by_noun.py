"""The Quad leaders' meetings counted by the noun phrase that counts them, whatever verb comes before it: an ordinal of
the meeting 'of Quad leaders' held in the cover's year ('hosted the fifth meeting of Quad leaders'), the in-person
ones counted beside it ('the third held in person') being a part of the count; 'inaugural' as the first; the count
said as what there has been so far ('there has so far been a single one'). Ministers' meetings, or an ordinal of a
meeting of an earlier year, are not the count.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

QUAD = "diplomacy.quad_leader_meetings"


def quad_in(body: str, cover: dt.date) -> object:
    """The count read from `body` in a brief's text dated `cover` (a leader's sentence keeps it a brief)."""
    lead = "Japan is led by Prime Minister Kishida Fumio."
    text = f"# U.S.-Japan Relations\n\nUpdated {cover:%B %d, %Y}\n\n## Diplomacy\n\n{lead} {body}\n"
    fact = extract_snapshot(text, updated=cover).snapshot.facts.get(QUAD)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    ("cover", "body", "count"),
    [
        (
            dt.date(2023, 6, 1),
            "In May 2023, Hiroshima hosted the fifth meeting of Quad leaders, the third in person.",
            5,
        ),
        (dt.date(2021, 3, 30), "Biden chaired the Quad's inaugural leaders' summit by video on March 12.", 1),
        (dt.date(2021, 4, 1), "Of Quad summits at the leaders' level there have so far been two, both by video.", 2),
    ],
)
def test_the_leaders_meetings_are_counted_by_their_noun(cover: dt.date, body: str, count: int) -> None:
    """The count the ordinal or the tally so far gives."""
    assert quad_in(body, cover) == count


@pytest.mark.parametrize(
    ("cover", "body"),
    [
        (dt.date(2021, 4, 1), "Of Quad meetings at the foreign ministers' level there have so far been three."),
        (dt.date(2023, 6, 1), "In 2021, Washington hosted the second meeting of Quad leaders."),
    ],
)
def test_ministers_meetings_or_an_old_ordinal_are_not_the_count(cover: dt.date, body: str) -> None:
    """Another kind of meeting, or the ordinal of a meeting years before the cover, is no count of them now."""
    assert quad_in(body, cover) is None
