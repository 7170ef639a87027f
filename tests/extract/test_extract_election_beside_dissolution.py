"""The general election a dissolution calls, told without the chamber's name: 'Voters go to the polls on March 9,
2031' beside 'Hoshino dissolved the House of Representatives in February' is the Lower House's; dated by a full date,
a day without its year (or of the dissolution's month: 'On the 26th of that month'), or days counted back from the
cover. Another country's vote (its people's too: 'South Koreans went to the polls'), one too long after the
dissolution, or one beside a dissolution only supposed is none; and the earliest vote so dated is the next Diet
election, before a later one a reader gave.

Every sentence is invented for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run
from usjapan_facts.extract import extract_snapshot

DISSOLVED = "Hoshino dissolved the House of Representatives in February."
HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952. "


def _snapshot(cover: str, body: str):  # type: ignore[no-untyped-def]
    return extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot


def _elections(cover: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    return {slug: (e.date, e.status) for slug, e in _snapshot(cover, body).elections.items()}


@pytest.mark.parametrize(
    ("cover", "body", "expected"),
    [
        (
            "March 2, 2031",
            "Japanese voters go to the polls on March 9, 2031, six months after Hoshino Aki became prime minister. "
            "Hoping to turn strong approval into seats, she dissolved the House of Representatives in February.",
            ("2031-03-09", "upcoming"),
        ),
        (
            "April 20, 2031",
            "Hoshino dissolved the lower chamber in February. On March 9 her party took 290 of its 465 seats.",
            ("2031-03-09", "held"),
        ),
        (
            "March 13, 2031",
            "Four days ago the electorate handed Hoshino's party a landslide. "
            "She had dissolved the House of Representatives on February 3, 2031, to seek a fresh mandate.",
            ("2031-03-09", "held"),
        ),
        (
            "December 1, 2031",
            "Hoshino had dissolved the lower house in October. "
            "On the 26th of that month, voters returned her coalition with a reduced majority.",
            ("2031-10-26", "held"),
        ),
        (
            "November 4, 2031",
            "Nine days ago the electorate gave the ruling bloc a fresh majority. "
            "The lower chamber had been dissolved in late September.",
            ("2031-10-26", "held"),
        ),
        (
            "April 2, 2033",
            "On March 27, 2033, Japanese voters handed the opposition its first win in a decade. "
            "Hoshino had dissolved the House of Representatives on February 20.",
            ("2033-03-27", "held"),
        ),
    ],
    ids=[
        "polls-after",
        "yearless-day-before",
        "days-ago",
        "day-of-that-month",
        "part-of-a-month",
        "yearless-dissolution",
    ],
)
def test_a_vote_beside_the_lower_house_dissolved_is_its_general_election(
    cover: str, body: str, expected: tuple[str, str]
) -> None:
    """The vote's sentence names no chamber; the dissolution beside it makes it the Lower House's."""
    assert _elections(cover, body)[f"lower_house_{expected[0][:4]}"] == expected


@pytest.mark.parametrize(
    "body",
    [
        f"{DISSOLVED} Voters in Taiwan went to the polls on March 9, 2031.",
        f"{DISSOLVED} South Koreans went to the polls on March 9, 2031.",
        f"Voters go to the polls on July 20, 2031. {DISSOLVED}",
        "Voters go to the polls on March 9, 2031. Hoshino could have dissolved the lower chamber in February.",
        f"{DISSOLVED} Her approval stood at 61% in a March 1, 2031, poll.",
        f"{DISSOLVED} LDP members chose her as president on March 9, 2031.",
    ],
    ids=["another-country", "another-people", "too-late", "supposed", "opinion-poll", "party-vote"],
)
def test_no_general_election_is_read_beside_another_vote(body: str) -> None:
    """Another country's vote, a date past the weeks a dissolution allows, a dissolution supposed, an opinion poll or
    the party's vote give the Lower House no election."""
    assert not any(slug.startswith("lower_house_2031") for slug in _elections("March 2, 2031", body))


def test_a_vote_years_after_the_dissolution_is_none() -> None:
    """'dissolved ... in 2029. Voters go to the polls on March 13, 2033': no election that dissolution called."""
    body = "Hoshino dissolved the House of Representatives in 2029. Voters go to the polls on March 13, 2033."
    assert "lower_house_2033" not in _elections("March 1, 2033", body)


def test_the_dated_general_election_comes_before_a_later_chamber_vote_as_the_next() -> None:
    """'the next regular Upper House contest is not until 2033' does not make 2033 the next Diet election."""
    body = (
        "Voters go to the polls on March 9, 2031, a month after Hoshino dissolved the chamber. "
        "She dissolved the House of Representatives in February. "
        "Whatever the result, the next regular Upper House contest is not until summer 2033."
    )
    snapshot = _snapshot("March 2, 2031", body)
    assert snapshot.elections["lower_house_2031"].date == "2031-03-09"
    assert snapshot.facts["politics.next_diet_election_due"].value == 2031


@pytest.mark.parametrize(
    "body",
    [
        f"{DISSOLVED} On the 31st of that month, voters returned her coalition.",
        f"{DISSOLVED} On February 30 her party took 290 of its 465 seats.",
        f"{DISSOLVED} A million days ago voters gave her party a majority.",
    ],
    ids=["31st-of-february", "february-30", "a-million-days-ago"],
)
def test_a_day_no_calendar_has_dates_no_election(tmp_path: Path, run: Run, body: str) -> None:
    """A day the calendar lacks ('the 31st of that month' after February, 'February 30'), or days counted back past
    any calendar, dates no election: `extract` reads the rest (exit 0, no traceback)."""
    brief = tmp_path / "brief.md"
    brief.write_text(HEAD.format(cover="March 20, 2031") + body + "\n", encoding="utf-8")
    result = run(f"usjapan-facts extract {brief}")
    assert (result.code, "Traceback" in result.stderr) == (0, False)
    assert not any(slug.startswith("lower_house_2031") for slug in json.loads(result.stdout)["elections"])


def test_a_dissolution_on_a_day_no_calendar_has_is_read_without_a_crash(tmp_path: Path, run: Run) -> None:
    """'dissolved the lower chamber on February 30' beside a dated vote: `extract` exits 0 with no traceback."""
    brief = tmp_path / "brief.md"
    body = "Hoshino dissolved the lower chamber on February 30. Voters went to the polls on March 9."
    brief.write_text(HEAD.format(cover="March 20, 2031") + body + "\n", encoding="utf-8")
    result = run(f"usjapan-facts extract {brief}")
    assert (result.code, "Traceback" in result.stderr) == (0, False)
