"""Traps for round twenty-eight's review of trade39: a pronoun stands for its clause's subject, never a place named as
a preposition's object nor one named before a sentence whose subject is a firm or a bloc; a clause after a semicolon
has its own subject; a phrase put first scopes only its own clause, and only when it names a part alone. Every
sentence is the reviewer's or invented for the test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
XR, MR = "trade.export_partner_rank", "trade.import_partner_rank"
J = "Japan was the fourth-largest U.S. trading partner in 2025. "
R = " ranked sixth and eighth, respectively, as a market for U.S. exports and a source of U.S. imports."


def _trade(body: str, brief: str = "IF10199") -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key.startswith("trade.")}


@pytest.mark.parametrize("head", ["South Korea was seventh; it", "Korea, though smaller, grew faster; it"])
def test_ranks_after_a_semicolon_are_the_clause_subjects(head: str) -> None:
    read = _trade(J + head + R)
    assert XR not in read
    assert MR not in read


@pytest.mark.parametrize(
    "body",
    [
        "Japan hosts several of the world's largest automakers. Toyota is the biggest of them. In 2025 it bought $8.1 "
        "billion of U.S. goods and sold $45.6 billion.",
        "Japan is home to Toyota. The automaker is the largest foreign seller of cars. That year it bought $8.1 "
        "billion of U.S. goods and sold $45.6 billion.",
        "Toyota, the largest automaker in Japan, ranked first among foreign firms in 2025 as a supplier of vehicles to "
        "the United States, which it sold to the tune of $45.2 billion of goods.",
    ],
)
def test_a_pronoun_standing_for_a_firm_reads_no_flow(body: str) -> None:
    read = _trade(body)
    assert X not in read
    assert M not in read


@pytest.mark.parametrize(
    "subject",
    [
        "The mainland was third.",
        "The European bloc, as a whole, was larger.",
        "Its neighbor across the Sea of Japan was seventh.",
    ],
)
def test_a_pronoun_standing_for_another_economy_reads_no_import_flow(subject: str) -> None:
    read = _trade(
        J + subject + " That year it bought $66.2 billion of U.S. goods and services and sold $131.4 billion."
    )
    assert M not in read


@pytest.mark.parametrize(
    "body",
    [
        "Japan is home to Toyota. The automaker sells widely abroad. It ranked first and third, respectively, as a "
        "market for U.S. exports and a source of U.S. imports among foreign firms.",
        J
        + "The European bloc, taken as one, was larger. It ranked first and first, respectively, as a market for U.S. "
        "exports and a source of U.S. imports.",
    ],
)
def test_ranks_of_a_pronoun_standing_for_a_firm_or_bloc_are_not_japans(body: str) -> None:
    read = _trade(body)
    assert XR not in read
    assert MR not in read


@pytest.mark.parametrize(
    "body",
    [
        "For goods, the tariff is 15%; U.S. imports from Japan were $184.0 billion in 2025.",
        "In services, the United States ran a surplus with Japan in 2025, though U.S. imports from Japan reached "
        "$184.0 billion overall.",
        "In contrast to goods, U.S. exports to Japan of services were $47.1 billion in 2025, while imports from Japan "
        "totaled $184.0 billion.",
        "Among goods, autos led; U.S. imports from Japan totaled $184.0 billion in 2025.",
    ],
)
def test_a_phrase_put_first_scopes_only_its_own_clause(body: str) -> None:
    read = _trade(body, "IF11120")
    assert read.get(M) == 184_000_000_000
    assert "trade.us_goods_imports_from_japan" not in read
    assert "trade.us_services_imports_from_japan" not in read


@pytest.mark.parametrize(
    "body",
    [
        "Among services, travel led; U.S. exports to Japan totaled $128.3 billion in 2025, and imports from Japan "
        "$184.0 billion.",
        "In addition to services, U.S. exports to Japan include aircraft and farm goods; U.S. exports to Japan totaled "
        "$128.3 billion in 2025.",
    ],
)
def test_a_phrase_that_scopes_nothing_names_no_part(body: str) -> None:
    read = _trade(body, "IF11120")
    assert read.get(X) == 128_300_000_000
    assert "trade.us_services_exports_to_japan" not in read
