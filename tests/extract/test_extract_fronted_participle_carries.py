"""A sentence whose subject points back after a fronted participle, an irregular one too ('Spread evenly, that amounts
to ...', 'Split over the years, that comes to ...'), takes its subject from the sentence before: the yearly payment of
the host-nation support that sentence gives in total.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PER_YEAR = "alliance.host_nation_support_per_year"


@pytest.mark.parametrize(
    "body",
    [
        "Japan's host-nation support under the current Special Measures Agreement totals ¥1.1 trillion over five"
        " years. "
        "Spread evenly, that amounts to roughly $1.6 billion a year.",
        "Japan's host-nation support under the current Special Measures Agreement totals ¥1.1 trillion over five"
        " years. "
        "Split over the five years, that comes to roughly $1.6 billion annually.",
    ],
)
def test_a_fronted_participle_keeps_the_subject_carried(body: str) -> None:
    assert facts_in(body)[PER_YEAR] == (1600000000, "about")
