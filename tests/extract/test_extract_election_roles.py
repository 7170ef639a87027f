"""An election read by its role: a table's date column whose header says which vote it dates ('Last held', 'Next'),
and a vote counted in days from the day its sentence names before the count ('shot on July 8, 2022; two days later,
the Upper House election'), not from a date of the sentence before; a row that contradicts the cover is unsure."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

TITLE = "U.S.-Japan Relations"


def elections(
    cover: str, body: str, before: str = "Japan has been a U.S. treaty ally since 1952."
) -> dict[str, tuple[str, str]]:
    """Extract a short excerpt of IF10199 dated `cover` holding `body`: its elections' dates and statuses."""
    text = f"# {TITLE}\n\nUpdated {cover}\n\n## Relations\n\n{before}\n\n## Politics\n\n{body}\n"
    snapshot = extract_snapshot(text, brief="IF10199").snapshot
    return {slug: (one.date, one.status) for slug, one in snapshot.elections.items()}


HEAD = "| Contest | {} | {} | Status |\n| --- | --- | --- | --- |\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            HEAD.format("Last held", "Next") + "| LDP presidency | Sept. 2021 | Sept. 2024 | Scheduled |\n"
            "| Lower House (465 seats) | Oct. 2021 | by Oct. 2025 | Not yet called |",
            {
                "ldp_president_2021": ("2021-09", "held"),
                "ldp_president_2024": ("2024-09", "upcoming"),
                "lower_house_2021": ("2021-10", "held"),
            },
        ),
        (
            HEAD.format("Most recent", "Upcoming") + "| House of Councillors | July 2022 | July 2025 | fixed |",
            {"upper_house_2022": ("2022-07", "held"), "upper_house_2025": ("2025-07", "upcoming")},
        ),
        (HEAD.format("Last held", "Next") + "| Upper House | July 2025 | July 2028 | fixed |", {}),
        (HEAD.format("Last held", "Next") + "| Tokyo governor | July 2020 | July 2024 | set |", {}),
    ],
)
def test_a_date_column_header_gives_the_vote_its_role(table: str, expected: dict[str, tuple[str, str]]) -> None:
    """'Last held' dates a vote held, 'Next' one to come; a deadline cell, another body or a contradiction, none."""
    assert elections("March 1, 2024", table) == expected


@pytest.mark.parametrize(
    ("before", "body", "expected"),
    [
        (
            "The Diet approved the deal on December 4, 2019.",
            "Abe was assassinated on July 8, 2022, while campaigning; two days later, the coalition widened its "
            "majority in the Upper House election.",
            {"upper_house_2022": ("2022-07-10", "held")},
        ),
        (
            "Japan has been a U.S. treaty ally since 1952.",
            "Abe was shot on July 8, 2022, in Nara; two days later, the ruling coalition gained seats in the Upper "
            "House election.",
            {"upper_house_2022": ("2022-07-10", "held")},
        ),
        (
            "Japan has been a U.S. treaty ally since 1952.",
            "Kishida became prime minister on October 4, 2021, and dissolved the lower house ten days later; the "
            "House of Representatives election followed on October 31, 2021.",
            {"lower_house_2021": ("2021-10-31", "held")},
        ),
        (
            "The LDP chose Kishida as its president on September 29, 2021.",
            "Thirty-two days later, the House of Representatives election returned the coalition to power.",
            {"lower_house_2021": ("2021-10-31", "held"), "ldp_president_2021": ("2021-09-29", "held")},
        ),
    ],
)
def test_a_vote_counted_in_days_from_the_day_before_the_count(
    before: str, body: str, expected: dict[str, tuple[str, str]]
) -> None:
    """The count leads from the last day before it, in its own sentence first; a date after it is the vote's own."""
    assert elections("August 1, 2022" if "2022" in body else "November 1, 2021", body, before) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Abe was shot on July 8 while campaigning in Nara, two days before a nationwide Upper House vote.",
            {"upper_house_2022": ("2022-07-10", "held")},
        ),
        (
            "Abe was killed on July 8 while campaigning for the upper house election held two days later.",
            {"upper_house_2022": ("2022-07-10", "held")},
        ),
        (
            "Abe, who signed the 2019 agreements, was killed on July 8 while campaigning for the upper house election "
            "held two days later.",
            {},
        ),
        ("Members' terms expire on September 28, two days before the vote for the House of Councillors.", {}),
    ],
)
def test_a_day_without_its_year_takes_the_covers(body: str, expected: dict[str, tuple[str, str]]) -> None:
    """A count from a day written without its year dates the vote in the cover's year; another year named, unsure."""
    before = "Japan has been a U.S. treaty ally since 1952. The Diet approved the deal on December 4, 2019."
    assert elections("August 1, 2022", body, before) == expected


def test_a_count_in_another_deeds_clause_dates_that_deed() -> None:
    """'dissolved the lower house ten days later and set a general election for ...': the count is the dissolution's."""
    body = (
        "Kishida, elected prime minister on October 4, 2021, dissolved the lower house ten days later and set a "
        "general election for the end of the month."
    )
    assert elections("October 20, 2021", body).get("lower_house_2021", ("", ""))[0] != "2021-10-14"
