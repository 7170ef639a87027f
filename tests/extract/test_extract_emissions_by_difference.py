"""Japan's 2030 emissions pledge stated by its difference from FY2013: 'to emit 30% fewer greenhouse gases in FY2030
than it did in FY2013', 'to be 46% below those of FY2013', 'the 46% reduction already pledged for FY2030' beside later
goals, under 'climate targets'. A cut achieved so far, or another country's pledge, is not the pledge.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TARGET = "economy.emissions_cut_target"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Under its Paris pledge, Japan aims to emit 30% fewer greenhouse gases in FY2030 than it did in FY2013.", 30),
        (
            "The cabinet adopted new climate targets: cuts of 60% by FY2035 from FY2013 levels, beyond the 46% "
            "reduction already pledged for FY2030.",
            46,
        ),
        ("Tokyo intends its greenhouse gas emissions in FY2030 to be 46% below those of FY2013.", 46),
    ],
)
def test_the_pledge_told_by_its_difference_is_read(body: str, value: int) -> None:
    """The pledged cut for 2030 is read."""
    assert facts_in(body)[TARGET][0] == value


@pytest.mark.parametrize(
    "body",
    [
        "Japan's emissions in FY2021 were 20% lower than in FY2013.",
        "South Korea aims to emit 40% less greenhouse gas in 2030 than it did in 2018.",
    ],
)
def test_a_cut_made_or_another_countrys_pledge_is_not_read(body: str) -> None:
    """A cut achieved, or another country's pledge, is not Japan's pledge."""
    assert TARGET not in facts_in(body)
