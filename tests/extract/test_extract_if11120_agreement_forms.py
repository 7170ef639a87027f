"""IF11120's agreement dates in more forms: an acronym or a relative clause after the name, 'the agreement of
March 2023', a year as the agreement's label while it stays in force, another deal named after this one's date."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2026\n\n## Agreements\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
CMA = "agreements.critical_minerals_signed"


def _read(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {
        fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "agreements." in fact_id
    }


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("- The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023, lets some minerals processed "
         "in Japan count toward a U.S. tax credit.", "2023-03-28"),
        ("Washington also relies on the critical minerals agreement the two countries signed in March 2023 with "
         "Japan.", "2023-03"),
        ("U.S.-Japan supply chains lean on the Critical Minerals Agreement of March 2023.", "2023-03"),
        ("The critical minerals agreement that Tokyo and Washington concluded in March 2023 remains in force.",
         "2023-03"),
        # a part of the month, then its day; a cleft date
        ("The U.S.-Japan Critical Minerals Agreement was signed in late March 2023, on March 28.", "2023-03-28"),
        ("It was on March 28, 2023, that a Critical Minerals Agreement was signed by Japan and the United States.",
         "2023-03-28"),
    ],
)  # fmt: skip
def test_the_minerals_deal_dated_after_its_name_in_any_form(paragraph: str, date: str) -> None:
    """An acronym, a relative clause ('the two countries signed'), or 'of March 2023' after the name."""
    assert _read(paragraph)[CMA] == date


@pytest.mark.parametrize(
    "paragraph",
    [
        "The critical minerals agreement that China and Japan signed in March 2023 remains in force.",
        "The critical minerals agreement the two countries may sign in March 2027 would help Japan.",
    ],
)
def test_another_pair_or_a_possible_minerals_deal_is_not_dated(paragraph: str) -> None:
    """Another country's deal, or one that may be signed: no date."""
    assert CMA not in _read(paragraph)


def test_two_agreements_dated_before_another_deal_is_named() -> None:
    """'..., signed in 2019 and in force since 2020, and on the Critical Minerals Agreement of March 2023'."""
    read = _read(
        "U.S.-Japan trade also rests on the U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, "
        "signed in 2019 and in force since 2020, and on the Critical Minerals Agreement of March 2023."
    )
    assert read == {
        "agreements.usjta_signed": "2019",
        "agreements.usjta_in_force": "2020",
        "agreements.digital_trade_in_force": "2020",
        CMA: "2023-03",
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The 2020 U.S.-Japan Trade Agreement and the 2020 U.S.-Japan Digital Trade Agreement remain in effect.",
         {"agreements.usjta_in_force": "2020", "agreements.digital_trade_in_force": "2020"}),
        ("The 2020 U.S.-Japan Trade Agreement is still in force.", {"agreements.usjta_in_force": "2020"}),
        # a label year with nothing said of force
        ("The 2020 U.S.-Japan Trade Agreement was praised by farmers.", {}),
    ],
)  # fmt: skip
def test_a_label_year_dates_entry_into_force_only_while_in_force(paragraph: str, expected: dict[str, str]) -> None:
    """'The 2020 U.S.-Japan Trade Agreement ... remain in effect': the year it took effect."""
    assert _read(paragraph) == expected


def test_new_years_day_is_the_first_of_january() -> None:
    """'have applied since New Year's Day 2020' is January 1, 2020, for both agreements the sentence names; a New
    Year's Day with no agreement taking effect dates nothing."""
    read = _read(
        "The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were both signed in October 2019 "
        "and have applied since New Year's Day 2020."
    )
    assert read["agreements.usjta_in_force"] == read["agreements.digital_trade_in_force"] == "2020-01-01"
    trap = _read("The U.S.-Japan Trade Agreement was signed in October 2019; talks resumed on New Year's Day 2020.")
    assert "agreements.usjta_in_force" not in trap
