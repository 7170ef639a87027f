"""The general reader of tariff rates and Japan's pledge (`extract.tariff_roles`): a rate or an amount no declaration
read, tied to its fact by the concept words of its phrase, its clause or its sentence; the rate said to apply now,
not an earlier, threatened or compared one.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in


@pytest.mark.parametrize(
    ("brief", "fact_id", "sentence", "value"),
    [
        (
            "IF11120",
            "tariffs.us_tariff_most_imports",
            "Most goods Japan ships to the United States pay a 15% duty.",
            15,
        ),
        (
            "IF11120",
            "tariffs.us_tariff_most_imports",
            "Most Japanese exports to the U.S. are now taxed at 15 percent.",
            15,
        ),
        ("IF11120", "tariffs.ieepa_rate", "Using IEEPA, the Administration charges Japan's goods 15 percent.", 15),
        (
            "IF11120",
            "tariffs.ieepa_rate",
            "The so-called reciprocal tariffs, 15% in Japan's case, are collected monthly.",
            15,
        ),
        ("IF11120", "tariffs.section232_autos", "Japanese automobiles now pay a 15% duty on entry.", 15),
        ("IF11120", "tariffs.section122_surcharge", "The balance-of-payments surcharge applied to Japan is 10%.", 10),
        (
            "IF11120",
            "framework.investment_pledge",
            "Some $550 billion in Japanese investment is to flow into U.S. industries.",
            550_000_000_000,
        ),
        (
            "IF10199",
            "trade.japan_investment_pledge",
            "Under the trade deal, Japan is to fund $550 billion in U.S. investments.",
            550_000_000_000,
        ),
    ],
)
def test_an_unread_rate_or_pledge_is_read_by_its_concept_words(
    brief: str, fact_id: str, sentence: str, value: int
) -> None:
    """The value whose words name the fact's concept, and nothing that rules it out, is read."""
    assert facts_in(sentence, brief).get(fact_id, (None,))[0] == value
