"""A vote one only wants or weighs holding, moving or putting off ('floated moving the party's vote up to August',
'critics want the LDP to hold its leadership vote in July') is dated by no one: no election is read for that date,
while a vote the party decided on, or one named beside what is wanted ('want to hold talks before the election on
...'), keeps its date.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of

COVER = "March 1, 2031"


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Some in the LDP have floated moving the party's presidential vote up to August 2031.", "ldp_president_2031"),
        ("Critics want the LDP to hold its leadership vote in July 2031.", "ldp_president_2031"),
        ("Party elders are considering postponing the leadership election to October 2031.", "ldp_president_2031"),
        ("Aides want to delay the snap election to November 2031.", "lower_house_2031"),
    ],
)
def test_a_vote_only_wanted_or_weighed_moving_dates_no_election(body: str, slug: str) -> None:
    """The date is one someone wants or weighs for the vote, not the vote's."""
    assert slug not in elections_of(body, COVER)


@pytest.mark.parametrize(
    ("body", "slug", "date"),
    [
        ("The LDP decided to hold its leadership vote on September 26, 2031.", "ldp_president_2031", "2031-09-26"),
        ("Opposition parties want to hold talks before the Upper House election on July 20, 2031.", "upper_house_2031",
         "2031-07-20"),
    ],
)  # fmt: skip
def test_a_vote_decided_or_beside_a_wish_keeps_its_date(body: str, slug: str, date: str) -> None:
    """A vote set, or one what is wanted only comes before: dated."""
    assert elections_of(body, COVER).get(slug, {}).get("date") == date
