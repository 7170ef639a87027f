"""IF11120's direct investment: each FDI stock tied to its owner and host, and Japan's rank that follows its stock."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Investment\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
JAPAN, US, RANK = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan", "trade.fdi_source_rank"


def _read(paragraph: str) -> dict[str, tuple[Any, ...]]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    dumped = {fact_id: fact.model_dump(mode="json") for fact_id, fact in facts.items() if fact_id in (JAPAN, US, RANK)}
    return {fact_id: (fact["value"], fact["qualifier"], fact.get("period")) for fact_id, fact in dumped.items()}


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("Japanese businesses' direct investment in the United States stood at $812.5 billion at the end of 2031, "
         "exceeded only by that of the United Kingdom.", 2),
        ("Japanese investors held $812.5 billion in foreign direct investment in the United States in 2031, an "
         "amount topped only by firms from Canada and the United Kingdom.", 3),
        ("At $812.5 billion in 2031, the stock of Japanese FDI in the United States was larger than that of any "
         "other country.", 1),
        ("In 2031, Japan's FDI stock in the United States reached $812.5 billion, the largest of any country's.", 1),
    ],
)  # fmt: skip
def test_japans_stock_and_the_rank_that_follows_it(paragraph: str, rank: int) -> None:
    """The stock, tied by its verb or opening the sentence, and the rank of its clause in any form."""
    assert _read(paragraph) == {JAPAN: (812_500_000_000, "exact", "2031"), RANK: (rank, "exact", None)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, U.S. companies' direct investment in Japan amounted to about $141.2 billion.",
        "Japanese FDI in the United States rose again in 2031. U.S. direct investment in Japan was about $141.2 "
        "billion.",
        "In 2031, the stock of American FDI in Japan came to about $141.2 billion.",
    ],
)
def test_the_us_stock_in_japan(paragraph: str) -> None:
    """The U.S. stock in Japan, dated by its sentence or by the one before."""
    assert _read(paragraph)[US] == (141_200_000_000, "about", "2031")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a pledge or a projection, and flows, are no stock
        "In 2031, Japanese firms pledged to raise their direct investment in the United States to $900.5 billion.",
        "In 2031, annual flows of Japanese FDI into the United States reached $92.5 billion.",
        # another country's stock, and a rank Japan had
        "In 2031, China's direct investment in the United States stood at $212.5 billion.",
        "Japanese FDI in the United States had been the largest of any country's until 2031.",
        # two stocks, one rank between: 'the largest' is the first one's, not read across a ', while'
        "In 2031, the stock of U.S. FDI in Japan was $141.2 billion, the largest of any country's.",
    ],
)
def test_what_is_no_stock_of_japan_or_no_rank_of_it_is_not_read(paragraph: str) -> None:
    """A pledge, a flow, another investor's stock, a past rank, a rank of the U.S. stock: no Japan stock, no rank."""
    read = _read(paragraph)
    assert JAPAN not in read
    assert RANK not in read


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan recently overtook China to become the largest foreign holder of U.S. Treasury securities.",
        "Japan's holdings of U.S. Treasury securities, which passed China's in 2031, again make it the largest "
        "foreign holder.",
        "Japan outpaced China in 2031 and is now the biggest foreign creditor of the U.S. government; Japanese "
        "investors hold more U.S. Treasuries than investors from any other country.",
    ],
)
def test_japan_first_among_holders_of_treasuries_beside_the_country_it_overtook(paragraph: str) -> None:
    """'overtook China to become the largest', 'make it the largest foreign holder': Japan is first."""
    text = COVER + "Japan is a major U.S. investor. " + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    assert facts["trade.treasury_holder_rank"].model_dump(mode="json")["value"] == 1


def test_it_is_the_country_the_sentence_opens_on() -> None:
    """'China's holdings ..., which surpassed Japan's, make it the largest foreign holder': 'it' is China."""
    text = COVER + "In 2031, U.S. exports to Japan were $140.5 billion. China's holdings of Treasuries, which passed "
    facts = extract_snapshot(text + "Japan's in 2031, make it the largest foreign holder.\n", brief="IF11120").snapshot
    assert "trade.treasury_holder_rank" not in facts.facts


def test_a_stock_held_as_direct_investment_of_an_amount() -> None:
    """'Japanese companies held direct investment of about $X in the United States ..., the most of any country'."""
    read = _read(
        "In 2031, Japanese companies held direct investment of about $812.5 billion in the United States, the most "
        "of any country."
    )
    assert read == {JAPAN: (812_500_000_000, "about", "2031"), RANK: (1, "exact", None)}


@pytest.mark.parametrize(
    ("paragraph", "period"),
    [
        # a year the sentence before compares with is passed over: the one before that dates the paragraph
        ("In 2031, trade grew. U.S. imports from Japan rose 5% from 2030. U.S. FDI in Japan stood at $141.2 billion.",
         "2031"),
        # a sentence naming a year only as something else stops the search: undated, withheld
        ("In 2031, trade grew. The 2019 agreement still shapes it. U.S. FDI in Japan stood at $141.2 billion.", None),
        # a year named beside the figure it is compared with is passed over too
        ("In 2031, trade grew. The deficit fell well below the $90 billion of 2019. U.S. FDI in Japan stood at "
         "$141.2 billion.", "2031"),
    ],
)  # fmt: skip
def test_the_paragraphs_year_is_a_year_it_dates_figures_by(paragraph: str, period: str | None) -> None:
    """'In 2031, ...' dates the next sentences' figures; 'from 2030' is skipped; 'of 2019' stops the search."""
    read = _read(paragraph)
    assert read.get(US) == ((141_200_000_000, "exact", period) if period else None)


def test_a_rank_of_growth_is_not_the_rank_of_the_stock() -> None:
    """'grew by $40 billion in 2031, more than any other country's' ranks the growth, not the stock."""
    read = _read("Japanese FDI in the United States grew by $40.5 billion in 2031, more than any other country's.")
    assert RANK not in read


@pytest.mark.parametrize(
    ("paragraph", "japan", "us", "rank"),
    [
        ("At $812.5 billion in 2031, the stock of foreign direct investment (FDI) held by Japanese firms in the "
         "United States was the largest of any country's.", 812_500_000_000, None, 1),
        ("In 2031, Japanese firms' direct investment in the United States totaled $812.5 billion, and no other "
         "country's investors hold a larger stock. U.S. direct investment in Japan, by contrast, stood at $141.2 "
         "billion.", 812_500_000_000, 141_200_000_000, 1),
        ("In 2031, U.S. companies' investment position in Japan was $141.2 billion.", None, 141_200_000_000, None),
    ],
)  # fmt: skip
def test_stocks_and_ranks_in_other_words(paragraph: str, japan: int | None, us: int | None, rank: int | None) -> None:
    """'the stock of FDI held by Japanese firms', 'no other country's investors hold a larger stock', 'position'."""
    read = _read(paragraph)
    assert (read.get(JAPAN, (None,))[0], read.get(US, (None,))[0], read.get(RANK, (None,))[0]) == (japan, us, rank)


def test_the_leading_source_of_fdi() -> None:
    """'Japan has been the leading source of FDI in the United States since 2019' is first; 'had been' is not now."""
    assert _read("Japan has been the leading source of FDI in the United States since 2019.")[RANK][0] == 1
    assert RANK not in _read("Japan had been the leading source of FDI in the United States until 2019.")


def test_its_stock_after_japan_as_a_source_of_fdi() -> None:
    """'Japan has been the leading source of FDI in the United States ...; its stock reached just under $X'."""
    read = _read(
        "Japan has been the leading source of FDI in the United States since 2019; its stock reached just under "
        "$812.5 billion at the end of 2031."
    )
    assert read[JAPAN] == (812_500_000_000, "under", "2031")
