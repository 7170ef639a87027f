"""A relative clause after a chamber that tells its vote ('where half the seats were filled in July 2016') gives no
share of the coalition's; one that tells the coalition's holding still does. Sentences invented for the test (fresh25's
class)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "U.S.-Japan Relations\n\nUpdated May 10, 2017\n\n## Politics\n\n"
    "The LDP and Komeito hold about two-thirds of the seats in the House of Representatives. "
)
UPPER = "politics.upper_house_coalition_share"


def _upper(sentence: str) -> tuple[object, object] | None:
    fact = extract_snapshot(COVER + sentence + "\n").snapshot.facts.get(UPPER)
    return None if fact is None or fact.value is None else (fact.value, getattr(fact, "qualifier", None))


@pytest.mark.parametrize(
    "sentence",
    [
        "In the House of Councillors, where half the seats were filled in July 2016, they control about three-fifths.",
        "In the upper house, where half of the members were elected last July, the coalition is comfortably ahead.",
    ],
    ids=["filled", "elected"],
)
def test_the_seats_a_chambers_vote_filled_are_no_share_of_the_coalitions(sentence: str) -> None:
    """'half the seats were filled' tells the vote's scope: no 50% share is read from it."""
    assert _upper(sentence) != (50, "exact")


def test_a_relative_clause_telling_the_coalitions_holding_still_gives_its_share() -> None:
    """'where the coalition holds 57% of the seats' is the share, set off by a comma or not."""
    assert _upper("Kishida faces a test in the House of Councillors, where the coalition holds 57% of the seats.") == (
        57,
        "exact",
    )
