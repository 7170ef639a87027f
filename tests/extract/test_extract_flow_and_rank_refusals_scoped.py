"""The refusals of a flow's or Japan's rank's figure (a share of a flow, a supposition, real terms, something left out,
a part of a year) hold only where they bear on the figure itself: a share of all U.S. trade restated as Japan's flow,
a guess or a modal perfect in another clause, a real-terms change beside a nominal figure, an empty exclusion, and a
part of a year said of something else or beside a whole year all leave the figure read as before."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GOODS_IMPORTS = "trade.us_goods_imports_from_japan"
GOODS_EXPORTS = "trade.us_goods_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"
EXPORTS = "trade.us_exports_to_japan"
DEFICIT = "trade.goods_deficit"
RANK = "trade.overall_partner_rank"


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
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        (
            "Economists think the tariffs may have held down U.S. goods imports from Japan, which came to $147 billion "
            "in 2025.",
            "IF11120",
            GOODS_IMPORTS,
            147e9,
        ),
        (
            "U.S. goods imports from Japan, which might have dropped more, were $146 billion in 2025.",
            "IF11120",
            GOODS_IMPORTS,
            146e9,
        ),
        (
            "U.S. goods exports to Japan, which should have gained from the deal, were $79 billion in 2025.",
            "IF11120",
            GOODS_EXPORTS,
            79e9,
        ),
        (
            "Had Tokyo refused the deal, U.S. goods imports from Japan would have faced higher duties; they came to "
            "$147 billion in 2025.",
            "IF11120",
            GOODS_IMPORTS,
            147e9,
        ),
    ],
)
def test_a_modal_perfect_that_does_not_govern_the_figure_leaves_it_read(
    body: str, brief: str, fact: str, value: float
) -> None:
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value


@pytest.mark.parametrize(
    ("body", "brief", "fact", "value"),
    [
        (
            "U.S. goods exports to Japan came to $79 billion in 2025, up 2% adjusted for inflation.",
            "IF11120",
            GOODS_EXPORTS,
            79e9,
        ),
        (
            "U.S. goods exports to Japan were $81 billion in 2025, in real terms roughly the same as in 2014.",
            "IF11120",
            GOODS_EXPORTS,
            81e9,
        ),
        (
            "U.S. goods exports to Japan came to $79 billion in 2025, with no exception except for beef.",
            "IF11120",
            GOODS_EXPORTS,
            79e9,
        ),
        ("The U.S. goods deficit with Japan was $67 billion in 2025, net of nothing.", "IF11120", DEFICIT, 67e9),
    ],
)
def test_a_real_terms_change_or_an_empty_exclusion_leaves_the_figure_read(
    body: str, brief: str, fact: str, value: float
) -> None:
    got = facts_in(body, brief).get(fact)
    assert (got[0] if got else None) == value


@pytest.mark.parametrize(
    ("body", "brief"),
    [
        (
            "Japan, the fifth-largest U.S. trading partner in 2025, saw its imports drop in the first half of 2026.",
            "IF10199",
        ),
        ("Japan ranked fifth among U.S. trading partners in 2025 and again in the first half of 2026.", "IF11120"),
    ],
)
def test_a_part_of_a_year_outside_the_rank_s_own_period_leaves_the_rank_read(body: str, brief: str) -> None:
    got = facts_in(body, brief).get(RANK)
    assert (got[0] if got else None) == 5


@pytest.mark.parametrize(
    ("body", "brief", "fact"),
    [
        (
            "Had the yen held, U.S. goods exports to Japan would have reached $91 billion in 2025.",
            "IF11120",
            GOODS_EXPORTS,
        ),
        (
            "U.S. goods exports to Japan could have been $87 billion in 2025 with a weaker dollar.",
            "IF11120",
            GOODS_EXPORTS,
        ),
    ],
)
def test_a_modal_perfect_that_governs_the_figure_still_refuses_it(body: str, brief: str, fact: str) -> None:
    assert fact not in facts_in(body, brief)
