"""Japan's trade ranks and flows however a sentence words them: 'seventh place among', 'No. 3', 'one notch lower,
eighth', 'the fourth most of any country', 'it bought $X of U.S. goods', 'it sold $Y', an item of a list whose
lead-in names Japan, a flow's value put before it ('Worth $X, U.S. exports to Japan made it ...'), a place after a
colon or put first, a flow described by its main goods. Another country's figure, or a rank said of something else,
is never Japan's.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("In 2025 Japan fell to seventh place among U.S. trading partners.", OVERALL, 7),
        ("Japan is a large economy. Taking exports and imports together, it ranked third in 2025.", OVERALL, 3),
        ("In 2025 Japan was also the seventh-biggest buyer of U.S. goods and services, at $99.5 billion.", EXPORT, 7),
        (
            "In 2025 Japan was also the seventh-biggest buyer of U.S. goods and services, at $99.5 billion.",
            EXPORTS,
            99.5e9,
        ),
        ("Japan trades a lot. On the export side it ranked one notch lower, eighth, in 2025.", EXPORT, 8),
        ("In 2025 Japan supplied $140.2 billion of U.S. imports, the fourth most of any country.", IMPORT, 4),
        ("In 2025 Japan supplied $140.2 billion of U.S. imports, the fourth most of any country.", IMPORTS, 140.2e9),
        ("In 2025 Japan shipped $140.2 billion, which put it fourth among suppliers.", IMPORTS, 140.2e9),
        (
            "In 2025 Japan bought $99.5 billion of U.S. goods, the seventh-largest total of any export market.",
            EXPORT,
            7,
        ),
        (
            "In 2025 Japan bought $99.5 billion of U.S. goods, the seventh-largest total of any export market.",
            EXPORTS,
            99.5e9,
        ),
        ("Japan ranked sixth as a market for U.S. goods in 2025, which took $99.5 billion.", EXPORTS, 99.5e9),
        (
            "Imports from Japan, chiefly vehicles, parts, and machinery, came to $140.2 billion in 2025.",
            IMPORTS,
            140.2e9,
        ),
        (
            "Worth $99.5 billion in 2025, U.S. exports to Japan made it the sixth-largest market for them.",
            EXPORTS,
            99.5e9,
        ),
        ("Worth $99.5 billion in 2025, U.S. exports to Japan made it the sixth-largest market for them.", EXPORT, 6),
        (
            "As a supplier, Japan stood one place lower than as a market: fifth, with $140.2 billion in sales to the "
            "United States in 2025.",
            IMPORTS,
            140.2e9,
        ),
        ("Sixth, too, among U.S. export markets, Japan bought $99.5 billion of U.S. goods in 2025.", EXPORT, 6),
    ],
)
def test_a_trade_rank_or_flow_is_read_however_it_is_worded(body: str, fact: str, value: float) -> None:
    """A place, a notch, 'the fourth most of any', 'it bought' and 'it shipped' all tie the value to Japan."""
    assert facts_in(body)[fact] == (value, "exact")


TREASURY = "trade.treasury_holder_rank"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("Four countries traded more with the United States than Japan did in 2025.", OVERALL, 5),
        ("Only two countries (China and Mexico) sold more to the United States than Japan did in 2025.", IMPORT, 3),
        (
            "In 2025 Japan sold $140.2 billion of U.S. imports, more than any country except China and Canada.",
            IMPORT,
            3,
        ),
        (
            "In 2025 imports from Japan came to $140.2 billion, a total surpassed by just two other suppliers.",
            IMPORT,
            3,
        ),
        ("In 2025 imports from Japan came to $140.2 billion, ranking Japan fifth among sources as well.", IMPORT, 5),
        ("By total trade in 2025, Japan stood behind only China and Canada.", OVERALL, 3),
        ("As a market for U.S. exports in 2025 Japan came in fifth.", EXPORT, 5),
        ("In the ranking of U.S. export markets for 2025, Japan placed fifth.", EXPORT, 5),
        ("Japan still held third place among U.S. trading partners in 2025.", OVERALL, 3),
        (
            "Japan's holdings of U.S. Treasury securities, at $1.1 trillion, likewise rank behind only China's.",
            TREASURY,
            2,
        ),
        ("Japanese investors own $1.1 trillion in U.S. Treasuries, the second-largest foreign stake.", TREASURY, 2),
        ("Japan is the top foreign holder of U.S. Treasury securities, with China in second place.", TREASURY, 1),
    ],
)
def test_a_rank_said_by_the_countries_ahead_or_its_place_is_read(body: str, fact: str, value: int) -> None:
    """'Four countries traded more', 'more than any country except A and B', 'surpassed by just two', 'came in
    fifth', 'held third place', 'behind only China's', and a rival named after 'with' is no rival's rank."""
    assert facts_in(body)[fact] == (value, "exact")


def test_the_items_of_a_list_take_japan_from_its_lead_in() -> None:
    """'Overall: No. 3' under 'Japan's standing among U.S. partners in 2025:' is Japan's rank."""
    body = (
        "Japan's standing among U.S. partners in 2025:\n\n- Overall: No. 3 trading partner.\n"
        "- Source of U.S. imports: No. 4, at $140.2 billion.\n"
    )
    facts = facts_in(body)
    assert facts[OVERALL] == (3, "exact")
    assert facts[IMPORT] == (4, "exact")
    assert facts[IMPORTS] == (140.2e9, "exact")


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("In 2025 Canada fell to seventh place among U.S. trading partners.", OVERALL),
        ("In 2025 Mexico supplied $140.2 billion of U.S. imports, the fourth most of any country.", IMPORT),
        ("In 2025 Japan sold $140.2 billion of U.S. Treasury securities.", IMPORTS),
        ("Korea's standing among U.S. partners in 2025:\n\n- Overall: No. 3 trading partner.\n", OVERALL),
        ("Executive Order No. 4 set tariffs on U.S. trading partners in 2025.", OVERALL),
        ("Four countries traded more with the United States than Vietnam did in 2025.", OVERALL),
        ("China held first place among holders of U.S. Treasury securities in 2025.", TREASURY),
    ],
)
def test_another_countrys_rank_or_a_sale_of_debt_is_not_read(body: str, fact: str) -> None:
    """Canada's place, Mexico's supply, Japan's sale of Treasuries and an order's number are no trade fact."""
    assert fact not in facts_in(body)
