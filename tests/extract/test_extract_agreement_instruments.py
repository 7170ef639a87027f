"""A later instrument of an agreement (a protocol, an amendment, a side letter) is not the agreement
(`extract.rules.if11120.instruments`).

The day a protocol amending the U.S.-Japan Trade Agreement took effect, or the day amendments to the Critical
Minerals Agreement were signed, is the instrument's own: no date of the agreement is read from it. The agreement's own
date in the same sentence, told before the instrument's clause or beside an instrument that only amended it, is read.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import trade_values

ANCHOR = "Japan is among the largest U.S. trading partners."
SIGNED, IN_FORCE = "agreements.usjta_signed", "agreements.usjta_in_force"
DIGITAL, CMA = "agreements.digital_trade_in_force", "agreements.critical_minerals_signed"


def _facts(sentence: str) -> dict[str, Any]:
    return trade_values(sentence, "June 9, 2024", "Agreements", ANCHOR)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("A protocol amending the U.S.-Japan Trade Agreement entered into force on February 1, 2023.", IN_FORCE),
        ("Amendments to the U.S.-Japan Trade Agreement were signed in Tokyo on November 30, 2022.", SIGNED),
        ("A side letter under the USJTA, on rice quotas, was signed on May 17, 2023.", SIGNED),
        ("The USJTA's protocol on pork safeguards came into force on April 1, 2023.", IN_FORCE),
        ("An exchange of notes to the U.S.-Japan Digital Trade Agreement took effect on March 6, 2023.", DIGITAL),
        ("Two amendments of the U.S.-Japan Critical Minerals Agreement were signed on January 12, 2024.", CMA),
    ],
)
def test_an_instruments_date_is_not_the_agreements(sentence: str, fact: str) -> None:
    assert _facts(sentence).get(fact) is None


def test_a_later_clause_of_an_instrument_leaves_the_agreements_own_date() -> None:
    facts = _facts(
        "The U.S.-Japan Trade Agreement entered into force on January 1, 2020; a protocol amending it took effect on "
        "February 1, 2023."
    )
    assert facts.get(IN_FORCE) == "2020-01-01"


def test_an_agreement_amended_by_a_protocol_keeps_its_own_date() -> None:
    facts = _facts(
        "The U.S.-Japan Trade Agreement, amended by a protocol signed on November 30, 2022, entered into force on "
        "January 1, 2020."
    )
    assert facts.get(IN_FORCE) == "2020-01-01"


@pytest.mark.parametrize(
    ("sentence", "fact", "day"),
    [
        (
            "The U.S.-Japan Trade Agreement's schedules and annexes set out Japan's tariff cuts; it was signed on "
            "October 7, 2019, and entered into force on January 1, 2020.",
            SIGNED,
            "2019-10-07",
        ),
        (
            "The USJTA's side letters deal with autos and rice, and it took effect on January 1, 2020.",
            IN_FORCE,
            "2020-01-01",
        ),
        (
            "Amendments to the U.S.-Japan Trade Agreement are under discussion; it was signed on October 7, 2019.",
            SIGNED,
            "2019-10-07",
        ),
    ],
)
def test_it_beside_a_plural_instrument_is_the_agreement_and_keeps_its_dates(sentence: str, fact: str, day: str) -> None:
    assert _facts(sentence).get(fact) == day


def test_it_beside_a_singular_instrument_may_be_the_instrument_and_dates_nothing() -> None:
    facts = _facts("The USJTA's protocol on beef was signed on March 3, 2022; it took effect on April 1, 2022.")
    assert facts.get(SIGNED) is None
    assert facts.get(IN_FORCE) is None
