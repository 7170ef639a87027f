"""Dates and counts read wrong by a neighbouring clause: a cost-sharing accord's end date, a party's vote on its rules,
a yearless election day that a tense far from it placed a year off, and IPEF's members named outside the count's
clause."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot


def _snapshot(cover: str, body: str) -> Any:
    text = f"Updated {cover}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n{body}\n"
    return extract_snapshot(text).snapshot


def _value(cover: str, body: str, fact: str) -> str | None:
    found = _snapshot(cover, body).facts.get(fact)
    return None if found is None else str(found.model_dump(mode="json")["value"])


def _elections(cover: str, body: str) -> dict[str, tuple[str, str]]:
    return {slug: (str(one.date), one.status) for slug, one in _snapshot(cover, body).elections.items()}


AGREEMENT = "alliance.host_nation_support_agreement"


def test_a_month_the_accord_stays_in_force_through_is_not_when_it_was_reached() -> None:
    """'in force through March 2037' ends the accord: its date is the relative month it was reached in."""
    body = (
        "## Alliance\n\nThe present six-year Special Measures Agreement, reached in October of last year and in force "
        "until March 2038, commits ¥1.2 trillion over its life."
    )
    assert _value("March 3, 2033", body, AGREEMENT) == "2032-10"


def test_an_accord_dated_only_by_its_end_has_no_date() -> None:
    body = "## Alliance\n\nThe host-nation support accord, in effect through March 2036, totals ¥1.1 trillion."
    assert _value("March 3, 2033", body, AGREEMENT) is None


POLITICS = "## Japanese Politics\n\nPrime Minister Sato Ken leads the Liberal Democratic Party (LDP). "


def test_a_party_vote_on_its_rules_is_no_leadership_election() -> None:
    """'voted to allow its leader a third straight term' changes a rule: no LDP presidential vote is dated by it."""
    body = POLITICS + "At a party congress on March 12, the LDP voted to allow its leader a third straight term."
    assert not any(slug.startswith("ldp_president") for slug in _elections("March 20, 2033", body))


def test_a_party_vote_that_keeps_its_leader_is_still_a_leadership_election() -> None:
    body = POLITICS + "On March 12, LDP lawmakers voted to keep Sato as party leader."
    assert _elections("March 20, 2033", body).get("ldp_president_2033") == ("2033-03-12", "held")


def test_a_yearless_day_a_distant_future_tense_places_a_year_off_is_left_unread() -> None:
    """A 'will' of another clause beside the July just past: the July of next year is not read."""
    body = POLITICS + (
        "In the July 24 election for half of the House of Councillors, officials said that they will push for more."
    )
    assert not any(date.startswith("2034") for date, _ in _elections("September 2, 2033", body).values())


def test_a_yearless_day_months_ahead_is_still_read() -> None:
    body = POLITICS + "The House of Councillors election is set for July 24."
    assert _elections("February 2, 2033", body).get("upper_house_2033") == ("2033-07-24", "upcoming")


IPEF = "diplomacy.ipef_other_partners"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Biden's IPEF brings together Japan and 13 other economies, the U.S. among them.", "13"),
        ("That spring Biden started IPEF, which groups Japan with thirteen other partners.", "13"),
        ("Japan, which joined the United States and 12 other economies, helped found IPEF.", "13"),
        ("IPEF gathers Japan and 13 other economies, including the United States.", "13"),
    ],
    ids=["us-among-them", "launcher-outside-relative", "relative-without-japan", "including-us"],
)
def test_ipef_members_named_outside_the_counts_clause_are_not_added(sentence: str, expected: str) -> None:
    """Who launched IPEF in the clause a relative 'which' follows, and the United States 'among them', are no members
    besides the others."""
    assert _value("October 2, 2033", f"## Diplomacy\n\n{sentence}", IPEF) == expected
