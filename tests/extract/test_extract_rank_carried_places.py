"""A place carried from where it is said to a yardstick said elsewhere: one place said for two yardsticks ('..., as
it did as a supplier'), a yardstick whose place is the one said before ('it did the same', 'that same position'),
and a place said of each of the yardsticks the sentences before named ('On either measure'). Another country's place
and a past one are carried to nothing.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL, EXPORT, IMPORT = "trade.overall_partner_rank", "trade.export_partner_rank", "trade.import_partner_rank"


def _ranks(body: str) -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body).items() if fact.endswith("_rank")}


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        ("As a buyer of U.S. goods, Japan ranked sixth in 2025, as it did as a supplier.", {EXPORT: 6, IMPORT: 6}),
        (
            "As a destination for U.S. goods, Japan came fifth in 2025; as a source of U.S. imports, it did the same.",
            {EXPORT: 5, IMPORT: 5},
        ),
        (
            "The largest U.S. trading partners in 2025 were, in order, Mexico, Canada, China, Germany, and Japan. "
            "Japan held that same position as a buyer of U.S. goods and as a supplier of U.S. imports.",
            {OVERALL: 5, EXPORT: 5, IMPORT: 5},
        ),
        (
            "U.S. exports to Japan rose to $130 billion in 2025. Imports from Japan fell to $180 billion. On either "
            "measure Japan ranked sixth among U.S. partners.",
            {EXPORT: 6, IMPORT: 6},
        ),
        # Another country's place, and a past one, are carried to nothing.
        ("Canada ranked second as a buyer of U.S. goods in 2025, as it did as a supplier.", {}),
        ("Japan was the third-largest U.S. trading partner in 2015. It held that same position as a supplier.", {}),
    ],
)
def test_a_place_is_carried_to_the_yardstick_said_elsewhere(body: str, ranks: dict[str, int]) -> None:
    assert _ranks(body) == ranks
