"""IF11120's trade flows with Japan as the indirect object ('sold Japan $X') or as 'it' ('bought $Y from it'), a
part said 'was merchandise', a difference ('$X more ... than') that is no flow, and tables whose rows name only the
part ('Goods', 'Services', 'Total') or whose total row does not say so."""

from __future__ import annotations

import datetime as dt

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities."
EXPORTS = ("trade.us_exports_to_japan", "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan")
IMPORTS = ("trade.us_imports_from_japan", "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan")


def _flows(paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(
        COVER + ANCHOR + "\n\n" + paragraph + "\n", brief="IF11120", updated=dt.date(2032, 5, 4)
    ).snapshot.facts
    return {key: fact.value for key, fact in facts.items() if key in EXPORTS + IMPORTS}


def test_japan_as_the_indirect_object_and_as_it() -> None:
    """'the United States sold Japan $X of goods and $Y of services, $Z altogether, and bought $W from it, comprising
    ...': exports and imports, each with its parts."""
    read = _flows(
        "In 2031 the United States sold Japan $81.0 billion of goods and $50.0 billion of services, $131.0 billion "
        "altogether, and bought $190.0 billion from it, comprising $150.0 billion in goods and $40.0 billion in "
        "services."
    )
    values = (131_000_000_000, 81_000_000_000, 50_000_000_000, 190_000_000_000, 150_000_000_000, 40_000_000_000)
    assert read == dict(zip(EXPORTS + IMPORTS, values, strict=True))


def test_it_before_japan_is_named_and_a_difference_are_no_flows() -> None:
    """'bought $Y from it' in a sentence that has not named Japan, and '$X more merchandise from Japan than it sold
    there' (a difference), give no flow."""
    assert _flows("Korea is a close partner. In 2031 the United States bought $90.0 billion from it.") == {}
    assert (
        _flows("In 2031 the United States bought $60.0 billion more merchandise from Japan than it sold there.") == {}
    )


def test_a_part_said_was_merchandise() -> None:
    """'$X billion, of which $Y billion was merchandise and $Z billion services': goods and services."""
    read = _flows(
        "U.S. purchases from Japan were larger in 2031: $190.0 billion, of which $150.0 billion was "
        "merchandise and $40.0 billion services."
    )
    assert read == dict(zip(IMPORTS, (190_000_000_000, 150_000_000_000, 40_000_000_000), strict=True))


def test_rows_named_only_by_their_part_take_the_title() -> None:
    """'Table 1. U.S. Imports from Japan, 2030 and 2031' with rows 'Goods', 'Services', 'Total': imports' parts."""
    table = (
        "Table 1. U.S. Imports from Japan, 2030 and 2031 ($ billions)\n\n| Category | 2030 | 2031 |\n"
        "| --- | --- | --- |\n| Goods | 148.0 | 150.0 |\n| Services | 39.0 | 40.0 |\n| Total | 187.0 | 190.0 |\n"
    )
    assert _flows(table) == dict(zip(IMPORTS, (190_000_000_000, 150_000_000_000, 40_000_000_000), strict=True))


def test_part_rows_under_a_title_naming_no_flow_are_not_read() -> None:
    """'Table 1. U.S. Trade with Japan' with rows 'Goods', 'Services', 'Total': whose flow? None read."""
    table = (
        "Table 1. U.S. Trade with Japan, 2030 and 2031 ($ billions)\n\n| Category | 2030 | 2031 |\n"
        "| --- | --- | --- |\n| Goods | 148.0 | 150.0 |\n| Services | 39.0 | 40.0 |\n| Total | 187.0 | 190.0 |\n"
    )
    assert _flows(table) == {}


def test_a_row_its_parts_add_up_to_is_their_total() -> None:
    """'U.S. exports to Japan' followed by 'Goods exports' and 'Services exports' that add up to it is the total; one
    they do not add up to is not."""
    table = (
        "Table 1. U.S. Trade with Japan ($ billions)\n\n| Flow | 2030 | 2031 |\n| --- | --- | --- |\n"
        "| U.S. exports to Japan | 125.0 | 131.0 |\n| Goods exports | 78.0 | 81.0 |\n"
        "| Services exports | 47.0 | 50.0 |\n| U.S. imports from Japan | 180.0 | 199.0 |\n"
        "| Goods imports | 140.0 | 150.0 |\n| Services imports | 40.0 | 40.0 |\n"
    )
    read = _flows(table)
    assert read["trade.us_exports_to_japan"] == 131_000_000_000
    assert "trade.us_imports_from_japan" not in read
