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
        ("Japan's two-way trade placed it ahead of Germany, making it the fifth-ranked U.S. trading partner in "
         "2031.", 5),
        ("In 2031, Japan's two-way trade with the United States trailed that of just three partners.", 4),
        ("Japan was outranked as a U.S. trading partner by just four countries in 2031.", 5),
        ("Japan rounded out the top five U.S. trading partners in 2031.", 5),
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


def _facts(paragraph: str) -> dict[str, Any]:
    text = COVER + "In 2031 Japan fell to seventh place among U.S. trading partners. " + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120", updated=dt.date(2032, 5, 4)).snapshot.facts
    return {fact_id: fact.value for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan also heads the list of foreign holders of U.S. Treasury securities.",
        "Japan is the biggest foreign investor in U.S. Treasury securities, ahead of Britain and China.",
        "Japanese holdings of U.S. Treasury securities, near $1.3 trillion, remain the largest of any foreign country.",
        "Japan leads the ranks of foreign owners of U.S. Treasuries.",
    ],
)
def test_the_treasury_rank_in_any_wording(paragraph: str) -> None:
    """'Heads the list of foreign holders', 'biggest foreign investor in Treasuries', 'holdings ..., $X, are the
    largest of any foreign country': first."""
    assert _facts(paragraph)["trade.treasury_holder_rank"] == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese holdings of U.S. Treasury securities, near $1.3 trillion, are the largest since 2024.",
        "Japanese holdings of U.S. Treasury securities, near $1.3 trillion, are the highest in a decade.",
        "China's holdings of U.S. Treasury securities, near $1.3 trillion, are the largest of any foreign country.",
        "Japanese holdings of U.S. Treasuries had been the largest of any foreign country as recently as 2029.",
    ],
)
def test_a_record_level_or_another_holder_is_no_treasury_rank(paragraph: str) -> None:
    """'The largest since 2024' is a level over time, not a rank; China's holdings are China's."""
    assert "trade.treasury_holder_rank" not in _facts(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "No other country has a bigger direct-investment stake in the United States than Japan.",
        "Japan is the leading foreign direct investor in the United States.",
        "No other nation holds a larger FDI position in the United States than Japan does.",
        "Japanese firms held $800 billion in direct investment in the United States at the end of 2030, a larger stock "
        "than that of any other country.",
    ],
)
def test_the_fdi_rank_as_a_stake_or_the_leading_investor(paragraph: str) -> None:
    """'No other country has a bigger direct-investment stake', 'the leading foreign direct investor': first."""
    assert _facts(paragraph)["trade.fdi_source_rank"] == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan is a leading foreign direct investor in the United States.",
        "No other country has a bigger direct-investment stake in Japan than the United States.",
    ],
)
def test_one_of_the_leading_investors_or_investment_in_japan_is_no_fdi_rank(paragraph: str) -> None:
    """'A leading investor' is among the top, not first (mentioned, no rank); a stake in Japan is the other way."""
    assert _facts(paragraph).get("trade.fdi_source_rank") is None


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (
            "By total trade, Japan ranked sixth among U.S. trading partners in 2031, having slipped a place since "
            "2029.",
            (6, "2031"),
        ),
        ("Only China, Canada, and Mexico traded more with the United States than Japan did in 2031.", (4, "2031")),
        ("Japan ranked sixth among U.S. trading partners in 2031 and fifth in 2029.", None),
        ("Only China and Canada traded more with the United States than Mexico did in 2031.", None),
    ],
)
def test_a_rank_beside_a_year_it_is_compared_with_and_by_those_that_traded_more(
    paragraph: str, read: tuple[Any, Any] | None
) -> None:
    """'having slipped a place since 2029' leaves 2031 the rank's year; 'Only A, B, and C traded more with the United
    States than Japan' is fourth; two ranks of two years, or another country ranked, give none."""
    assert _rank(paragraph) == read
