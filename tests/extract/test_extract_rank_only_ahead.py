"""Ranks said by the only ones ahead in orders the counted readers leave: the comparison fronted ('Only with A, B, and
C did the United States run a larger deficit than with Japan'), the measures named for the countries ('Only the
deficits with A, the EU taken as a whole, and B were larger'), the ones ahead said to be the only ones ('A, B, and C
were the only economies to buy more ... than Japan'), a count told apart from its verb by an aside, 'more than that of
any country other than A', 'No country but A holds more', 'the most held by any foreign country'; and a place said in
the past tense of the latest data, which says more than 'a leading source' beside it.

Every sentence is invented for the test; each trap compares with another country than Japan.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
DEFICIT = "trade.goods_deficit_rank"
FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "brief", "fact", "rank"),
    [
        (
            "Only with Vietnam, China, and Canada did the United States run a bigger goods deficit in 2025 than with "
            "Japan.",
            "IF11120",
            DEFICIT,
            4,
        ),
        (
            "The U.S. goods deficit with Japan was $72 billion in 2025. Only the deficits with Mexico, the European "
            "Union taken as a whole, China, and Vietnam were larger.",
            "IF11120",
            DEFICIT,
            5,
        ),
        (
            "The U.S. goods deficit with Japan came to $71 billion in 2025; only four partners, counting the European "
            "Union as one, had larger goods surpluses with the United States.",
            "IF11120",
            DEFICIT,
            5,
        ),
        ("Mexico and Canada were the only countries to purchase more U.S. goods than Japan.", "IF10199", EXPORT, 3),
        (
            "The Netherlands, at $700 billion, was the only country whose investors held a larger direct investment "
            "stock in the United States than Japan's $690 billion.",
            "IF11120",
            FDI,
            2,
        ),
        (
            "Japanese direct investment in the United States reached $800 billion, more than that of any country "
            "other than the United Kingdom.",
            "IF11120",
            FDI,
            2,
        ),
        ("No country but China holds a larger stock of U.S. Treasury securities than Japan.", "IF10199", TREASURY, 2),
        (
            "As of May, Japan's $1.2 trillion in U.S. Treasury securities was the most held by any foreign country.",
            "IF10199",
            TREASURY,
            1,
        ),
        (
            "In 2025 the $150 billion of goods Japan sold to the United States was exceeded only by the sales of "
            "Mexico, China, and Canada.",
            "IF10199",
            IMPORT,
            4,
        ),
    ],
)
def test_only_ahead(body: str, brief: str, fact: str, rank: int) -> None:
    assert facts_in(body, brief).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        (
            "Only with China did the United States run a larger goods deficit in 2025 than with Mexico.",
            "IF11120",
            DEFICIT,
        ),
        (
            "Japan and China were the only countries to hold more U.S. Treasury securities than Britain.",
            "IF10199",
            TREASURY,
        ),
        ("Only the deficits with China and Japan were larger than the deficit with Germany.", "IF11120", DEFICIT),
    ],
)
def test_only_ahead_of_another(body: str, brief: str, fact: str) -> None:
    assert facts_in(body, brief).get(fact, (None, None))[0] in (None, "")


def test_a_latest_place_in_the_past_tense_says_more_than_a_leading_source() -> None:
    body = (
        "Japan, a close ally and a leading source of investment in the United States, faces new tariffs. Japanese "
        "direct investment in the United States, $810 billion at the end of 2025, was the largest held by any country."
    )
    assert facts_in(body, "IF11120").get(FDI) == (1, "exact")


def test_a_place_of_long_ago_does_not_refine_a_leading_source() -> None:
    body = (
        "Japan, a close ally and a leading source of investment in the United States, faces new tariffs. Japanese "
        "direct investment in the United States was the largest held by any country in 2012."
    )
    assert facts_in(body, "IF11120").get(FDI, (None, None))[0] != 1


def test_it_stands_for_japan_across_a_sentence_led_by_it() -> None:
    body = (
        "Japan remains a major U.S. economic partner. It was the fifth-largest U.S. trading partner in 2025. As a "
        "market for U.S. goods it trailed only Canada, Mexico, and China, and the $140 billion of goods it shipped to "
        "the United States was exceeded only by the shipments of Mexico, China, Canada, and Germany."
    )
    facts = facts_in(body)
    assert facts.get(IMPORT) == (5, "exact")
    assert facts.get(EXPORT) == (4, "exact")


def test_it_stands_for_another_country_said_before() -> None:
    body = (
        "Germany remains a major U.S. economic partner. It was the fifth-largest U.S. trading partner in 2025. As a "
        "market for U.S. goods it trailed only Canada, Mexico, and China, and the $140 billion of goods it shipped to "
        "the United States was exceeded only by the shipments of Mexico, China, Canada, and Vietnam."
    )
    assert facts_in(body).get(IMPORT) is None


def test_a_deficit_in_goods_trade_carries_its_year_past_a_year_compared_with() -> None:
    body = (
        "The U.S. deficit in goods trade with Japan came to $66 billion in 2025, slightly less than in 2024. Only "
        "three bilateral goods deficits were larger: those with China, Mexico, and Vietnam."
    )
    assert facts_in(body, "IF11120").get(DEFICIT) == (4, "exact")


def test_a_place_told_in_the_pluperfect_is_no_change_of_the_current_one() -> None:
    body = (
        "Only five countries (Canada, Mexico, China, Germany, and the United Kingdom) conducted more goods and "
        "services trade with the United States in 2025 than Japan did; as recently as 2021, Japan had ranked fourth."
    )
    assert facts_in(body).get("trade.overall_partner_rank") == (6, "exact")


def test_each_of_the_ones_ahead_after_a_while_and_a_change_told_by_a_colon() -> None:
    body = (
        "Counted one flow at a time, Japan dropped a place: Canada, Mexico, China, and the United Kingdom each bought "
        "more U.S. exports than it did, while China, Mexico, Canada, and Germany each supplied more U.S. imports."
    )
    facts = facts_in(body)
    assert facts.get(IMPORT) == (5, "exact")
    assert facts.get(EXPORT) == (5, "exact")


@pytest.mark.parametrize(
    ("body", "brief", "fact", "rank"),
    [
        (
            "Japan's direct investment in the United States exceeded that of any country but the United Kingdom and "
            "Canada in 2025.",
            "IF11120",
            FDI,
            3,
        ),
        (
            "Japan bought $60 billion of U.S. goods in 2025. Neither as a buyer of U.S. goods nor as a seller of them "
            "did any country other than Canada, Mexico, and China outrank it.",
            "IF10199",
            EXPORT,
            4,
        ),
        (
            "The U.S. merchandise deficit with Japan reached $69 billion in 2025. Only the shortfalls with China, "
            "Mexico, Vietnam, Ireland, and Germany were bigger.",
            "IF11120",
            DEFICIT,
            6,
        ),
    ],
)
def test_any_other_than_the_ones_ahead(body: str, brief: str, fact: str, rank: int) -> None:
    assert facts_in(body, brief).get(fact) == (rank, "exact")


def test_another_country_outranked_by_any_other_than_the_ones_ahead() -> None:
    body = (
        "Germany bought $60 billion of U.S. goods in 2025. Neither as a buyer of U.S. goods nor as a seller of them "
        "did any country other than China, Canada, and Mexico outrank it."
    )
    assert facts_in(body).get(EXPORT) is None
