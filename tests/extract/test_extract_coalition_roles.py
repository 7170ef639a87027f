"""The ruling coalition read by the role a clause casts the LDP's partner in, whatever its wording: a partner by title,
a joint subject holding seats, the party the LDP governs with or that backs its government; never a partner the text
says left, a pairing supposed, talked of or told in the past perfect, or one of a relative clause's other deed."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

COALITION = "politics.ruling_coalition"


def _coalition(body: str, cover: dt.date) -> list[str] | None:
    text = (
        f"# U.S.-Japan Relations\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n"
        f"Japan has been a U.S. treaty ally since 1952. {body}\n"
    )
    fact = extract_snapshot(text, updated=cover).snapshot.facts.get(COALITION)
    if fact is None:
        return None
    assert isinstance(fact.value, list)
    return list(fact.value)


@pytest.mark.parametrize(
    ("body", "cover", "parties"),
    [
        ("Six days after her victory, Komeito, the LDP's partner for 26 years, quit the coalition. The LDP then formed "
         "a government with the Japan Innovation Party (Ishin), which holds no cabinet posts.",
         dt.date(2026, 3, 12), ["LDP", "Ishin"]),
        ("The LDP won the vote. Together with the Japan Innovation Party (Ishin), which backs the government from "
         "outside the cabinet, it now controls roughly three-quarters of the lower chamber.",
         dt.date(2026, 2, 12), ["LDP", "Ishin"]),
        ("Takaichi became prime minister once the Japan Innovation Party (Ishin) agreed to back her government from "
         "outside the cabinet; Komeito, the LDP's partner since 1999, had quit the coalition.",
         dt.date(2026, 5, 19), ["LDP", "Ishin"]),
        ("Ishiba came with a weak hand: the Liberal Democratic Party (LDP) that he leads, and its junior partner "
         "Komeito, lost their Lower House majority in October.", dt.date(2025, 2, 24), ["LDP", "Komeito"]),
        ("Together, the Liberal Democrats and Komeito occupy some 65 percent of the lower house's seats.",
         dt.date(2021, 6, 8), ["LDP", "Komeito"]),
        ("For the first time since 2009, the LDP and Komeito fell short of a lower-house majority in the October 27, "
         "2024, election.", dt.date(2024, 11, 19), ["LDP", "Komeito"]),
        ("Komeito, which has shared power with the LDP since 2012, tempers its partner's defense ambitions.",
         dt.date(2023, 5, 1), ["LDP", "Komeito"]),
        ("Komeito, which governed with the LDP for 26 years, left in October 2025.", dt.date(2026, 2, 1), None),
        # traps: a pairing of the past perfect, one only talked of, one backing a candidate, a partner that left
        ("For twenty-six years the LDP had governed with Komeito.", dt.date(2025, 12, 1), None),
        ("The LDP has opened talks with Ishin on forming a coalition government.", dt.date(2025, 10, 10), None),
        ("Voters chose Tamaki over Sakima Atsushi, whom the LDP and Komeito had backed.", dt.date(2018, 11, 1), None),
        ("Komeito, the LDP's junior partner since 1999, left the coalition in October.", dt.date(2025, 12, 1), None),
    ],
)  # fmt: skip
def test_the_coalition_by_the_role_its_partner_is_cast_in(body: str, cover: dt.date, parties: list[str] | None) -> None:
    """The LDP and the partner a clause casts beside it in government now; none where the words say otherwise."""
    assert _coalition(body, cover) == parties
