"""IF11120's trade amounts and investment stocks told by roles carried from before: 'there' for the country named
last before it, a flow named as the one before turned round ('the flow in the opposite direction', of its part when
it names none), and a stock given beside its ratio to the one before ('about a quarter of that, some $125 billion')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
JAPAN, US = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan"
EXPORTS, IMPORTS = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
KEYS = (JAPAN, US, EXPORTS, IMPORTS, "trade.us_goods_imports_from_japan")
B = 1_000_000_000


def _read(paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(COVER + paragraph + "\n", brief="IF11120").snapshot.facts
    return {key: facts[key].value for key in KEYS if key in facts}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Capital moves mostly toward the United States. Japanese companies held a direct investment position of "
            "$796 billion there at the end of 2031, second only to the United Kingdom's.",
            {JAPAN: 796 * B},
        ),
        (
            "The United States is the first destination of Japanese capital: Japanese firms had built up $801 "
            "billion of direct investment there by the end of 2031.",
            {JAPAN: 801 * B},
        ),
        (
            "Japanese firms held $801 billion of direct investment in the United States at the end of 2031. The U.S. "
            "stake in Japan was about a quarter of that, some $190 billion.",
            {JAPAN: 801 * B, US: 190 * B},
        ),
        (
            "U.S. exports to Japan came to $125 billion in 2031. Trade in the reverse direction was bigger, at $190 "
            "billion.",
            {EXPORTS: 125 * B, IMPORTS: 190 * B},
        ),
        (
            "U.S. exports to Japan totaled $125 billion in 2031. Goods made up $80 billion of that amount. The flow "
            "in the opposite direction was larger: $190 billion of U.S. imports.",
            {EXPORTS: 125 * B, IMPORTS: 190 * B},
        ),
    ],
)
def test_a_role_carried_from_before(paragraph: str, expected: dict[str, object]) -> None:
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # 'there' is the country named last: China's stock is no party's
            "Japanese firms held $801 billion of direct investment in the United States at the end of 2031. China "
            "drew less: U.S. firms held about $120 billion there.",
            {JAPAN: 801 * B},
        ),
        (  # the turn of a flow with another country is no flow with Japan
            "U.S. exports to Japan came to $125 billion in 2031. U.S. exports to Mexico were $320 billion; the flow "
            "in the opposite direction was $480 billion.",
            {EXPORTS: 125 * B},
        ),
        (  # a value of years before the one told ('Ten years earlier'), turned round or not, is not current
            "U.S. exports to Japan came to $125 billion in 2031. Ten years earlier, the flow in the opposite "
            "direction had been $135 billion.",
            {EXPORTS: 125 * B},
        ),
        (
            "U.S. exports to Japan came to $125 billion in 2031. Ten years earlier, Japan had sold $135 billion of "
            "goods and services to the United States.",
            {EXPORTS: 125 * B},
        ),
        (  # the turn of the goods flow is the goods flow the other way, never the whole
            "U.S. goods exports to Japan came to $80 billion in 2031. Goods flowing in the opposite direction came "
            "to $150 billion.",
            {"trade.us_goods_imports_from_japan": 150 * B},
        ),
    ],
)
def test_a_carried_role_that_is_not_the_fact(paragraph: str, expected: dict[str, object]) -> None:
    assert _read(paragraph) == expected


def test_the_parts_of_a_flow_turned_round_after_a_sentence_of_parts() -> None:
    facts = extract_snapshot(
        COVER + "U.S. exports to Japan totaled $125 billion in 2031. Services supplied $45 billion of that amount, "
        "goods the other $80 billion. Flows in the opposite direction were larger: $190 billion of U.S. imports, "
        "which split into $150 billion in goods and $40 billion in services.\n",
        brief="IF11120",
    ).snapshot.facts
    flows = ("us_imports_from_japan", "us_goods_imports_from_japan", "us_services_imports_from_japan")
    assert [facts[f"trade.{flow}"].value for flow in flows] == [190 * B, 150 * B, 40 * B]
