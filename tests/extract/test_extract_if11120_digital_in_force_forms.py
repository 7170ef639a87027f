"""The Digital Trade Agreement's entry into force in more forms: 'its digital companion each became operative on',
'the digital agreement took effect the following month, in January 2020', 'took effect the same day, January 1,
2020', 'took effect in January 2020, when the Digital Trade Agreement entered into force', and 'So did its companion'
after a sentence that opens on the signing date.

Every sentence is invented for the test; each trap is another deal's date or one that may never be.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

DIGITAL = "agreements.digital_trade_in_force"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Signed on October 7, 2019, the USJTA went into effect on January 1, 2020. So did its companion, the Digital "
         "Trade Agreement.", "2020-01-01"),
        ("Rules on data flows took effect between the two countries in January 2020, when the Digital Trade Agreement "
         "entered into force.", "2020-01"),
        ("The Diet approved both pacts in December 2019; the digital agreement took effect the following month, in "
         "January 2020.", "2020-01"),
        ("The USJTA went into effect on January 1, 2020. Its digital companion took effect the same day.",
         "2020-01-01"),
        ("The USJTA was signed on October 7, 2019. It went live on January 1, 2020, and so did its companion, the "
         "U.S.-Japan Digital Trade Agreement.", "2020-01-01"),
    ],
)  # fmt: skip
def test_the_digital_agreements_entry_into_force_is_read(sentence: str, date: str) -> None:
    """The date the digital agreement took effect, however the agreement and its taking effect are said."""
    assert facts_in(sentence, "IF11120")[DIGITAL][0] == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Rules on data flows took effect in January 2021, when the critical minerals framework entered into force.",
        "The USJTA entered into force on January 1, 2020; its digital counterpart could take effect later.",
    ],
)
def test_another_deals_date_is_not_the_digital_agreements(sentence: str) -> None:
    """Another deal's date, or a date the digital agreement only may take effect, is not read."""
    assert DIGITAL not in facts_in(sentence, "IF11120")


def test_the_digital_agreements_date_is_not_the_other_agreements() -> None:
    """'the two agreements' in the clause before do not give the USJTA the date of the digital agreement's clause."""
    facts = facts_in(
        "The Diet approved the two agreements in December 2019; the digital agreement took effect the following "
        "month, in January 2020.",
        "IF11120",
    )
    assert (facts[DIGITAL][0], facts.get("agreements.usjta_in_force")) == ("2020-01", None)
