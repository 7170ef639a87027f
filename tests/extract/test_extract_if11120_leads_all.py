"""Ranks in the fact's own terms: a first rank said as leading every other country ('tops every other country in its
holdings of Treasuries', 'tops that of investors from any other country', 'a sum no other country's firms have
matched'), and an ordinal said with 'ranked' ('the fifth-ranked U.S. trading partner').

Every sentence is invented for the test; the trap is another country's lead.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TREASURY, FDI = "trade.treasury_holder_rank", "trade.fdi_source_rank"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japan tops every other country in its holdings of Treasuries.", TREASURY),
        ("Japanese firms' FDI position in the United States, $790 billion in 2030, is a sum no other country's firms "
         "have matched.", FDI),
        ("Japan's direct investment in the United States topped the United Kingdom's, now in second place, by $100 "
         "billion.", FDI),
        ("The direct investment of Japanese firms in the United States exceeds that of firms from any other country.",
         FDI),
    ],
)  # fmt: skip
def test_leading_every_other_country_is_first(sentence: str, fact: str) -> None:
    """Leading or topping all others, or a sum none matched, ranks Japan first."""
    assert facts_in(sentence, "IF11120")[fact][0] == 1


def test_another_countrys_lead_is_not_japans() -> None:
    """China leading all foreign holders gives Japan no rank."""
    sentence = "China leads all foreign countries in holdings of U.S. Treasury securities; Japan is far behind."
    assert TREASURY not in facts_in(sentence, "IF11120")


def test_an_ordinal_ranked_is_a_rank() -> None:
    """'the fifth-ranked U.S. trading partner' is fifth, as 'fifth-largest' is."""
    sentence = "Japan was the fifth-ranked U.S. trading partner in 2030."
    assert facts_in(sentence, "IF11120")["trade.overall_partner_rank"][0] == 5
