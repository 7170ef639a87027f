"""A trade rank said of the role it is held in: 'ranked fourth as a trading partner', 'fourth as a buyer', 'fifth as a
supplier as well', one rank for two roles ('both as a buyer of U.S. goods, taking $70 billion of them, and as a
supplier'), and 'ranked behind A, B, and C as a buyer'; a role in another product's or country's trade is not Japan's.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
OVERALL = "trade.overall_partner_rank"
FDI, TREASURY = "trade.fdi_source_rank", "trade.treasury_holder_rank"
PRIOR = "Japan was a close U.S. ally in 2025. "
RANKED = (
    "\n\n## Trade\n\nTable 1. Largest U.S. Trading Partners, 2025\n\n| Rank | Partner | Trade |\n| --- | --- | --- |\n"
)
TABLE = "\n\n## Trade\n\nTable 1. Where Japan Ranks\n\n| | Rank among U.S. partners |\n| --- | --- |\n"


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        (PRIOR + "It placed fifth as a supplier as well.", {IMPORT: 5}),
        # The place of a clause told as later wins over the sentence's earlier one; a place said by how near, by the
        # one ahead alone, by the most, by the countries ahead of the one before ranked, or by their count said again.
        ("In 2016 Japan was the third-largest U.S. trading partner; today it ranks fifth.", {OVERALL: 5}),
        (
            "Japan led foreign holders of U.S. Treasuries in January; by May, China was back in front, with Japan a "
            "close second.",
            {TREASURY: 2},
        ),
        (
            "Japanese companies are also among the largest investors in the U.S. economy. By the end of 2025, only "
            "British firms had built up a larger direct-investment stock in the United States.",
            {FDI: 2},
        ),
        ("Japan held $1.1 trillion of U.S. Treasury securities in March. Only China held more.", {TREASURY: 2}),
        ("Of the foreign holders of U.S. Treasury securities, Japan ranks behind China alone.", {TREASURY: 2}),
        ("Only Canada, Mexico, and China outranked Japan as U.S. trading partners.", {OVERALL: 4}),
        ("Japan sold the fifth-most goods to the United States of any country.", {IMPORT: 5}),
        ("Among import suppliers to the United States, Japan comes fifth.", {IMPORT: 5}),
        # A relative clause of the country beside it, a past place told as a participle's aside, a place told as what
        # followed: none leaves the current place unsure.
        (
            "Japan held $1.2 trillion of U.S. Treasury securities in May, second to China, which it had briefly "
            "overtaken in February.",
            {TREASURY: 2},
        ),
        (
            PRIOR + "In 2025 it was the fifth-largest U.S. trading partner, having been fourth as recently as 2022.",
            {OVERALL: 5},
        ),
        (
            "Japan led foreign holders of U.S. Treasuries in February. By March, China had moved back ahead, leaving "
            "Japan in second place.",
            {TREASURY: 2},
        ),
        ("Japan stood fifth both as a customer and as a seller.", {EXPORT: 5, IMPORT: 5}),
        (
            "Japan ranked fourth both as a buyer of U.S. goods, taking $70 billion of them, and as a supplier.",
            {EXPORT: 4, IMPORT: 4},
        ),
        ("Japan ranked behind Canada, Mexico, and China as a buyer of U.S. goods.", {EXPORT: 4}),
        # Read by roles where no declaration reads it (`extract.unread_ranks`): a yardstick fronted, a place after
        # a verb of standing, a subject carried over a semicolon, one place for each yardstick listed.
        (
            "In foreign direct investment in the United States, Japan places second, behind the United Kingdom.",
            {FDI: 2},
        ),
        ("China holds the most Treasuries; Japan is second.", {TREASURY: 2}),
        ("Through most of the 2010s China held the most U.S. Treasuries; Japan still places second.", {TREASURY: 2}),
        ("In U.S. imports, Japan places fourth, behind China, Mexico, and Canada.", {IMPORT: 4}),
        ("In total trade with the United States, Japan places fourth.", {OVERALL: 4}),
        (
            "Japan ranked fourth among U.S. trading partners in 2025 on each of the usual yardsticks: total goods "
            "trade, U.S. exports, and U.S. imports.",
            {OVERALL: 4, EXPORT: 4, IMPORT: 4},
        ),
        # Second pass: a position in a list in order, a table's rank column, a fronted past place beside the
        # current one, two yardsticks each with its place in one clause, places fronted before Japan, a ranked
        # table's row.
        ("The largest markets for U.S. exports were Canada, Mexico, China, and Japan, in that order.", {EXPORT: 4}),
        ("The top five U.S. trading partners in 2025 were Mexico, Canada, China, Germany, and Japan.", {OVERALL: 5}),
        (TABLE + "| Two-way trade | 5 |\n", {OVERALL: 5}),
        ("A fourth-ranked supplier as recently as 2019, Japan came fifth in 2025.", {IMPORT: 5}),
        (
            "The second-largest foreign holder of Treasuries as recently as 2018, Japan is now the largest.",
            {TREASURY: 1},
        ),
        ("Japan ranked first in FDI in the United States and second in Treasury holdings.", {FDI: 1, TREASURY: 2}),
        (
            "Fifth overall and fourth as a buyer of U.S. goods, Japan lost ground as a supplier.",
            {OVERALL: 5, EXPORT: 4},
        ),
        (
            "Japan's place in U.S. trade has slipped. A third-ranked partner as recently as 2015, it came fourth.",
            {OVERALL: 4},
        ),
        (RANKED + "| 1 | Mexico | 900 |\n| 2 | Canada | 880 |\n| 3 | Japan | 310 |\n", {OVERALL: 3}),
        # Third pass: a place told by comparison or exclusion, several yardsticks listed before one place, the
        # supplier told by its own exports to the United States.
        ("Japan's holdings of U.S. Treasuries are ahead of every other country's; China's come next.", {TREASURY: 1}),
        ("Japan's stock of Treasury securities trails China's and no one else's.", {TREASURY: 2}),
        (
            "Whether measured by U.S. exports, U.S. imports, or the two combined, Japan ranked fourth in 2025.",
            {OVERALL: 4, EXPORT: 4, IMPORT: 4},
        ),
        ("Four countries had larger total trade with the United States than Japan in 2025.", {OVERALL: 5}),
        ("Japan's exports to the United States trail only those of Mexico, China, Canada, and Germany.", {IMPORT: 5}),
        ("Japan sells more to the United States than every country except Mexico, China, and Canada.", {IMPORT: 4}),
        # The yardstick carried from the sentence before, into one naming Japan and no yardstick of its own.
        ("U.S. imports from Japan reached $150 billion in 2025. By that measure Japan ranked fifth.", {IMPORT: 5}),
        (
            "Japanese investors held $1.1 trillion of U.S. Treasury securities in 2025. On that count Japan came "
            "first.",
            {TREASURY: 1},
        ),
        (
            "U.S. goods and services exports to Japan were $130 billion in 2025. Japan came in at number four, behind "
            "Canada, Mexico, and China.",
            {EXPORT: 4},
        ),
        # Fourth pass: the one ahead 'alone', a comparison with another's holders or investors, a change's size
        # before the new place, a count of the ones ahead with no yardstick of its own.
        (
            "Japanese firms' stock of direct investment in the United States stood at $700 billion in 2025; among "
            "source countries, the United Kingdom alone had a larger one.",
            {FDI: 2},
        ),
        (
            "Japanese investment in the United States is greater than that of investors from any other country.",
            {FDI: 1},
        ),
        (
            "Japan held $1.1 trillion of Treasury securities in March, more than holders in China ($0.8 trillion) or "
            "in any other foreign country.",
            {TREASURY: 1},
        ),
        ("As a source of U.S. imports, Japan slipped two places, to seventh, in 2025.", {IMPORT: 7}),
        (
            "Japanese investors held $700 billion of direct investment in the United States in 2025. Only British "
            "investors held more.",
            {FDI: 2},
        ),
    ],
)
def test_a_rank_held_in_a_role_is_read(body: str, ranks: dict[str, int]) -> None:
    """Each role the rank is said of gets it, with the subject carried from the sentence before where it is 'It'."""
    facts = facts_in(body)
    assert {fact: facts.get(fact) for fact in ranks} == {fact: (rank, "exact") for fact, rank in ranks.items()}


@pytest.mark.parametrize(
    "body",
    [
        "Japan ranked fourth as a buyer of U.S. beef and as a supplier of Korean steel.",
        "Japan ranked fourth as a trading partner of China.",
    ],
)
def test_a_role_in_another_trade_is_no_rank(body: str) -> None:
    """A role in one product's trade, or as another country's partner, ranks none of Japan's U.S. trade."""
    facts = facts_in(body)
    assert not {fact for fact in (EXPORT, IMPORT, OVERALL) if fact in facts}


@pytest.mark.parametrize(
    ("body", "rank"),
    [
        (
            "Japanese investors hold $1.1 trillion in Treasuries, more than those of China or any other country.",
            1,
        ),
        ("Japan held $1.2 trillion of U.S. Treasuries, making Japan the second-biggest foreign holder after China.", 2),
        ("Japan held $1.2 trillion of U.S. Treasuries at the end of 2025, leaving it the third-largest creditor.", 3),
    ],
)
def test_a_treasury_rank_said_beside_the_holdings_is_read(body: str, rank: int) -> None:
    """'more than China or any other' is first; a bare 'holder' or 'creditor' after the holdings ranks them."""
    assert facts_in(body).get("trade.treasury_holder_rank") == (rank, "exact")


def test_a_holder_of_something_else_is_no_treasury_rank() -> None:
    """Japan's rank as a holder of gold, in a sentence on its Treasuries, is not its rank among Treasury holders."""
    assert "trade.treasury_holder_rank" not in facts_in(
        "Japan holds $1.2 trillion in Treasuries and is the second-largest holder of gold reserves in Asia."
    )


@pytest.mark.parametrize(
    "body",
    [
        "The United Kingdom is Japan's closest European partner. In foreign direct investment in the United States, "
        "it places first.",
        "Japan's ally, the United Kingdom, is the largest source of FDI in the United States; it places first.",
        "Among U.S. treaty allies, Japan places first as a trading partner.",
        "Japan is on course to place third among U.S. trading partners next year.",
        "In foreign direct investment in the United States by state, Japan places first in Ohio.",
        "In Treasury holdings by foreign central banks, Japan places first.",
        "In total trade with China, Japan places second.",
        "Japan placed fourth last decade and places fifth now among U.S. trading partners.",
        "Does Japan place third among U.S. trading partners?",
        # a central bank, a company, services trade alone
        "The Bank of Japan is the largest holder of Japanese government bonds, though Japan also holds Treasuries.",
        "Toyota is the largest Japanese direct investor in the United States.",
        "Japan is the fourth-largest U.S. trading partner in services.",
        # a place by a yardstick of its own after a sentence naming another
        "Japanese FDI in the United States reached $783 billion in 2025. Japan ranked third in Olympic medals.",
        # a table titled for a region's partners
        "\n\n## Trade\n\nTable 2. Japan's Rank Among U.S. Trading Partners in Asia\n\n| Measure | Rank |\n"
        "| --- | --- |\n| Total trade | 2 |\n| FDI source | 1 |\n",
    ],
)
def test_a_place_of_another_a_subset_a_plan_or_a_question_is_no_rank(body: str) -> None:
    """'It' after Japan named only as another's owner ('Japan's ally, the United Kingdom'), a place among a subset
    (allies, states, central banks, Japanese firms) or in trade with another country or in services alone, a planned
    place, one said beside an older place, and a question: no rank of Japan's is read."""
    facts = facts_in(body)
    assert not {fact for fact in (EXPORT, IMPORT, OVERALL, FDI, TREASURY) if fact in facts}


def test_a_list_given_in_order_gives_japan_no_first_place() -> None:
    """'The four largest partners were, in order, ..., and Japan': Japan is fourth, never first."""
    facts = facts_in("The four largest U.S. trading partners in 2025 were, in order, Canada, Mexico, China, and Japan.")
    assert facts.get(OVERALL, (4, "exact")) == (4, "exact")
