"""Okinawa's shares in a table beside the rest of Japan: each row's Okinawa cell is Okinawa's share, the 'Rest of Japan'
column the complement's and never Okinawa's ('Exclusive-use acreage | about 70% | about 30%'); a bare fraction with a
table's mark of an estimate ('one-quarter (approx.)') is about that share, as is '25% (approx.)'. 'More than the rest
of Japan combined' is still Okinawa's.

Every sentence and table is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"


def shares_in(table: str, prose: str = "") -> dict[str, tuple[object, object]]:
    """The facts read from a brief's text dated June 2023 whose Okinawa section holds `table` (rows of Markdown)."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 1, 2023\n\n## Overview\n\nJapan is led by Prime Minister Kishida "
        f"Fumio.\n\n## Okinawa\n\nThe prefecture hosts much of the U.S. presence. {prose}\n\n"
        f"Table 2. Okinawa Beside the Rest of Japan\n\n{table}\n"
    )
    facts = extract_snapshot(text, updated=dt.date(2023, 6, 1)).snapshot.facts
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("table", "fact", "value"),
    [
        (
            "| Share of | Okinawa | Rest of Japan |\n| --- | --- | --- |\n| Land reserved for U.S. forces' exclusive "
            "use | about 70% | about 30% |\n| U.S. military personnel in Japan | over half | under half |",
            FACILITIES,
            (70, "about"),
        ),
        (
            "| Share of | Okinawa | Rest of Japan |\n| --- | --- | --- |\n| Land reserved for U.S. forces' exclusive "
            "use | about 70% | about 30% |\n| U.S. military personnel in Japan | over half | under half |",
            PERSONNEL,
            (50, "over"),
        ),
        (
            "| Measure | Okinawa |\n| --- | --- |\n| Share of USFJ facilities | one-quarter (approx.) |",
            FACILITIES,
            (25, "about"),
        ),
        (
            "| Measure | Okinawa |\n| --- | --- |\n| Share of USFJ facilities | 25% (approx.) |",
            FACILITIES,
            (25, "about"),
        ),
    ],
)
def test_okinawas_column_is_read_and_the_rest_of_japans_is_not(table: str, fact: str, value: tuple[int, str]) -> None:
    """Okinawa's cell gives the share, with a table's estimate mark as its hedge."""
    assert shares_in(table).get(fact) == value


def test_more_than_the_rest_of_japan_combined_is_okinawas() -> None:
    """'more U.S. personnel than the rest of Japan combined' is more than half, Okinawa's."""
    prose = "Okinawa houses more U.S. military personnel than the rest of Japan combined."
    assert shares_in("| Measure | Okinawa |\n| --- | --- |\n| Land area | 0.6% |", prose).get(PERSONNEL) == (50, "over")
