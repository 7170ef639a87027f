"""IF11120's rates no longer in force and dates of another deed, read as traps.

Each class has its own test: a rate announced and then suspended, withdrawn or paused in the same sentence ('only to
suspend it'); a rate customs stopped collecting; a year that dates the next deed a sentence goes on to ('concluded an
agreement with Japan and, in 2019, launched ...'), where the agreement's own date is still read.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _values(paragraph: str, updated: str = "May 4, 2031") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Tariffs\n\n"
    facts = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "paragraph",
    [
        'In March the White House unveiled a "reciprocal" tariff of 31% on Japan under IEEPA, only to suspend it '
        "days later.",
        "The President set an IEEPA tariff of 31% on goods from Japan in March but withdrew it within a week.",
        "A 31% reciprocal duty on Japanese goods was announced in March, before being paused for ninety days.",
    ],
)
def test_a_rate_suspended_or_withdrawn_in_its_own_sentence_is_not_the_rate_in_force(paragraph: str) -> None:
    """'a tariff of 31% on Japan ..., only to suspend it': neither the IEEPA rate nor the rate on most imports."""
    facts = _values(paragraph)
    assert facts.get("tariffs.ieepa_rate") != 31
    assert facts.get("tariffs.us_tariff_most_imports") != 31


@pytest.mark.parametrize(
    "paragraph",
    [
        "Border officials stopped collecting the 17% IEEPA tariff on Japanese goods after the ruling.",
        "CBP has ceased charging the 17% IEEPA duty on goods from Japan.",
    ],
)
def test_a_rate_customs_stopped_collecting_is_not_the_rate_on_most_imports(paragraph: str) -> None:
    """'stopped collecting the 17% IEEPA tariff on Japanese goods': no rate now in force."""
    facts = _values(paragraph)
    assert facts.get("tariffs.us_tariff_most_imports") != 17
    assert facts.get("tariffs.ieepa_rate") != 17


def test_a_year_of_the_next_deed_in_the_sentence_does_not_date_the_agreement() -> None:
    """'concluded a critical minerals agreement with Japan and, in 2019, launched a forum': 2019 is the forum's."""
    facts = _values(
        "The Administration then concluded a critical minerals agreement with Japan and, in 2019, launched a "
        "regional energy forum with its partners."
    )
    assert facts.get("agreements.critical_minerals_signed") is None


def test_the_agreements_own_date_before_the_next_deed_is_read() -> None:
    """'signed a critical minerals agreement with Japan on June 3, 2029, and later expanded ...': June 3, 2029."""
    facts = _values(
        "Washington signed a critical minerals agreement with Japan on June 3, 2029, and later expanded a "
        "battery partnership in 2030."
    )
    assert facts["agreements.critical_minerals_signed"] == "2029-06-03"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Since June 2030, most goods from Japan have entered the United States under a 17% tariff imposed under IEEPA.",
        "A 17% IEEPA tariff applies to most goods from Japan, the normal duty included.",
        "Since June 9, a tariff of 17% has been charged on most imports from Japan under IEEPA.",
    ],
)
def test_the_rate_in_force_on_most_goods_from_japan_is_read(paragraph: str) -> None:
    """'goods from Japan have entered ... under a 17% tariff', '... applies to most goods from Japan', '... has been
    charged on most imports from Japan': the rate on most imports and the IEEPA rate."""
    facts = _values(paragraph)
    assert facts["tariffs.us_tariff_most_imports"] == 17
    assert facts["tariffs.ieepa_rate"] == 17
