"""IF11120's facts told in other words: a case name's 'v.', a deal dated by 'came on ..., when', a pledge 'for U.S.
projects', a rate 'levied' by the sentence after, a surcharge's end carried by 'this one', FDI as a 'position'."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.text import parse_markdown

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2026\n\n## Trade\n\n"
ANCHOR = "President Trump spoke with Prime Minister Ishiba. "
"""A sentence with a fact, so that the text yields a snapshot at all."""


def _snapshot(paragraph: str) -> Any:
    return extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot


def _value(paragraph: str, fact_id: str) -> object:
    fact = _snapshot(paragraph).facts.get(fact_id)
    return fact.model_dump(mode="json")["value"] if fact else None


def test_a_case_name_v_does_not_end_the_sentence() -> None:
    """'Acme Widgets, Inc. v. Trump': the ruling's sentence runs on past the case name to the IEEPA it ruled on."""
    paragraph = (
        "The tariff's footing collapsed on March 2, 2026, when the Supreme Court, hearing Acme Widgets, Inc. v. "
        "Trump, held that IEEPA grants no power to levy tariffs."
    )
    assert _value(paragraph, "tariffs.ieepa_ruling") == "2026-03-02"


@pytest.mark.parametrize(
    "paragraph",
    [
        'The turning point came on July 22, 2025, when the President announced a "huge Deal" with Japan.',
        "President Trump unveiled an accord with Japan on July 22, 2025, after months of talks.",
    ],
)
def test_a_deal_with_japan_announced_on_a_day_dates_the_framework(paragraph: str) -> None:
    """A deal with Japan by any name, announced on a day of 2025 or later: the framework's announcement."""
    assert _value(paragraph, "framework.announced") == "2025-07-22"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The turning point came on July 30, 2025, when the President announced a deal with South Korea.",
        "The turning point came on August 25, 2019, when the President announced a deal with Japan.",
    ],
)
def test_a_deal_with_another_country_or_of_2019_dates_no_framework(paragraph: str) -> None:
    assert _value(paragraph, "framework.announced") is None


def test_a_pledge_for_us_projects_in_words_is_read() -> None:
    paragraph = "Japan pledged four hundred twenty billion dollars for U.S. projects chosen by the President."
    assert _value(paragraph, "framework.investment_pledge") == 420_000_000_000


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan pledged $420 billion for projects in Vietnam.",
        "South Korea pledged $350 billion for U.S. projects.",
    ],
)
def test_a_pledge_elsewhere_or_by_another_country_is_not_read(paragraph: str) -> None:
    assert _value(paragraph, "framework.investment_pledge") is None


def test_a_rate_with_listed_adjectives_takes_its_authority_from_the_next_sentence() -> None:
    """'a single, all-in duty of 13%' then 'It is levied under IEEPA': the rate on most goods, and IEEPA's."""
    paragraph = "Most goods from Japan pay a single, all-in duty of 13%. It is levied under IEEPA since August 2025."
    assert _value(paragraph, "tariffs.us_tariff_most_imports") == 13
    assert _value(paragraph, "tariffs.ieepa_rate") == 13


def test_a_rate_levied_under_section_232_is_not_the_rate_on_most_goods() -> None:
    paragraph = "Most goods from Japan pay a flat, all-in duty of 12%. It is levied under Section 232 on cars."
    assert _value(paragraph, "tariffs.us_tariff_most_imports") is None


def test_japans_exports_to_the_united_states_charged_a_surcharge_is_the_rate_on_most_goods() -> None:
    paragraph = (
        "Since March 3, 2026, most of Japan's exports to the United States has been charged an 11% temporary "
        "import surcharge under Section 122."
    )
    assert _value(paragraph, "tariffs.us_tariff_most_imports") == 11


def test_a_rate_once_charged_until_a_past_year_is_not_current() -> None:
    paragraph = "Japan's exports to the United States were charged a 7% tariff under Section 122 until 2025."
    assert _value(paragraph, "tariffs.us_tariff_most_imports") is None


def _events(paragraph: str) -> dict[str, dict[str, Any]]:
    return {
        slug: event.model_dump(mode="json", include={"date", "status"})
        for slug, event in _snapshot(paragraph).events.items()
    }


def test_a_surcharge_carried_by_this_one_expires_on_its_day() -> None:
    paragraph = (
        "A Section 122 surcharge cannot last beyond 150 days unless Congress acts; barring that, this one "
        "expires on July 30, 2026."
    )
    assert _events(paragraph)["section122_surcharge_expired"] == {"date": "2026-07-30", "status": "upcoming"}


def test_something_else_expiring_beside_a_surcharge_is_not_its_end() -> None:
    paragraph = "A Section 122 surcharge may last 150 days; the waiver for rice expires on July 30, 2026."
    assert "section122_surcharge_expired" not in _events(paragraph)


def test_fdi_stocks_told_as_a_position_and_a_stake() -> None:
    """'the biggest foreign direct investor ...; Japan, with a position of $X, came next', then 'American companies'
    stake in Japan amounted to roughly a fifth of that, around $Y': both stocks, the year carried."""
    paragraph = (
        "Canada was the biggest foreign direct investor in the United States at the end of 2017; Japan, with a "
        "position of $470.2 billion, ranked behind it. American companies' stake in Japan amounted to roughly a "
        "fifth of that, around $95 billion."
    )
    assert _value(paragraph, "trade.japan_fdi_stock_in_us") == 470_200_000_000
    assert _value(paragraph, "trade.us_fdi_stock_in_japan") == 95_000_000_000


def test_a_stake_in_a_japanese_market_is_no_fdi_stock() -> None:
    paragraph = "American companies' stake in Japan's bond market amounted to about $95 billion in 2017."
    assert _value(paragraph, "trade.us_fdi_stock_in_japan") is None


def test_another_countrys_position_is_not_japans() -> None:
    paragraph = (
        "Canada was the biggest foreign direct investor in the United States at the end of 2017, with a position "
        "of $500.1 billion."
    )
    assert _value(paragraph, "trade.japan_fdi_stock_in_us") is None


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("Japan was the seventh-largest U.S. partner in goods and services trade in 2023.", 7),
        ("Japan ranked fifth among U.S. partners in total trade in 2023.", 5),
    ],
)
def test_a_partner_in_total_trade_is_the_overall_rank(paragraph: str, rank: int) -> None:
    assert _value(paragraph, "trade.overall_partner_rank") == rank


def test_a_partner_in_goods_trade_alone_is_no_overall_rank() -> None:
    assert (
        _value("Japan was the fifth-largest U.S. partner in goods trade in 2023.", "trade.overall_partner_rank") is None
    )


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    for sentence in parse_markdown(text).sentences:
        sections.setdefault(sentence.section, []).append(sentence.text)
    return sections


def test_a_heading_after_a_paragraphs_short_last_line_stands_apart() -> None:
    """Lines of a PDF with no blank line: 'early May.' ends a paragraph, 'Trade and Investment Links' is a heading, and
    its word 'Investment' does not rule out the overall rank the next sentence gives."""
    lines = [
        "The two leaders are to meet again at a summit in Ottawa in",
        "early May.",
        "Trade and Investment Links",
        "Japan stayed in fifth place among U.S. trading partners in",
        "2023, as it had been since 2019.",
    ]
    text = "\n".join(["# U.S.-Japan Trade Agreements and Tariff Negotiations", "", "Updated May 4, 2026", "", *lines])
    snapshot = extract_snapshot(text + "\n", brief="IF11120").snapshot
    assert any(sentence.startswith("Japan stayed") for sentence in _sections(text)["Trade and Investment Links"])
    assert snapshot.facts["trade.overall_partner_rank"].model_dump(mode="json")["value"] == 5


def test_the_biggest_stock_held_by_any_foreign_country_is_first() -> None:
    paragraph = (
        "Japan's stock of U.S. Treasury securities, about $1.1 trillion, is the largest owned by any foreign country."
    )
    assert _value(paragraph, "trade.treasury_holder_rank") == 1


def test_another_countrys_biggest_stock_is_not_japans_rank() -> None:
    paragraph = "Canada's stock of U.S. Treasury securities is the biggest held by any foreign country."
    assert _value(paragraph, "trade.treasury_holder_rank") is None


def test_an_agreement_concluded_with_a_signing_is_dated_by_it() -> None:
    paragraph = "The U.S.-Japan Critical Minerals Agreement was concluded with a signing in Tokyo on April 3, 2023."
    assert _value(paragraph, "agreements.critical_minerals_signed") == "2023-04-03"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The U.S.-Japan Critical Minerals Agreement is expected to be concluded with a signing on April 3, 2027.",
        "The U.S.-Korea Critical Minerals Agreement was concluded with a signing in Seoul on April 3, 2023.",
    ],
)
def test_a_signing_to_come_or_of_another_country_is_not_read(paragraph: str) -> None:
    assert _value(paragraph, "agreements.critical_minerals_signed") is None


def test_a_deficit_rank_that_fell_from_one_place_to_another_is_the_later() -> None:
    paragraph = "In 2025, Japan's place among U.S. bilateral goods deficits fell from sixth to ninth."
    assert _value(paragraph, "trade.goods_deficit_rank") == 9


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2025, Japan's place among U.S. bilateral services deficits fell from sixth to ninth.",
        "In 2025, Korea's place among U.S. bilateral goods deficits fell from sixth to ninth.",
    ],
)
def test_a_services_or_another_countrys_deficit_rank_is_not_read(paragraph: str) -> None:
    assert _value(paragraph, "trade.goods_deficit_rank") is None


def test_the_foremost_holder_is_first() -> None:
    paragraph = "Japan is the foremost foreign holder of U.S. Treasury securities, with about $1.0 trillion."
    assert _value(paragraph, "trade.treasury_holder_rank") == 1


def test_another_foremost_holder_is_not_japan() -> None:
    assert (
        _value("China is the foremost foreign holder of U.S. Treasury securities.", "trade.treasury_holder_rank")
        is None
    )


def test_the_minerals_agreement_by_its_full_name_is_dated() -> None:
    paragraph = (
        "The U.S.-Japan Agreement on Strengthening Critical Minerals Supply Chains was signed in Tokyo on April 3, "
        "2023, by the two trade ministers."
    )
    assert _value(paragraph, "agreements.critical_minerals_signed") == "2023-04-03"
