"""The refusals of a flow's figure (a share of the flow, something left out of it) hold only where they bear on the
figure itself: a share of all U.S. trade restated as Japan's flow and an empty exclusion leave the figure read. A
real-terms aside about something else, a supposed figure compared with the actual one, and Japan's partner rank for
part of a year all read as they always have: those refusals were tried and taken out."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"
DEFICIT = "trade.goods_deficit"
RANK = "trade.overall_partner_rank"


def _value(body: str, brief: str, fact: str) -> float | None:
    got = facts_in(body, brief).get(fact)
    return got[0] if got else None


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        ("Japan bought roughly 4% of U.S. goods exports in 2024, about $81 billion.", "IF11120", GOODS_EXPORTS, 81e9),
        ("Exports to Japan, some 4% of the U.S. total, came to $79 billion in 2025.", "IF11120", EXPORTS, 79e9),
        ("Japan made up 5% of U.S. goods imports in 2025, or $147 billion.", "IF10199", IMPORTS, 147e9),
        ("Japan provided 5% of U.S. goods imports in 2025, roughly $146 billion.", "IF11120", GOODS_IMPORTS, 146e9),
    ],
)
def test_a_percent_of_all_us_trade_restated_as_japan_s_flow_still_reads(
    body: str, brief: str, fact: str, value: float
) -> None:
    assert _value(body, brief, fact) == value


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        (
            "U.S. goods exports to Japan came to $79 billion in 2025, with no exception except for beef.",
            "IF11120",
            GOODS_EXPORTS,
            79e9,
        ),
        ("The U.S. goods deficit with Japan was $67 billion in 2025, net of nothing.", "IF11120", DEFICIT, 67e9),
    ],
)
def test_an_empty_exclusion_leaves_the_figure_read(body: str, brief: str, fact: str, value: float) -> None:
    assert _value(body, brief, fact) == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("U.S. goods exports to Japan, unchanged in real terms over ten years, stood at $83 billion in 2025.", 83e9),
        ("U.S. goods exports to Japan, lower in real terms, climbed to $83 billion in 2025.", 83e9),
        (
            "Adjusted for inflation, U.S. goods exports to Japan slipped in 2025, yet in nominal terms they grew to "
            "$83 billion.",
            83e9,
        ),
    ],
)
def test_a_real_terms_aside_about_something_else_leaves_the_nominal_figure_read(body: str, value: float) -> None:
    assert _value(body, "IF11120", GOODS_EXPORTS) == value


def test_a_supposed_figure_set_beside_the_actual_one_leaves_the_actual_read() -> None:
    body = (
        "U.S. goods imports from Japan came to $146 billion in 2025, below what they would have been at $158 billion "
        "with no tariffs."
    )
    assert _value(body, "IF11120", GOODS_IMPORTS) == 146e9


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
def test_a_rank_kept_in_part_of_a_year_as_in_the_whole_year_before_reads(brief: str) -> None:
    body = (
        "Japan stayed the fifth-largest U.S. trading partner in the first half of 2026, as it had been for all of 2025."
    )
    assert _value(body, brief, RANK) == 5
