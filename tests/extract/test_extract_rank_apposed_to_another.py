"""A place set right after another country as its appositive ('exceeded those of China, the runner-up') is that
country's place, never Japan's, whichever reader finds it; a country set beside by a preposition ('Japan was, after
China, the second-largest holder') leaves the place the one ranked holds. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY, FDI = "trade.treasury_holder_rank", "trade.fdi_source_rank"


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
