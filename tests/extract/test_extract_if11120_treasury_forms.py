"""Japan's rank among foreign holders of U.S. Treasury securities in more forms: 'Japan, not China, has been the
largest', 'No other foreign country holds more' after a sentence on Japan, the rank after a long aside on the
holdings, or after the amount held ('held $X in Treasury securities ..., more than any other foreign country')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
LEAD = "The U.S.-Japan Trade Agreement took effect on January 1, 2020. "
RANK = "trade.treasury_holder_rank"


def _rank(paragraph: str) -> object:
    facts = extract_snapshot(COVER + LEAD + paragraph + "\n", brief="IF11120").snapshot.facts
    return facts[RANK].value if RANK in facts else None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Since May 2031, Japan, not China, has been the largest foreign owner of U.S. Treasury securities.",
        "Japan is a major creditor of the United States. No other foreign country holds more U.S. Treasury securities.",
        "Japan's holdings of U.S. Treasury securities, roughly $1.2 trillion at the end of October 2031, are the "
        "largest of any foreign country.",
        "Japan held $1.2 trillion in U.S. Treasury securities at the end of 2031, more than any other foreign country.",
    ],
)
def test_japan_first_among_treasury_holders_in_more_forms(paragraph: str) -> None:
    """Each form says Japan holds the most: rank 1."""
    assert _rank(paragraph) == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "China has long been the top holder of U.S. debt. No other foreign country holds more U.S. Treasury "
        "securities.",
        "Japan is a big investor. No other foreign country holds more U.S. Treasury securities than China.",
        "China held $1.2 trillion in U.S. Treasury securities at the end of 2031, more than any other foreign country.",
    ],
)
def test_another_countrys_first_place_is_not_japans(paragraph: str) -> None:
    """A trap: the sentence before names China, the comparison names China, or China held the amount."""
    assert _rank(paragraph) is None
