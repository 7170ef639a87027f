"""Round thirty's unsealed outsider texts: a decision still to come on whether to hold a leadership vote schedules
none, and a past prime minister named in a deed dated by month and year is not the one now.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of, value_read

COVER = dt.date(2022, 8, 1)


@pytest.mark.parametrize(
    "body",
    [
        "Party members will decide next month whether to hold an early leadership vote.",
        "LDP lawmakers are to decide in September whether to call an early presidential election.",
        "The ruling party will settle in early September whether or not to hold a leadership contest.",
    ],
)
def test_a_decision_whether_to_hold_a_vote_schedules_none(body: str) -> None:
    """'will decide in September whether to hold an early leadership vote': the decision is dated, no vote is."""
    assert "ldp_president_2025" not in elections_of(f"Ishiba Shigeru leads the LDP. {body}", cover="August 1, 2025")


def test_a_vote_the_party_decided_to_hold_is_still_read() -> None:
    """'decided in August to hold its presidential election in September': a vote scheduled."""
    found = elections_of("The LDP decided in August to hold its presidential election in September.", "August 20, 2025")
    assert found["ldp_president_2025"] == {"date": "2025-09", "status": "upcoming"}


@pytest.mark.parametrize(
    "body",
    [
        "The talks opened after President Trump and Prime Minister Abe agreed in September 2018 to hold them, and the "
        "first round took place in April 2019.",
        "Negotiations began once Prime Minister Abe agreed in October 2018 to them, and a deal was signed in 2019.",
    ],
)
def test_a_prime_minister_named_in_a_dated_past_deed_is_not_the_one_now(body: str) -> None:
    """'Prime Minister Abe agreed in September 2018 to ...' in a 2022 text, whatever later dates follow."""
    assert value_read("IF11120", "leaders.japan_prime_minister", body, COVER) is None


def test_the_prime_minister_now_is_still_read() -> None:
    """'Prime Minister Kishida Fumio met President Biden in May 2022' in a text of August 2022."""
    found = value_read("IF11120", "leaders.japan_prime_minister", "Prime Minister Kishida Fumio met President Biden "
                       "in Tokyo in May 2022.", COVER)  # fmt: skip
    assert found == {"family": "Kishida", "given": "Fumio"}
