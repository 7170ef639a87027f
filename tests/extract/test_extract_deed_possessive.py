"""A deed done to a person said as the person's own noun, dated in its words ('Abe's July 2022 assassination',
'former premier Abe ...; his 2022 assassination'); the record tracks such a deed by its date alone."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Abe's July 2022 assassination shocked a country with almost no gun crime.", ("2022-07", None)),
        ("The reforms of former premier Abe survived him; his 2022 assassination did not slow them.", ("2022", None)),
        ("Shinzo Abe's 2022 killing led to scrutiny of the Unification Church.", ("2022", None)),
        ("Abe's 2015 speech to Congress drew praise; his 2022 assassination ended an era.", ("2022", None)),
        ("Abe's 2020 resignation, for his health, opened the way for Suga.", None),
    ],
)
def test_a_deed_in_the_persons_own_noun(body: str, expected: tuple[str, None] | None) -> None:
    """The deed's date is the one its own noun carries; a resignation is no deed done to him."""
    events = extract_snapshot(HEAD.format(cover="July 16, 2024") + body + "\n", brief="IF10199").snapshot.events
    found = events.get("abe_assassination")
    assert ((found.date, found.status) if found else None) == expected
