"""Trade ranks and flows said apart from their subject or their parts: a total before the parts 'respectively' pairs,
places paired before their yardsticks, a rank by whose holdings ('that of firms from any other country'), a place
regained 'for the first time since', a colon before Japan's place, and 'a source of them' after a market for U.S. goods.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS, GOODS = "trade.us_exports_to_japan", "trade.us_goods_exports_to_japan"
SERVICES = "trade.us_services_exports_to_japan"
EXPORT, IMPORT = "trade.export_partner_rank", "trade.import_partner_rank"
FDI, TREASURY = "trade.fdi_source_rank", "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025, U.S. exports to Japan came to $131.4 billion, of which goods and services made up $80.2 billion and "
        "$51.2 billion, respectively.",
        "U.S. exports to Japan in 2025 were $131.4 billion; goods and services accounted for $80.2 billion and $51.2 "
        "billion of that, respectively.",
    ],
)  # fmt: skip
def test_a_total_before_the_parts_respectively_pairs(sentence: str) -> None:
    """The parts are paired with their names; the total said before their clause is read too."""
    facts = facts_in(sentence, "IF11120")
    assert (facts[EXPORTS], facts[GOODS], facts[SERVICES]) == (
        (131_400_000_000, "exact"), (80_200_000_000, "exact"), (51_200_000_000, "exact")
    )  # fmt: skip


def test_flows_paired_respectively_with_no_total_before_stay_unread() -> None:
    """'Exports and imports were $X and $Y, respectively' names no total before the pair: no flow read by the rule."""
    sentence = "In 2025, goods exports and goods imports came to $80.2 billion and $140.1 billion, respectively."
    facts = facts_in(sentence, "IF11120")
    assert EXPORTS not in facts


@pytest.mark.parametrize(
    ("sentence", "export", "import_"),
    [
        ("In 2025 Japan ranked fifth and sixth, respectively, as a market for U.S. exports and as a source of U.S. "
         "imports.", 5, 6),
        ("In 2025 it stood fourth and seventh, respectively, as a buyer of U.S. goods and as a supplier of U.S. "
         "imports, behind Mexico among others.", 4, 7),
    ],
)  # fmt: skip
def test_places_paired_before_their_yardsticks(sentence: str, export: int, import_: int) -> None:
    """'ranked fifth and sixth, respectively, as A and as B': each place with its own yardstick."""
    facts = facts_in(f"Japan's trade with the United States is large. {sentence}")
    assert (facts[EXPORT], facts[IMPORT]) == ((export, "exact"), (import_, "exact"))


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("At the end of 2025, Japanese companies' direct investment in the United States came to $790 billion, more "
         "than that of companies from any other country.", 1),
        ("Japanese investors' direct investment in the United States was $790 billion at the end of 2025, a stock "
         "surpassed only by that of investors from the United Kingdom.", 2),
    ],
)  # fmt: skip
def test_a_rank_by_whose_holdings_it_is_compared_with(sentence: str, rank: int) -> None:
    """'than that of firms from any other country', 'only by that of investors from the United Kingdom'."""
    assert facts_in(sentence)[FDI] == (rank, "exact")


def test_a_place_regained_for_the_first_time_since_is_current() -> None:
    """'returning Japan to the top ... for the first time since 2019': the top now, no change's size."""
    sentence = (
        "Japan's holdings of U.S. Treasury securities overtook China's in April, returning Japan to the top of the "
        "list of foreign holders for the first time since 2019."
    )
    assert facts_in(sentence)[TREASURY] == (1, "exact")


def test_a_colon_before_japans_place_and_a_source_of_them() -> None:
    """A clause after a colon says its own place; 'a source of them' after 'a market for U.S. goods' is an import
    source."""
    sentence = (
        "In 2025, Japan was the fifth-largest U.S. trading partner in goods, and taking the two directions apart does "
        "not alter that: it was the fifth-largest market for U.S. goods and the sixth-largest source of them."
    )
    facts = facts_in(sentence)
    assert (facts[EXPORT], facts[IMPORT]) == ((5, "exact"), (6, "exact"))


def test_a_seller_of_them_keeps_its_own_yardstick() -> None:
    """'as a buyer of U.S. goods nor as a seller of them': the seller names its yardstick; the pronoun is not
    rewritten."""
    sentence = (
        "Neither as a buyer of U.S. goods nor as a seller of them did any country other than China, Canada, and Mexico "
        "outrank Japan in 2025."
    )
    facts = facts_in(sentence)
    assert (facts[EXPORT], facts[IMPORT]) == ((4, "exact"), (4, "exact"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nor does any foreign government own more U.S. Treasury securities: Japan's came to $1.15 trillion in April.",
        "Japan held $1.15 trillion of U.S. Treasury securities in April; no other foreign holder came close.",
        "Of the $8.1 trillion in U.S. Treasury securities held abroad in April, Japanese holders accounted for $1.15 "
        "trillion, the largest national share; China's, in second place, came to about $760 billion.",
    ],
)  # fmt: skip
def test_first_said_by_none_holding_more_or_the_largest_national_share(sentence: str) -> None:
    """None holding more, none coming close, the largest national share (the next clause placing China, not Japan)."""
    assert facts_in(sentence)[TREASURY] == (1, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "China's holdings of U.S. Treasury securities topped Japan's by $100 billion in April; no other foreign holder "
        "comes near either.",
        "Japan held $1.15 trillion of U.S. Treasury securities in April, second to China. No other country holds more "
        "than $1 trillion.",
    ],
)  # fmt: skip
def test_none_near_either_or_none_above_a_sum_is_no_first_place(sentence: str) -> None:
    """'no other comes near either' speaks of two; 'no other holds more than $1 trillion' of a sum: no first place."""
    assert facts_in(sentence).get(TREASURY) != (1, "exact")


STOCK_IN_US, STOCK_IN_JAPAN = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan"


def test_a_stock_after_a_rank_that_names_the_country_ahead_and_one_in_the_next_clause() -> None:
    """'second only to the United Kingdom ..., with $484 billion': the United Kingdom owns nothing of the amount; '; the
    U.S. stock in Japan, at ... that year': the stock named by its noun, both parties in its clause."""
    sentence = (
        "Measured by the stock of direct investment, Japan stood second only to the United Kingdom as a source of "
        "investment in the United States at the end of 2024, with $754.1 billion; the U.S. stock in Japan, at just "
        "under $130 billion that year, was roughly a sixth as large."
    )
    facts = facts_in(sentence, "IF11120")
    assert (facts[STOCK_IN_US], facts[STOCK_IN_JAPAN]) == ((754_100_000_000, "exact"), (130_000_000_000, "under"))


def test_a_stock_said_by_it_after_the_sentence_naming_it() -> None:
    """'The U.S. investment position in Japan is far smaller. It stood at about $127 billion that same year.'"""
    sentence = (
        "Japan's FDI stock in the United States reached $754.1 billion at the end of 2024. The U.S. investment "
        "position in Japan is far smaller. It stood at about $127 billion that same year."
    )
    assert facts_in(sentence, "IF11120")[STOCK_IN_JAPAN] == (127_000_000_000, "about")


DEFICIT_RANK = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    "sentence",
    [
        # the partners counted ahead are the set, not the yardstick; the pluperfect 1990s clause is a past place
        "The U.S. goods deficit with Japan came to $66.1 billion in 2025. Four other trading partners, led by Mexico, "
        "accounted for larger U.S. goods deficits, leaving Japan in fifth place; in the 1990s, the deficit with Japan "
        "had been the largest of all.",
        # the countries ahead set off by who leads them
        "In 2025 the goods deficit widened to $66.1 billion. Four partners, led by China and Mexico, ran larger goods "
        "surpluses with the United States than Japan did.",
        # the yardstick carried ('On that yardstick'), dated by the paragraph's year as the deficit's figure is
        "In 2025, U.S. goods imports from Japan were $142.3 billion. The merchandise gap was $66.1 billion. On that "
        "yardstick Japan came in at number five, behind China, Mexico, Vietnam, and Canada.",
    ],
)  # fmt: skip
def test_the_deficit_rank_by_the_partners_ahead_or_a_carried_yardstick(sentence: str) -> None:
    """Fifth, however the partners ahead or the yardstick are said."""
    assert facts_in(sentence, "IF11120")[DEFICIT_RANK] == (5, "exact")


def test_a_place_a_decade_ago_is_past() -> None:
    """'A decade ago, Japan's surplus ... was second only to China's': a past place, the current one read alone."""
    sentence = (
        "The U.S. goods deficit with Japan came to $66.1 billion in 2025. Only with China, Mexico, and Vietnam was the "
        "U.S. goods deficit larger. A decade ago, Japan's surplus with the United States was second only to China's."
    )
    assert facts_in(sentence, "IF11120")[DEFICIT_RANK] == (4, "exact")


def test_the_partners_ahead_set_off_by_who_leads_them() -> None:
    """'Five partners, led by China and Mexico, ran larger goods surpluses ... than Japan did': sixth."""
    sentence = (
        "The goods deficit widened to $66.1 billion from $60.2 billion in 2024. Five partners, led by China and "
        "Mexico, ran larger goods surpluses with the United States than Japan did."
    )
    assert facts_in(sentence, "IF11120")[DEFICIT_RANK] == (6, "exact")
