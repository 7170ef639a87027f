"""The scope a trade flow's amount stands in, whatever reader read it: the object of a verb runs the way the verb and
its doer say, Japan's sales being U.S. imports ('it sold $X ... and bought $Y'); a phrase leaving a part out gives the
amounts of its clause to the other part ('Excluding services, ...'), and to no flow when a product is left out; an
amount a noun of kind follows ('with $X in purchases') is Japan's flow only when the words before it are about Japan
now, and runs the way Japan's role says. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.extract.traps import ANCHOR, TITLE, facts_in
from usjapan_facts.extract import extract_snapshot

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


def test_a_last_year_in_a_sentence_before_gives_no_flow_a_year() -> None:
    """'Last year' in a sentence before may compare ('since last year', 'from the previous year'), date a deed or
    another subject ('visited Washington last year', 'China was ... last year'), or stand before a figure of another
    time ('The year before, ...', 'Through May, ...') or under another heading: the flow after it takes no year from
    it (review of trade41, findings 2-4)."""
    before = (
        "U.S. exports of LNG to Japan have doubled since last year.",
        "U.S. exports to Japan fell 3% from the previous year.",
        "Prime Minister Ishiba visited Washington last year.",
        "China was the largest U.S. trading partner last year. Japan's trade with the United States, by contrast, "
        "has stagnated.",
        "Japan was the sixth-largest U.S. trading partner last year. The year before,",
        "Japan was the sixth-largest U.S. trading partner last year. Through May,",
        "Japan was the sixth-largest U.S. trading partner last year.\n\n## Trade\n\n",
    )
    for lead in before:
        body = f"{lead} U.S. exports to Japan came to $131.4 billion."
        assert all(getattr(fact, "period", None) != "2025" for fact in _dated(body)), body


def _dated(body: str, brief: str = "IF11120") -> list[Any]:
    text = f"# {TITLE[brief]}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR[brief]} {body}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=dt.date(2026, 6, 1)).snapshot
    return [fact for key, fact in snapshot.facts.items() if key in FLOWS]


def test_a_second_object_is_a_flow_only_when_it_is_the_same_goods_of_the_two_parties() -> None:
    """'... sold $X of goods and services to the United States and bought $Y <of anything else>': the second amount
    is no U.S. export or import figure when another noun follows it (bonds, Treasuries, stocks, weapons, farm
    products, cars, 'overall'), when it is a bare 'imported $Y' (the world's), or when a critic says it (review of
    trade41, findings 1 and 8)."""
    head = "In 2025 Japan sold $182.5 billion of goods and services to the United States and "
    tails = (
        "bought $300.0 billion in U.S. bonds.",
        "also bought $300.0 billion in U.S. bonds.",
        "purchased $300.0 billion in U.S. bonds.",
        "bought $1.0 trillion of U.S. Treasury securities.",
        "bought $121.8 billion worth of U.S. stocks.",
        "bought $30.0 billion in American weapons.",
        "bought $50.0 billion in U.S. farm products.",
        "bought $750.0 billion overall.",
        "imported $640.0 billion.",
        "bought $121.8 billion, critics say.",
    )
    for brief in ("IF10199", "IF11120"):
        for tail in tails:
            read = _flows(head + tail, brief)
            assert all(value == 182_500_000_000 for value in read.values()), (brief, tail, read)
    body = "In 2025 the United States sold $121.8 billion of goods and services to Japan and bought $60.0 billion of "
    assert _flows(body + "Japanese cars.", "IF11120").get(M) != 60_000_000_000
    assert _flows(head + "bought $121.8 billion of goods and services.") == {X: 121_800_000_000, M: 182_500_000_000}


def test_a_kind_or_piece_of_a_part_left_out_gives_the_amount_to_no_part() -> None:
    """'Excluding goods shipped through third countries', 'Excluding military services', '..., not counting services
    provided by U.S. affiliates', 'Excluding services and autos': the amount is of neither part (review of trade41,
    finding 5)."""
    bodies = (
        "Excluding goods shipped through third countries, U.S. exports to Japan were $128.3 billion in 2025.",
        "Excluding goods re-exported through Canada, U.S. imports from Japan were $186.0 billion in 2025.",
        "U.S. imports from Japan were $186.0 billion in 2025, excluding goods re-exported through Canada.",
        "Excluding military services, U.S. exports to Japan were $125.0 billion in 2025.",
        "Excluding travel services, U.S. imports from Japan were $180.2 billion in 2025.",
        "U.S. exports to Japan were $128.3 billion in 2025, not counting services provided by U.S. affiliates in "
        "Japan.",
        "Excluding services and autos, U.S. imports from Japan were $100.2 billion in 2025.",
    )
    for body in bodies:
        read = _flows(body, "IF11120")
        assert not {GX, GM, SX, SM} & set(read), (body, read)


def test_with_an_amount_in_purchases_runs_the_way_the_last_flow_before_it_runs() -> None:
    """A market said earlier in the clause does not turn 'U.S. imports from Japan ..., with $X in shipments' into
    exports; a supplier role followed by Japan buying is no U.S. imports figure (review of trade41, findings 6-7)."""
    body = (
        "Despite complaints about Japan's closed market, U.S. imports from Japan rose in 2025, with $148.2 billion in "
        "shipments."
    )
    assert _flows(body) == {M: 148_200_000_000}
    body = (
        "Though Japan is a key market for U.S. beef, U.S. imports from Japan were larger in 2025, with $182.5 billion "
        "in purchases."
    )
    assert _flows(body) == {M: 182_500_000_000}
    body = (
        "Japan, a major source of U.S. auto imports, bought more U.S. goods in 2025, with $80.6 billion in purchases."
    )
    for brief in ("IF10199", "IF11120"):
        assert not {M, GM} & set(_flows(body, brief)), brief
