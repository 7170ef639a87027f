"""A count of U.S. personnel that Okinawa hosts is the prefecture's, never the count in Japan; Japan's count beside
Okinawa's share of it is still read. Sentences invented for the test (the trap battery's class)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "U.S.-Japan Relations\n\nUpdated January 11, 2031\n\n## Okinawa\n\nJapan has been a U.S. treaty ally since 1952. "
)
TROOPS = "alliance.us_troops_in_japan"


def _troops(sentence: str) -> object:
    fact = extract_snapshot(COVER + sentence + "\n").snapshot.facts.get(TROOPS)
    return None if fact is None else fact.value


@pytest.mark.parametrize(
    "sentence",
    [
        "Okinawa alone hosts roughly 30,000 U.S. military personnel.",
        "The prefecture is home to some 31,000 U.S. troops.",
        "Okinawa, by itself, houses about 30,000 American service members.",
    ],
    ids=["alone-hosts", "home-to", "by-itself"],
)
def test_the_personnel_okinawa_hosts_are_no_count_of_japans(sentence: str) -> None:
    """Okinawa as the host of a count: that count is a part of Japan's, not the whole."""
    assert _troops(sentence) is None


def test_japans_count_beside_okinawas_share_of_it_is_read() -> None:
    """'Japan hosts roughly 54,000 ..., more than half of them on Okinawa': Japan's count."""
    assert _troops("Japan hosts roughly 54,000 U.S. military personnel, more than half of them on Okinawa.") == 54000
