"""A trade rank said as a place ('the fifth-place U.S. partner', 'sat two rungs lower, in sixth place'), after the
measure it is counted by ('Counting goods and services, it ranked seventh'), as second 'outside China' (never 'outside
Asia'), and beside countries named only as those ahead of Japan ('with Vietnam and Taiwan among those ahead of
it')."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL, IMPORTS = "trade.overall_partner_rank", "trade.import_partner_rank"
TREASURIES = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "Japan's standing among U.S. partners has slipped: counting goods and services, it ranked seventh in 2025.",
            OVERALL,
            (7, "exact"),
        ),
        ("As a source of U.S. imports, Japan sat two rungs lower, in sixth place.", IMPORTS, (6, "exact")),
        (
            "Japan bought $80 billion of U.S. exports in 2025; as a supplier, it slipped to eighth, with Vietnam and "
            "Taiwan among those ahead of it.",
            IMPORTS,
            (8, "exact"),
        ),
        ("Japanese holdings of U.S. Treasury securities are the largest outside China.", TREASURIES, (2, "exact")),
        ("Japanese holdings of U.S. Treasury securities are the largest outside Asia.", TREASURIES, None),
    ],
)
def test_a_rank_said_as_a_place_or_by_those_around_it_is_read(
    body: str, fact: str, value: tuple[int, str] | None
) -> None:
    """The rank a place, a comparison or an exception says is Japan's; a region's or another country's is not."""
    assert facts_in(body).get(fact) == value
