"""IF11120's Treasury and FDI ranks and stocks in more of the forms a writer uses for holdings and stakes.

Each class has its own test: holdings that 'exceed those of every other' or 'are larger than any other foreign
country's'; 'the largest foreign holding'; 'only British investors held a larger stake' after Japan's stake; a long
dated label ('Japanese direct investment in the United States at the end of 2030: $X'); 'Japanese firms' U.S.
direct investment stock ..., against $Y of U.S. direct investment in Japan'; '...; its FDI position reached $X'.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2031\n\n"
ANCHOR = "\n\n## Leaders\n\nPresident Joe Biden met Prime Minister Kishida Fumio.\n"


def _values(body: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + "## Trade\n\n" + body + ANCHOR, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "body",
    [
        "Japan's holdings of U.S. Treasury securities, about $1.3 trillion in March 2031, exceed those of every "
        "other foreign country.",
        "Japan's holdings of U.S. Treasury securities, some $1.3 trillion, are larger than any other foreign "
        "country's; Britain has moved ahead of China.",
        "- Japan's holdings of U.S. Treasury securities in March 2031: $1.3 trillion, the largest foreign holding",
    ],
)
def test_treasury_holdings_larger_than_every_other_are_first(body: str) -> None:
    """'exceed those of every other foreign country', 'larger than any other foreign country's', 'the largest foreign
    holding': first."""
    assert _values(body)["trade.treasury_holder_rank"] == 1


@pytest.mark.parametrize(
    "body",
    [
        # an exception: not first
        "Japan's holdings of U.S. Treasury securities are larger than any other foreign country's except China's.",
        # another country's holdings
        "China's holdings of U.S. Treasury securities, some $0.8 trillion, are larger than any other country's but "
        "one.",
    ],
)
def test_holdings_larger_but_for_an_exception_or_of_another_country_are_not_first(body: str) -> None:
    """'... except China's', or China's holdings: no first place for Japan."""
    assert _values(body).get("trade.treasury_holder_rank") != 1


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        ("Japanese firms held $510 billion of direct investment in the United States at the end of 2030; only "
         "British investors held a larger stake.", 2),
        ("Japanese firms held $510 billion of direct investment in the United States at the end of 2030; only "
         "British and Dutch investors held a larger position.", 3),
    ],
)  # fmt: skip
def test_only_named_investors_holding_a_larger_stake_rank_japan_behind_them(body: str, rank: int) -> None:
    """'...; only British investors held a larger stake' after Japan's stake in the United States: second."""
    assert _values(body)["trade.fdi_source_rank"] == rank


def test_a_larger_stake_in_japan_is_no_rank_of_fdi_in_the_united_states() -> None:
    """'only British investors held a larger stake in Japan's utilities': a stake in Japan, no rank."""
    body = (
        "Japanese firms invested heavily abroad in 2030; only British investors held a larger stake in Japan's "
        "utilities."
    )
    assert "trade.fdi_source_rank" not in _values(body)


def test_a_dated_label_ties_japans_fdi_stock() -> None:
    """'Japanese direct investment in the United States at the end of 2030: $721.0 billion': the stock, of 2030."""
    values = _values(
        "- Japanese direct investment in the United States at the end of 2030: $721.0 billion, the most of any country"
    )
    assert values["trade.japan_fdi_stock_in_us"] == 721_000_000_000
    assert values["trade.fdi_source_rank"] == 1


def test_a_stock_beside_the_other_sides_against_it_reads_both() -> None:
    """'Japanese firms' U.S. direct investment stock was $X at year-end, against $Y of U.S. direct investment in
    Japan': both stocks, each its own."""
    values = _values(
        "Japan remained the largest source of FDI in the United States in 2030. Japanese firms' U.S. direct "
        "investment stock was $790.5 billion at year-end, against $140.2 billion of U.S. direct investment in Japan."
    )
    assert values["trade.japan_fdi_stock_in_us"] == 790_500_000_000
    assert values["trade.us_fdi_stock_in_japan"] == 140_200_000_000


def test_its_position_after_a_semicolon_is_the_first_clauses_countrys() -> None:
    """'Japan has been the largest direct investor ...; its FDI position reached nearly $X': Japan's; China's not."""
    japan = (
        "Japan has been the largest foreign direct investor in the United States since 2019; its FDI position "
        "reached nearly $805 billion at the end of 2030."
    )
    china = (
        "China has been a large direct investor in the United States; its FDI position reached nearly $805 billion "
        "at the end of 2030."
    )
    assert _values(japan)["trade.japan_fdi_stock_in_us"] == 805_000_000_000
    assert "trade.japan_fdi_stock_in_us" not in _values(china)
