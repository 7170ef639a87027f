"""A place set right after another country as its appositive ('exceeded those of China, the runner-up') is that
country's place, never Japan's, whichever reader finds it; a country set beside by a preposition ('Japan was, after
China, the second-largest holder') leaves the place the one ranked holds. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY, FDI = "trade.treasury_holder_rank", "trade.fdi_source_rank"
DEFICIT_RANK = "trade.goods_deficit_rank"


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        ("Japan's holdings of U.S. Treasury securities exceeded those of China, the runner-up.", "IF11120", TREASURY),
        ("Japan's Treasury holdings, about $1.1 trillion, were larger than Britain's, the third-biggest.", "IF11120",
         TREASURY),
        ("Japan's FDI stock in the United States surpassed that of the United Kingdom, the runner-up.", "IF11120", FDI),
        ("Japan's direct investment in the United States topped that of Canada, the third-largest source.", "IF10199",
         FDI),
    ],
)  # fmt: skip
def test_a_place_apposed_to_another_country_is_not_japans(body: str, brief: str, fact: str) -> None:
    """The place right after 'China,' names China's rank: no rank of Japan's is read from it."""
    read = facts_in(body, brief).get(fact)
    assert read is None or read[0] == 1  # Japan's own first place, told by who comes second, may be read


def test_a_country_set_beside_by_a_preposition_leaves_the_place_japans() -> None:
    """'Japan was, after China, the second-largest holder': Japan's place."""
    facts = facts_in("Japan was, after China, the second-largest holder of U.S. Treasury securities.", "IF11120")
    assert facts[TREASURY] == (2, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "The goods deficit with Japan, $64 billion in 2030, was smaller than that with Vietnam, the third-largest.",
        "The U.S. goods deficit with Japan exceeded that with Thailand, the ninth-largest, in 2030.",
        "In 2030 the U.S. goods deficit with Japan was larger than the one with South Korea, the seventh-largest.",
    ],
)
def test_a_deficit_rank_apposed_to_another_partner_is_not_japans(body: str) -> None:
    """'... than that with Vietnam, the third-largest': Vietnam's deficit rank, not the one with Japan."""
    assert DEFICIT_RANK not in facts_in(body, "IF11120")


def test_japans_own_deficit_rank_in_apposition_is_still_read() -> None:
    """'the goods deficit with Japan, the fourth-largest, was ...': Japan's own rank."""
    facts = facts_in("In 2030 the U.S. goods deficit with Japan, the fourth-largest, was $64 billion.", "IF11120")
    assert facts[DEFICIT_RANK] == (4, "exact")


def test_behind_the_largest_apposed_is_still_second() -> None:
    """'$25 billion less than China, the largest foreign holder': Japan second, as the comparison tells."""
    body = "Japan held $1.1 trillion of U.S. Treasuries in 2030, about $25 billion less than China, the largest holder."
    assert facts_in(body, "IF10199")[TREASURY] == (2, "exact")


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        ("Japan is today, having passed China, the largest foreign holder of U.S. Treasury securities.", "IF10199",
         TREASURY),
        ("Japan has been, ever since it overtook China, the biggest foreign holder of U.S. Treasury securities.",
         "IF10199", TREASURY),
        ("Japan became in 2019, outstripping China, the largest foreign holder of U.S. Treasury securities.", "IF10199",
         TREASURY),
        ("Japan remained, as it has each year since it passed China, the top foreign holder of U.S. Treasuries.",
         "IF11120", TREASURY),
        ("In 2030 Japan was, overtaking the United Kingdom, the top source of FDI in the United States.", "IF11120",
         FDI),
        ("Japan was, as it was the year before when it surpassed the United Kingdom, the largest source of FDI in the "
         "United States.", "IF11120", FDI),
    ],
)  # fmt: skip
def test_a_country_in_an_insertion_after_japans_verb_leaves_the_place_japans(body: str, brief: str, fact: str) -> None:
    """'Japan has been, since it overtook China, the largest holder': the insertion after Japan's verb names the one
    passed, and the place after it completes Japan's clause."""
    assert facts_in(body, brief)[fact] == (1, "exact")
