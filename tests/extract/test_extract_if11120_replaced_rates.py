"""IF11120's rates and dates when the sentence names what a rate replaced, sets an aside or an adjective by it, or dates
an act by an attribute ('the Court's <day>, decision', 'announced the framework on <day>').

Each class has its own test: a surcharge 'in place of' (or 'replacing') another authority's rate; 'a temporary N%
surcharge'; 'a N% rate, inclusive of MFN duties, on most Japanese goods'; a rate 'since <month> <day>, <year>' dated
by that year; the ruling's date said before 'decision' or 'ruling'; the framework announced by the President after a
sentence on Japan, or as 'a deal' the two countries struck in the framework's year.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _read(paragraph: str, updated: str = "May 4, 2031") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Tariffs\n\n"
    facts = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json") for fact_id, fact in facts.items()}


def _values(paragraph: str) -> dict[str, Any]:
    return {fact_id: fact["value"] for fact_id, fact in _read(paragraph).items()}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese goods now bear a temporary 12% import surcharge under Section 122, in place of the deal's 18% IEEPA "
        "tariff.",
        "Goods from Japan now carry a 12% surcharge under Section 122 of the Trade Act, replacing the 18% IEEPA rate.",
        "Since May 4, 2026, after the ruling on IEEPA, most U.S. imports from Japan have paid a 12% surcharge under "
        "Section 122 of the Trade Act of 1974 instead of the 18% IEEPA rate.",
    ],
)
def test_a_surcharge_in_place_of_another_authoritys_rate_is_the_section_122_rate_now(paragraph: str) -> None:
    """'a temporary 12% surcharge under Section 122, in place of the deal's 18% IEEPA tariff': 12% under Section 122,
    the rate on most imports; 18% is neither."""
    facts = _values(paragraph)
    assert facts["tariffs.section122_surcharge"] == 12
    assert facts["tariffs.us_tariff_most_imports"] == 12
    assert facts.get("tariffs.ieepa_rate") != 12


def test_a_surcharge_on_another_countrys_goods_in_place_of_a_rate_is_not_read() -> None:
    """'Korean goods now bear a temporary 12% surcharge ..., in place of ...': no rate on Japan's goods."""
    facts = _values("Korean goods now bear a temporary 12% surcharge under Section 122, in place of an 18% IEEPA rate.")
    assert "tariffs.us_tariff_most_imports" not in facts


def test_a_rate_with_an_aside_before_its_goods_is_read_and_dated_by_its_day() -> None:
    """'A single 18% IEEPA rate, inclusive of MFN duties, on most Japanese goods, collected from June 3, 2030': 18%,
    dated June 2030 (the day's year, not the cover's)."""
    facts = _read(
        "A single 18% IEEPA rate, inclusive of MFN duties, on most Japanese goods, collected from June 3, 2030."
    )
    assert facts["tariffs.ieepa_rate"]["value"] == 18
    assert facts["tariffs.ieepa_rate"]["period"] == "2030-06"


def test_an_aside_holding_another_rate_is_no_aside() -> None:
    """'an 18% rate, up from 10%, on ...': the aside holds a figure, so the words do not tie 18% to Japan's goods."""
    facts = _values("The deal left an 18% rate, up from 10%, on most Japanese goods.")
    assert facts.get("tariffs.ieepa_rate") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tariffs were recast by the Supreme Court's March 3, 2031, decision that IEEPA allows no tariffs, after a "
        "framework reached in July 2030.",
        "Since the March 3, 2031, Supreme Court ruling that IEEPA does not authorize tariffs, importers have sought "
        "refunds of duties paid from April 2030.",
    ],
)
def test_the_ruling_dated_by_its_attribute_beside_another_date(paragraph: str) -> None:
    """'the Supreme Court's March 3, 2031, decision', 'the March 3, 2031, Supreme Court ruling': that day, not July
    2030 or April 2030."""
    assert _values(paragraph)["tariffs.ieepa_ruling"] == "2031-03-03"


def test_a_hearing_dated_by_its_attribute_is_no_ruling() -> None:
    """'the Supreme Court's November 5, 2030, hearing on IEEPA tariffs; a ruling is pending': no ruling date."""
    facts = _values(
        "Importers await the Supreme Court's November 5, 2030, hearing on IEEPA tariffs; a ruling is pending."
    )
    assert "tariffs.ieepa_ruling" not in facts


@pytest.mark.parametrize(
    "paragraph",
    [
        "In June, the President wrote to Prime Minister Kishida that Japanese goods would face 30%. The President "
        "announced the framework on July 9, 2030.",
        "The outcome is a framework the President announced on July 9, 2030, after months of talks; it trades lower "
        "tariffs for Japanese investment.",
        "Japan's negotiator made six trips before President Trump announced on July 9, 2030, that the two countries "
        "had struck a deal.",
    ],
)
def test_the_framework_announced_by_the_president(paragraph: str) -> None:
    """'The President announced the framework on <day>' after a sentence on Japan, 'a framework the President announced
    on <day>', 'announced on <day> that the two countries had struck a deal': that day."""
    assert _values(paragraph)["framework.announced"] == "2030-07-09"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a deal of the first round (2019), not the framework
        "President Trump announced on August 25, 2019, that the two countries had reached an agreement in principle.",
        # the sentence before is about another country
        "Vietnam's leader called the White House in June. The President announced the framework on July 2, 2030.",
        # another framework, with other partners
        "The President announced the framework on May 23, 2030, with Vietnam and 11 other partners.",
    ],
)
def test_a_framework_or_deal_of_another_year_or_partner_is_not_the_framework(paragraph: str) -> None:
    """A deal of 2019, a framework announced after a sentence on Vietnam or with Vietnam: no announcement read."""
    assert "framework.announced" not in _values(paragraph)


@pytest.mark.parametrize(
    "trap",
    [
        "On June 2, USTR proposed a 14% tariff on most goods from Japan, to take effect when the surcharge ends.",
        "USTR has floated a 14% surcharge on Japanese goods once the current one lapses.",
    ],
)
def test_a_proposed_rate_after_the_section_122_surcharge_is_named_is_not_that_surcharge(trap: str) -> None:
    """After 'a temporary 12% surcharge under Section 122', a proposed 14% tariff or surcharge is not the surcharge:
    12% stays read."""
    facts = _values(
        "Japanese goods now bear a temporary 12% import surcharge under Section 122 of the Trade Act. " + trap
    )
    assert facts["tariffs.section122_surcharge"] == 12
