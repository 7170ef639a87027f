"""The Section 122 surcharge's end told of a subject the sentence before gives: 'it', past an adverbial that sentence
opens with ('By statute, a Section 122 surcharge may not last ... No such act passed, and it lapsed on July 23,
2026'), or 'the current one' standing for the surcharge that sentence names last ('Unless extended, the current one
lapses on July 23': the law's end, to come); never another country's surcharge.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = (
    "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Tariffs\n\n"
    "Japan was the fifth-largest U.S. trading partner in 2024. "
)


def _expiry(cover: str, body: str) -> tuple[str | None, str | None] | None:
    events = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF11120").snapshot.events
    event = events.get("section122_surcharge_expired")
    return None if event is None else (event.date, event.status)


@pytest.mark.parametrize(
    ("cover", "body", "expected"),
    [
        (
            "November 20, 2026",
            "Under the statute, a Section 122 surcharge may last no more than 150 days without an act of Congress. "
            "Congress did not act, and it expired on July 23, 2026.",
            ("2026-07-23", "held"),
        ),
        (
            "March 20, 2026",
            "Section 122 caps the rate at 15% for 150 days; any longer surcharge needs an act of Congress. "
            "Unless extended, the current one lapses on July 23.",
            ("2026-07-23", "upcoming"),
        ),
        (
            "September 1, 2026",
            "Any Section 122 surcharge ends after 150 days unless Congress acts. "
            "Congress did not, so it expired on July 23, 2026.",
            ("2026-07-23", "held"),
        ),
    ],
    ids=["it-past-an-adverbial", "the-current-one", "any-surcharge"],
)
def test_the_surcharge_carried_from_the_sentence_before_is_dated(
    cover: str, body: str, expected: tuple[str, str]
) -> None:
    """The surcharge's end, its subject the sentence before's, dated by its own clause."""
    assert _expiry(cover, body) == expected


def test_another_countrys_surcharge_carried_is_none() -> None:
    """'Canada's retaliatory surcharge on U.S. steel ...; the current one lapses on July 23': Canada's."""
    body = "Canada imposed a retaliatory surcharge on U.S. steel. Unless extended, the current one lapses on July 23."
    assert _expiry("March 20, 2026", body) is None


def test_a_common_word_that_spells_a_countrys_name_does_not_make_the_surcharge_anothers() -> None:
    """'Officials polish the rules ...' beside the surcharge: 'polish' in lower case is no country (Poland's people)."""
    body = (
        "Section 122 caps the rate at 15% for 150 days; officials polish the rules of any longer surcharge. "
        "Unless extended, the current one lapses on July 23."
    )
    assert _expiry("March 20, 2026", body) == ("2026-07-23", "upcoming")
