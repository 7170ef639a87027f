"""A rank whose subject is a deficit, gap, surplus or imbalance ('That gap was the fifth-largest with any trading
partner', 'The imbalance ... ranked as the fifth-largest among U.S. trading partners', an 'It' for a deficit named
before) is the balance's place: the partners are the set it is ranked among, never Japan's place as a partner.
Sentences invented for the test (fresh40's class)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import ExtractError, extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated November 10, 2031\n\n## Trade\n\n"
PARTNER, DEFICIT_RANK = "trade.overall_partner_rank", "trade.goods_deficit_rank"
DEFICIT = "The U.S. goods deficit with Japan reached $67.9 billion in 2030. "


def _ranks(body: str) -> dict[str, object]:
    try:
        facts = extract_snapshot(COVER + body + "\n", brief="IF11120").snapshot.facts
    except ExtractError:  # no fact of the catalogue read at all
        return {}
    return {key: facts[key].value for key in (PARTNER, DEFICIT_RANK) if key in facts}


@pytest.mark.parametrize(
    "body",
    [
        "The U.S. deficit in goods trade with Japan widened to $67.9 billion in 2030. That gap was the fifth-largest "
        "with any trading partner in 2030, having been the fourth-largest a year earlier.",
        "The goods deficit with Japan, $67.9 billion, ranked fifth among U.S. trading partners in 2030.",
        DEFICIT + "The imbalance was the fifth-largest among all U.S. trading partners.",
        DEFICIT + "It was the fifth-largest with any trading partner.",
        "The bilateral goods imbalance with Japan ranked as the fifth-largest among U.S. trading partners in 2030.",
        "Japan's surplus with the United States was the fifth-largest of any trading partner in 2030.",
        "The goods deficit narrowed to $67.9 billion in 2030, fifth-largest among U.S. trading partners, as Japanese "
        "automakers moved more production to U.S. plants.",
        "The U.S. goods deficit with Japan fell to $67.9 billion, the fifth-largest among all trading partners.",
    ],
    ids=[
        "that-gap",
        "apposed-amount",
        "the-imbalance",
        "it-for-a-deficit",
        "ranked-as",
        "japans-surplus",
        "set-after-amount",
        "the-after-amount",
    ],
)
def test_a_balance_ranked_among_partners_is_no_partner_rank(body: str) -> None:
    """No partner rank is read; the deficit's rank, where read, is its own place."""
    read = _ranks(body)
    assert PARTNER not in read
    assert read.get(DEFICIT_RANK, 5) == 5


@pytest.mark.parametrize(
    "body",
    [
        "Japan was the fourth-largest U.S. trading partner in 2030. The U.S. deficit in goods trade with Japan "
        "widened to $67.9 billion. That gap was the fifth-largest with any trading partner in 2030.",
        DEFICIT + "That gap was the fifth-largest with any partner, and Japan itself was the fourth-largest U.S. "
        "trading partner.",
        DEFICIT + "Japan was the fourth-largest trading partner, and that gap was the fifth-largest with any partner.",
        "Japan, with which the United States ran its fifth-largest goods deficit, was the fourth-largest U.S. "
        "trading partner in 2030.",
        "Japan ranked fourth among U.S. trading partners in 2030; the deficit with it was the fifth-largest.",
        "With a goods deficit of $68 billion, the largest in a decade, Japan was the fourth-largest U.S. trading "
        "partner in 2030.",
    ],
    ids=["sentence-before", "clause-after", "clause-before", "aside", "semicolon", "largest-in-a-decade"],
)
def test_japans_own_partner_rank_beside_a_balance_is_still_read(body: str) -> None:
    """Japan's place as a partner, said beside the balance's: the partner rank is Japan's, 4."""
    assert _ranks(body)[PARTNER] == 4
