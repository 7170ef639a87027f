"""Trade ranks said by the countries or the count ahead of Japan, in more wordings: the list ending the clause ('came
fourth, after China, Mexico, and Canada.'), 'behind only three other suppliers', 'surpassed in size only by', an
apposition ('to Japan, a market topped only by ...'), 'Five other countries likewise bought more ... than Japan
did', 'traded more with the United States in 2021 than Japan did', a count with no 'than' ('only five countries bought
more from the United States'), 'every country but four', 'a smaller market ... than four others', the countries set
aside ('Except for Canada and Mexico, no country bought more', 'no country other than China', 'more than any country
except ...'). A list that
disagrees with the rank, another country's market, another product and a rank within a region ('the largest in Asia')
are not Japan's ranks.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
OVERALL = "trade.overall_partner_rank"


@pytest.mark.parametrize(
    ("body", "fact", "rank"),
    [
        ("As a supplier of U.S. imports, Japan placed fourth, behind China, Mexico, and Canada (Table 2).", IMPORT, 4),
        ("Purchases from Japan reached $140 billion, placing it behind only three other suppliers.", IMPORT, 4),
        ("Japan ranked behind three other suppliers of U.S. imports.", IMPORT, 4),
        ("As a source of U.S. imports, Japan came in behind just three others.", IMPORT, 4),
        ("Three other countries sold more goods to the United States than Japan did.", IMPORT, 4),
        (
            "U.S. firms sold $71 billion of goods to Japan, a destination exceeded only by Canada, Mexico, and China.",
            EXPORT,
            4,
        ),
        (
            "U.S. exports to Japan came to $75 billion, a market surpassed in value only by Canada, Mexico and China.",
            EXPORT,
            4,
        ),
        (
            "The United States exported $80 billion to Japan, a market that only Canada, Mexico, and China exceed.",
            EXPORT,
            4,
        ),
        ("As a market for U.S. goods, Japan ranked behind only three other countries.", EXPORT, 4),
        ("Four other countries each bought more U.S. goods and services than Japan.", EXPORT, 5),
        ("Five other nations likewise bought more from the United States than Japan did.", EXPORT, 6),
        ("Only China, Canada, and Mexico traded more with the United States in 2025 than Japan did.", OVERALL, 4),
        ("Just China, Canada and Mexico conducted more trade with the U.S. last year than Japan.", OVERALL, 4),
        (
            "Japan bought $90 billion of U.S. goods and services in 2030, and only five countries bought more from the "
            "United States.",
            EXPORT,
            6,
        ),
        ("As a supplier, Japan did better, outranking every country but three.", IMPORT, 4),
        ("As a supplier, Japan outranks every country but four.", IMPORT, 5),
        ("Japan was a smaller market for U.S. goods and services than four others in 2030.", EXPORT, 5),
        ("Japan was a lesser source of U.S. imports than six other countries.", IMPORT, 7),
        ("Japan tops every country except China as a holder of U.S. Treasuries.", "trade.treasury_holder_rank", 2),
        ("Except for Canada and Mexico, no country bought more U.S. goods in 2030 than Japan.", EXPORT, 3),
        (
            "Japan purchased $90 billion of U.S. goods and services in 2030, more than any country except Canada, "
            "Mexico, and China.",
            EXPORT,
            4,
        ),
        (
            "Save for China, Mexico, and Canada, no country's two-way trade with the United States was larger than "
            "Japan's.",
            OVERALL,
            4,
        ),
        ("No country other than China and Mexico sold more goods to the United States in 2030 than Japan.", IMPORT, 3),
        (
            "Imports from Japan, mostly cars and machinery, came to $140 billion in 2030, a total topped only by "
            "imports from China, Mexico, and Canada.",
            IMPORT,
            4,
        ),
    ],
)
def test_a_rank_said_by_those_ahead_is_read(body: str, fact: str, rank: int) -> None:
    """The rank is one more than the countries, or the count of them, said to be ahead of Japan."""
    assert facts_in(body).get(fact) == (rank, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "As a source of U.S. imports, Japan came fourth, after China and Canada.",
        "U.S. exporters shipped $9 billion in beef to Japan, a market surpassed only by China.",
        "China shipped $150 billion of goods to Japan, a market surpassed only by the United States.",
        "Four other countries likewise bought more U.S. soybeans than Japan did.",
        "Only China traded more with the United States in 2025 than Canada did.",
        "As a market for U.S. goods, Japan is the largest in Asia.",
        "As a source of U.S. imports, Japan is the biggest among Asian economies after China.",
    ],
)
def test_a_disagreeing_list_another_market_or_product_gives_no_rank(body: str) -> None:
    """A list one short of the rank, Japan's own imports, beef or soybeans, Canada's rank and a region's are no trade
    rank."""
    facts = facts_in(body)
    assert not {EXPORT, IMPORT, OVERALL} & facts.keys()
