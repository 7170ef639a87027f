"""Sentences near the forms the round's second wave of readers learned, which a careful reader takes no value from:
a day the calendar lacks or a count of days no vote is that far from (which made the readers of every election fail),
another country's chamber in a table of votes, a speaker chosen by a date (no chamber's deadline), and a rival country
set off after the words it is (its trade is not Japan's). Each read a wrong value, or failed, before this change."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import Extraction, extract_snapshot

TITLES = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}
ANCHORS = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}


def _extracted(body: str, cover: dt.date, brief: str = "IF10199") -> Extraction:
    cover_line = f"Updated {cover:%B} {cover.day}, {cover.year}"
    text = f"# {TITLES[brief]}\n\n{cover_line}\n\n## Overview\n\n{ANCHORS[brief]} {body}\n"
    return extract_snapshot(text, brief=brief, updated=cover)


@pytest.mark.parametrize(
    "counted",
    [
        "Abe was killed on February 30 while campaigning for the upper house election held two days later.",
        "Abe was shot on February 30 while campaigning, two days before the Upper House vote.",
        "A by-election was held 99999999 days later.",
    ],
)
def test_a_count_from_a_day_the_calendar_lacks_or_too_long_fails_no_reader(counted: str) -> None:
    body = f"The LDP won the Upper House election on July 10, 2022. {counted}"
    extraction = _extracted(body, dt.date(2022, 8, 1))
    assert not [warning for warning in extraction.warnings if "a reader failed" in warning]
    assert extraction.snapshot.elections["upper_house_2022"].date == "2022-07-10"


def test_another_countrys_chamber_in_a_table_of_votes_is_no_diet_election() -> None:
    body = (
        "Table 1. Elections\n\n| Chamber | Last held | Next |\n| --- | --- | --- |\n"
        "| U.S. House of Representatives | Nov. 2022 | Nov. 2024 |\n"
    )
    assert not _extracted(body, dt.date(2024, 3, 1)).snapshot.elections


def test_a_speaker_chosen_by_a_date_is_no_lower_house_deadline() -> None:
    body = (
        "The next national vote is the Upper House election in July 2028. A new Lower House speaker is to be chosen "
        "by October 2027."
    )
    facts = _extracted(body, dt.date(2026, 6, 1)).snapshot.facts
    assert "politics.lower_house_election_due" not in facts
    assert facts["politics.next_diet_election_due"].value == 2028


def test_a_rival_country_set_off_after_the_subject_is_not_japans_trade() -> None:
    body = (
        "Japan's largest Asian rival, China, bought $150.2 billion of U.S. goods and services in 2030 and sold the "
        "United States $536.8 billion."
    )
    assert "trade.us_imports_from_japan" not in _extracted(body, dt.date(2031, 11, 20), "IF11120").snapshot.facts


@pytest.mark.parametrize(
    ("body", "cover", "slug", "wanted"),
    [
        (
            "The Diet was dissolved on October 14, 2021; 17 days later the lower house election was held, and on "
            "November 10, 2021, Kishida was re-elected prime minister.",
            dt.date(2021, 11, 20),
            "lower_house_2021",
            ("2021-10-31", "held"),
        ),
        (
            "On June 22 the campaign opened; Abe was shot 16 days later, two days before the Upper House vote.",
            dt.date(2022, 8, 1),
            "upper_house_2022",
            None,
        ),
        (
            "The LDP chose its candidates on June 20, 2022; two days later, the Upper House election campaign opened.",
            dt.date(2022, 10, 1),
            "upper_house_2022",
            None,
        ),
    ],
)
def test_a_count_dates_the_vote_only_from_its_own_anchor_and_clause(
    body: str, cover: dt.date, slug: str, wanted: tuple[str, str] | None
) -> None:
    """Another deed's date after the count, a count between the anchor day and the vote's own count, a campaign's
    opening: none dates the vote (the first is counted from its own anchor, October 14 + 17 days)."""
    elections = _extracted(body, cover).snapshot.elections
    got = (str(elections[slug].date), str(elections[slug].status)) if slug in elections else None
    assert got == wanted or (wanted is None and got is not None and got[0] in ("2022-07", "2022-07-10"))
