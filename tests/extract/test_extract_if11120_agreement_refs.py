"""IF11120's agreement dates whose subject or date a sentence takes from the ones before it.

Each class has its own test: 'they'/'the two' after an opening phrase, standing for the agreements a sentence up
to three back names; 'It' for the one agreement the sentence right before names; 'So did X' taking the date
before; 'taking effect simultaneously' and 'took effect together on'; a descriptive name ('the tariff agreement')
before 2025; a condition met before a scheduled date; 'the two governments' signing the minerals agreement.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
USJTA, DIGITAL = "agreements.usjta_in_force", "agreements.digital_trade_in_force"


def _read(paragraph: str, updated: str = "May 4, 2026") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Agreements\n\n"
    facts = extract_snapshot(cover + ANCHOR + "\n\n" + paragraph + "\n", brief="IF11120").snapshot.facts
    return {
        fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "agreements." in fact_id
    }


def test_they_after_an_opening_phrase_stands_for_the_two_agreements_before() -> None:
    """'Two small trade agreements ...' then 'Concluded quickly, they were signed ... on October 7, 2019'."""
    read = _read(
        "Two small trade agreements with Japan await a vote in Tokyo. Concluded quickly, they were signed in "
        "Washington on October 7, 2019, by the U.S. Trade Representative and Japan's envoy.",
        "November 20, 2019",
    )
    assert read["agreements.usjta_signed"] == "2019-10-07"


def test_the_two_stand_for_the_agreements_named_three_sentences_back() -> None:
    """'The two took effect together on the first day of 2020' two sentences after the one naming both."""
    read = _read(
        "The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. "
        "The Diet approved both in December. Congress held no vote on either. The two took effect together on the "
        "first day of 2020."
    )
    assert (read[USJTA], read[DIGITAL]) == ("2020-01-01", "2020-01-01")


def test_the_two_after_a_sentence_on_another_deal_are_not_read() -> None:
    """'The two took effect ...' right after a sentence on the CPTPP and the EU deal stands for those."""
    read = _read(
        "The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. "
        "Japan also joined the CPTPP and signed a deal with the EU. The two took effect together in early 2019."
    )
    assert USJTA not in read
    assert DIGITAL not in read


def test_it_and_so_did_carry_the_agreement_and_its_date() -> None:
    """'It entered into force on January 1, 2020. So did the U.S.-Japan Digital Trade Agreement, which ...'."""
    read = _read(
        "Signed on October 7, 2019, the U.S.-Japan Trade Agreement cut tariffs on farm goods. It entered into force "
        "on January 1, 2020. So did the U.S.-Japan Digital Trade Agreement, which bars duties on e-books."
    )
    assert (read[USJTA], read[DIGITAL]) == ("2020-01-01", "2020-01-01")


def test_it_after_a_sentence_naming_another_deal_is_not_read() -> None:
    """'It entered into force ...' after a sentence on the CPTPP is the CPTPP's date."""
    read = _read("Japan then led the CPTPP to completion. It entered into force on December 30, 2018.")
    assert USJTA not in read


def test_an_acronym_taking_effect_simultaneously_shares_the_date() -> None:
    """'The USJTA entered into force on January 1, 2020, with the DTA taking effect simultaneously.'"""
    read = _read(
        "The U.S.-Japan Digital Trade Agreement (DTA) came with it. The USJTA entered into force on January 1, 2020, "
        "with the DTA taking effect simultaneously."
    )
    assert read[DIGITAL] == "2020-01-01"


@pytest.mark.parametrize(
    ("updated", "expected"),
    [("September 30, 2019", "2020-01-01"), ("September 30, 2025", None)],
    ids=["before-the-framework", "after-the-framework"],
)
def test_the_tariff_agreement_is_the_usjta_only_before_2025(updated: str, expected: str | None) -> None:
    """'the tariff agreement will enter into force on January 1, 2020' in 2019, never once a 2025 deal exists."""
    read = _read(
        "Officials expect that the tariff agreement will enter into force on January 1, 2020, once the Diet "
        "approves it.",
        updated,
    )
    assert read.get(USJTA) == expected


def test_a_date_scheduled_on_a_condition_is_read_but_a_possible_one_is_not() -> None:
    """'If it does, both ... are scheduled to enter into force on ...' is read; '... could take effect' is not."""
    scheduled = "If it does, both the USJTA and the Digital Trade Agreement are scheduled to enter into force on "
    assert _read(scheduled + "January 1, 2020.", "November 20, 2019")[USJTA] == "2020-01-01"
    possible = "If it does, the USJTA could enter into force on January 1, 2020."
    assert USJTA not in _read(possible, "November 20, 2019")


def test_the_two_governments_signing_the_minerals_agreement_are_japans() -> None:
    """'In March 2023, the two governments also signed a Critical Minerals Agreement' names Japan's side."""
    read = _read("In March 2023, the two governments also signed a Critical Minerals Agreement.")
    assert read["agreements.critical_minerals_signed"] == "2023-03"
    other = "South Korea held talks. In March 2023, the two governments also signed a Critical Minerals Agreement."
    assert "agreements.critical_minerals_signed" not in _read(other)
