"""Diplomacy facts in more wordings: Quad leaders who 'have convened twice' or whose 'summits now number six'; aid to
Ukraine after its kind's name ('financial support accounts for about $5.5 billion and humanitarian aid for some $1.3
billion'), in words ('five and a half billion dollars'), 'emergency humanitarian assistance', 'loans', 'It' for
Japan named the sentence before, a gift 'pledged to Ukraine by Tokyo', beside 'in-kind aid' (no seam of two
columns); IPEF's founders counted with Japan ('whose 14 founding members include Japan') or without it ('apart from
Japan, its founders numbered 13'). Another donor's aid, ministers' meetings and a count naming no Japan are not
read.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import IPEF, facts_in

QUAD = "diplomacy.quad_leader_meetings"
AID = "diplomacy.ukraine_humanitarian_aid"
FINANCE = "diplomacy.ukraine_financial_support"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quad leaders have convened twice, by video in March and in person in September.", {QUAD: (2, "exact")}),
        ("Quad leaders' summits now number six; India is to host the next.", {QUAD: (6, "exact")}),
        ("There have been six Quad leaders' meetings.", {QUAD: (6, "exact")}),
        ("The sixth Quad leaders' summit took place in Tokyo in May 2026.", {QUAD: (6, "exact")}),
        (
            "Of the roughly $12 billion Tokyo has pledged to Ukraine, financial support accounts for about $5.5 "
            "billion and humanitarian aid for some $1.3 billion.",
            {FINANCE: (5500000000, "about"), AID: (1300000000, "about")},
        ),
        (
            "Tokyo has committed five and a half billion dollars in financial support to Ukraine.",
            {FINANCE: (5500000000, "exact")},
        ),
        (
            "Japan condemned the invasion. It has offered $200 million in emergency humanitarian assistance for "
            "Ukrainians and $100 million in loans to Kyiv.",
            {AID: (200000000, "exact"), FINANCE: (100000000, "exact")},
        ),
        (
            "Japan has sent $1.1 billion in humanitarian and recovery assistance to Ukraine, with the rest in in-kind "
            "aid.",
            {AID: (1100000000, "exact")},
        ),
        (
            "Sanctions were coordinated with the G7, and $5.5 billion in financial support has been pledged to Ukraine "
            "by Tokyo.",
            {FINANCE: (5500000000, "exact")},
        ),
        ("IPEF, whose 14 founding members include Japan, was launched in May 2022.", {IPEF: (13, "exact")}),
        ("Japan joined IPEF at its launch: apart from Japan, its founders numbered 13.", {IPEF: (13, "exact")}),
    ],
)
def test_diplomacy_facts_are_read_in_more_wordings(body: str, expected: dict[str, tuple[int, str]]) -> None:
    """Each count or amount is read with its hedge, and no other from the same words."""
    facts = facts_in(body)
    assert {key: facts[key] for key in (QUAD, AID, FINANCE, IPEF) if key in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Poland condemned the invasion. It has offered $200 million in humanitarian aid to Ukraine.",
        "The G7 pledged $20 billion in financial support to Ukraine, and $1 billion in humanitarian aid was given to "
        "Kyiv by Canada.",
        "Some $1 billion in humanitarian aid was pledged to Ukraine by Tokyo's G7 partners.",
        "Quad foreign ministers' meetings now number nine.",
        "The seventh Quad leaders' summit will take place in India in 2027.",
        "IPEF, whose 14 founding members include India, was launched in 2022.",
    ],
)
def test_another_donor_ministers_or_a_count_without_japan_is_not_read(body: str) -> None:
    """'It' after Poland is Poland, ministers' meetings are not the leaders', and a count naming India, not Japan, is
    not IPEF's partners besides Japan."""
    assert not {QUAD, AID, FINANCE, IPEF} & facts_in(body).keys()
