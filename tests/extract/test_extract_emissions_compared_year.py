"""The emissions pledge told as a comparison: the year after 'than' is the year it is measured from, never the year it
is due by ('will emit 40% less carbon than it did in FY2013'), and the year due may stand between the comparison's
words ('will be 40% lower in FY2030 than in FY2013').

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TARGET = "economy.emissions_cut_target"


@pytest.mark.parametrize(
    "body",
    [
        "Tokyo intends, by FY2030, to emit 40% less greenhouse gas than it did in FY2013.",
        "Under its climate pledge, Japan's greenhouse gas emissions in FY2030 are to be 40% lower than in FY2013.",
        "Japan's climate pledge holds that its emissions will be 40% lower in FY2030 than in FY2013.",
    ],
)
def test_the_year_compared_against_is_the_baseline(body: str) -> None:
    assert facts_in(body)[TARGET][0] == 40
