"""A rank said by another rank: 'it occupied the same slot' (the rank the sentence before gives), 'one place higher'
(than the rank before it), 'a position it held both as a buyer ... and as a source ...', 'fifth when exports and
imports are ranked separately'; and a market's rank with the market named bare ('fourth as a market, too:').

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"


@pytest.mark.parametrize(
    ("body", "export", "import_"),
    [
        (
            "By two-way trade Japan trailed four other partners in 2025. As a buyer of U.S. goods and services it held "
            "the same spot, while as a supplier it ranked seventh.",
            5,
            7,
        ),
        (
            "As a destination for U.S. exports Japan placed seventh in 2025; as a source of U.S. imports, two places "
            "higher.",
            7,
            5,
        ),
        (
            "In 2025, Japan was No. 5 among U.S. trading partners, a position it also held both as a buyer of U.S. "
            "goods and services and as a source of U.S. imports.",
            5,
            5,
        ),
        (
            "Japan ranked third among U.S. trading partners in 2025. It came fourth, however, when exports and imports "
            "are taken separately.",
            4,
            4,
        ),
    ],
    ids=["same-spot", "two-places-higher", "position-held-both", "ranked-separately"],
)
def test_a_rank_said_by_another_rank_is_read(body: str, export: int, import_: int) -> None:
    """'the same spot' after 'trailed four' is fifth; 'two places higher' than seventh is fifth."""
    facts = facts_in(body)
    assert facts[EXPORT] == (export, "exact")
    assert facts[IMPORT] == (import_, "exact")


def test_a_market_named_bare_before_a_colon_on_exports_is_the_export_rank() -> None:
    """'It placed third as a market, too: U.S. exports to Japan ...' ranks Japan as a market for U.S. exports."""
    body = "Japan was the third-largest U.S. partner in 2025. It placed third as a market, too: U.S. exports grew."
    assert facts_in(body)[EXPORT] == (3, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Germany ranked sixth as a market for U.S. exports in 2025. As a buyer of U.S. goods Japan held the same spot "
        "as Germany.",
        "Japan's largest import is oil, and it was the sixth-largest U.S. partner in 2025. As a buyer of U.S. goods "
        "and services it occupied the same slot.",
        "As a market for U.S. exports Japan came in sixth in 2025; as a source of U.S. imports, one place higher "
        "than in 2020.",
        "Japan ranked third among U.S. trading partners in 2025. China came first, however, when exports and "
        "imports are ranked separately.",
    ],
    ids=["same-as-another-country", "two-ranks-before", "higher-than-a-year", "another-country-separately"],
)
def test_a_rank_said_by_an_unsure_or_anothers_rank_is_not_read(body: str) -> None:
    """The same spot as Germany, a sentence before with two ranks, 'higher than in 2020', China's rank: no rank."""
    facts = facts_in(body)
    assert EXPORT not in facts or facts[EXPORT] == (6, "exact")
    assert IMPORT not in facts
