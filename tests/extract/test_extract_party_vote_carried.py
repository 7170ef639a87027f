"""The LDP's presidential election told as 'the party vote', its party carried from the text (the LDP named before, or
a prime minister's party); a general election told in the sentence that dissolves the Lower House, past the aside that
dates the dissolution; and no general election where the chamber is named only in a dissolution supposed ('Unless
Hoshino dissolves the House of Representatives early, voters go to the polls on March 9').

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952. "


def _elections(cover: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    snapshot = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot
    return {slug: (e.date, e.status) for slug, e in snapshot.elections.items()}


@pytest.mark.parametrize(
    ("cover", "body", "slug", "expected"),
    [
        (
            "October 20, 2030",
            "Hoshino Aki has led the Liberal Democratic Party (LDP) since 2027. "
            "In the October 2 party vote, she beat a former defense minister by 400 votes to 250.",
            "ldp_president_2030",
            ("2030-10-02", "held"),
        ),
        (
            "October 20, 2030",
            "Hoshino Aki leads the LDP. She trailed a rival in opinion polls but won the October 2 party vote in a "
            "runoff; two others fell in the first round.",
            "ldp_president_2030",
            ("2030-10-02", "held"),
        ),
        (
            "March 20, 2031",
            "Prime Minister Hoshino Aki met the President in February. Hoshino's calendar is crowded: a party "
            "leadership vote is due in September, and the House of Councillors is up for election in July.",
            "ldp_president_2031",
            ("2031-09", "upcoming"),
        ),
        (
            "March 2, 2031",
            "The general election, called after Hoshino dissolved the lower chamber on January 30, falls on March 8.",
            "lower_house_2031",
            ("2031-03-08", "upcoming"),
        ),
    ],
)
def test_vote_read_by_its_roles(cover: str, body: str, slug: str, expected: tuple[str, str]) -> None:
    assert _elections(cover, body).get(slug) == expected


@pytest.mark.parametrize(
    ("cover", "body", "slug"),
    [
        # another party's vote, and a party vote with no LDP nor Japanese leader in the text
        (
            "October 20, 2030",
            "The LDP governs with Komeito. In the October 2 party vote, the CDP chose a new leader.",
            "ldp_president_2030",
        ),
        ("October 20, 2030", "In the October 2 party vote, the challenger beat the incumbent.", "ldp_president_2030"),
        (
            "October 20, 2030",
            "Hoshino leads the LDP. In the Republican Party's October 2 presidential contest, a governor won.",
            "ldp_president_2030",
        ),
        # a party vote only supposed
        (
            "March 20, 2031",
            "Hoshino leads the LDP. If a party leadership vote is held in September, she may face a challenger.",
            "ldp_president_2031",
        ),
        # the chamber named only in a dissolution supposed: no general election called
        (
            "January 5, 2031",
            "Unless Hoshino dissolves the House of Representatives early, voters go to the polls on March 9, 2031.",
            "lower_house_2031",
        ),
    ],
)
def test_no_vote_without_its_roles(cover: str, body: str, slug: str) -> None:
    assert slug not in _elections(cover, body)
