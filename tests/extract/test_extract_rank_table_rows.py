"""A place in a table of Japan's standing, read by its row's and column's roles: a rank row under a title naming
Japan, the current year's column read ('Rank as import source | 5 | 7': seventh); a rank column headed by a past year
beside the latest one is not read; a column counting the countries ahead ('Ranked above: 5') is one place more.

Every table is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL, EXPORT, IMPORT = "trade.overall_partner_rank", "trade.export_partner_rank", "trade.import_partner_rank"
FDI = "trade.fdi_source_rank"


def _ranks(body: str) -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body).items() if fact.endswith("_rank")}


def _table(title: str, header: str, *rows: str) -> str:
    line = "| " + " | ".join(["---"] * (header.count("|") - 1)) + " |"
    return f"\n\n## Trade\n\n{title}\n\n{header}\n{line}\n" + "".join(f"{row}\n" for row in rows)


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        (
            _table(
                "Table 2. Japan in U.S. Trade, 2024-2025",
                "| Flow or standing | 2024 | 2025 |",
                "| Exports to Japan, $bn | 127.0 | 131.0 |",
                "| Rank as export market | 6 | 5 |",
                "| Rank as import source | 5 | 7 |",
            ),
            {EXPORT: 5, IMPORT: 7},
        ),
        (
            _table(
                "Table 1. Japan Among U.S. Partners",
                "| Measure | Latest rank | Rank, 2019 |",
                "| Two-way trade, goods and services | 6th | 4th |",
            ),
            {OVERALL: 6},
        ),
        (
            _table(
                "Table 1. Japan in U.S. Trade and Investment, 2025 ($ billions)",
                "| Measure | Value | Ranked above |",
                "| Two-way trade | 330.0 | 5 |",
                "| Japan's FDI in the U.S. | 800.0 | 0 |",
            ),
            {OVERALL: 6, FDI: 1},
        ),
        # A past year's column, with the latest one empty, and a table of another country's standing give Japan
        # nothing.
        (
            _table(
                "Table 1. Japan Among U.S. Partners",
                "| Measure | Latest rank | Rank, 2019 |",
                "| Two-way trade, goods and services | n.a. | 4th |",
            ),
            {},
        ),
        (
            _table("Table 2. Canada in U.S. Trade", "| Flow | 2024 | 2025 |", "| Rank as export market | 1 | 1 |"),
            {},
        ),
    ],
)
def test_a_rank_row_of_a_table_of_japans_standing_is_read(body: str, ranks: dict[str, int]) -> None:
    assert _ranks(body) == ranks
