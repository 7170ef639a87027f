"""Japan's prime minister read from 'became prime minister' where the name stands in apposition ('His
counterpart, Kato Ken, became prime minister ...') or before a long aside with a party's short name and a date ('Kato
Ken, chosen leader of the Liberal Democratic Party (LDP) on May 4, became ...') or a noun phrase ending in 'who' ('X, a
former LDP policy chief who became Japan's 105th premier', the office's count no rank). An aside saying the leader
died or left office gives no reading. The office may be named by its role: who heads or leads Japan's government, whose
cabinet it is, who took over as head of government.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PM = "leaders.japan_prime_minister"


@pytest.mark.parametrize(
    "body",
    [
        "His counterpart, Kishida Fumio, became prime minister on May 12, 2026, after a party vote.",
        "Kishida Fumio, chosen leader of the Liberal Democratic Party (LDP) on May 4, became prime minister on May 12.",
        "Ties deepened under Kishida Fumio, Japan's premier since October 2021, as the defense budget grew.",
        "Kishida Fumio, who became prime minister in October 2025, has pledged to raise defense spending.",
        "Kishida Fumio, the prime minister, has pledged to raise defense spending.",
        "Kishida Fumio succeeded Kato as prime minister on October 1, 2025.",
        "The vote tests Kishida Fumio, a former LDP policy chief who became Japan's 105th premier on May 12.",
        "Japan's government, headed since October 2025 by Kishida Fumio of the LDP, favors a larger defense budget.",
        "Kishida Fumio, who has led Japan's cabinet since last autumn, favors a larger defense budget.",
        "The cabinet of Kishida Fumio has pledged to raise defense spending.",
        "The Kishida government has pledged to raise defense spending.",
        "Kishida Fumio took over from Kato Ken as head of government on October 1, 2025.",
        "The current prime minister is Kishida Fumio of the Liberal Democratic Party.",
        "Kishida Fumio, a former foreign minister, won the LDP race on May 4, and on May 12 the Diet chose him as "
        "prime minister.",
    ],
)
def test_a_name_in_apposition_becoming_prime_minister_is_read(body: str) -> None:
    """The name before 'became prime minister', past an aside of any punctuation but a semicolon."""
    assert facts_in(body)[PM][0].family == "Kishida"


@pytest.mark.parametrize(
    "body",
    [
        "Kishida Fumio, who died in 2025, became prime minister in 2021.",
        "Kishida Fumio, who resigned in 2024, became prime minister in 2021.",
    ],
)
def test_an_aside_of_death_or_leaving_gives_no_prime_minister(body: str) -> None:
    """A leader the aside puts out of office is not the sitting prime minister."""
    assert PM not in facts_in(body)
