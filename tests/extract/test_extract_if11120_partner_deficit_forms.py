"""IF11120's overall rank and goods deficit in more of the forms a writer uses.

Each class has its own test: the overall rank 'last year' (the cover's year before), 'traded more with only five
partners than with Japan', a list item labelled 'Rank among U.S. trading partners ...: fifth, after ...'; the deficit
as Japan's goods surplus with the United States; its rank in the sentence after ('Only the deficits with A, B, and C
were larger', 'Seven countries ... ran larger goods surpluses'), 'exceeded by the surpluses of only five other
economies', '..., to sixth'; an amount that 'narrowed to $X, from $Y in <year>' dated by the next year.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2031\n\n"
ANCHOR = "\n\n## Leaders\n\nPresident Joe Biden met Prime Minister Kishida Fumio.\n"


def _facts(body: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + "## Trade\n\n" + body + ANCHOR, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json") for fact_id, fact in facts.items()}


def _read(body: str, fact_id: str) -> tuple[Any, Any] | None:
    fact = _facts(body).get(fact_id)
    return (fact["value"], fact.get("period")) if fact else None


@pytest.mark.parametrize(
    ("body", "read"),
    [
        ("Counting goods and services together, Japan was the fourth-largest U.S. trading partner last year.",
         (4, "2030")),
        ("The United States traded more with only five partners than with Japan in 2030.", (6, "2030")),
        ("- Rank among U.S. trading partners in 2030, goods and services combined: fifth, after Canada, Mexico, "
         "China, and Germany", (5, "2030")),
    ],
)  # fmt: skip
def test_the_overall_rank_last_year_by_partners_traded_more_with_or_as_a_labelled_item(
    body: str, read: tuple[int, str]
) -> None:
    """'... last year' (2030 under a 2031 cover), 'traded more with only five partners than with Japan' (6th), 'Rank
    among U.S. trading partners in 2030: fifth, after <four>' (5th)."""
    assert _read(body, "trade.overall_partner_rank") == read


@pytest.mark.parametrize(
    "body",
    [
        # another country traded with
        "The United States traded more with only five partners than with Mexico in 2030.",
        # the countries after it disagree with the place
        "- Rank among U.S. trading partners in 2030: fifth, after Canada, Mexico, and China",
        # a label of another country's rank
        "- Mexico's rank among U.S. trading partners in 2030: first",
    ],
)
def test_other_countries_and_disagreeing_lists_give_no_overall_rank(body: str) -> None:
    """Mexico's rank, or a place the countries named ahead of it contradict: no rank."""
    assert _read(body, "trade.overall_partner_rank") is None


@pytest.mark.parametrize(
    "body",
    [
        "Japan's surplus in goods trade with the United States, the other side of the U.S. goods deficit with Japan, "
        "was just over $73 billion in 2030.",
        "Japan's goods surplus with the United States (that is, the U.S. goods deficit with Japan) came to $73 billion "
        "in 2030.",
    ],
)
def test_japans_goods_surplus_with_the_united_states_is_the_us_goods_deficit(body: str) -> None:
    """Japan's goods surplus with the United States, in apposition or a parenthesis: the U.S. goods deficit."""
    assert _read(body, "trade.goods_deficit") == (73_000_000_000, "2030")


def test_japans_surplus_with_the_world_is_not_the_deficit() -> None:
    """'Japan's global goods surplus was $40 billion': not the deficit with Japan."""
    assert _read("Japan's global goods surplus was $40 billion in 2030.", "trade.goods_deficit") is None


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        ("The goods deficit with Japan was roughly $70 billion in 2030. Only the deficits with China, Mexico, and "
         "Vietnam were larger.", 4),
        ("The U.S. goods deficit with Japan was $70 billion in 2030. Among U.S. bilateral goods deficits, only those "
         "with China, Mexico, and Vietnam were bigger.", 4),
        ("The U.S. goods deficit with Japan was $70 billion in 2030. Seven countries, led by China, Mexico, and "
         "Vietnam, ran larger goods surpluses with the United States.", 8),
        ("Japan's goods surplus with the United States came to $70 billion in 2030, a figure exceeded by the "
         "surpluses of only five other economies.", 6),
        ("The U.S. goods deficit with Japan grew to $70 billion in 2030 but slid down the list of U.S. bilateral "
         "deficits, to sixth, as the deficits with Vietnam and Canada grew faster.", 6),
    ],
)  # fmt: skip
def test_the_deficit_rank_by_the_larger_ones_after_it_or_its_place(body: str, rank: int) -> None:
    """'Only the deficits with <three> were larger' (4th), 'Seven countries ... ran larger goods surpluses' (8th),
    'exceeded by the surpluses of only five other economies' (6th), '..., to sixth'."""
    assert _read(body, "trade.goods_deficit_rank") == (rank, "2030")


def test_larger_ones_after_another_countrys_deficit_rank_nothing() -> None:
    """'The goods deficit with Mexico was $150 billion. Only the deficits with China ... were larger.': not Japan's."""
    body = (
        "The goods deficit with Mexico was $150 billion in 2030. Only the deficits with China and Vietnam were larger."
    )
    assert _read(body, "trade.goods_deficit_rank") is None


def test_a_deficit_changed_from_last_years_figure_is_of_the_year_after() -> None:
    """'narrowed to $59.7 billion, from $69.9 billion in 2029' under a 2031 cover: $59.7 billion, of 2030."""
    body = "The U.S. goods deficit with Japan narrowed to $59.7 billion, from $69.9 billion in 2029."
    assert _read(body, "trade.goods_deficit") == (59_700_000_000, "2030")


def test_a_deficit_changed_from_the_year_before_the_cover_is_not_dated_by_the_cover_year() -> None:
    """'narrowed to $59.7 billion, from $69.9 billion in 2030' under a 2031 cover: 2031 has not ended, no period."""
    body = "The U.S. goods deficit with Japan narrowed to $59.7 billion, from $69.9 billion in 2030."
    assert _read(body, "trade.goods_deficit") is None


def test_a_deficit_changed_from_last_years_figure_with_a_clause_after_it() -> None:
    """'widened to $67.9 billion, from about $60 billion in 2029, yet it slid ...': of 2030, not 2029."""
    body = "The goods deficit with Japan widened to $67.9 billion, from about $60 billion in 2029, yet it slid lower."
    assert _read(body, "trade.goods_deficit") == (67_900_000_000, "2030")
