"""A cost-sharing accord that the next sentences tell was since extended or renewed is no latest agreement: its own
months give way, to the extension's date where the text gives one, else to nothing (issue #18, fresh43). An extension
only planned, sought or conditional, one of the talks, one told of another subject, or one pointed to ('that agreement')
past an intervening sentence leaves the accord's month."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

PAY = "Japan pays part of the cost of stationing U.S. forces under Special Measures Agreements (SMAs). "


def _sma(body: str, cover: str = "2021-03-01") -> str | None:
    text = f"# U.S.-Japan Relations\n\n## The Alliance\n\n{PAY}{body}\n\nAbout 54,000 U.S. troops are based in Japan.\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    fact = snapshot.facts.get("alliance.host_nation_support_agreement")
    return None if fact is None else str(fact.model_dump(mode="json")["value"])


@pytest.mark.parametrize(
    "body",
    [
        "The existing SMA, concluded in December 2015, was to run out this spring. It has since been extended for one "
        "more fiscal year.",
        "The present cost-sharing deal was signed in January 2016 and covers five years. That deal was quietly renewed "
        "for a year after the talks stalled.",
    ],
)
def test_an_accord_told_extended_in_the_next_sentences_gives_no_month(body: str) -> None:
    assert _sma(body) is None


@pytest.mark.parametrize(
    ("body", "month"),
    [
        (
            "The existing SMA, concluded in December 2015, ends this March. The two governments agreed in February "
            "2021 to renew the current agreement for one year.",
            "2021-02",
        ),
        (
            "The SMA in force, signed in January 2016, runs out soon. On February 9, the two sides agreed to roll over "
            "the existing deal for a year.",
            "2021-02-09",
        ),
    ],
)
def test_an_accord_extended_later_gives_way_to_the_extensions_date(body: str, month: str) -> None:
    assert _sma(body) == month


@pytest.mark.parametrize(
    "body",
    [
        "The current SMA was signed in January 2016. Officials are expected to extend it by a year if talks stall.",
        "The current SMA was signed in January 2016. Some lawmakers have urged the cabinet to renew that accord as is.",
        "The current SMA was signed in January 2016. Negotiators agreed to extend talks on its successor into spring.",
        "The current SMA was signed in January 2016. Seoul has agreed to extend its own accord with Washington.",
        "Tokyo's share was fixed by an accord struck in January 2016. Talks on its successor went nowhere last year. "
        "Both capitals then decided to prolong that agreement by twelve months.",
    ],
)
def test_an_extension_not_done_not_of_the_accord_or_pointed_to_past_another_sentence_keeps_its_month(body: str) -> None:
    assert _sma(body) == "2016-01"
