"""IF11120's rates, framework and president when the sentence leans on another: a surcharge named before, a lead-in.

Each class has its own test: a rate Japan's goods 'pay, at N%' that the sentence before names; a rate charged 'of
N%'; 'instead of the N% IEEPA rate' naming no authority of the rate in force; 'the N% surcharge' of a text whose
surcharge is the Section 122 one; a framework 'the two sides' reached; the author of an act dated in the term
the cover date falls in.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _facts(paragraph: str, updated: str = "May 4, 2031") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Tariffs\n\n"
    facts = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def test_a_rate_paid_on_the_surcharge_named_before_is_the_rate_on_most_imports() -> None:
    """'Japan's goods now pay that surcharge, at 12%, instead of the 18% IEEPA rate': 12% now, 18% not the rate."""
    facts = _facts(
        "Since March 2, 2031, a temporary import surcharge under Section 122 replaces the voided duties. Japan's "
        "products now pay that surcharge, at 12%, instead of the 18% IEEPA rate the deal had set."
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12
    assert facts.get("tariffs.ieepa_rate") != 12


@pytest.mark.parametrize(
    "paragraph",
    [
        "Most Japanese goods were charged an IEEPA tariff of 18%, MFN duty included, from June 3, 2030.",
        "Japanese imports are assessed an IEEPA duty of 18% under the deal.",
    ],
)
def test_a_rate_charged_on_japans_goods_by_its_name_of_n_percent_is_read(paragraph: str) -> None:
    """'were charged an IEEPA tariff of 18%', 'are assessed an IEEPA duty of 18%': the IEEPA rate."""
    assert _facts(paragraph)["tariffs.ieepa_rate"] == 18


def test_a_rate_charged_on_another_countrys_goods_is_not_read() -> None:
    """'Korean goods were charged ... of 18%' puts no rate on Japan's goods."""
    assert "tariffs.ieepa_rate" not in _facts("Korean goods were charged an IEEPA tariff of 18% from June 3, 2030.")


def test_the_surcharge_of_a_text_that_names_it_under_section_122_is_that_one() -> None:
    """'The 12% surcharge has applied to goods from Japan since March 2' after a Section 122 surcharge is named."""
    facts = _facts(
        "The Administration turned to Section 122, which allows a temporary surcharge. The 12% surcharge has applied "
        "to goods from Japan and most other partners since March 2."
    )
    assert facts["tariffs.section122_surcharge"] == 12


@pytest.mark.parametrize(
    "paragraph",
    [
        "The 12% surcharge has applied to goods from Japan and most other partners since March 2.",
        "Section 122 was not invoked. In 1971, a 10% surcharge applied to goods from Japan and most other partners.",
    ],
    ids=["no-section-122", "another-surcharge"],
)
def test_a_surcharge_the_text_never_ties_to_section_122_is_not_read(paragraph: str) -> None:
    """A surcharge with no Section 122 surcharge in the text, or one of 1971: no Section 122 rate."""
    assert "tariffs.section122_surcharge" not in _facts(paragraph)


def test_a_framework_the_two_sides_reached_is_dated_by_its_announcement() -> None:
    """'The two sides then reached a framework agreement, announced by the President on June 2, 2030.'"""
    facts = _facts("The two sides then reached a framework agreement, announced by the President on June 2, 2030.")
    assert facts["framework.announced"] == "2030-06-02"


def test_the_author_of_an_act_dated_in_the_present_term_is_the_sitting_president() -> None:
    """'announced by President Biden on May 23, 2022' in a version of March 2023: Biden still holds the office."""
    facts = _facts("The forum was announced by President Biden on May 23, 2022, in Tokyo.", "March 3, 2023")
    assert facts["leaders.us_president"] == {"family": "Biden", "given": "Joe"}


@pytest.mark.parametrize(
    ("paragraph", "updated"),
    [
        ("The steel tariff, imposed by President Trump in 2018, still applies.", "March 3, 2023"),
        ("The deal was signed by President Trump on November 2, 2020.", "March 3, 2021"),
        (
            "Since April 1, 2022, steel has entered free of the tariff imposed by President Trump in 2018.",
            "May 3, 2023",
        ),
        (
            "The prime minister toured the memorial with President Biden on December 12, praising the tariff deal.",
            "March 3, 2025",
        ),
    ],
    ids=["years-before", "before-an-inauguration", "another-date-in-the-sentence", "yearless-day-before-it"],
)
def test_the_author_of_an_act_before_the_last_inauguration_is_not_read_as_sitting(paragraph: str, updated: str) -> None:
    """An act dated before January 20 of the last inauguration year says nothing of who sits now."""
    assert "leaders.us_president" not in _facts(paragraph, updated)
