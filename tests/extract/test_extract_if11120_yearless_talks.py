"""IF11120's 2025-style tariff talks in more voices, and dated without a year: a timeline label or 'In late March'
takes the year of its heading, the sentence before, or the cover; never a date after the cover or before the talks."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

SLUG = "tariff_talks_announced"
ANCHOR = "## Trade\n\nJapan was the fifth-largest U.S. trading partner in 2030."


def _talks(body: str, updated: str) -> str | None:
    text = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n{body}\n\n{ANCHOR}\n"
    events = extract_snapshot(text, brief="IF11120").snapshot.events
    return events[SLUG].date if SLUG in events else None


def test_a_timeline_label_takes_its_headings_year() -> None:
    """'- March 9: ...' under 'Milestones of 2031' is March 9, 2031."""
    body = (
        "## Milestones of 2031\n\n- March 9: the Administration said that it would open negotiations with Japan on "
        "tariffs and currency.\n- June 2: a framework was reached."
    )
    assert _talks(body, "October 5, 2031") == "2031-03-09"


def test_a_yearless_month_takes_the_year_of_the_sentence_before() -> None:
    """'In late March, ... began negotiating with Tokyo' after a sentence on 2031 is March 2031."""
    body = (
        "## Overview\n\nFrictions over duties grew through 2031. In late March, the Administration began negotiating "
        "with Tokyo over its reciprocal tariffs."
    )
    assert _talks(body, "October 5, 2031") == "2031-03"


def test_a_yearless_month_after_the_cover_is_not_read() -> None:
    """A trap: 'In late March' in a text of February 2031 cannot be March 2031."""
    body = "## Overview\n\nIn late March, the Administration began negotiating with Tokyo over its reciprocal tariffs."
    assert _talks(body, "February 2, 2031") is None


def test_a_yearless_month_after_a_sentence_on_the_2019_talks_is_not_read() -> None:
    """A trap: the year the context gives (2019) is before the tariff talks could be."""
    body = (
        "## Background\n\nThe two sides held their first formal round in 2019. In April, Washington entered into "
        "talks with Tokyo on tariffs on farm goods."
    )
    assert _talks(body, "October 5, 2031") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In May 2031, the United States entered into tariff talks with the Japanese government.", "2031-05"),
        ("In May 2031, the President named Japan among the first countries for tariff negotiations.", "2031-05"),
        ("In May 2031, Japan became one of the first countries to open tariff talks.", "2031-05"),
        ("U.S.-Japan tariff negotiations got under way in May 2031.", "2031-05"),
        # a day such a sentence names may be the first round's, not the talks' opening
        ("U.S.-Japan tariff negotiations began on May 17, 2031, in Washington.", None),
        # the 2019 talks were about tariffs too
        ("In April 2019, the United States began negotiations with Japan on tariffs on farm goods.", None),
    ],
)
def test_the_talks_in_other_voices(sentence: str, expected: str | None) -> None:
    """Each voice of the talks' opening is read with its date; the first round's day and the 2019 talks are not."""
    assert _talks(f"## Overview\n\n{sentence}", "October 5, 2031") == expected


@pytest.mark.parametrize(
    "body",
    [
        "## Overview\n\nOn May 3, the Administration proposed a duty of 12% on most goods from Japan, to apply "
        "when the surcharge expires.",
        "## Overview\n\nIn early May, USTR asked for comments on a new tariff that would start once the Section 122 "
        "surcharge lapses.",
    ],
)
def test_an_act_timed_by_the_surcharges_end_does_not_date_the_end(body: str) -> None:
    """A trap: 'proposed on May 3 a duty to apply when the surcharge expires' dates the proposal, not the expiry."""
    text = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 9, 2031\n\n{body}\n\n{ANCHOR}\n"
    assert "section122_surcharge_expired" not in extract_snapshot(text, brief="IF11120").snapshot.events


def test_the_surcharges_end_named_with_its_own_date_is_read() -> None:
    """'..., to apply when the surcharge expires in late July 2031': the expiry's own date stands in its clause."""
    body = (
        "## Overview\n\nOn May 3, the Administration proposed a duty of 12% on most goods from Japan, to apply when "
        "the surcharge expires in late July 2031."
    )
    text = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 9, 2031\n\n{body}\n\n{ANCHOR}\n"
    event = extract_snapshot(text, brief="IF11120").snapshot.events["section122_surcharge_expired"]
    assert (event.date, event.status) == ("2031-07", "upcoming")
