"""The traditional limit named by the sentence after the level: 'Defense spending has stayed below one percent of
GDP. That level was set as a formal ceiling by the Miki cabinet in 1976' gives the limit, 1%; not a goal's level, a
level never treated as one, another country's or another outlay's."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "Updated March 3, 2017\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Defense\n\n"
)
LIMIT = "defense.traditional_limit_pct_gdp"


def value_of(body: str) -> object:
    """Extract a short brief and return the limit's value and qualifier, if read."""
    found = extract_snapshot(COVER + body + "\n", brief="IF10199").snapshot.facts.get(LIMIT)
    return None if found is None else (str(found.value), getattr(found, "qualifier", None))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Defense spending has stayed below one percent of gross domestic product (GDP). That level was set as a "
            "formal ceiling by the Miki cabinet in 1976; the cap itself was dropped a decade later.",
            ("1", "under"),
        ),
        (
            "Military outlays have hovered near 0.95% of GDP. That figure has long been treated as an informal cap.",
            ("0.95", "about"),
        ),
    ],
    ids=["set-as-ceiling", "treated-as-cap"],
)
def test_the_level_the_sentence_after_names_a_ceiling(body: str, expected: tuple[str, str]) -> None:
    """'That level was set as a formal ceiling' points back to the one share of GDP defense spending is given, with
    its hedge ('below one percent': under), as the declared limit reads it."""
    assert value_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Japan plans to raise defense spending to 2% of GDP. That level was set as a target in 2022, breaking the old "
        "limit.",
        "Defense spending stood near 0.9% of GDP. That level was never treated as a ceiling.",
        "Germany's defense spending was 0.9% of GDP. That level was set as a ceiling in Bonn.",
        "Official development assistance stayed near 0.2% of GDP. That level was set as a ceiling.",
    ],
    ids=["a-goal", "never-a-ceiling", "another-country", "another-outlay"],
)
def test_no_limit_from_a_goal_a_negation_another_country_or_outlay(body: str) -> None:
    assert value_of(body) is None
