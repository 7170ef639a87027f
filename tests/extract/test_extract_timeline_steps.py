"""A rate told as one step of a dated timeline is as of its step's day (`extract.step_dates`).

A line opened by its day ('March 12: ...', 'June 2 - ...') tells a step the rate went through; a later step, or a
sentence elsewhere dated after it, tells the rate now and wins, where the step's undated words alone would have
spoken as of the cover date and won. A step that stands alone is still read, and a label's missing year is the
latest that puts the day on or before the cover's. A last step that nothing dated follows still speaks as of the
cover: against a rate elsewhere of no date at all, possibly a past one, the two disagree and the fact is left out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.step_dates import step_date

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations"
ANCHOR = "The two countries signed the U.S.-Japan Trade Agreement in October 2019."
AUTOS = "tariffs.section232_autos"


def _facts(steps: list[str], after: str, updated: str = "November 18, 2025") -> dict[str, Any]:
    lines = "\n".join(f"- {step}" for step in steps)
    history = f"## History\n\n{ANCHOR} The steps so far:\n\n{lines}"
    text = f"{TRADE}\n\nUpdated {updated}\n\n{history}\n\n## Terms\n\n{after}\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("steps", "after"),
    [
        (
            ["March 12: a 25% duty on passenger cars under Section 232 started, stacked on the 2.5% MFN rate"],
            "Cars from Japan entered after October 1, 2025, are charged a 15% Section 232 tariff, counting the MFN "
            "duty.",
        ),
        (
            ["May 20 - Japanese automobiles became subject to a 25% Section 232 duty"],
            "Japanese cars entered after October 6, 2025, pay a 15% Section 232 rate that includes the MFN duty.",
        ),
        (
            ["June 2, 2025: a Section 232 tariff of 25% on vehicles and parts from Japan began"],
            "For vehicles entered after October 14, 2025, the Section 232 duty on Japanese cars is 15%, MFN included.",
        ),
    ],
)
def test_a_timeline_steps_autos_rate_gives_way_to_a_later_dated_rate(steps: list[str], after: str) -> None:
    assert _facts(steps, after).get(AUTOS) == 15


@pytest.mark.parametrize(
    ("steps", "after"),
    [
        (
            ["April 5: a 10% baseline tariff on most Japanese goods took effect under IEEPA"],
            "Most Japanese goods entered after August 7, 2025, pay a 15% tariff under IEEPA.",
        ),
        (
            ["April 5 - most goods from Japan became subject to a 10% IEEPA duty"],
            "Goods from Japan entered after August 7, 2025, are charged a 15% IEEPA tariff, with few exceptions.",
        ),
    ],
)
def test_a_timeline_steps_rate_on_most_goods_gives_way_to_a_later_dated_rate(steps: list[str], after: str) -> None:
    assert _facts(steps, after).get("tariffs.ieepa_rate") == 15


def test_a_timeline_step_that_stands_alone_is_still_read() -> None:
    facts = _facts(["March 12: a 25% Section 232 tariff on Japanese cars took effect"], "Talks go on.")
    assert facts.get(AUTOS) == 25


@pytest.mark.parametrize(
    ("text", "updated", "day"),
    [
        ("March 12: a duty began", dt.date(2025, 11, 18), "2025-03-12"),
        ("December 3 - the rate rose", dt.date(2026, 2, 1), "2025-12-03"),
        ("June 2, 2024: the rate fell", dt.date(2025, 11, 18), "2024-06-02"),
    ],
)
def test_a_labels_day_takes_the_latest_year_on_or_before_the_cover(text: str, updated: dt.date, day: str) -> None:
    assert step_date(text, updated) == day


@pytest.mark.parametrize(
    "text",
    [
        "On March 12 a duty began",  # a date in a sentence, not a label
        "March 12 was when the duty began",
        "Rates: 25% on cars",
        "February 30: no such day",
    ],
)
def test_a_sentence_not_opened_by_a_days_label_is_no_step(text: str) -> None:
    assert step_date(text, dt.date(2025, 11, 18)) is None


@pytest.mark.parametrize(
    "background",
    [
        "The 25% Section 232 duty on cars from Japan weighed heavily on Mazda and Subaru.",
        "Carmakers said the 25% Section 232 duty on vehicles from Japan had eaten into their U.S. sales.",
    ],
)
def test_a_last_step_against_an_undated_rate_elsewhere_leaves_the_fact_out(background: str) -> None:
    text = (
        f"{TRADE}\n\nUpdated November 18, 2025\n\n## Background\n\n{ANCHOR} {background}\n\n## Steps\n\n"
        "- September 16: a 15% Section 232 tariff on cars from Japan, the MFN duty counted in, came into effect.\n"
    )
    assert AUTOS not in extract_snapshot(text, brief="IF11120").snapshot.facts


def test_a_seat_share_won_in_a_last_step_against_an_undated_older_share_leaves_the_fact_out() -> None:
    text = (
        "# U.S.-Japan Relations\n\nUpdated November 18, 2025\n\n## Politics\n\n"
        "Through much of the last ten years the LDP and Komeito together held 64% of the seats in the Lower House.\n\n"
        "- October 27: the LDP-Komeito coalition took 46% of Lower House seats in the general election.\n"
    )
    facts = extract_snapshot(text, brief="IF10199").snapshot.facts
    assert "politics.lower_house_coalition_share" not in facts


@pytest.mark.parametrize(
    ("steps", "now"),
    [
        (
            ['April 5: a 10% "baseline" tariff under IEEPA applied to most imports from Japan.'],
            "Since August, most goods from Japan have entered the United States at a combined tariff rate of 15%.",
        ),
        (
            ["April 5 - a 10% tariff under IEEPA began to apply to most Japanese imports."],
            "Since August, most Japanese goods have been charged a combined rate of 15% on entering the United States.",
        ),
    ],
)
def test_a_rate_read_only_from_a_timeline_step_gives_way_to_the_rate_told_now(steps: list[str], now: str) -> None:
    text = (
        f"{TRADE}\n\nUpdated December 1, 2025\n\n## Overview\n\n{ANCHOR} {now}\n\n## Tariff Actions in 2025\n\n"
        + "\n".join(f"- {step}" for step in steps)
        + "\n"
    )
    fact = extract_snapshot(text, brief="IF11120").snapshot.facts["tariffs.us_tariff_most_imports"]
    assert fact.model_dump(mode="json")["value"] == 15
    assert "preferred over 10" in str(fact.note)
