"""The 2019 autos proclamation as a finding the President makes or accepts ('determined ... that imports of autos
...', 'agreed with its finding that imports of cars ...'), or passive by his proclamation; a day 'of that year' after
a statute's year ('the Trade Expansion Act of 1962') takes the year of the sentence before. Commerce's own finding
is not the proclamation."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 3, 2020\n\n## Trade\n\n"
ANCHOR = "Japan was the fourth-largest U.S. trading partner in 2019. "
SLUG = "section232_autos_proclamation"


def _proclamation(body: str) -> tuple[str, str | None] | None:
    events = extract_snapshot(COVER + ANCHOR + body + "\n", brief="IF11120").snapshot.events
    return (events[SLUG].date, events[SLUG].status) if SLUG in events else None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Talks opened in April 2019. On May 17 of that year, the President determined under the Trade Expansion "
            "Act of 1962 that imports of autos and parts threatened U.S. national security.",
            "2019-05-17",
        ),
        (
            "On May 17, 2019, Trump agreed with the Commerce finding that imports of passenger vehicles threaten to "
            "impair national security.",
            "2019-05-17",
        ),
        (
            "In May 2019, automobiles and parts were declared a national security threat by presidential proclamation.",
            "2019-05",
        ),
        ("In February 2019, the Commerce Department found that imports of autos threaten national security.", None),
    ],
)
def test_the_proclamation_as_a_finding_in_any_voice(body: str, date: str | None) -> None:
    assert _proclamation(body) == ((date, "held") if date else None)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Talks opened in April 2019, and the terms were settled by the two leaders on September 25, 2019.",
            "2019-09-25",
        ),
        (
            "After a deal in principle in Biarritz, France, in August, it was on September 25, 2019, in New York, that "
            "the leaders wrapped up the first phase of the talks.",
            "2019-09-25",
        ),
        ("The terms were settled by the two leaders in principle in August 2019.", None),
        ("Meeting in New York on September 25, 2019, Trump and Abe declared the first stage complete.", "2019-09-25"),
        ("The stage one trade agreements, concluded in September 2019, took effect on January 1.", "2019-09"),
    ],
)
def test_the_stage_one_deal_settled_by_the_leaders_or_closed_out(body: str, date: str | None) -> None:
    """Passive 'settled by the two leaders', 'closed out the first stage of talks', a cleft's own date, the stage itself
    declared complete or concluded; a deal only in principle is not final."""
    events = extract_snapshot(COVER + ANCHOR + body + "\n", brief="IF11120").snapshot.events
    found = events.get("stage_one_deal_finalized")
    assert (found.date if found else None) == date
