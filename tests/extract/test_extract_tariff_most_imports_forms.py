"""The rate on most imports from Japan in more forms: 'an additional 10% tariff' (the rate charged on top of the
usual duties, no addition to the fact), 'most goods that the United States buys from Japan', 'a surcharge of 10% now
applies to most imports from Japan', 'the tariff rate on the bulk of imports from Japan stands at fifteen percent'.

Every sentence is invented for the test; each trap is another country's rate, one sector's, or a suspended one.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import TARIFF, facts_in


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Since April 5, 2026, most imports from Japan have been subject to an additional 10% tariff.", 10),
        ("Most goods that the United States buys from Japan now face a 10% tariff.", 10),
        ("A temporary import surcharge of 10% now applies to most imports from Japan.", 10),
        ("The tariff rate on the bulk of imports from Japan stands at fifteen percent.", 15),
    ],
)
def test_the_rate_on_most_imports_is_read_in_more_forms(sentence: str, rate: int) -> None:
    """The rate tied to most of Japan's goods by its own words is read."""
    assert facts_in(sentence, "IF11120")[TARIFF] == (rate, "exact")


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Most imports from Japan are now subject to a U.S. tariff of 17%, a rate that folds in the MFN duty.", 17),
        ("Since May, most goods from Japan have paid a seventeen-and-a-half percent duty under Section 301.", 17.5),
        ("Since May 4, most goods the United States buys from Japan have paid a single 17% rate.", 17),
        ("Since May 4, most Japanese goods have paid 17% on top of their ordinary MFN duties.", 17),
    ],
)
def test_the_rate_on_most_imports_after_its_tariff_or_in_words_is_read(sentence: str, rate: float) -> None:
    """'subject to a U.S. tariff of 17%' (the rate after the tariff it is), 'a seventeen-and-a-half percent duty'."""
    assert facts_in(sentence)["trade.us_tariff_on_most_imports_from_japan"][0] == rate


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariff rate on most imports from Japan was suspended at 24% for 90 days.",
        "Under review is an additional 12.5% duty on most Japanese goods, which could take effect in 2027.",
    ],
)
def test_another_rate_is_not_read(sentence: str) -> None:
    """Another country's rate, one sector's, a suspended or a possible one is not the rate on most imports."""
    assert TARIFF not in facts_in(sentence, "IF11120")
