"""Readings mended on unsealed outsider texts (round thirty): a first done beside the LDP is no leadership vote, a
chamber's own deadline pointed back to gives way to the Upper House's July vote that comes first, and an agreement's
signing told after its conclusion dates it not.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE
from usjapan_facts.extract import extract_snapshot


def _snapshot(body: str, cover: dt.date, section: str = "Overview"):  # type: ignore[no-untyped-def]
    text = (
        f"# {TITLE['IF10199']}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## {section}\n\n"
        f"{ANCHOR['IF10199']} {body}\n"
    )
    return extract_snapshot(text, updated=cover).snapshot


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("Abe Shinzo, who in April 2015 became the first Asian leader to address the Australian parliament twice, "
         "still guides the Liberal Democratic Party (LDP).", None),
        ("Abe, who in September 2015 won a second term as president of the Liberal Democratic Party, flew to Ottawa.",
         "2015-09"),
    ],
)  # fmt: skip
def test_first_done_is_no_ldp_choice(body: str, held: str | None) -> None:
    elections = _snapshot(body, dt.date(2022, 5, 2)).elections
    assert (elections["ldp_president_2015"].date if "ldp_president_2015" in elections else None) == held


def test_chamber_pointed_back_keeps_its_own_deadline() -> None:
    body = (
        "In the lower chamber, the House of Representatives, the coalition holds 290 of the 475 seats; the chamber "
        "need not face voters again until December 2018."
    )
    fact = _snapshot(body, dt.date(2015, 10, 5)).facts.get("politics.next_diet_election_due")
    assert fact is None
    fact = _snapshot("No national election is required until July 2028.", dt.date(2026, 6, 1)).facts.get(
        "politics.next_diet_election_due"
    )
    assert fact is not None
    assert fact.value == 2028


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Japan hosts some 54,000 U.S. troops. The host-nation talks concluded last December with a new Special "
         "Measures Agreement, which was signed on January 11.", None),
        ("The new five-year Special Measures Agreement was concluded in December 2021 and signed on January 7, 2022.",
         "2021-12"),
    ],
)  # fmt: skip
def test_signing_after_conclusion_is_no_agreement_date(body: str, value: str | None) -> None:
    fact = _snapshot(body, dt.date(2022, 4, 20), "The Alliance").facts.get("alliance.host_nation_support_agreement")
    assert (fact.value if fact is not None else None) == value
