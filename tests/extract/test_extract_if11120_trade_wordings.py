"""IF11120's trade figures in more wordings: the partner rank as a place held ('held fifth position among U.S.
trading partners', 'place Japan sixth on the list of', dated by 'for 2025', not by when the figures came out), the
goods deficit by any name ('the imbalance', 'the goods gap', 'a shade under') with its rank ('the fourth-widest',
'ranked behind those with A, B, and C', 'A, B, and C were the three ahead of it'), and flows that moved to their
figure ('recovered to') or split in the sentence after ('The merchandise portion was some ...')."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated March 1, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
"""A fact of the brief outside the figures read here, so that a text stating none of them is still IF11120's."""
RANK, DEFICIT, DEFICIT_RANK = "trade.overall_partner_rank", "trade.goods_deficit", "trade.goods_deficit_rank"
EXPORTS, GOODS_OUT, SERVICES_OUT = (
    "trade.us_exports_to_japan",
    "trade.us_goods_exports_to_japan",
    "trade.us_services_exports_to_japan",
)
IMPORTS, GOODS_IN, SERVICES_IN = (
    "trade.us_imports_from_japan",
    "trade.us_goods_imports_from_japan",
    "trade.us_services_imports_from_japan",
)
B = 10**9


def _read(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {
        fact_id: (fact.model_dump(mode="json")["value"], fact.model_dump(mode="json").get("period"))
        for fact_id, fact in facts.items()
        if fact_id.startswith("trade.") and fact_id != "trade.treasury_holder_rank"
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Japan held sixth position among U.S. trading partners in 2031, down a place from 2029.",
         {RANK: (6, "2031")}),
        ("Census tables released in May 2032 place Japan seventh on the list of U.S. trading partners for 2031.",
         {RANK: (7, "2031")}),
        ("Among U.S. trade partners, Japan came in sixth in 2031.", {RANK: (6, "2031")}),
        # a trap: another ranking than total trade
        ("Japan held sixth position among U.S. export markets in 2031.", {}),
    ],
)  # fmt: skip
def test_the_partner_rank_as_a_place_held(paragraph: str, expected: dict[str, Any]) -> None:
    """A place held or given, dated by the year it is for; an export-market place is another ranking."""
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The bilateral goods deficit came to a touch over $72 billion in 2031, the third-widest U.S. goods gap; "
         "China and Mexico were the two ahead of it.", {DEFICIT: (72 * B, "2031"), DEFICIT_RANK: (3, "2031")}),
        ("Counted on goods alone, the imbalance was $72 billion in 2031, and it ranked fifth among U.S. bilateral "
         "goods deficits.", {DEFICIT: (72 * B, "2031"), DEFICIT_RANK: (5, "2031")}),
        ("The goods gap with Japan narrowed to $72 billion in 2031, the fifth-deepest of any partner.",
         {DEFICIT: (72 * B, "2031"), DEFICIT_RANK: (5, "2031")}),
        ("The U.S. goods deficit with Japan was $72 billion in 2031, down from $75 billion in 2030. That shortfall "
         "ranked behind those with China, Mexico, and Vietnam.",
         {DEFICIT: (72 * B, "2031"), DEFICIT_RANK: (4, "2031")}),
        ("Trade with Japan held steady. Counted on goods alone, the gap was just under $72 billion, down from $75 "
         "billion in 2030.", {DEFICIT: (72 * B, "2031")}),
        # traps: a count that does not agree with the countries named
        ("The goods deficit with Japan was $72 billion in 2031; China and Mexico were the three ahead of it.",
         {DEFICIT: (72 * B, "2031")}),
    ],
)  # fmt: skip
def test_the_goods_deficit_by_any_name_and_its_rank(paragraph: str, expected: dict[str, Any]) -> None:
    """The deficit called a gap, imbalance or shortfall, its hedge, and its rank by the countries ahead of it."""
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Japan ranked fifth among U.S. trading partners in 2031. U.S. exports to Japan rebounded to $121.0 billion "
         "that year. Goods made up about two-thirds of them, $80.5 billion, and the remaining $40.5 billion came from "
         "services such as travel.",
         {RANK: (5, "2031"), EXPORTS: (121 * B, "2031"), GOODS_OUT: (80.5 * B, "2031"),
          SERVICES_OUT: (40.5 * B, "2031")}),
        ("The United States imported $190.0 billion of goods and services from Japan in 2031, up from $185.0 billion "
         "in 2030, with services making up $40.0 billion. The merchandise portion, led by cars, was some $150 billion.",
         {IMPORTS: (190 * B, "2031"), GOODS_IN: (150 * B, "2031"), SERVICES_IN: (40 * B, "2031")}),
        # a trap: what the United States bought is no part of its exports (the part of its imports it is)
        ("The United States exported $121.0 billion of goods and services to Japan in 2031. It bought $190 billion "
         "from Japan, of which goods accounted for $150 billion.", {EXPORTS: (121 * B, "2031"),
          IMPORTS: (190 * B, "2031"), GOODS_IN: (150 * B, "2031")}),
    ],
)  # fmt: skip
def test_flows_moved_to_their_figure_or_split_after(paragraph: str, expected: dict[str, Any]) -> None:
    """'rebounded to', a split in the sentence after; what was bought is never an export."""
    read = _read(paragraph)
    assert {key: read[key] for key in read if key in expected or key.startswith("trade.us_")} == expected
