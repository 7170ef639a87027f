"""Dates and rates read by the role their words play: a timeline table's rows of spans (only the step still running is
the rate now), a rate told as the sum of two duties (not either duty), a deed's own day beside a count from another
deed ('a month before the President proclaimed, on May 17, 2019'), a date that qualifies the deed's noun ('his 2015
speech'), and a day counted from the sentence's one day ('the following day').

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.if11120_events import events_of
from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

_SPANS = """Japan is an ally.

Table 1. U.S. Tariff on Most Goods from Japan, 2025-2026

| Period | Legal basis | Rate |
| --- | --- | --- |
| Apr.-Aug. 2025 | IEEPA baseline | 10% |
| Aug. 2025-Feb. 2026 | IEEPA framework | 15% |
| Feb.-May 2026 | Section 122 | 10% |
| Since late May 2026 | Section 301 | 12.5% |
"""


def test_a_timeline_of_spans_gives_the_step_still_running() -> None:
    """Rows labelled by the spans they ran: the rows that ended are past, the open one is the rate now."""
    facts = facts_in(_SPANS, "IF10199")
    assert facts["trade.us_tariff_on_most_imports_from_japan"] == (12.5, "exact")


def test_a_timeline_whose_last_span_ran_gives_its_latest_row() -> None:
    """The latest span's row, never an earlier one's rate."""
    table = _SPANS.replace("| Since late May 2026 | Section 301 | 12.5% |\n", "")
    assert facts_in(table, "IF10199")["trade.us_tariff_on_most_imports_from_japan"] == (10, "exact")


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Passenger vehicles from Japan have been subject since April 3 to a 25% Section 232 tariff. For cars, "
            "which also carry the 2.5% MFN duty, the combined charge is 27.5%.",
            25,
        ),
        (
            "Japanese autos pay a 25% tariff under Section 232. With the 2.5% MFN duty they pay 27.5% in all.",
            25,
        ),
        # the one rate a deal set, told as combined: the rate itself
        (
            "Until September 16, 2025, Japanese cars and parts paid the 25% Section 232 tariff on top of the 2.5% MFN "
            "duty; from that date the combined rate fell to 15%.",
            15,
        ),
    ],
)
def test_a_rate_told_as_the_sum_of_two_duties_is_neither(body: str, value: float) -> None:
    assert facts_in(body, "IF11120").get("tariffs.section232_autos", (None,))[0] == value


@pytest.mark.parametrize(
    ("paragraph", "updated", "expected"),
    [
        (
            "Formal negotiations opened in April 2019, a month before the President proclaimed, on May 17, 2019, "
            "that imports of autos and parts threatened U.S. national security.",
            "May 27, 2025",
            {"first_negotiating_round": "2019-04", "section232_autos_proclamation": "2019-05-17"},
        ),
        # the count and the deed's own day disagree: neither is sure
        (
            "Formal negotiations opened in April 2019, a month before the President proclaimed, on June 3, 2019, "
            "that imports of autos and parts threatened U.S. national security.",
            "May 27, 2025",
            {"first_negotiating_round": "2019-04"},
        ),
        # a count without its number: none
        (
            "Formal negotiations opened in April 2019, weeks before the President proclaimed that imports of autos "
            "and parts threatened U.S. national security.",
            "May 27, 2025",
            {"first_negotiating_round": "2019-04"},
        ),
        # the deed a count is taken from, its words inside the count: not the day the main deed names
        (
            "Formal talks opened in April 2019. Less than a month after the first round, on May 17, 2019, President "
            "Trump proclaimed that imports of autos and parts threatened U.S. national security.",
            "May 27, 2025",
            {"first_negotiating_round": "2019-04", "section232_autos_proclamation": "2019-05-17"},
        ),
        (
            "On March 27, 2025, Trump and Ishiba spoke by phone; the following day the two governments announced "
            "talks on tariffs with Japan.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-03-28"},
        ),
    ],
)
def test_a_deeds_day_beside_a_count(paragraph: str, updated: str, expected: dict[str, str]) -> None:
    assert events_of(paragraph, updated) == expected


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "In office since December 2012, and remembered in Washington for his 2015 speech to a joint meeting of "
            "Congress, the first by a Japanese leader, Abe is on course to become a long-serving prime minister.",
            "2015",
        ),
        (
            "In office since December 2012, Abe is remembered for his April 29, 2015, address to a joint meeting of "
            "Congress.",
            "2015-04-29",
        ),
    ],
)
def test_a_date_qualifying_the_deeds_noun_is_its_own(body: str, date: str) -> None:
    """'his 2015 speech to a joint meeting of Congress' beside another date of the clause ('In office since ...')."""
    text = f"# U.S.-Japan Relations\n\nUpdated February 5, 2018\n\n## Overview\n\n{body}\n"
    events = extract_snapshot(text, updated=dt.date(2018, 2, 5)).snapshot.events
    assert events["abe_address_to_congress"].date == date
