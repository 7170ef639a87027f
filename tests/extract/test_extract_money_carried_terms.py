"""Trade and investment amounts whose roles stand outside the amount's own words: a flow's way told after a part's
'goods and services', a stock named by its noun and a pronoun whose investment the words before name, a part carried
to a coordinated verb, a total told as the sum of its parts, two stocks set against each other. Every sentence is
invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"
JF, UF = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan"
MONEY = (X, M, GX, SX, GM, SM, JF, UF, "trade.goods_deficit")


def _money(body: str, brief: str = "IF11120") -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key in MONEY}


def test_a_flows_way_told_after_goods_and_services() -> None:
    """'Shipments of goods and services from Japan to the United States': the 'and' of the part joins no second flow,
    so the way after it ('from Japan') tells the flow, U.S. imports, never exports."""
    body = "Exports of goods and services from Japan to the United States came to $183.6 billion in 2025."
    assert _money(body) == {M: 183_600_000_000}


def test_the_stock_of_the_investment_named_in_the_sentence_before() -> None:
    """'The stock of it': the investment the sentence before names, its owner (Japanese) and host (the United
    States)."""
    body = (
        "Japanese investment in the United States outranks that of every other country. The stock of it came to "
        "$803.4 billion at year-end 2025, BEA reports."
    )
    assert _money(body) == {JF: 803_400_000_000}


def test_its_stock_after_the_clause_naming_the_investment() -> None:
    """'its stock' after a clause naming Japan's direct investment in the United States, in the same sentence; what
    the whole is made of ('led by manufacturing and wholesale trade') makes it no part."""
    body = (
        "Japan has been the top source of foreign direct investment (FDI) in the United States since 2019; its stock "
        "stood at nearly $812 billion at the end of 2025, led by manufacturing and wholesale trade."
    )
    assert _money(body) == {JF: 812_000_000_000}


def test_a_part_carried_to_a_coordinated_verb() -> None:
    """'sold $83.1 billion of goods to Japan, and bought $151.9 billion from it': the second verb moves goods too (U.S.
    goods imports), never the total of goods and services."""
    body = "In 2025 the United States sold $83.1 billion of goods to Japan, and bought $151.9 billion from it."
    assert _money(body) == {GX: 83_100_000_000, GM: 151_900_000_000}


def test_a_total_told_as_the_sum_of_its_parts() -> None:
    """'..., for a total of $134.0 billion': the flow its parts are of, when they add up to it; else none."""
    parts = "Japan took $81.7 billion in U.S. goods and $52.3 billion in U.S. services in 2025, for a total of"
    assert _money(f"{parts} $134.0 billion.") == {GX: 81_700_000_000, SX: 52_300_000_000, X: 134_000_000_000}
    assert X not in _money(f"{parts} $154.0 billion.")


def test_two_stocks_set_against_each_other() -> None:
    """'..., against a U.S. stake in Japan of $127 billion': each term owns its own stock."""
    body = (
        "The Japanese stake in the U.S. economy, counted as the direct investment position, was $815 billion in 2025, "
        "against a U.S. stake in Japan of $127 billion."
    )
    assert _money(body) == {JF: 815_000_000_000, UF: 127_000_000_000}


def test_a_verb_joined_with_no_comma_reads_its_own_flow() -> None:
    """'sold $129.8 billion of goods and services to Japan and bought $187.5 billion from it': the second verb, joined
    with no comma, has its own way (U.S. imports) and the first clause's part."""
    sold = "In 2025 the United States sold $129.8 billion of goods and services to Japan"
    assert _money(f"{sold} and bought $187.5 billion from it.") == {X: 129_800_000_000, M: 187_500_000_000}


def test_an_amount_invested_directly() -> None:
    """'had invested $131.6 billion directly in Japan by the end of 2025': a stock, the amount between the verb and
    'directly'; what was invested in one year is no stock."""
    body = "American firms had invested $131.6 billion directly in Japan by the end of 2025."
    assert _money(body) == {UF: 131_600_000_000}
    assert _money("Japanese firms invested $21.4 billion directly in the United States in 2025.") == {}


def test_a_stock_said_to_have_moved_since_is_no_current_stock() -> None:
    """'was about $700 billion in 2020, but it has since grown': the level then, not the stock now."""
    body = "Japan's FDI stock in the United States was about $700 billion in 2020, but it has since grown."
    assert "trade.japan_fdi_stock_in_us" not in facts_in(body, "IF11120")


def test_a_stock_whose_clause_says_nothing_moved_is_still_read() -> None:
    """'was about $700 billion in 2020, and it has since been the largest of any country's': the stock is read."""
    body = (
        "Japan's FDI stock in the United States was about $700 billion in 2020, and it has since been the largest "
        "of any country's."
    )
    assert facts_in(body, "IF11120")["trade.japan_fdi_stock_in_us"][0] == 700000000000
