"""Japan's place among U.S. trading partners is not read from a place for a part of a year ('in the first half of
2026', 'in the first quarter'), nor from one supposed against the facts ('would have ranked fourth'), in the hand rule
and the declarations alike: the flows' phrase part_year. A year's place still reads."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

RANK = "trade.overall_partner_rank"


@pytest.mark.parametrize(
    ("body", "brief"),
    [
        ("Japan was the fifth-largest U.S. trading partner in the first half of 2026.", "IF10199"),
        ("Japan ranked sixth among U.S. trading partners in the first quarter of 2026.", "IF11120"),
        ("Without the tariffs, Japan would have ranked fourth among U.S. trading partners in 2025.", "IF10199"),
    ],
)
def test_a_part_s_place_reads_no_overall_rank(body: str, brief: str) -> None:
    assert RANK not in facts_in(body, brief)


@pytest.mark.parametrize(
    ("body", "brief", "value"),
    [
        ("Japan was the fifth-largest U.S. trading partner in 2025.", "IF10199", 5),
        (
            "Measured by trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2025.",
            "IF11120",
            6,
        ),
        ("Japan, the fifth-largest U.S. trading partner, bought $80 billion of U.S. goods in 2025.", "IF10199", 5),
    ],
)
def test_a_year_s_place_in_total_trade_still_reads(body: str, brief: str, value: int) -> None:
    got = facts_in(body, brief).get(RANK)
    assert (got[0] if got else None) == value
