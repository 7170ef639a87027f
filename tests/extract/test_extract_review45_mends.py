"""The review of branch tune-ec (issue #18): an SMA extension counts only when it names the accord, or points back to it
in the very next sentence, and is dated after its signing; a level of defense spending the sentence names as the goal
met is the goal; an emissions target raised to a value the sentence gives is that value's."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

PAY = "Tokyo covers part of the cost of basing U.S. forces in Japan under Special Measures Agreements (SMAs). "


def _value(section: str, body: str, fact: str, cover: str) -> object:
    text = f"# U.S.-Japan Relations\n\n## {section}\n\n{body}\n\nAbout 54,000 U.S. troops are based in Japan.\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    found = snapshot.facts.get(fact)
    return None if found is None else found.model_dump(mode="json")["value"]


def _sma(body: str, cover: str) -> object:
    return _value("The Alliance", PAY + body, "alliance.host_nation_support_agreement", cover)


@pytest.mark.parametrize(
    ("body", "cover", "month"),
    [
        (  # the old accord's extension, dated by a year before the new accord's signing
            "The SMA now in force, signed in January 2022, took the place of the 2016 accord. That agreement had been "
            "prolonged by a year in 2021.",
            "2023-01-01",
            "2022-01",
        ),
        (  # 'it' is the talks' deadline, two sentences on
            "The SMA now in force, signed in January 2016, runs out in March 2021. Talks on the next one opened in "
            "November with a December deadline. The negotiators later agreed to extend it into January.",
            "2021-01-01",
            "2016-01",
        ),
        (  # 'That arrangement' is the Guam relocation's
            "The SMA now in force was signed in January 2016. Tokyo also pays for moving Marines to Guam. That "
            "arrangement was extended in 2019.",
            "2020-01-01",
            "2016-01",
        ),
        (  # the same arrangement for another cost
            "The SMA now in force was signed in January 2022 and lasts five years. Under it, the two governments "
            "agreed to renew the same arrangement for utility bills.",
            "2023-01-01",
            "2022-01",
        ),
        (  # 'it' is the troop presence named first
            "The SMA now in force was signed in January 2016. The U.S. Marine presence on Okinawa has stirred "
            "friction; it was extended under a 2006 roadmap.",
            "2020-01-01",
            "2016-01",
        ),
    ],
)
def test_an_extension_not_clearly_of_the_accord_or_not_after_its_signing_keeps_the_accords_month(
    body: str, cover: str, month: str
) -> None:
    assert _sma(body, cover) == month


def test_an_extension_before_the_accords_expiry_but_after_its_signing_is_read() -> None:
    body = (
        "The SMA now in force, signed in January 2016, runs out in March 2021. In February 2021, the two governments "
        "agreed to extend it for a year."
    )
    assert _sma(body, "2021-03-01") == "2021-02"


@pytest.mark.parametrize(
    "body",
    [
        "Japan's defense spending now stands at 2% of GDP, the goal the cabinet set in 2022.",
        "Defense spending now equals 2% of GDP, meeting the government's goal two years ahead of schedule.",
        "Japan's defense budget now amounts to 2% of GDP, the target Kishida set for FY2027.",
        "Defense spending now equals roughly 1.7% of GDP, on its way to the 2% goal.",
    ],
)
def test_a_level_held_that_the_sentence_names_the_goal_met_is_the_goal(body: str) -> None:
    assert _value("Defense", body, "defense.spending_goal_pct_gdp", "2025-12-01") == 2


def test_an_emissions_target_raised_to_a_value_the_sentence_gives_is_that_value() -> None:
    body = "Japan's emissions goal was since lifted from 26% to 46% below 2013 levels by 2030."
    assert _value("Economy", body, "economy.emissions_cut_target", "2021-06-01") == 46
