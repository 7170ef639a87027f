"""The scope a trade flow's amount stands in, whatever reader read it: the object of a verb runs the way the verb and
its doer say, Japan's sales being U.S. imports ('it sold $X ... and bought $Y'); a phrase leaving a part out gives the
amounts of its clause to the other part ('Excluding services, ...'), and to no flow when a product is left out; an
amount a noun of kind follows ('with $X in purchases') is Japan's flow only when the words before it are about Japan
now, and runs the way Japan's role says. Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
GX, GM = "trade.us_goods_exports_to_japan", "trade.us_goods_imports_from_japan"
SX, SM = "trade.us_services_exports_to_japan", "trade.us_services_imports_from_japan"
XR = "trade.export_partner_rank"
FLOWS = (X, M, GX, GM, SX, SM)


def _flows(body: str, brief: str = "IF10199") -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key in FLOWS}


def test_japans_sales_and_purchases_are_us_imports_and_exports() -> None:
    """'Japan ... it sold $X of goods and services to the United States and bought $Y': Japan sold $X (U.S.
    imports) and bought $Y (U.S. exports); the second verb's object takes the first's part."""
    body = (
        "Japan ran a surplus with the United States in 2025. That year it sold $182.5 billion of goods and services "
        "to the United States and bought $121.8 billion."
    )
    assert _flows(body) == {X: 121_800_000_000, M: 182_500_000_000}
    assert _flows(
        "In 2025 Japan sold $182.5 billion of goods and services to the United States and bought $121.8 billion."
    ) == {X: 121_800_000_000, M: 182_500_000_000}


def test_the_united_states_sales_and_purchases_each_take_their_own_amount() -> None:
    """'it' the United States: it sold $X (U.S. exports) and bought $Y (U.S. imports), never $X for both."""
    body = (
        "The United States ran a deficit with Japan in 2025. That year it sold $121.8 billion of goods and services "
        "to Japan and bought $182.5 billion."
    )
    assert _flows(body) == {X: 121_800_000_000, M: 182_500_000_000}


def test_a_part_left_out_gives_the_amounts_to_the_other_part() -> None:
    """'Excluding services' / 'Setting aside services' / 'Not counting services' (and 'Besides goods'): the amounts
    of the clause are of goods (of services), never the total nor the part left out."""
    assert _flows("Excluding services, U.S. exports to Japan were $80.6 billion in 2025.", "IF11120") == {
        GX: 80_600_000_000
    }
    body = (
        "Not counting services, the United States exported $79.7 billion to Japan in 2025 and imported $148.2 billion."
    )
    assert _flows(body, "IF11120") == {GX: 79_700_000_000, GM: 148_200_000_000}
    body = "Setting aside services, the United States imported $152.1 billion from Japan in 2025."
    assert _flows(body, "IF11120") == {GM: 152_100_000_000}
    body = "Excluding goods, U.S. exports to Japan came to $47.1 billion in 2025."
    assert _flows(body, "IF11120") == {SX: 47_100_000_000}
    body = "U.S. exports to Japan were $128.3 billion in 2025, or $80.6 billion excluding services."
    assert _flows(body, "IF11120") == {X: 128_300_000_000, GX: 80_600_000_000}


def test_a_part_left_out_is_no_total_in_a_brief_of_totals_and_a_product_left_out_leaves_no_flow() -> None:
    """IF10199 tells no goods apart: 'Excluding services, ...' gives it no total. 'Excluding autos, ...' is a part of
    the flow that is neither goods nor services: nothing. The total said in a clause of its own stands."""
    assert _flows("Excluding services, U.S. exports to Japan were $80.6 billion in 2025.") == {}
    assert _flows("Excluding autos, U.S. imports from Japan were $100.2 billion in 2025.", "IF11120") == {}
    body = (
        "Excluding services, U.S. exports to Japan were $80.6 billion in 2025, while total exports reached $128.3 "
        "billion."
    )
    assert _flows(body, "IF11120") == {GX: 80_600_000_000, X: 128_300_000_000}
    # a clause of a subject of its own joined on: whether the phrase reaches its amount is not sure, so no part
    body = (
        "Excluding services, the goods deficit was $68.5 billion in 2025, and U.S. exports to Japan totaled $128.3 "
        "billion."
    )
    assert GX not in _flows(body, "IF11120")


def test_with_an_amount_in_purchases_is_japans_flow_only_when_said_of_japan_now() -> None:
    """'with $X in purchases' after another country ('behind China'), after a promise or another time, or with a
    buyer named after it is not the U.S.-Japan flow; after a market's rank it is U.S. exports, never imports."""
    traps = (
        "Japan ranked fourth in 2025 as a destination for U.S. goods, behind China, with $143.5 billion in purchases.",
        "Japan ranked fourth in 2025 as a market for U.S. exports, below its 2013 level with $65.2 billion in "
        "purchases.",
        "Japan ranked fourth in 2025 as a destination for U.S. goods and promised $100.0 billion in purchases over "
        "three years.",
        "Japan ranked fourth in 2025 as a destination for U.S. goods, with $30.2 billion in purchases by Japanese "
        "firms in the United States.",
    )
    for body in traps:
        assert _flows(body) == {}, body
    body = "Japan ranked fourth in 2025 as a market for U.S. goods and services, with $128.3 billion in purchases."
    read = facts_in(body)
    assert (_flows(body), read[XR][0]) == ({X: 128_300_000_000}, 4)


def test_the_flows_take_the_year_a_sentence_before_gives_as_last_year() -> None:
    """'Japan was the sixth-largest U.S. trading partner last year. U.S. exports to Japan came to $X, of which ...':
    the flows are of the year before the cover's (2025 in a 2026 brief), as they would be after 'in 2025'."""
    body = (
        "Counting goods and services together, Japan was the sixth-largest U.S. trading partner last year. U.S. "
        "exports to Japan came to $131.4 billion, of which services made up $53.8 billion and goods the remaining "
        "$77.6 billion. Imports from Japan were larger: $189.9 billion, with goods and services at $144.2 billion and "
        "$45.7 billion, respectively."
    )
    assert _flows(body, "IF11120") == {
        X: 131_400_000_000,
        SX: 53_800_000_000,
        GX: 77_600_000_000,
        M: 189_900_000_000,
        GM: 144_200_000_000,
        SM: 45_700_000_000,
    }
    assert _flows(body.replace("last year", "in 2025"), "IF11120") == _flows(body, "IF11120")
