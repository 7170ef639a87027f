"""The LDP's leadership vote dated by the day a timeline entry or sentence opens with, or that follows the win ('-
September 14, 2030: LDP lawmakers hand the party presidency to Kato', 'Kato became LDP president on September 29,
2030'); never a day that may be another deed's ('..., who had become LDP president, took office as prime minister')."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "- September 14, 2030: LDP lawmakers hand the party presidency to Kato; the Diet names him prime minister "
            "two days later.",
            {"date": "2030-09-14", "status": "held"},
        ),
        ("Kato became LDP president on September 29, 2030.", {"date": "2030-09-29", "status": "held"}),
        (
            "Kato became LDP president on September 29, 2030, and prime minister on October 2.",
            {"date": "2030-09-29", "status": "held"},
        ),
        ("On October 4, 2030, Kato, who had become LDP president a week earlier, took office as prime minister.", None),
    ],
)
def test_a_leadership_win_is_dated_by_its_own_day(body: str, read: dict[str, str] | None) -> None:
    """The day the win's entry opens with, or that follows it, dates the party's vote; another deed's day does not."""
    assert elections_of(body).get("ldp_president_2030") == read
