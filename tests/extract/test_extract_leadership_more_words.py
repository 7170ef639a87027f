"""The LDP's leadership election in more words: a win dated by the date its clause opens with ('In September he
secured a third term as president of the LDP', a timeline's 'September 20, 2018: Abe won reelection as LDP
president'), and the party that 'chose X as its president on ...'; a date of another deed before the words, or a
choice beside another election, dates none."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = (
    "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Politics\n\n"
)


@pytest.mark.parametrize(
    ("cover", "body", "expected"),
    [
        (
            "November 20, 2018",
            "In September he secured a third straight term as president of the LDP.",
            {"ldp_president_2018": ("2018-09", "held")},
        ),
        (
            "November 20, 2030",
            "In September 2030, the LDP picked Kato to succeed Hoshino as its leader.",
            {"ldp_president_2030": ("2030-09", "held")},
        ),
        (
            "November 20, 2030",
            "LDP members handed Kato the party's top post on September 29, 2030.",
            {"ldp_president_2030": ("2030-09-29", "held")},
        ),
        (
            "November 20, 2030",
            "Kato succeeded Hoshino as LDP president in September 2030.",
            {"ldp_president_2030": ("2030-09", "held")},
        ),
        (
            "November 20, 2018",
            "- September 20, 2018: Abe won reelection as LDP president, beating Ishiba.",
            {"ldp_president_2018": ("2018-09-20", "held")},
        ),
        (
            "October 30, 2025",
            "The LDP picked Takaichi Sanae as its president on October 4, 2025.",
            {"ldp_president_2025": ("2025-10-04", "held")},
        ),
        (
            "October 30, 2025",
            "Sworn in on October 21, 2025, Takaichi had won a term as LDP president weeks before.",
            {},
        ),
        ("October 30, 2025", "The CDP chose Noda as its leader on September 23, 2024.", {}),
    ],
)
def test_the_leadership_election_in_more_words(cover: str, body: str, expected: dict[str, tuple[str, str]]) -> None:
    """Each is dated by its own words' date, or not read."""
    elections = extract_snapshot(HEAD.format(cover=cover) + body + "\n", brief="IF10199").snapshot.elections
    assert {key: (one.date, one.status) for key, one in elections.items()} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Kato, weakened by an LDP fundraising scandal, faces the party's presidential election in September 2030, "
        "and the U.S. presidential election follows in November.",
        "Kato, hurt by a scandal in the LDP, faces the party's presidential election in September 2030, while "
        "America's presidential election comes in November.",
    ],
)
def test_another_countrys_presidential_election_in_a_clause_of_its_own_is_no_party_vote(body: str) -> None:
    """The LDP's race is read; the U.S. one in the clause after it dates none of the party's."""
    elections = extract_snapshot(
        HEAD.format(cover="January 15, 2030") + body + "\n", brief="IF10199"
    ).snapshot.elections
    assert {key: (one.date, one.status) for key, one in elections.items()} == {
        "ldp_president_2030": ("2030-09", "upcoming")
    }
