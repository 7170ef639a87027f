"""The prime minister read by the roles of a clause where the taking of office is a return to the office, the office
named as a place ('the prime minister's office', 'the premiership'), a deed joined by 'and' to an earlier one of the
same subject, or a 'Since' clause the main clause counts time from in the present perfect; and the ruling coalition
told by what it pairs. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import values_on

PM, COALITION = "leaders.japan_prime_minister", "politics.ruling_coalition"
COVER = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    "body",
    [
        "Since Sato Kenji came back to the prime minister's office in March 2020, Tokyo has courted Washington. "
        "Sato is 61.",
        "Sato Kenji, a former finance minister, won the LDP presidency in March and was chosen prime minister by "
        "the Diet two days later. Sato is 61.",
        "Sato Kenji, the party's first leader from Hokkaido, was voted in as premier by both chambers in April. "
        "Sato is 61.",
        "The premiership passed in March 2026 to Sato Kenji, who had lost two earlier leadership races. Sato is 61.",
        "Sato Kenji rose to the premiership in March 2026. Sato is 61.",
    ],
)
def test_a_return_or_a_chain_of_deeds_gives_the_prime_minister(body: str) -> None:
    assert values_on(body, COVER)[PM]["family"] == "Sato"


@pytest.mark.parametrize(
    "body",
    [
        "Since Sato Kenji became prime minister in 2012, the yen fell by a third. Sato is 61.",
        "Before Sato Kenji returned to the cabinet as foreign minister in 2025, he led a faction. Sato is 61.",
        "Mori Haruka praised Sato Kenji, who won the party vote and was chosen prime minister in 2012. Sato is 61.",
    ],
)
def test_a_time_counted_from_no_holding_or_another_subject_gives_none(body: str) -> None:
    assert values_on(body, COVER).get(PM) is None


@pytest.mark.parametrize(
    "body",
    [
        "Sato governs through a coalition that pairs the LDP with the smaller Komeito.",
        "The government rests on an alliance of the LDP and the smaller Komeito.",
    ],
)
def test_a_coalition_told_by_what_it_pairs_is_read(body: str) -> None:
    assert values_on(body, COVER)[COALITION] == ["LDP", "Komeito"]
