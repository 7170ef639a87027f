"""Japan's aid to Ukraine and its growth by year, read by roles.

The donor of an amount is the subject of the giving verb nearest before it ('Japan joined G7 sanctions, and it has
pledged ...' is Japan's, 'it' the sentence's first donor), or the one donor a sentence names as giver after its parts
('Humanitarian aid (about $1.3 billion) ... Japan has committed'); a kind of aid may give its amount in brackets or
through a verb that hedges it ('approaches'); a sentence naming the largest part of the total the one before gives is
of that total. A growth figure's year may stand between its verb and the figure ('After barely growing in 2024
(0.1%)'), or be told from the figure read before it ('the 1.0% growth of the year before'). Another donor's pledge
stays unread.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

AID = "diplomacy.ukraine_humanitarian_aid"
MONEY = "diplomacy.ukraine_financial_support"
GROWTH = "economy.gdp_growth"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan has backed G7 export controls on Russia, and it has committed $800 million in financial support for "
            "Ukraine's budget and about $400 million in humanitarian relief.",
            {MONEY: (800000000, "exact"), AID: (400000000, "about")},
        ),
        (
            "Financial support (roughly $6 billion) and humanitarian aid (over $1 billion) account for most of the $9 "
            "billion Tokyo has pledged to Kyiv.",
            {MONEY: (6000000000, "about"), AID: (1000000000, "over")},
        ),
        (
            "Japan's aid to Ukraine totals about $8 billion, most of it financial support; humanitarian aid approaches "
            "$1.2 billion.",
            {AID: (1200000000, "nearly")},
        ),
        (
            "Japan's pledges to Ukraine now come to some $10 billion. The biggest part, $7 billion in financial "
            "support, was pledged in 2024.",
            {MONEY: (7000000000, "exact")},
        ),
    ],
)
def test_japans_aid_by_roles(body: str, expected: dict[str, tuple[object, object]]) -> None:
    facts = facts_in(body)
    assert {key: facts.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Japan has joined the sanctions, and the European Union has pledged $2 billion in humanitarian aid to Ukraine.",
        "Germany has backed Japan's proposal, and it has committed $900 million in financial support for Ukraine.",
    ],
)
def test_another_donors_aid_is_not_read(body: str) -> None:
    facts = facts_in(body)
    assert AID not in facts
    assert MONEY not in facts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("After inching up in 2023 (0.2%), Japan's economy grew 1.4% in 2024.", {"2023": 0.2, "2024": 1.4}),
        (
            "Real GDP rose 1.3% in 2024, a pickup on the 0.5% growth of the year before.",
            {"2024": 1.3, "2023": 0.5},
        ),
        (
            "Output grew 1.1% in 2024, below the 1.6% rate of the year before, as exports slowed.",
            {"2024": 1.1, "2023": 1.6},
        ),
        ("The economy expanded 0.9% in 2025, half the 1.8% pace a year earlier.", {"2025": 0.9, "2024": 1.8}),
        ("Real GDP rose 0.4% in 2024, well under the 1.5% pace of the year before.", {"2024": 0.4, "2023": 1.5}),
        ("Growth reached 2.1% in 2023, just behind the 2.3% of 2022.", {"2023": 2.1, "2022": 2.3}),
    ],
)
def test_growth_years_by_roles(body: str, expected: dict[str, float]) -> None:
    assert facts_in(body)[GROWTH][0] == expected
