"""IF11120's goods deficit told without a deficit word, as imports' excess over exports, read by the roles of the two
terms compared ('Goods imports, which fell ..., exceeded goods exports by $X', 'what Americans paid for Japanese goods
topped what Japanese buyers paid for American goods by $X'); a deficit 'widened to $X from $Y in 2021' (the figure of
the year after); and a table beside a bullet list in text whose two columns take turns line by line. Sentences
invented for the test, save the last one's page (fresh28's IC2, a tuning set)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _deficit(paragraph: str) -> tuple[Any, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    found = facts.get("trade.goods_deficit")
    return (found.value, found.period) if found else (None, None)


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (
            "Goods imports, which fell by about 4% as automakers cut shipments ahead of the auto tariff, exceeded "
            "goods exports by $65.3 billion in 2031.",
            (65_300_000_000, "2031"),
        ),
        (
            "In 2031, what Americans paid for Japanese goods topped what Japanese buyers paid for American goods by "
            "$71.4 billion.",
            (71_400_000_000, "2031"),
        ),
        (
            "In 2031, Japan's sales of merchandise to the United States outstripped U.S. merchandise sales to Japan "
            "by $58.2 billion.",
            (58_200_000_000, "2031"),
        ),
        ("The goods deficit widened to $67.9 billion from $60.2 billion in 2030.", (67_900_000_000, "2031")),
    ],
)
def test_the_deficit_told_as_an_excess_or_a_change_is_read(paragraph: str, read: tuple[Any, Any]) -> None:
    """Japan's sales exceeding the U.S. sales, both of goods, by the amount: the deficit."""
    assert _deficit(paragraph) == read


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, goods exports to Japan exceeded goods imports from it by $5.2 billion.",
        "In 2031, services imports from Japan exceeded services exports to it by $12.4 billion.",
        "In 2031, U.S. goods imports from China exceeded goods exports to China by $295.4 billion.",
        "In 2031, goods imports, which fell by about 4%, exceeded goods exports by some 12%.",
    ],
)
def test_a_surplus_a_services_gap_or_another_country_s_is_not_the_deficit(paragraph: str) -> None:
    """Traps: the other way round, services, China's flows, a share."""
    assert _deficit(paragraph) == (None, None)


PAGE = Path(__file__).resolve().parents[2] / "benchmarks" / "texts" / "fresh28" / "IC2-IF11120-2023-02.interleaved.txt"


@pytest.mark.skipif(not PAGE.exists(), reason="the benchmark page is not in this checkout")
def test_a_table_beside_a_bullet_list_keeps_its_rows_in_its_column() -> None:
    """'• the United States cut tariffs on some $1.6 billion of' / '2021  2022': a table's row of cells never goes on
    the other column's sentence, so the table's flows are read."""
    facts = extract_snapshot(PAGE.read_text(encoding="utf-8"), brief="IF11120").snapshot.facts
    read = {
        fact: facts[fact].value if fact in facts else None
        for fact in (
            "trade.us_goods_exports_to_japan",
            "trade.us_services_exports_to_japan",
            "trade.us_goods_imports_from_japan",
            "trade.us_services_imports_from_japan",
        )
    }
    assert read == {
        "trade.us_goods_exports_to_japan": 80_200_000_000,
        "trade.us_services_exports_to_japan": 39_900_000_000,
        "trade.us_goods_imports_from_japan": 148_100_000_000,
        "trade.us_services_imports_from_japan": 32_200_000_000,
    }
