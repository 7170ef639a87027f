"""Abe's 2015 address to Congress recalled in the trade brief beside Kishida's of 2024, read as IF10199 reads it;
Kishida's own address is never Abe's. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of

COVER = "May 1, 2024"


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "On April 11, Kishida spoke to a joint meeting of Congress, the first Japanese leader to do so since Abe"
            " Shinzo's address in April 2015.",
            "2015-04",
        ),
        (
            "Kishida addressed a joint meeting of Congress on April 11; the last Japanese leader to do so, Abe Shinzo,"
            " had spoken there in 2015.",
            "2015",
        ),
    ],
)
def test_abes_address_recalled_in_the_trade_brief_is_read(paragraph: str, date: str) -> None:
    """The trade brief's 2024 versions recall Abe's address: its month or year, never Kishida's day."""
    assert events_of(paragraph, COVER).get("abe_address_to_congress") == date


def test_kishidas_own_address_is_not_abes() -> None:
    """Another leader's address, Abe unnamed, is no event of the record."""
    assert "abe_address_to_congress" not in events_of(
        "Kishida addressed a joint meeting of Congress on April 11.", COVER
    )
