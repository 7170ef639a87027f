"""A rank whose roles are said around it rather than beside it: the ranked thing left unnamed and carried from the
sentence before, the set it is among said as 'with any partner', the place said to have stood unchanged, and a
clause about the year that rules nothing out.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
DEFICIT = "trade.goods_deficit_rank"


def _ranks(body: str, brief: str = "IF10199") -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body, brief).items() if fact.endswith("_rank")}


@pytest.mark.parametrize(
    ("body", "brief", "ranks"),
    [
        (
            "Japan's fourth-place standing among U.S. trading partners was unchanged in 2025, a year in which new "
            "tariffs cut trade in both directions.",
            "IF10199",
            {OVERALL: 4},
        ),
        (
            "Japan's standing among U.S. trading partners did not change in 2025, though: it held at number five "
            "(Table 1).",
            "IF10199",
            {OVERALL: 5},
        ),
        (
            "Japan bought more U.S. farm goods in 2025. Two-way trade in goods and services came to $330 billion, good "
            "for fifth place among U.S. partners.",
            "IF10199",
            {OVERALL: 5},
        ),
        (
            "The U.S. goods deficit with Japan came to $70 billion in 2025. The shortfall, at $70 billion, was the "
            "sixth-largest the United States ran with any trading partner that year.",
            "IF11120",
            {DEFICIT: 6},
        ),
        # The subject carried is another country's: nothing is Japan's.
        (
            "Canada bought more U.S. farm goods in 2025. Two-way trade in goods and services came to $330 billion, "
            "good for fifth place among U.S. partners.",
            "IF10199",
            {},
        ),
    ],
)
def test_a_rank_reads_its_roles_from_around_it(body: str, brief: str, ranks: dict[str, int]) -> None:
    assert _ranks(body, brief) == ranks
