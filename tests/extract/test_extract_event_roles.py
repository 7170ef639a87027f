"""The trade talks' events and Abe's assassination read by the roles of their sentences, where a phrase left them.

Each class has its own test: a coarser date of the same event beside the day; words that rule an event out only in
its own clause (an agreement in principle, a summit's place); a trailing 'when' or 'where' clause's date; the final
terms confirmed; the start of a span; the rates the talks produced; the surcharge's end the law sets unless Congress
acts, pointed back to as 'this one', in the cover's year; a day without its year before a 'when' clause.
"""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of
from usjapan_facts.extract import extract_snapshot

STAGE_ONE, FIRST_ROUND = "stage_one_deal_finalized", "first_negotiating_round"


def test_a_coarser_date_of_the_same_event_gives_way_to_the_day() -> None:
    """'concluded in 2019' and 'declared complete ... on September 25, 2019': the day, not a disagreement."""
    events = events_of(
        "Two limited agreements were concluded in 2019 by the Trump Administration. The first stage was declared "
        "complete by Trump and Abe when they met in New York on September 25, 2019.",
        "September 3, 2024",
    )
    assert events[STAGE_ONE] == "2019-09-25"


@pytest.mark.parametrize(
    "paragraph",
    [
        "After an agreement in principle at the G-7 summit in Biarritz, France, on August 25, 2019, stage one wrapped "
        "up a month later, when Trump and Abe met in New York on September 25, 2019.",
        "It took until September 25, 2019, for the leaders, meeting in New York, to confirm the final terms; they had "
        "agreed in principle at the G-7 summit on August 25.",
        "Final terms were confirmed by the two leaders in New York on September 25, 2019.",
    ],
)
def test_stage_one_finished_by_its_own_clause(paragraph: str) -> None:
    """An agreement in principle, or a country named as a summit's place, in a clause of its own; a 'when' clause
    after the deed; the final terms confirmed: September 25, 2019."""
    assert events_of(paragraph, "October 1, 2020")[STAGE_ONE] == "2019-09-25"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Formal negotiations then opened in Washington, where Lighthizer and Motegi met over two days in mid-April "
        "2019; the ministers have met several times since, most recently on August 1-2.",
        "Formal negotiations ran from mid-April to late September 2019, when the leaders declared the first stage "
        "complete.",
    ],
)
def test_the_talks_opening_by_a_where_clause_or_a_span(paragraph: str) -> None:
    """The opening dated by what happened at its place, or by the start of the span the talks ran: April 2019."""
    assert events_of(paragraph, "August 20, 2021")[FIRST_ROUND] == "2019-04"


def test_the_tariff_talks_agreed_by_the_rates_they_produced() -> None:
    """'The talks that produced today's rates began after ... agreed by telephone, on April 7, 2025, to negotiate'."""
    events = events_of(
        "The talks that produced today's rates began after Trump and then-Prime Minister Ishiba Shigeru agreed by "
        "telephone, on April 7, 2025, to negotiate.",
        "February 20, 2026",
    )
    assert events["tariff_talks_announced"] == "2025-04-07"


def test_the_surcharge_end_the_law_sets_pointed_back_to_in_the_cover_year() -> None:
    """'...; unless Congress extends it, this one runs out in late July' under a heading whose sentences name 2025:
    July of the cover's year, the surcharge's first."""
    events = events_of(
        "The July 2025 framework cut the rate to 15%. The Supreme Court struck that tariff down in February. Section "
        "122 permits a surcharge of up to 15% for no more than 150 days; unless Congress extends it, this one runs out "
        "in late July.",
        "May 20, 2026",
    )
    assert events["section122_surcharge_expired"] == "2026-07"


def test_abe_shot_on_a_day_without_its_year_before_a_when_clause() -> None:
    """'Japanese politics were jolted on July 8, when former Prime Minister Abe Shinzo ... was shot and killed': the
    last July 8 up to the cover."""
    text = (
        "Updated September 12, 2022\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
        "Politics in Tokyo were shaken on July 8, when former Prime Minister Abe Shinzo, who had led the stage one "
        "talks, was shot and killed while campaigning in Nara.\n"
    )
    assert extract_snapshot(text).snapshot.events["abe_assassination"].date == "2022-07-08"
