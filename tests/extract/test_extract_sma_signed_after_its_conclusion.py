"""A cost-sharing agreement is dated by its conclusion, as the record dates it: a sentence that opens on the accord the
sentence before says was reached ('That accord, signed in January 2022, ...', 'It was signed on January 22') gives its
signing, no date of the agreement reached; another accord ('The new SMA, signed ...', 'The SMA signed in ...') keeps
its own month (issue #18, fresh43)."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

PAY = "Japan pays part of the cost of stationing U.S. forces under Special Measures Agreements (SMAs). "


def _sma(body: str, cover: str = "2024-05-01") -> str | None:
    text = f"# U.S.-Japan Relations\n\n## The Alliance\n\n{PAY}{body}\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    fact = snapshot.facts.get("alliance.host_nation_support_agreement")
    return None if fact is None else str(fact.model_dump(mode="json")["value"])


@pytest.mark.parametrize(
    "body",
    [
        "Its share is set by an SMA that the two governments reached in December 2021. That accord, signed in January "
        "2022, covers five Japanese fiscal years.",
        "Tokyo contributes under an SMA that negotiators concluded in December 2021. The agreement, signed in January "
        "2022 by the two foreign ministers, took effect in April.",
    ],
)
def test_a_signing_told_after_the_conclusion_the_sentence_before_dates_gives_way_to_it(body: str) -> None:
    assert _sma(body) == "2021-12"


@pytest.mark.parametrize(
    ("body", "month"),
    [
        (
            "Japan paid under an SMA that the two sides reached in December 2015. The new SMA, signed in January 2022, "
            "runs to 2027.",
            "2022-01",
        ),
        (
            "Japan paid under an SMA that the two sides reached in December 2015. The SMA signed in January 2022 "
            "replaced it.",
            "2022-01",
        ),
        ("The current SMA was signed in January 2022 and covers five fiscal years.", "2022-01"),
    ],
)
def test_a_signing_of_another_accord_or_with_no_conclusion_before_keeps_its_month(body: str, month: str) -> None:
    assert _sma(body) == month


@pytest.mark.parametrize(
    ("body", "month"),
    [
        (
            "Cost-sharing had been set by an SMA struck in December 2015. The pact, signed on January 7, 2022, raises "
            "Japan's contribution for fiscal years 2022 through 2026.",
            "2022-01-07",
        ),
        (
            "The SMA reached in December 2015 was due to lapse in March 2021. The agreement, signed in March 2021, "
            "extends it by one year.",
            "2021-03",
        ),
    ],
)
def test_a_signing_years_after_a_conclusion_or_of_an_extension_is_a_later_accords(body: str, month: str) -> None:
    """An accord is signed weeks after its conclusion: a signing years later, or one that extends the accord, is a
    later agreement's date."""
    assert _sma(body) == month
