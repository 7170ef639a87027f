"""The review of branch tune-ec (issue #18): a level of defense spending the sentence names as the goal met is the goal;
an emissions target raised to a value the sentence gives is that value's."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot


def _value(section: str, body: str, fact: str, cover: str) -> object:
    text = f"# U.S.-Japan Relations\n\n## {section}\n\n{body}\n\nAbout 54,000 U.S. troops are based in Japan.\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    found = snapshot.facts.get(fact)
    return None if found is None else found.model_dump(mode="json")["value"]


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
