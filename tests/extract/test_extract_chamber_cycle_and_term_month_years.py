"""An Upper House vote read outside that chamber's calendar where no sentence names it, a yearless month of the Lower
House's term's end never dated by another body's dated vote, and 'some polls' as opinion polls.

Every sentence is invented for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot


def _politics(cover: str, body: str) -> dict[str, Any]:
    text = f"Updated {cover}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n{body}\n"
    facts = extract_snapshot(text).snapshot.facts
    return {key: fact.model_dump(mode="json")["value"] for key, fact in facts.items() if key.startswith("politics")}


@pytest.mark.parametrize(
    ("body", "slug", "wrong"),
    [
        (
            "- Lower House: the bloc holds 240 of 465 seats. It lost its majority in the October 2026 election.\n"
            "- Upper House: the bloc has 120 of 248 seats after the July 2025 election.",
            "upper_house_2026",
            "2026-10",
        ),
    ],
)
def test_an_upper_house_vote_outside_its_calendar_is_not_guessed(body: str, slug: str, wrong: str) -> None:
    assert elections_of(body, "May 4, 2027").get(slug, {}).get("date") != wrong


@pytest.mark.parametrize(
    ("body", "slug", "date"),
    [
        (
            "- Lower House: the bloc holds 240 of 465 seats. It lost its majority in the October 2026 election.\n"
            "- Upper House: the bloc has 120 of 248 seats after the July 2025 election.",
            "upper_house_2025",
            "2025-07",
        ),
        ("The ruling bloc lost its Upper House majority in the July 2025 election.", "upper_house_2025", "2025-07"),
        ("In the Upper House, the LDP lost ground in the election of July 20, 2025.", "upper_house_2025", "2025-07-20"),
        (
            "The Upper House contest of July 2025 and the general election of October 2026 both hurt the LDP.",
            "lower_house_2026",
            "2026-10",
        ),
    ],
)
def test_votes_in_their_calendar_are_still_read(body: str, slug: str, date: str) -> None:
    assert elections_of(body, "May 4, 2027")[slug]["date"] == date


@pytest.mark.parametrize(
    ("cover", "body", "due", "year"),
    [
        (
            "April 12, 2029",
            "The Lower House's four-year term runs out in October, and a vote must come by then unless "
            "Ishiba dissolves the chamber sooner; the next Upper House election is due in July 2031.",
            "2029-10",
            2029,
        ),
        (
            "April 12, 2029",
            "The Lower House's term ends in October; South Korea's next vote comes in April 2032.",
            "2029-10",
            2029,
        ),
        (
            "April 12, 2029",
            "The Diet sits until 2030, when the Lower House's term runs out in October.",
            "2030-10",
            2030,
        ),
    ],
)
def test_a_yearless_term_month_takes_no_other_bodys_year(cover: str, body: str, due: str, year: int) -> None:
    read = _politics(cover, body)
    assert read.get("politics.lower_house_election_due") == due
    assert read.get("politics.next_diet_election_due") == year


def test_a_term_month_after_another_chambers_dated_vote_takes_its_year() -> None:
    body = "Half of the upper chamber is up in July 2031, and the Lower House's term expires in October of that year."
    assert _politics("April 12, 2029", body).get("politics.lower_house_election_due") == "2031-10"


def test_a_term_month_beside_another_chambers_bare_years_is_still_left() -> None:
    body = "The Lower House's term ends in October, though the Upper House voted in 2031 and votes again in 2034."
    assert "politics.lower_house_election_due" not in _politics("April 12, 2035", body)


@pytest.mark.parametrize(
    "body",
    [
        "Scandals over a school and the approval of a permit some polls this spring; they have since recovered.",
        "Scandals pulled the cabinet's support below 30% in some polls this spring.",
        "The cabinet fell to 30% in some polls this spring.",
    ],
)
def test_some_polls_are_opinion_polls(body: str) -> None:
    after = " No Lower House election is required until October 2035."
    assert "lower_house_2032" not in elections_of(body + after, "September 14, 2032")


def test_a_vote_at_the_polls_is_still_read() -> None:
    body = "Voters went to the polls in July 2031, and the LDP kept its Upper House majority."
    assert elections_of(body, "September 14, 2032")["upper_house_2031"]["date"] == "2031-07"
