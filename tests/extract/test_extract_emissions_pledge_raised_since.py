"""An emissions pledge the sentence says was raised, revised or replaced since ('had pledged a 26% cut ... before the
cabinet raised the target', '..., has since been tightened') is no pledge now; a pledge made after the raise, or one
with no later change told, still reads."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot


def _target(body: str, cover: str = "2021-06-01") -> float | None:
    text = f"# U.S.-Japan Relations\n\n## Economy\n\n{body}\n\nAbout 54,000 U.S. troops are based in Japan.\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    fact = snapshot.facts.get("economy.emissions_cut_target")
    return None if fact is None else float(fact.model_dump(mode="json")["value"])


@pytest.mark.parametrize(
    "body",
    [
        "Tokyo had promised a 30% cut in emissions from 2013 levels by 2030 before the cabinet tightened its goal.",
        "Japan aimed for a 30% reduction in emissions by 2030 from 2013 levels until Kishida revised the pledge.",
    ],
)
def test_a_pledge_told_raised_since_is_no_pledge_now(body: str) -> None:
    assert _target(body) is None


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Japan pledged a 46% cut in emissions from 2013 levels by 2030 after the cabinet raised the target.", 46.0),
        ("Japan has pledged to reduce greenhouse gas emissions 46% below 2013 levels by 2030.", 46.0),
    ],
)
def test_a_pledge_made_after_the_raise_still_reads(body: str, target: float) -> None:
    assert _target(body) == target
