"""A chamber's share said as a fraction in apposition ('290 of the 465 seats, more than three-fifths'), as a fraction
of 'the seats' without 'of' ('fewer than half the seats'), or as so many members on the government's side; the
opposition as an object ('must court opposition votes') no longer rules the share out, the opposition as a subject
still does."""

from __future__ import annotations

import pytest

from tests.extract.traps import UPPER, facts_in

LOWER = "politics.lower_house_coalition_share"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("The ruling bloc won 290 of the 465 lower house seats, more than three-fifths.", LOWER, (60, "over")),
        (
            "In the House of Councillors the governing parties hold fewer than half the seats and must court "
            "opposition votes to pass bills.",
            UPPER,
            (50, "under"),
        ),
        ("Nearly seven in ten members of the lower chamber sit on the government benches.", LOWER, (70, "nearly")),
        ("In the upper house the opposition holds fewer than half the seats.", UPPER, None),
    ],
)
def test_a_chamber_share_in_apposition_or_by_members_is_read(
    body: str, fact: str, value: tuple[int, str] | None
) -> None:
    """The coalition's share said as an apposition or by members is read; another group's share is not."""
    assert facts_in(body).get(fact) == value
