"""IF11120's FDI stocks and Japan's rank as a source in more forms: 'held $X of direct investment in Japan', a stock
named after the other one ('That of U.S. firms in Japan, $X, ...', 'The comparable U.S. figure in Japan was $X'),
'has led that of every other country', '...; only British investors held more', '...; its stock came to $X'."""

from __future__ import annotations

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Investment\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities.\n\n"
FACTS = ("trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan", "trade.fdi_source_rank")


def _read(paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: facts[fact_id].value for fact_id in FACTS if fact_id in facts}


def test_a_us_stock_held_of_direct_investment() -> None:
    """'American firms held roughly $X of direct investment in Japan' after the Japanese stock of 2031."""
    read = _read(
        "Japanese firms' direct investment in the United States totaled $810.0 billion in 2031. American firms "
        "held roughly $140 billion of direct investment in Japan."
    )
    assert read["trade.us_fdi_stock_in_japan"] == 140_000_000_000


def test_a_stock_named_after_the_other_one() -> None:
    """'That of U.S. firms in Japan, $X, is far smaller'; 'The comparable U.S. figure in Japan was $X'."""
    lead = "The stock of Japanese FDI in the United States reached $810.0 billion at the end of 2031. "
    assert (
        _read(lead + "That of U.S. firms in Japan, $141.5 billion, is far smaller.")["trade.us_fdi_stock_in_japan"]
        == 141_500_000_000
    )
    assert (
        _read(lead + "The comparable U.S. figure in Japan was $141.5 billion.")["trade.us_fdi_stock_in_japan"]
        == 141_500_000_000
    )


def test_that_of_after_a_sentence_on_something_else_is_no_stock() -> None:
    """A trap: 'That of U.S. firms in Japan' after a sentence on exports says nothing of FDI."""
    read = _read(
        "Japanese firms' direct investment in the United States totaled $810.0 billion in 2031. U.S. exports to "
        "Japan grew fast in 2031. That of U.S. firms in Japan, $141.5 billion, is far smaller."
    )
    assert "trade.us_fdi_stock_in_japan" not in read


def test_a_rank_by_leading_every_other_country_and_its_stock_after_a_semicolon() -> None:
    """'has led that of every other country for six years running; its stock came to $X in 2031' is rank 1."""
    read = _read(
        "Japanese direct investment in the United States has led that of every other country for six years "
        "running; its stock came to $810.0 billion in 2031."
    )
    assert read == {"trade.japan_fdi_stock_in_us": 810_000_000_000, "trade.fdi_source_rank": 1}


def test_a_rank_by_the_only_country_ahead_after_a_semicolon() -> None:
    """'...; only British investors held more' is rank 2; '...; only British and Canadian investors held more' 3."""
    held = "Japanese companies held $810.0 billion in direct investment in the United States at the end of 2031"
    assert _read(f"{held}; only British investors held more.")["trade.fdi_source_rank"] == 2
    assert _read(f"{held}; only British and Canadian investors held more.")["trade.fdi_source_rank"] == 3


def test_a_us_stock_in_a_plainer_word_after_a_sentence_on_fdi() -> None:
    """'U.S. companies' holdings in Japan came to $X', 'The U.S. position in Japan is much smaller, roughly $X', 'the
    U.S. direct investment position there was $X', each after a sentence on Japan's FDI."""
    lead = "Japanese firms' direct investment in the United States totaled $810.0 billion in 2031. "
    for sentence in (
        "U.S. companies' holdings in Japan came to about $151 billion.",
        "The U.S. position in Japan is much smaller, roughly $151 billion.",
        "In 2031 the U.S. direct investment position there was about $151 billion.",
    ):
        assert _read(lead + sentence)["trade.us_fdi_stock_in_japan"] == 151_000_000_000, sentence


def test_holdings_in_japan_after_a_sentence_on_something_else_are_no_stock() -> None:
    """A trap: 'U.S. companies' holdings in Japan' after a sentence on exports may be anything they hold."""
    read = _read(
        "Japanese firms' direct investment in the United States totaled $810.0 billion in 2031. U.S. exports to "
        "Japan grew fast in 2031. U.S. companies' holdings in Japan came to about $151 billion."
    )
    assert "trade.us_fdi_stock_in_japan" not in read


def test_a_rank_as_more_direct_investment_than_any_other_country_and_the_stock_after_a_semicolon() -> None:
    """'Japanese firms hold more direct investment in the United States than firms from any other country, ...; the
    stock stood at $X': rank 1 and the stock."""
    read = _read(
        "Japanese firms hold more direct investment in the United States than firms from any other country, having "
        "overtaken the United Kingdom; the stock stood at $810.0 billion in 2031."
    )
    assert read["trade.fdi_source_rank"] == 1
    assert read["trade.japan_fdi_stock_in_us"] == 810_000_000_000
    other = _read("More Japanese than any other country's capital is invested directly in the United States.")
    assert other["trade.fdi_source_rank"] == 1


def test_more_investment_than_any_other_country_for_another_country_or_as_growth_is_no_rank() -> None:
    """Traps: a sentence on another country's lead, and one on the year's growth, rank nothing of Japan's."""
    assert "trade.fdi_source_rank" not in _read(
        "Canadian firms hold more direct investment in the United States than firms from any other country, Japan "
        "included."
    )
    assert "trade.fdi_source_rank" not in _read(
        "Japanese firms added more direct investment in the United States than firms from any other country in 2031."
    )
