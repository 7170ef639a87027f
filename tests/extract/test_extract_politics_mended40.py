"""Readings of the politics39 merge narrowed to what a careful reader takes (round twenty-eight of issue #18).

A giving verb after 'and' is Japan's only when Japan alone opens the sentence as its subject, and not of a past
year; a sentence opening 'It' carries Japan's aid to Ukraine only when 'It' gives, Japan named before as no
possession, and nothing after the aid sends it elsewhere or makes it a condition; 'Their ... include' is a joint
total, and a part to another recipient is not Ukraine's; a later budget's month keeps its own year, or the earlier
budget's; 'a third' is a fraction, and a 'second' of another noun, or one not yet enacted, is no budget; a chamber's
share keeps the words that cancel or qualify it past ', so'; Japan 'one of N original' counts IPEF only when no
other group is named or the noun is not narrowed; 'in the fiscal year of' and another economy's year are no
calendar growth of Japan's.

Every sentence is from the review of politics39 or invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extract.traps import ANCHOR, IPEF, TITLE, UPPER, facts_in
from usjapan_facts.extract import extract_snapshot

AID = "diplomacy.ukraine_humanitarian_aid"
MONEY = "diplomacy.ukraine_financial_support"
GROWTH = "economy.gdp_growth"
BUDGET = "economy.supplementary_budget"
LOWER = "politics.lower_house_coalition_share"


def _fact(body: str, fact: str) -> Any:
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    return extract_snapshot(text, brief="IF10199", updated=dt.date(2026, 6, 1)).snapshot.facts.get(fact)


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        # 1: 'and pledged' of another subject, a joint one, or a past year's pledge.
        (
            "Japan has joined G7 sanctions, while Germany has frozen Russian assets and pledged $600 million in loans "
            "to Kyiv.",
            MONEY,
        ),
        ("Unlike Japan, Canada has joined the sanctions and pledged $600 million in loans to Kyiv.", MONEY),
        (
            "With Japan's backing, the EU has frozen Russian assets and pledged $5 billion in financial support to "
            "Ukraine.",
            MONEY,
        ),
        (
            "Tokyo has welcomed the package the European Union approved and pledged $50 billion in financial support "
            "to Ukraine.",
            MONEY,
        ),
        ("Japan and Canada have joined G7 sanctions and pledged $600 million in loans to Kyiv.", MONEY),
        ("Japan has joined G7 sanctions and pledged $600 million in loans to Kyiv in 2014.", MONEY),
        # 2: 'It' not Japan giving, or the aid sent elsewhere, or a condition.
        (
            "Ukraine has asked Japan for more help. It has also received humanitarian aid of about $300 million from "
            "the EU.",
            AID,
        ),
        (
            "Ukraine has sought help from Tokyo. It has also been offered humanitarian aid of about $300 million "
            "by the EU.",
            AID,
        ),
        (
            "Japan has imposed sanctions on Russia over its invasion of Ukraine. It has also offered humanitarian aid "
            "of about $300 million to displaced Syrians.",
            AID,
        ),
        (
            "Japan has imposed sanctions on Russia over its invasion of Ukraine. It has also offered humanitarian aid "
            "of about $300 million after the Noto earthquake.",
            AID,
        ),
        (
            "Japan condemned Russia's invasion of Ukraine. It has also offered humanitarian aid of about $300 million "
            "to refugees across the Middle East.",
            AID,
        ),
        (
            "Japan hosted Ukraine's president in 2023. It has also offered humanitarian aid of about $300 million to "
            "the wider region.",
            AID,
        ),
        (
            "The war in Ukraine has strained Japan's budget. It has also offered humanitarian aid of about $300 "
            "million to countries hit by food shortages.",
            AID,
        ),
        (
            "Japan condemned Russia's invasion of Ukraine. It has also promised humanitarian aid of about $300 million "
            "if a ceasefire holds.",
            AID,
        ),
        (
            "Japan condemned Russia's invasion of Ukraine. It has also provided budget support of about $3 billion, "
            "and the World Bank, humanitarian aid of about $300 million.",
            AID,
        ),
        # 3: a joint total, a part to another recipient.
        (
            "Japan and South Korea have both pledged aid to Ukraine. Their packages include $3 billion in financial "
            "support.",
            MONEY,
        ),
        (
            "Japan pledged $12 billion to Ukraine in 2024. Its pledges include $5.5 billion in financial support and "
            "$1.2 billion in humanitarian aid to Gaza.",
            AID,
        ),
        # 4 and 5: a past year's budget, another noun left out, a fraction, a budget not yet enacted.
        (
            "The December supplementary budget paid for energy subsidies, and a second, of nearly $20 billion, was "
            "passed in May 2009 during the financial crisis.",
            BUDGET,
        ),
        (
            "The December supplementary budget included a first round of cash handouts; a second, of about $20 "
            "billion, was approved in May.",
            BUDGET,
        ),
        (
            "The supplementary budget passed in December funded subsidies; a second, of nearly $20 billion, was passed "
            "by the lower house in May but awaits the upper house.",
            BUDGET,
        ),
        # 6: a hypothetical share past ', so'.
        (
            "In the lower house, the coalition would hold 52% of the seats, so Takaichi could pass bills, if Ishin "
            "joined it.",
            LOWER,
        ),
        # 7: another group's count, or a narrowed one.
        ("Japan joined IPEF in 2022 after leading the CPTPP, one of 11 original signatories.", IPEF),
        ("Japan helped launch IPEF in 2022 and the Quad in 2007, one of four original members.", IPEF),
        ("Japan joined IPEF in May 2022, one of 3 original participants to ratify its supply chain pact.", IPEF),
        ("Japan joined IPEF at its May 2022 launch, one of 7 original participants from Asia.", IPEF),
        ("IPEF grew out of talks among the Quad. Japan was one of its four founding members.", IPEF),
        # 8: a fiscal year.
        ("Real GDP grew 0.9% in the fiscal year of 2024.", GROWTH),
        # another donor named first, Japan only as its backer
        (
            "Since Russia's invasion, the EU, with Japan's backing, has pledged $900 million in financial support to "
            "Kyiv.",
            MONEY,
        ),
    ],
)
def test_review_trap_stays_unread(body: str, fact: str) -> None:
    assert fact not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Japan pledged $12 billion to Ukraine in 2024. Its pledges include $5.5 billion in financial support and "
            "$1.2 billion in humanitarian aid to Gaza.",
            MONEY,
            5500000000,
        ),
        (
            "Since Russia's invasion of Ukraine, Japan has joined G7 sanctions and pledged $600 million in financial "
            "support to Kyiv.",
            MONEY,
            600000000,
        ),
        (
            "In the upper house, the coalition holds 58% of the seats, so opposition leaders claim, though official "
            "tallies show 47%.",
            UPPER,
            47,
        ),
        (
            "The economy grew 1.1% in 2025, compared with 2.6% in the recovery year of 2021 in the euro area.",
            GROWTH,
            {"2025": 1.1},
        ),
    ],
)
def test_review_trap_reads_the_right_value(body: str, fact: str, value: object) -> None:
    assert facts_in(body).get(fact, (None,))[0] == value


@pytest.mark.parametrize(
    ("body", "period"),
    [
        (
            "The December supplementary budget paid for energy subsidies; a second, of nearly $20 billion, was passed "
            "in May 2024.",
            "2024-05",
        ),
        (
            "The December 2023 supplementary budget paid for energy subsidies; a second, of nearly $20 billion, was "
            "passed in May.",
            "2024-05",
        ),
    ],
)
def test_later_budget_keeps_its_year(body: str, period: str) -> None:
    fact = _fact(body, BUDGET)
    assert fact is not None
    assert (fact.value, str(fact.period)) == (20000000000, period)
