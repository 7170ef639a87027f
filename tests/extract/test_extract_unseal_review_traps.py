"""The review of the unsealed-texts mend (issue #18): readings broader than its tests, each a trap here. Another
agreement's month is not the SMA's; a possessive's flow to the world, to a third market, of a past year, of two
countries, or a flow-subject's purchases is no U.S. flow; a whole sentence with a figure reference, a place line
beside an author's role, a named author, or a noun after 'The' is no seam. Sentences the reviewer wrote."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from usjapan_facts.extract import ExtractError, extract_snapshot

ALLIANCE = (
    "# U.S.-Japan Relations\n\nUpdated December 1, 2025\n\n## Alliance\n\n"
    "Japan has been a U.S. treaty ally since 1952.\n\n"
)
TRADE = (
    "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated December 1, 2025\n\n## Trade\n\n"
    "The two countries signed the U.S.-Japan Trade Agreement in October 2019.\n\n"
)
SMA, TROOPS = "alliance.host_nation_support_agreement", "alliance.us_troops_in_japan"
GX, GM = "trade.us_goods_exports_to_japan", "trade.us_goods_imports_from_japan"


def _facts(body: str, brief: str) -> dict[str, Any]:
    head = ALLIANCE if brief == "IF10199" else TRADE
    try:
        facts = extract_snapshot(head + body + "\n", brief=brief, updated=datetime.date(2025, 12, 1)).snapshot.facts
    except ExtractError:
        return {}
    return {key: fact.value for key, fact in facts.items()}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Under the SMA concluded in January 2022, Japan agreed in March of this year to pay more for utilities.",
            "2022-01",
        ),
        (
            "Japan and the United States signed in January of last year an agreement to extend the current SMA by one "
            "year.",
            None,
        ),
        ("The new Special Measures Agreement on host-nation support was concluded in January of last year.", "2024-01"),
        ("The new Special Measures Agreement was not concluded in January of last year as planned.", None),
    ],
    ids=["another-deed-in-march", "extension-signed", "concluded-last-year", "not-concluded"],
)
def test_the_sma_month_is_its_own(body: str, expected: str | None) -> None:
    assert _facts(body, "IF10199").get(SMA) == expected


LEAD = "U.S. imports from Japan came to $148.2 billion in 2024. "


@pytest.mark.parametrize(
    "body",
    [
        LEAD + "Its goods purchases were worth $80 billion.",
        LEAD + "Its goods shipments to Europe were worth $100 billion.",
        LEAD + "Its goods shipments abroad were worth $700 billion.",
        "Japan is the world's fourth-largest economy. Its goods shipments were worth $700 billion in 2024.",
        "Japan is the world's fourth-largest exporter. Its goods shipments were worth $700 billion in 2024.",
        "U.S. imports from Japan and Korea came to $278 billion in 2024. "
        "Their goods shipments were worth $260 billion.",
        LEAD + "Its goods shipments were worth $138.2 billion in 2019.",
    ],
    ids=["purchases", "to-europe", "abroad", "economy", "exporter", "two-countries", "past-year"],
)
def test_a_possessive_flow_off_the_pair_is_not_read(body: str) -> None:
    facts = _facts(body, "IF11120")
    assert GX not in facts
    assert GM not in facts


def test_a_possessive_flow_of_the_lead_year_is_still_read() -> None:
    assert _facts(LEAD + "Its goods shipments were worth $138.2 billion in 2024.", "IF11120")[GM] == 138_200_000_000


@pytest.mark.parametrize(
    "reference", ["(Figures 1 and 2)", "(Table A-1)", "(Map below)", "(Figure below)", "(Charter of the alliance)"]
)
def test_a_whole_sentence_with_a_figure_reference_is_read(reference: str) -> None:
    assert _facts(f"Japan hosts about 54,000 U.S. troops {reference}.", "IF10199").get(TROOPS) == 54_000


@pytest.mark.parametrize("reference", ["(Figures 2 and 3)", "(Charts 2 and 3)", "(Figure and Table 1)", "(Table A-1)"])
def test_a_whole_flow_sentence_with_a_figure_reference_is_read(reference: str) -> None:
    assert _facts(f"U.S. goods exports to Japan were $80 billion in 2024 {reference}.", "IF11120").get(GX) == 80e9


def test_a_cut_figure_reference_still_cuts() -> None:
    assert TROOPS not in _facts("Japan hosts about 54,000 U.S. troops (Figure stic product growth).", "IF10199")


@pytest.mark.parametrize(
    "body",
    [
        "The United States stations about 54,000 troops in Japan.\n\nUnited States\nEmma Chanlett-Avery\n"
        "Specialist in Asian Affairs",
        "U.S. Forces Japan counts about 54,000 troops.\n\nU.S. Forces Japan\nSpecialist in Asian Affairs",
        "Japan hosts about 54,000 U.S. troops, according to Emma Chanlett-Avery.\n\nEmma Chanlett-Avery\n"
        "Specialist in Asian Affairs",
    ],
    ids=["place-line", "body-line", "named-author"],
)
def test_no_author_seam_in_a_whole_sentence(body: str) -> None:
    assert _facts(body, "IF10199").get(TROOPS) == 54_000


@pytest.mark.parametrize(
    "opening",
    [
        "The cut their government made to host-nation support in 2022 was small",
        "The need their coalition felt was great",
    ],
)
def test_a_noun_after_the_is_no_hanging_article(opening: str) -> None:
    assert _facts(f"{opening}; Japan hosts about 54,000 U.S. troops.", "IF10199").get(TROOPS) == 54_000


def test_a_hanging_article_still_cuts() -> None:
    assert TROOPS not in _facts("A lost their Upper House majority; Japan hosts about 54,000 U.S. troops.", "IF10199")
