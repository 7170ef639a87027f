"""Leaders, chambers, aid, IPEF and growth read by their roles where a subject or a date is carried or set aside.

A total parted by a plural ('Its pledges include'), a giving verb joined to its subject's first ('Japan has backed
G7 sanctions and pledged'), a donor and its recipient carried by 'It' from the sentence before; Japan counted 'one of
N original participants' in apposition, or of IPEF carried as 'its'; a growth figure in a relative clause of its year
('from 2024, when ... (0.1%)'); a chamber's share past a clause of its history, a consequence of another subject, or a
loss before the state now; a later budget of the kind named before ('; another, of about $15 billion, was
enacted'); a holder's aside with its brackets and a date's comma. Another donor, recipient, group or
former holder stays unread.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import IPEF, UPPER, facts_in

AID = "diplomacy.ukraine_humanitarian_aid"
MONEY = "diplomacy.ukraine_financial_support"
GROWTH = "economy.gdp_growth"
PM = "leaders.japan_prime_minister"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Tokyo has sent over $9 billion to Ukraine since 2022. Its commitments include $4.2 billion in budget "
            "support and about $1.1 billion for humanitarian needs.",
            MONEY,
            4200000000,
        ),
        (
            "Tokyo has sent over $9 billion to Ukraine since 2022. Its commitments include $4.2 billion in budget "
            "support and about $1.1 billion for humanitarian needs.",
            AID,
            1100000000,
        ),
        ("Japan has backed G7 price caps and committed $700 million in loans to Kyiv.", MONEY, 700000000),
        (
            "After the invasion of Ukraine, Japan froze Russian assets. It has also provided humanitarian assistance "
            "of roughly $250 million.",
            AID,
            250000000,
        ),
        (
            "Russia's invasion of Ukraine drew sanctions from Japan. It has since pledged humanitarian aid worth "
            "about $700 million.",
            AID,
            700000000,
        ),
        ("Japan signed on to IPEF when it opened in May 2022, one of fourteen charter members.", IPEF, 13),
        (
            "The Biden Administration unveiled IPEF in Tokyo in May 2022. Japan was among its 14 founding members.",
            IPEF,
            13,
        ),
        (
            "Output rose 0.8% in 2025, up from 2024, when the economy shrank (0.4%).",
            GROWTH,
            {"2025": 0.8, "2024": -0.4},
        ),
        (
            "After contracting 3.9% in the crisis year of 2020, real GDP grew 2.6% in 2021.",
            GROWTH,
            {"2020": -3.9, "2021": 2.6},
        ),
        (
            "In the House of Councillors, where the LDP and Komeito have kept control since the July 2019 election, "
            "the coalition holds about 55% of the seats.",
            UPPER,
            55,
        ),
        (
            "In the upper house, the coalition holds 47% of the seats, so every bill needs votes from the opposition.",
            UPPER,
            47,
        ),
        (
            "The LDP governs with Komeito. The upper house is a different story. There, the partners lost their "
            "majority in 2025 and still hold fewer than half of the seats, so laws need opposition votes to pass.",
            UPPER,
            50,
        ),
        (
            "The November supplementary budget paid for a relief package of fuel subsidies; a second, of about $15 "
            "billion, was enacted in April.",
            "economy.supplementary_budget",
            15000000000,
        ),
    ],
)
def test_read_by_carried_roles(body: str, fact: str, value: object) -> None:
    assert facts_in(body).get(fact, (None,))[0] == value


def test_holder_aside_with_brackets_and_a_date() -> None:
    body = (
        "Takaichi Sanae, elected leader of the Liberal Democratic Party (LDP) on October 4, 2025, became the "
        "country's 104th prime minister on October 21."
    )
    value = facts_in(body).get(PM, (None,))[0]
    assert (value.family, value.given) == ("Takaichi", "Sanae")


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("After the invasion of Ukraine, Japan froze Russian assets. It has also provided $80 million to Turkey.", AID),
        (
            "After the invasion of Ukraine, Japan froze Russian assets. It has also provided humanitarian aid of "
            "$80 million to the Philippines.",
            AID,
        ),
        ("Canada has backed G7 price caps and committed $700 million in loans to Kyiv.", MONEY),
        (
            "Since the invasion, the European Union has pledged $5 billion to Ukraine. It has also provided "
            "humanitarian assistance of roughly $250 million.",
            AID,
        ),
        ("The United States launched IPEF in May 2022. Japan was one of its three largest trading partners.", IPEF),
        (
            "The supplementary budget passed in March funded fuel subsidies; a second, of about $15 billion, is "
            "expected in December.",
            "economy.supplementary_budget",
        ),
        ("Vietnam joined IPEF at its launch, one of 14 original participants.", IPEF),
        (
            "Ishiba Shigeru, chosen leader of the Liberal Democratic Party (LDP) on September 27, 2024, was prime "
            "minister until October 2025.",
            PM,
        ),
    ],
)
def test_another_or_former_stays_unread(body: str, fact: str) -> None:
    assert fact not in facts_in(body)
