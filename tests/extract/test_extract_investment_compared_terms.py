"""Stocks of direct investment stated as terms of a comparison, each term read for its own owner ('almost six times
the U.S. stock in Japan of $135.4 billion', 'than Japan's $484.4 billion'); a ratio ('a quarter that size') no part of a
year; an aside between a stock and its verb; a stock named by its noun alone after a sentence on direct investment;
another country named after a comparing word no owner of the amount. Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import facts_in

JF, UF, D = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan", "trade.goods_deficit"
B = 1_000_000_000


def _read(body: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, "IF11120").items() if key in (JF, UF, D)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japanese FDI in the United States, at $790.2 billion in 2025, was almost six times the U.S. stock in "
            "Japan of $135.4 billion.",
            {JF: 790.2, UF: 135.4},
        ),
        (
            "The U.S. direct investment position in Japan ($138.7 billion at end-2025) is dwarfed by Japan's $801.3 "
            "billion in the United States.",
            {JF: 801.3, UF: 138.7},
        ),
        (
            "The United Kingdom, at $560.9 billion, was the only country whose firms held a larger stock of direct "
            "investment in the United States at the end of 2025 than Japan's $484.4 billion.",
            {JF: 484.4},
        ),
        (
            "Japan has been the largest source of foreign direct investment in the United States since 2019. Its FDI "
            "stock reached $754.1 billion at the end of 2025, more than five times the $136.3 billion U.S. stock in "
            "Japan.",
            {JF: 754.1, UF: 136.3},
        ),
    ],
)
def test_each_term_of_a_comparison_is_read_for_its_own_owner(body: str, expected: dict[str, float]) -> None:
    """A term naming its owner ('the U.S. stock in Japan', 'Japan's') states that owner's stock, held in the other
    country when it names none ('than Japan's $484.4 billion'); the other country's term states nothing."""
    assert _read(body) == {key: round(value * B) for key, value in expected.items()}


@pytest.mark.parametrize(
    "second",
    [
        "U.S. companies' stake in Japan was about a quarter that size, $124.9 billion.",
        "U.S. multinationals' stake in Japan, by comparison, came to $124.9 billion.",
        "The U.S. stock in Japan was a comparatively modest $124.9 billion.",
    ],
)
def test_the_us_stock_after_japans_is_read_by_its_roles(second: str) -> None:
    """After 'Japan's $484.4 billion direct investment position in the United States at the close of 2025 was
    runner-up to the United Kingdom's' (the United Kingdom named after a comparing word owns nothing of it): the U.S.
    stake said with a ratio ('a quarter that size'), an aside ('by comparison'), or the noun alone ('stock')."""
    first = (
        "Japan's $484.4 billion direct investment position in the United States at the close of 2025 was runner-up to "
        "the United Kingdom's."
    )
    assert _read(f"{first} {second}") == {JF: 484_400_000_000, UF: 124_900_000_000}


@pytest.mark.parametrize(
    "body",
    [
        "The U.S. stock of direct investment in Japan was smaller than the United Kingdom's $200.5 billion in Japan.",
        "Japanese firms invested $20.4 billion in new U.S. plants in 2025, less than the $25.3 billion of 2024.",
    ],
)
def test_another_countrys_term_or_a_years_investment_is_no_stock(body: str) -> None:
    """The United Kingdom's term of the comparison is its own; money invested in a year is no stock."""
    assert _read(body) == {}


def test_a_deficit_ranked_after_other_countries_is_still_japans() -> None:
    """'..., to $67.9 billion, the fifth-largest after those with China, Mexico, Vietnam, and Canada': the countries
    named after the comparing word own nothing of the amount, the change's year dates the level."""
    facts = facts_in(
        "The U.S. goods deficit with Japan widened by about $7 billion in 2025, to $67.9 billion, the fifth-largest "
        "after those with China, Mexico, Vietnam, and Canada.",
        "IF11120",
    )
    assert facts[D] == (67_900_000_000, "exact")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On the Census Bureau's goods-only measure, the bilateral deficit was $67.6 billion in 2025.", 67_600_000_000),
        ("On a goods-only basis, the largest bilateral deficit, with China, was $295.4 billion in 2025.", None),
    ],
)
def test_the_bilateral_goods_deficit_is_japans(body: str, expected: int | None) -> None:
    """In a brief on trade with Japan, 'the bilateral deficit' in goods is the one with Japan; another country's
    named beside it is not."""
    assert facts_in(body, "IF11120").get(D, (None,))[0] == expected


def test_its_stock_after_a_sentence_naming_japan_and_the_us_stake_after_a_semicolon() -> None:
    """'Its stock reached $754.1 billion ...; the U.S. stake in Japan, $136.3 billion, was less than a fifth as large':
    'Its' is Japan, named the sentence before, and each clause's stock is its own (the comparison's term ends at the
    semicolon)."""
    body = (
        "No country has a larger direct-investment stake in the United States than Japan. Its stock reached $754.1 "
        "billion at the end of 2025; the U.S. stake in Japan, $136.3 billion, was less than a fifth as large."
    )
    assert _read(body) == {JF: 754_100_000_000, UF: 136_300_000_000}


def test_a_stock_in_a_when_clause_takes_the_host_and_the_year_it_hangs_on() -> None:
    """'Japan ... became the largest source of FDI in the United States, and it held that place in 2025, when the stock
    of Japanese FDI reached close to six hundred fifty billion dollars': Japan's stock in the United States (the host
    the sentence names outside the clause), of 2025 (the year the clause of 'when' hangs on)."""
    facts = facts_in(
        "Japan overtook the United Kingdom in 2024 to become the largest source of foreign direct investment (FDI) in "
        "the United States, and it held that place in 2025, when the stock of Japanese FDI reached close to six "
        "hundred fifty billion dollars.",
        "IF11120",
    )
    assert facts[JF] == (650_000_000_000, "nearly")


@pytest.mark.parametrize(
    "body",
    [
        "U.S. firms invested a further $12 billion directly in Japan during 2025.",
        "Japanese companies put another $20 billion of direct investment into the United States in 2025.",
    ],
)
def test_money_invested_in_a_year_is_no_stock(body: str) -> None:
    """'a further $12 billion ... during 2025', 'another $20 billion': an increment of a year, not the stock."""
    assert _read(body) == {}
