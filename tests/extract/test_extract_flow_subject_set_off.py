"""A verb of trade joined to the clause before takes that clause's subject though a phrase set off by commas stands
before or after it: 'Japan, the fourth-largest U.S. trading partner, bought ... and sold the United States $X', 'In
2018, Japan bought ... and sold ...'. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    "body",
    [
        "Japan, the fifth-largest U.S. trading partner, bought $131.4 billion of U.S. goods and services in 2030 and "
        "sold the United States $187.6 billion.",
        "Japan, which in 2030 ranked fifth among U.S. trading partners, bought $131.4 billion of U.S. goods and "
        "services that year and sold the United States $187.6 billion.",
        "In 2030, Japan bought $131.4 billion of U.S. goods and services and sold the United States $187.6 billion.",
    ],
)
def test_the_second_verbs_doer_is_the_subject_past_a_set_off_phrase(body: str) -> None:
    """The amount after 'and sold the United States' is what Japan sold: U.S. imports, the first amount U.S. exports."""
    read = {key: value for key, (value, _) in facts_in(body, "IF11120").items() if key in (X, M)}
    assert read == {X: 131_400_000_000, M: 187_600_000_000}


def test_a_set_off_phrase_naming_another_buyer_gives_no_japanese_flow() -> None:
    """'Korea, ..., bought ... and sold ...': Korea's flows, none of Japan's."""
    body = (
        "Korea, the sixth-largest U.S. trading partner, bought $94.2 billion of U.S. goods and services in 2030 and "
        "sold the United States $140.3 billion."
    )
    read = {key for key in facts_in(body, "IF11120") if key in (X, M)}
    assert read == set()
