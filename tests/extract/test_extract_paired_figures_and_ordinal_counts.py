"""Figures paired 'respectively' with the places or years beside them, a verdict on growth before a colon listing its
figures, and a count told by the ordinal of the latest occasion. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, facts_in

QUAD = "diplomacy.quad_leader_meetings"
GROWTH = "economy.gdp_growth"


@pytest.mark.parametrize(
    ("body", "fact_id", "value"),
    [
        (
            "The two largest groups, roughly 4,000 and 2,700 Marines, are headed to Guam and Hawaii, respectively.",
            GUAM,
            (4000, "about"),
        ),
        ("Hawaii and Guam are to receive 2,700 and 4,000 of the Marines, respectively.", GUAM, (4000, "exact")),
        (
            "Guam and Hawaii are slated to absorb some 4,000 and 2,700 of the Marines, respectively.",
            GUAM,
            (4000, "about"),
        ),
        ("Official data put real GDP growth at 1.7% and 0.4% for 2021 and 2022, respectively.", GROWTH, None),
        ("Growth was lackluster before the shock: 0.4% in 2021 and 0.9% in 2022.", GROWTH, None),
        ("In May the Quad held its fourth leaders' summit, in Tokyo.", QUAD, (4, "exact")),
        (
            "Biden met the other Quad leaders in Tokyo, the fourth time they have gathered at that level.",
            QUAD,
            (4, "exact"),
        ),
    ],
)
def test_paired_and_ordinal_figures(body: str, fact_id: str, value: tuple[object, object] | None) -> None:
    """Each wording states the fact; a growth table's years come from the pairing or the list after the colon."""
    got = facts_in(body)[fact_id]
    if fact_id == GROWTH:
        assert got[0] in ({"2021": 1.7, "2022": 0.4}, {"2021": 0.4, "2022": 0.9})
    else:
        assert got == value


@pytest.mark.parametrize(
    "body",
    [
        "Hawaii and Guam are to receive 4,000 and 2,700 of the Marines, respectively.",
        "India is to host the Quad's fifth leaders' summit next year.",
        "The Quad's sixth leaders' summit is set for 2032 in India.",
        "The Quad's sixth leaders' summit, in New Delhi in 2032, will follow.",
        "Quad foreign ministers held their sixth meeting in Tokyo.",
        "Inflation was stubborn: 3.2% in 2023 and 2.7% in 2024.",
    ],
)
def test_traps_give_no_such_value(body: str) -> None:
    """Hawaii's figure is not Guam's; a summit ahead or a ministers' meeting counts no leaders' summit held; another
    measure's list is not growth's."""
    facts = facts_in(body)
    assert facts.get(GUAM) != (4000, "exact")
    assert QUAD not in facts
    assert GROWTH not in facts
