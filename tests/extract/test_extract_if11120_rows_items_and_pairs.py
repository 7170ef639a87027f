"""IF11120's rates and agreements read by roles a row, a list or a pronoun carries.

Each class has its own test: a rate said of 'most cases'; a table row's status cell telling its rate gave way
('replaced', 'paused', 'not applied') beside the row 'in effect'; a dated list's items taking their year from the
lead-in ('Key steps in 2025:'); 'both' standing for the two agreements a sentence before carried by its own 'Both'; a
heading repeated before a list's items passed over when a sentence points back; a year's first day counted from the
year before ('on the first day of the following year'); a rate whose goods the sentence before names ('most Japanese
goods have been subject to it. The surcharge is 12%').
"""

from __future__ import annotations

from typing import Any

from usjapan_facts.extract import extract_snapshot

ANCHOR = "## Overview\n\nJapan is the largest foreign holder of U.S. Treasury securities.\n\n"


def _facts(body: str, updated: str = "May 4, 2031") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n{ANCHOR}"
    facts = extract_snapshot(cover + body + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def test_a_rows_rate_its_status_cell_says_gave_way_is_no_rate_now() -> None:
    """Rows 'replaced', 'paused', 'not applied' beside one 'in effect': the rate on most goods is the row in effect."""
    facts = _facts(
        "## Tariffs\n\nThe rates on most Japanese goods changed several times (Table 1).\n\n"
        "Table 1. IEEPA Tariffs on Most Goods from Japan, 2030\n\n"
        "| From | Measure | Rate | Status |\n| --- | --- | --- | --- |\n"
        "| March 5 | Baseline | 12% | replaced |\n| March 9 | Country rate | 26% | paused |\n"
        "| July 1 | June letter | 30% | not applied |\n| July 7 | Framework | 18% | in effect |\n"
    )
    assert facts["tariffs.us_tariff_most_imports"] == 18


def test_a_dated_lists_items_take_the_year_of_their_lead_in() -> None:
    """'Key steps in 2030:' then '- June 12: the President announced ... a framework agreement': June 12, 2030."""
    facts = _facts(
        "## The Framework\n\nJapan was an early target. Key steps in 2030:\n\n"
        "- March 2: a 26% tariff was announced for Japan;\n"
        "- June 12: the President announced that the two sides had reached a framework agreement;\n"
        "- August 4: an executive order put the terms into effect.\n"
    )
    assert facts["framework.announced"] == "2030-06-12"


def test_a_lists_items_under_a_lead_in_of_no_year_take_none() -> None:
    """'Key steps:' names no year: the item's day is not given one from the lead-in."""
    facts = _facts(
        "## The Framework\n\nJapan was an early target. Key steps:\n\n"
        "- June 12: the President announced that the two sides had reached a framework agreement.\n"
    )
    assert facts.get("framework.announced") != "2030-06-12"


def test_both_stands_for_the_pair_a_sentence_before_carried_by_its_own_both() -> None:
    """'Both were signed ...' after a list of the two, then '..., and on January 1, 2020, both entered into force'
    after a sentence naming the DTA alone: both agreements took effect then."""
    facts = _facts(
        "## The 2019 Agreements\n\nThe package had two parts:\n\n"
        "- The U.S.-Japan Trade Agreement (USJTA), a limited tariff deal. Japan cut tariffs on farm goods.\n"
        "- The U.S.-Japan Digital Trade Agreement (DTA), with rules on data flows.\n\n"
        "Both were signed in Washington on October 7, 2019. Neither went to Congress for a vote: the Administration "
        "treated the DTA as an executive agreement. The Diet approved them in December, and on January 1, 2020, both "
        "entered into force.\n"
    )
    assert facts["agreements.usjta_signed"] == "2019-10-07"
    assert facts["agreements.usjta_in_force"] == "2020-01-01"
    assert facts["agreements.digital_trade_in_force"] == "2020-01-01"


def test_a_heading_repeated_before_a_lists_item_is_passed_over_by_a_pointing_back_sentence() -> None:
    """The section's heading said again between the items (as a two-column layout gives it): 'Both were signed' still
    stands for the two items before it."""
    facts = _facts(
        "## The 2019 Agreements\n\nThe package had two parts:\n\nThe 2019 Agreements\n\n"
        "- The U.S.-Japan Trade Agreement (USJTA), a limited tariff deal. Japan cut tariffs on farm goods.\n\n"
        "The 2019 Agreements\n\n- The U.S.-Japan Digital Trade Agreement (DTA), with rules on data flows.\n\n"
        "Both were signed in Washington on October 7, 2019.\n"
    )
    assert facts["agreements.usjta_signed"] == "2019-10-07"


def test_a_years_first_day_counted_from_the_year_before_is_the_day_they_took_effect() -> None:
    """'signed ... on October 7, 2019, and both entered into force on the first day of the following year'."""
    facts = _facts(
        "## Earlier Agreements\n\nThe U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement "
        "(DTA) were signed in New York on October 7, 2019, and both entered into force on the first day of the "
        "following year.\n"
    )
    assert facts["agreements.usjta_in_force"] == "2020-01-01"
    assert facts["agreements.digital_trade_in_force"] == "2020-01-01"


def test_a_rate_said_of_most_cases_is_the_rate_on_most_goods() -> None:
    """'now face, in most cases, a 17% tariff', 'are, by and large, charged 17%': 'most' said of the cases, not the
    goods, still tells the rate on most of Japan's goods."""
    for sentence in (
        "Goods from Japan entering the United States now face, in most cases, a 17% tariff.",
        "Japanese goods are, by and large, charged a 17% tariff at the U.S. border.",
    ):
        assert _facts(f"## Tariffs\n\n{sentence}\n")["tariffs.us_tariff_most_imports"] == 17


def test_a_rate_whose_goods_the_sentence_before_says_is_the_rate_on_them() -> None:
    """'most Japanese goods ... have been subject to it. The surcharge is 12%': the rate on most goods."""
    facts = _facts(
        "## Tariffs\n\nThe President turned to Section 122, which permits a temporary import surcharge. Since March 2, "
        "most Japanese goods, like most imports from other countries, have been subject to it. The surcharge is 12%, "
        "added to MFN duties.\n"
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12


def test_a_rate_whose_goods_the_sentence_before_says_bore_it_once_is_no_rate_now() -> None:
    """'most Japanese goods were subject to it until ...': the goods bore it once; its rate is no rate now."""
    facts = _facts(
        "## Tariffs\n\nThe President turned to Section 122, which permits a temporary import surcharge. Most Japanese "
        "goods were subject to it until the Congress let it lapse. It is 12%.\n"
    )
    assert facts.get("tariffs.us_tariff_most_imports") != 12


def test_the_rows_of_most_goods_under_several_authorities_give_the_one_in_effect() -> None:
    """Rows of 'Most goods' under three authorities, 'voided', 'in effect' and 'proposed': the rate now is the one in
    effect, the others no rate now."""
    facts = _facts(
        "## Tariffs\n\nTable 2. U.S. Duties on Japanese Goods, 2031\n\n"
        "| Goods | Basis | Rate | Status |\n| --- | --- | --- | --- |\n| Most goods | IEEPA | 18% | voided |\n"
        "| Most goods | Section 122 | 12% | in effect |\n| Most goods | Section 301 | 14.5% | proposed |\n"
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12
