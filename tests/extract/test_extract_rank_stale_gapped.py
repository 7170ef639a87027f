"""Japan's ranks by what the sentence does with them: a place of a year long before the cover is past whichever reader
took it, as the rank readers hold (never for a year it is only compared with); a deficit's place dated by the year its
paragraph's figures are of; a place told by those ahead, its verb left to the clause before ('as a seller, behind A,
B, and C'); a place 'as a buyer' or 'as a seller' among U.S. partners, never as a buyer of another good.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import facts_in, values_on

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
OVERALL = "trade.overall_partner_rank"
DEFICIT = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("In 2019 Japan was the fourth-largest source of U.S. imports.", IMPORT),
        ("In 2021, Japan was the fifth-largest market for U.S. exports.", EXPORT),
        ("Japan was the fourth-largest U.S. trading partner in 2020.", OVERALL),
    ],
)
def test_a_place_of_a_year_long_before_the_cover_is_past(sentence: str, fact: str) -> None:
    """More than three years before a cover of 2026, the place is history, not where Japan stands."""
    assert fact not in facts_in(sentence)
    year = int(next(word.strip(",.") for word in sentence.split() if word.strip(",.").isdigit()))
    assert values_on(sentence, dt.date(year + 1, 6, 1))[fact] in (4, 5)  # in a brief of the next year, current


def test_a_place_beside_a_year_it_is_compared_with_is_current() -> None:
    """'two places lower than in 2019' compares the place with 2019's; the place is of 2025."""
    sentence = (
        "Two-way trade in goods and services with Japan in 2025 came to roughly $320 billion, which placed Japan sixth "
        "among U.S. trading partners, two places lower than in 2019."
    )
    assert facts_in(sentence)[OVERALL] == (6, "exact")


def test_a_deficits_place_is_dated_by_its_paragraphs_year() -> None:
    """No year in the rank's sentence nor the one before: the year the paragraph's figures are of dates it."""
    body = (
        "The United States traded more with Japan in 2025 than with all but four partners. U.S. exports to Japan "
        "reached $112.2 billion. Table 1 gives the import side. In goods alone, the United States bought $56.0 "
        "billion more from Japan than it sold there. Only with China, Mexico, and Vietnam was the U.S. goods deficit "
        "larger."
    )
    assert facts_in(body, "IF11120")[DEFICIT] == (4, "exact")


def test_a_place_told_by_those_ahead_with_its_verb_left_out_is_read() -> None:
    """'as a seller, behind China, Mexico, and Canada': the clause before's 'ranked', and three ahead: fourth."""
    body = (
        "In 2025 Japan bought $80 billion of U.S. goods and sold $150 billion. As a buyer of U.S. goods Japan ranked "
        "behind Canada, Mexico, China, and the United Kingdom; as a seller, behind China, Mexico, and Canada."
    )
    facts = facts_in(body)
    assert facts[IMPORT] == (4, "exact")
    assert facts[EXPORT] == (5, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact", "rank"),
    [
        ("In 2025, as a seller, Japan ranked behind China, Mexico, and Canada.", IMPORT, 4),
        ("As a customer, Japan placed fifth among U.S. partners in 2025.", EXPORT, 5),
    ],
)
def test_a_buyer_or_seller_ranks_among_us_partners(sentence: str, fact: str, rank: int) -> None:
    """A buyer is a market for U.S. goods; a seller, a source of U.S. imports."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("As a buyer of Australian coal, Japan ranked behind China and India in 2025.", EXPORT),
        ("As a seller of LNG, Qatar ranked behind Australia in 2025.", IMPORT),
    ],
)
def test_a_buyer_or_seller_of_another_good_is_no_us_partners_rank(sentence: str, fact: str) -> None:
    """Japan's place as a buyer of coal, or another's as a seller of LNG, is no place among U.S. partners."""
    assert fact not in facts_in(sentence)


def test_a_place_shared_by_neither_nor_is_each_yardsticks() -> None:
    """'Neither as a buyer ... nor as a seller ... did any country but three outrank it': fourth on both."""
    sentence = (
        "In 2025 Japan bought $80 billion of U.S. goods. Neither as a buyer of U.S. goods nor as a seller of them did "
        "any country other than China, Canada, and Mexico outrank it."
    )
    facts = facts_in(sentence)
    assert (facts.get(EXPORT), facts.get(IMPORT)) == ((4, "exact"), (4, "exact"))
