"""The next Diet election dated by a month or season that owns it, counted from the cover: 'next July's House of
Councillors election', 'this summer's upper house vote', seats 'up this July'; none where 'next July' may still be
the coming one. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

DUE = "politics.next_diet_election_due"


def _due(body: str, cover: dt.date) -> object:
    text = (
        f"# U.S.-Japan Relations\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n"
        f"Japan has been a U.S. treaty ally since 1952. {body}\n"
    )
    fact = extract_snapshot(text, updated=cover).snapshot.facts.get(DUE)
    return None if fact is None else fact.model_dump(mode="json")["value"]


@pytest.mark.parametrize(
    ("body", "cover", "year"),
    [
        ("Next summer's House of Councillors election will test the coalition.", dt.date(2026, 6, 1), 2027),
        ("The cabinet hopes to pass the bill before next July's upper house election.", dt.date(2030, 11, 2), 2031),
        ("This July's House of Councillors election will be the first since the split.", dt.date(2028, 3, 1), 2028),
        (
            "Half of the upper chamber's 248 seats are up this July, the first vote since the party split.",
            dt.date(2028, 3, 1),
            2028,
        ),
    ],
)
def test_an_election_owned_by_a_month_counted_from_the_cover_is_dated(body: str, cover: dt.date, year: int) -> None:
    assert _due(body, cover) == year


@pytest.mark.parametrize(
    ("body", "cover"),
    [
        ("Next July's House of Councillors election will test the coalition.", dt.date(2028, 3, 1)),
        ("Last July's House of Councillors election cost the coalition its majority.", dt.date(2025, 9, 1)),
        ("This July's upper house election cost the coalition its majority.", dt.date(2025, 9, 1)),
    ],
)
def test_an_owned_month_that_may_be_either_year_or_is_past_gives_none(body: str, cover: dt.date) -> None:
    assert _due(body, cover) is None
