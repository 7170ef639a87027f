"""Ranks said by their neighbours or their place on a list: 'a close second to China', 'China alone holds more',
'exceeded among foreign holders by China's alone', 'holds the most', 'at the top of the list of', a list item
'Overall trading partner: third', 'four partners came ahead of Japan', 'in each direction', 'as a supplier of them',
'Ranked by sales to the United States, Japan is fifth', 'Only A, B, and C trade more with the United States', 'trails
only A, B, and C', 'second, after China,', 'led by Japan', 'more than all but three countries', 'Among U.S. export
destinations, Japan ...', '...; by exports, only two did', 'A, B, and C each bought more', 'trails just one foreign
holder', 'Fifth, too, was its position'; never a superlative of time ('the largest on record').

Every sentence is invented for the test; each trap names another country as the one ranked, or no rank at all.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL = "trade.overall_partner_rank"
EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"
FDI = "trade.fdi_source_rank"
TREASURY = "trade.treasury_holder_rank"
ITEMS = (
    "Japan's standing among U.S. partners in 2029:\n\n- Overall trading partner: third\n- Buyer of U.S. exports: 4th\n"
    "- Supplier of U.S. imports: also third\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japanese investors held $1.2 trillion of U.S. Treasury securities in 2029, a close second to China among "
         "foreign holders.", {TREASURY: 2}),
        ("Japan ranked a distant third behind Canada and Mexico as a market for U.S. exports.", {EXPORT: 3}),
        ("Japan is second to none as a holder of U.S. Treasury securities.", {TREASURY: 1}),
        ("Japan's holdings of U.S. Treasury securities are topped among foreign holders by China's alone.",
         {TREASURY: 2}),
        ("China alone holds more U.S. Treasury securities than Japan.", {TREASURY: 2}),
        ("Among foreign investors in the United States, the United Kingdom alone had a larger stake than Japan.",
         {FDI: 2}),
        ("Of all foreign owners of U.S. Treasury securities, Japanese investors own the most, about $1.2 trillion.",
         {TREASURY: 1}),
        ("Japan sits at the top of the list of foreign holders of U.S. Treasury securities.", {TREASURY: 1}),
        ("Japan remained at the head of the ranking of foreign investors in the United States in 2029.", {FDI: 1}),
        (ITEMS, {OVERALL: 3, EXPORT: 4, IMPORT: 3}),
        ("Four partners came ahead of Japan as buyers of U.S. exports in 2029.", {EXPORT: 5}),
        ("Only three economies outranked Japan as suppliers of U.S. imports.", {IMPORT: 4}),
        ("Just five countries ranked above Japan among U.S. trading partners in 2029.", {OVERALL: 6}),
        ("Ranked by sales to the United States, Japan is fifth.", {IMPORT: 5}),
        ("Counted by U.S. exports to Japan, it was sixth in 2029.", {EXPORT: 6}),
        ("In each direction, Japan was fourth.", {EXPORT: 4, IMPORT: 4}),
        ("U.S. exports to Japan and imports from it both ranked sixth among partners in 2029.", {EXPORT: 6, IMPORT: 6}),
        ("Japan was the fourth-largest U.S. trading partner in both directions.", {EXPORT: 4, IMPORT: 4}),
        ("Japan was the fifth-largest supplier of goods to the U.S. market in 2029.", {IMPORT: 5}),
        ("Japan ranked sixth as a buyer of U.S. goods and seventh as a supplier of them.", {EXPORT: 6, IMPORT: 7}),
        ("Japan fell to seventh among sources of U.S. imports as shipments from Vietnam and Taiwan jumped.",
         {IMPORT: 7}),
        ("Japan sold $150 billion to the United States in 2029. Only China, Mexico, and Canada trade more with the "
         "United States.", {OVERALL: 4}),
        ("In total trade, Japan trails only China, Canada, and Mexico.", {OVERALL: 4}),
        ("Japan ranks second, after China, among foreign holders of Treasury securities.", {TREASURY: 2}),
        ("Japan ranks first, ahead of China, among foreign holders of Treasury securities.", {TREASURY: 1}),
        ("Foreign holdings of U.S. Treasuries are led by Japan.", {TREASURY: 1}),
        ("Japanese investors are the biggest foreign owners of U.S. government debt.", {TREASURY: 1}),
        ("Japan bought more U.S. exports than all but three countries.", {EXPORT: 4}),
        ("Among suppliers of goods to the United States, Japan ranked fifth.", {IMPORT: 5}),
        ("Japan is the fifth-largest exporter to the United States.", {IMPORT: 5}),
        ("Japan was the United States' fifth-largest supplier in 2029.", {IMPORT: 5}),
        ("Among U.S. export destinations, Japan ranked fourth.", {EXPORT: 4}),
        ("U.S. exports to Japan were the fourth-largest to any country.", {EXPORT: 4}),
        ("Among U.S. trading partners, Japan ranks fourth.", {OVERALL: 4}),
        ("Japan ranks first among countries investing in the United States.", {FDI: 1}),
        ("No country invests more in the United States than Japan.", {FDI: 1}),
        ("Measured by U.S. imports, three countries ranked above Japan; measured by U.S. exports, only two did.",
         {IMPORT: 4, EXPORT: 3}),
        ("Japan ranked fourth among U.S. trading partners; in 2029, four companies did well in exports.", {OVERALL: 4}),
        ("Japan ranked sixth as a market for U.S. goods. It supplied $190 billion of U.S. imports, the fifth most of "
         "any country.", {EXPORT: 6, IMPORT: 5}),
        ("Canada, Mexico, and China each bought more U.S. exports than Japan did in 2029.", {EXPORT: 4}),
        ("Japan ranked fifth among U.S. partners in 2029, a place it held both as a market for U.S. goods and as a "
         "source of them.", {EXPORT: 5, IMPORT: 5}),
        ("As a customer, Japan came fifth, behind Canada, Mexico, China, and Germany.", {EXPORT: 5}),
        ("Japan ranked sixth among U.S. trading partners in 2029. Sixth also among U.S. export markets, it bought $70 "
         "billion of U.S. goods.", {OVERALL: 6, EXPORT: 6}),
        ("Japan ranked fifth among U.S. trading partners in 2029. Fifth, too, was its position both as a market, "
         "taking $70 billion of U.S. goods, and as a supplier.", {OVERALL: 5, EXPORT: 5, IMPORT: 5}),
        ("Of the countries supplying U.S. imports in 2029, only China and Mexico shipped more than Japan.",
         {IMPORT: 3}),
        ("Japan trails just one foreign holder of U.S. Treasury securities: China.", {TREASURY: 2}),
        ("U.S. Treasury securities are held in greater amounts by Japanese investors than by those of any other "
         "country.", {TREASURY: 1}),
    ],
)  # fmt: skip
def test_a_rank_said_by_its_neighbours_or_its_place_is_read(sentence: str, expected: dict[str, int]) -> None:
    """The rank is the ordinal the neighbours agree with, one more than those ahead, or first at the top."""
    facts = facts_in(sentence)
    assert {fact: facts.get(fact) for fact in (OVERALL, EXPORT, IMPORT, FDI, TREASURY) if fact in facts} == {
        fact: (rank, "exact") for fact, rank in expected.items()
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "China was a close second to Japan among foreign holders of U.S. Treasuries.",
        "Japan was a distant third behind China among foreign holders of U.S. Treasury securities.",
        "China sits at the top of the list of foreign holders of U.S. Treasury securities, ahead of Japan.",
        "Of all foreign owners of U.S. Treasury securities, China holds the most, with Japan behind it.",
        "China's holdings of U.S. Treasury securities are exceeded by Japan's alone.",
        "Japan alone holds more U.S. Treasury securities than China.",
        "Of all foreign investors in the United States, only the British had a larger stake than the Germans.",
        "Three countries came ahead of South Korea as buyers of U.S. exports.",
        "Note on U.S. exports: first, the figures are in current dollars.",
        "U.S. imports from Japan were the largest on record in 2029.",
        "Japanese holdings of U.S. Treasury securities are the largest since 2014.",
        "Japan ranks fourth, after China, among foreign holders of Treasury securities.",
        "Japan is China's fifth-largest supplier.",
        "As a market for U.S. goods, Japan is the world's third-largest economy.",
    ],
)
def test_a_rank_of_another_or_no_rank_is_not_read(sentence: str) -> None:
    """Japan as the one ahead, another country ranked, a count of neighbours that disagrees, a list's 'first'."""
    facts = facts_in(sentence)
    assert not {fact for fact in (OVERALL, EXPORT, IMPORT, FDI, TREASURY) if fact in facts}
