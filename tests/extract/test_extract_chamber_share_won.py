"""The ruling coalition's share of a chamber read by its roles: a share its last vote gave ('won 293 of the 465 seats in
the October 2021 election') is the chamber's make-up until a later vote, unless the sentence says it has changed since
or the vote is more than the chamber's term before the cover; 'the two' after a sentence naming the two parties is the
coalition; a party's verb in the plural ('its partner Komeito hold') or a partner joined in front ('Together with its
partner Komeito, the LDP controls') makes the coalition the holder, where a party alone with its verb in the singular
does not; a bar named in apposition ('the margin needed to ...') and bills passed over the other chamber's objections
name neither a bar to the share nor its chamber.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

LOWER = "politics.lower_house_coalition_share"


def share_in(body: str, cover: dt.date) -> tuple[object, str] | None:
    """The Lower House share read from `body` in a brief's text dated `cover` (an anchor sentence keeps it a brief)."""
    anchor = "Japan has been a U.S. treaty ally since 1952."
    text = f"# U.S.-Japan Relations\n\nUpdated {cover:%B %d, %Y}\n\n## Politics\n\n{anchor} {body}\n"
    fact = extract_snapshot(text, updated=cover).snapshot.facts.get(LOWER)
    return None if fact is None else (fact.value, fact.qualifier)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("cover", "body", "value"),
    [
        (
            dt.date(2023, 6, 1),
            "Kishida's Liberal Democratic Party (LDP) governs with Komeito. The partners won 293 of the lower "
            "chamber's 465 seats, a little under two-thirds, in the general election of October 31, 2021.",
            (67, "under"),
        ),
        (
            dt.date(2016, 6, 1),
            "Abe's Liberal Democratic Party (LDP) governs with a junior partner, Komeito. After the snap election of "
            "December 2014 the two hold 326 of the 475 seats in the House of Representatives.",
            (69, "about"),
        ),
        (
            dt.date(2016, 6, 1),
            "Together with its partner Komeito, the LDP commands more than two-thirds of the House of "
            "Representatives, enough to pass bills over the upper chamber's objections.",
            (67, "over"),
        ),
        (
            dt.date(2016, 6, 1),
            "The Liberal Democratic Party (LDP) and its coalition partner Komeito hold 326 of the 475 seats in the "
            "House of Representatives.",
            (69, "about"),
        ),
        (
            dt.date(2018, 3, 1),
            "In the October 2017 snap election the LDP and Komeito came away with 313 of the lower chamber's 465 "
            "seats, a shade over two-thirds, the margin needed to propose constitutional amendments.",
            (67, "over"),
        ),
    ],
)
def test_the_coalitions_share_is_read_by_its_roles(cover: dt.date, body: str, value: tuple[object, str]) -> None:
    """The share is read with its hedge."""
    assert share_in(body, cover) == value


@pytest.mark.parametrize(
    ("cover", "body"),
    [
        (
            dt.date(2023, 6, 1),
            "In the 2017 election the LDP and Komeito won 313 of the 465 seats in the lower chamber.",
        ),
        (dt.date(2023, 6, 1), "The LDP controls 261 of the 465 seats in the House of Representatives."),
        (
            dt.date(2023, 6, 1),
            "The LDP and Komeito won 293 of the 465 lower-house seats in October 2021, but defections have since "
            "left them with fewer.",
        ),
    ],
)
def test_a_share_of_an_old_vote_of_one_party_or_changed_since_is_not_read(cover: dt.date, body: str) -> None:
    """A vote more than a term ago, one party's seats, or a result changed since give no current share."""
    assert share_in(body, cover) is None
