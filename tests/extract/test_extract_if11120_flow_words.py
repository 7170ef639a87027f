"""IF11120's trade flows under other names ('sales to Japan', 'purchases from Japan', 'merchandise') and with
their goods and services parts tied by looser words: before the flow's name, in the sentences after its total,
or by the nearest 'goods' or 'services', read only when the parts add up to the total."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
EXPORTS = ("trade.us_exports_to_japan", "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan")
IMPORTS = ("trade.us_imports_from_japan", "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan")


def _flows(paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(
        COVER + ANCHOR + paragraph + "\n", brief="IF11120", updated=dt.date(2032, 5, 4)
    ).snapshot.facts
    return {key: fact.value for key, fact in facts.items() if key in EXPORTS + IMPORTS and fact.period == "2031"}


def test_sales_and_purchases_are_exports_and_imports() -> None:
    """'U.S. sales to Japan' are exports, 'purchases from Japan' imports, 'merchandise' is goods."""
    read = _flows(
        "Japan bought much from the United States in 2031. U.S. sales to Japan that year reached $140.0 billion: "
        "$90.0 billion of merchandise and $50.0 billion of services. Purchases from Japan were larger, $160.0 "
        "billion in goods plus $40.0 billion in services, or $200.0 billion in all."
    )
    values = (140_000_000_000, 90_000_000_000, 50_000_000_000, 200_000_000_000, 160_000_000_000, 40_000_000_000)
    assert read == dict(zip(EXPORTS + IMPORTS, values, strict=True))


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, services worth $45.0 billion and goods worth $155.0 billion made up total U.S. imports from Japan "
        "of $200.0 billion.",
        "U.S. imports from Japan came to $200.0 billion in 2031. Of that, $155.0 billion came in goods and $45.0 "
        "billion in services.",
        "In 2031, U.S. imports from Japan, at $200.0 billion, were led by goods, chiefly cars and machinery, worth "
        "$155.0 billion; services imports came to $45.0 billion.",
    ],
)
def test_an_import_split_tied_by_looser_words(paragraph: str) -> None:
    """Parts before the flow's name, in the sentence after its total, or by the nearest 'goods'/'services'."""
    assert _flows(paragraph) == dict(zip(IMPORTS, (200_000_000_000, 155_000_000_000, 45_000_000_000), strict=True))


def test_a_split_over_the_sentences_after_the_total() -> None:
    """'Goods made up ... of that amount. The remaining $X, mostly travel, ..., was in services.'"""
    read = _flows(
        "The United States exported $133.0 billion in goods and services to Japan in 2031. Goods made up $83.0 "
        "billion of that amount. The remaining $50.0 billion, mostly travel and financial services, was in services."
    )
    assert read == dict(zip(EXPORTS, (133_000_000_000, 83_000_000_000, 50_000_000_000), strict=True))


def test_parts_by_the_nearest_word_that_do_not_add_up_are_not_read() -> None:
    """A trap: '$20 billion' near 'goods' is a tariff cut's coverage, not a part; the parts do not add up."""
    read = _flows(
        "In 2031, U.S. imports from Japan, at $200.0 billion, included goods covered by tariff cuts worth $20.0 "
        "billion; services imports came to $45.0 billion."
    )
    assert read["trade.us_imports_from_japan"] == 200_000_000_000
    assert "trade.us_goods_imports_from_japan" not in read


def test_sales_from_japan_are_not_us_exports() -> None:
    """A trap: 'sales from Japan' is no U.S. export flow, and no import flow read as 'sales'."""
    read = _flows("In 2031, Japanese firms' sales from Japan to third countries reached $90.0 billion.")
    assert read == {}


def test_an_export_sold_to_japanese_buyers_split_in_the_next_sentence() -> None:
    """'sold ... to Japanese buyers'; 'Merchandise accounted for $X of it, ...; the balance, $Y, was services'."""
    read = _flows(
        "In 2031, Japan stood fourth among U.S. trading partners. U.S. firms sold $133.0 billion in goods and "
        "services to Japanese buyers that year. Merchandise accounted for $83.0 billion of it, with farm goods (some "
        "$14 billion) a large part; the balance, $50.0 billion, was services such as travel and transport."
    )
    assert read == dict(zip(EXPORTS, (133_000_000_000, 83_000_000_000, 50_000_000_000), strict=True))


def test_a_part_word_tied_to_the_next_amount_is_not_the_nearest_for_this_one() -> None:
    """'goods, led by cars, accounted for $X, and services for $Y': 'services' is $Y's, so $X is goods."""
    read = _flows(
        "Trade grew in 2031. Americans bought $200.0 billion worth of Japanese goods and services in 2031: goods, "
        "led by cars, accounted for $155.0 billion, and services for $45.0 billion."
    )
    assert read == dict(zip(IMPORTS, (200_000_000_000, 155_000_000_000, 45_000_000_000), strict=True))


def test_a_part_first_then_the_other_part_and_their_total() -> None:
    """'U.S. sales of services to Japan came to $X in 2031, and goods exports to $Y, for a combined $Z'."""
    read = _flows(
        "U.S. sales of services to Japan, chiefly travel and royalties, came to $50.0 billion in 2031, and goods "
        "exports to $83.0 billion, for a combined $133.0 billion."
    )
    assert read == dict(zip(EXPORTS, (133_000_000_000, 83_000_000_000, 50_000_000_000), strict=True))


def test_a_total_compared_with_an_undated_earlier_one_takes_the_paragraphs_year() -> None:
    """'fell to $X, down from about $Y the year before' after a sentence on 2031: $X is 2031's; a year named for
    the earlier figure ('down from $Y in 2030') leaves it undated, as before."""
    lead = "Trade slowed in 2031. "
    fell = "U.S. exports to Japan fell to $133.0 billion, down from about $140 billion "
    assert _flows(lead + fell + "the year before.") == {"trade.us_exports_to_japan": 133_000_000_000}
    assert _flows(lead + fell + "in 2030.") == {}
