"""Japan's emissions pledge read beside words of another country or another year: a U.S. exit from the Paris accord
named in an aside, the United States named as what Japan is like, and a longer-term aim in the same sentence ('and
to reaching net zero by 2050', 'alongside an 80% cut by 2050'). The United States' own pledge and a pledge for 2050
are not the 2030 target.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EMISSIONS = "economy.emissions_cut_target"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("After a U.S. exit from the Paris accord, Japan kept its pledge to cut emissions 26% by FY2030.", 26),
        ("Japan, like the United States, has pledged a 46% reduction in greenhouse gas emissions by 2030.", 46),
        ("Its pledge was resubmitted: a 26% cut in emissions by 2030, alongside an 80% cut by 2050.", 26),
        ("Japan has committed to cutting emissions by 46% by FY2030 and to carbon neutrality by 2050.", 46),
        ("Tokyo aims to lower its emissions 46% by FY2030, and to reach net zero by 2050.", 46),
    ],
)
def test_japans_2030_pledge_is_read_beside_another_country_or_year(body: str, value: int) -> None:
    """The 2030 cut is read; the aside on the United States or the 2050 aim does not hide it."""
    assert facts_in(f"Japan's cabinet met in March. {body}")[EMISSIONS] == (value, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "The United States has pledged to cut its emissions 50% by 2030.",
        "The U.S. target, a 52% cut in emissions by 2030, is steeper than Japan's.",
        "America's goal is to cut emissions 50% by 2030.",
        "Japan aims to cut emissions 80% by 2050.",
    ],
)
def test_the_united_states_pledge_or_a_2050_aim_is_not_the_target(body: str) -> None:
    """Another country's pledge and a pledge for 2050 are not Japan's 2030 target."""
    assert EMISSIONS not in facts_in(body)
