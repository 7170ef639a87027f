"""The whole a part is said of ('$44 billion of the $121 billion in U.S. exports') is never the part's level; the part
told after its whole still is. Sentences invented for the test (the trap battery's class)."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "# U.S.-Japan Trade Agreements and Negotiations\n\nUpdated April 3, 2031\n\n## Trade\n\n"
    "Japan was the fifth-largest U.S. trading partner in 2030. "
)
SERVICES, GOODS_IMPORTS = "trade.us_services_exports_to_japan", "trade.us_goods_imports_from_japan"


def _facts(sentence: str) -> dict[str, object]:
    facts = extract_snapshot(COVER + sentence + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.value for fact_id, fact in facts.items() if fact.value is not None}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Services made up $44 billion of the $121 billion in U.S. exports to Japan in 2030.", SERVICES),
        (
            "Goods accounted for $148 billion out of the roughly $180 billion in U.S. imports from Japan in 2030.",
            GOODS_IMPORTS,
        ),
    ],
    ids=["services-of-exports", "goods-of-imports"],
)
def test_the_whole_a_part_is_said_of_is_never_the_parts_level(sentence: str, fact: str) -> None:
    """The part's fact is the first amount or nothing, never the whole after 'of the'."""
    assert _facts(sentence).get(fact) not in (121_000_000_000, 180_000_000_000)


def test_a_part_told_after_its_whole_is_read() -> None:
    """'Of the $121 billion ..., services made up $44 billion': the part's level."""
    assert _facts("Of the $121 billion in U.S. exports to Japan in 2030, services made up $44 billion.")[SERVICES] == (
        44_000_000_000
    )
