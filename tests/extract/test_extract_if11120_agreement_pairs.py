"""IF11120's agreement dates when the sentence names the pair by a common noun, or a list item names it and the
next sentence dates it.

Each class has its own test: 'signed both texts on <day>, and each took effect on the first day of <year>' after
a sentence on the agreements; 'Neither ..., and each entered into force'; '...; both came into effect at the start of
<year>, on January 1'; a list item's name then 'Signed <day>, and in force since <day>.'; the Critical Minerals
Agreement 'which Japan and the United States signed in <month>'.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2023\n\n"
ANCHOR = "\n\n## Leaders\n\nPresident Joe Biden met Prime Minister Kishida Fumio.\n"
SIGNED, IN_FORCE, DIGITAL = "agreements.usjta_signed", "agreements.usjta_in_force", "agreements.digital_trade_in_force"
CMA = "agreements.critical_minerals_signed"


def _values(body: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + "## Agreements\n\n" + body + ANCHOR, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "body",
    [
        "Talks on the agreements began in the spring of 2019. Delegates of the two governments signed both texts on "
        "October 7, 2019, and each took effect on the first day of 2020.",
        "The U.S.-Japan Trade Agreement (USJTA) was signed on October 7, 2019, along with the U.S.-Japan Digital Trade "
        "Agreement. Neither was put to a vote in Congress, and each entered into force on the first day of 2020.",
        "Both U.S.-Japan trade agreements were signed on October 7, 2019. The Diet approved them on December 4, 2019, "
        "and neither needed a vote in Congress; both came into effect at the start of 2020, on January 1.",
        "The U.S.-Japan Trade Agreement (USJTA), signed on October 7, 2019, cut tariffs on farm goods. The U.S.-Japan "
        "Digital Trade Agreement set rules on data flows. Both took effect on January 1, 2020.",
        "The leaders announced a U.S.-Japan Trade Agreement and a U.S.-Japan Digital Trade Agreement on September 25, "
        "2019. Their envoys signed both texts on October 7 that year, and both took effect on January 1 of the "
        "following year.",
    ],
)
def test_the_pair_named_by_a_common_noun_takes_the_agreements_before(body: str) -> None:
    """'both texts', 'Neither ..., and each', '...; both came into effect at the start of 2020, on January 1': the
    agreements of the sentence before, in force on January 1, 2020."""
    values = _values(body)
    assert values[IN_FORCE] == values[DIGITAL] == "2020-01-01"
    assert values[SIGNED] == "2019-10-07"


def test_both_texts_after_another_deal_are_not_the_agreements() -> None:
    """'both texts' after a sentence on the CPTPP: another deal's dates, not read."""
    values = _values(
        "Japan pressed for the CPTPP and its side letters. Delegates signed both texts on March 8, 2018, and each took "
        "effect on the first day of 2019."
    )
    assert IN_FORCE not in values
    assert SIGNED not in values


def test_a_list_items_name_then_its_dates() -> None:
    """'- U.S.-Japan Trade Agreement (USJTA). Signed October 7, 2019, and in force since January 1, 2020.', '-
    U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023.': each its own dates."""
    values = _values(
        "Two agreements are in force:\n\n"
        "- U.S.-Japan Trade Agreement (USJTA). Signed October 7, 2019, and in force since January 1, 2020. It cut "
        "tariffs on farm goods.\n"
        "- U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023. It bars export duties on minerals."
    )
    assert values[SIGNED] == "2019-10-07"
    assert values[IN_FORCE] == "2020-01-01"
    assert values[CMA] == "2023-03-28"


def test_a_signed_item_after_a_long_sentence_takes_no_name_from_it() -> None:
    """'Signed October 7, 2019.' after a whole sentence that names the USJTA among other things: not a list item."""
    values = _values(
        "Japan and the United States have argued for years about how the U.S.-Japan Trade Agreement treats autos, "
        "rice, and beef. Signed October 9, 2019, by some accounts."
    )
    assert SIGNED not in values


def test_the_critical_minerals_agreement_which_the_two_countries_signed() -> None:
    """'The Critical Minerals Agreement, which Japan and the United States signed in March 2023, ...': March 2023."""
    values = _values(
        "The Critical Minerals Agreement, which Japan and the United States signed in March 2023, is unaffected."
    )
    assert values[CMA] == "2023-03"


@pytest.mark.parametrize(
    ("body", "signed"),
    [
        (
            "The Critical Minerals Agreement (CMA), which U.S. Trade Representative Jane Roe and Japan's envoy, Sato "
            "Ken, signed in Tokyo on March 28, 2023, bars export duties on nickel.",
            "2023-03-28",
        ),
        (
            "Japan and the United States share a Critical Minerals Agreement that their trade ministers signed on "
            "March 28, 2023.",
            "2023-03-28",
        ),
        (
            "The Critical Minerals Agreement, which negotiators hope to sign in 2024, would count Japan as a partner.",
            None,
        ),
    ],
)
def test_a_relative_clause_of_any_signers_dates_the_cma(body: str, signed: str | None) -> None:
    """'..., which <any signers> signed on <day>,': the agreement's signing; one only hoped for is none."""
    assert _values(body).get(CMA) == signed
