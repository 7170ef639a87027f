"""IF11120's rank of Japan among U.S. trading partners, said as a place, a number or the partners ahead."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
RANK = "trade.overall_partner_rank"


def _rank(paragraph: str) -> tuple[Any, Any] | None:
    text = COVER + ANCHOR + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120", updated=dt.date(2032, 5, 4)).snapshot.facts
    return (facts[RANK].value, facts[RANK].period) if RANK in facts else None


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("Counting goods and services together, Japan took the No. 4 spot among U.S. trade partners in 2031.", 4),
        ("In 2031 Japan fell to seventh place among U.S. trading partners.", 7),
        ("Three partners outranked Japan in total U.S. trade in 2031, which left it in fourth place.", 4),
        ("Japan moved into third position among U.S. trading partners in 2031.", 3),
        ("Six economies ranked ahead of Japan in total U.S. trade in 2031.", 7),
        ("Japan held the No. 4 spot among U.S. trade partners in 2031; in 2028 it had been in second place.", 4),
    ],
)  # fmt: skip
def test_the_overall_rank_as_a_place_or_by_the_partners_ahead(paragraph: str, rank: int) -> None:
    """'The No. 4 spot', 'seventh place', 'three partners outranked Japan': the rank, dated by its clause."""
    assert _rank(paragraph) == (rank, "2031")


@pytest.mark.parametrize(
    "paragraph",
    [
        # another ranking: an export market, a source of imports, a deficit
        "In 2031 Japan was in fourth place among export markets of U.S. trading partners.",
        "Japan fell to fifth place as a source of U.S. imports among trading partners in 2031.",
        # a place it had
        "Japan had been in third place among U.S. trading partners in 2028.",
        # two ranks in one clause
        "Japan slipped from the No. 3 spot to fifth place among U.S. trading partners in 2031, then to sixth place.",
        # a country other than Japan
        "Mexico climbed to first place among U.S. trading partners in 2031.",
    ],
)
def test_other_rankings_past_places_and_other_countries_are_not_read(paragraph: str) -> None:
    """Words of another ranking, a rank had, two ranks, another country: no overall rank."""
    assert _rank(paragraph) is None
