"""IF11120's trade flows split into goods and services in more word orders: the total first ('Of the $X ...
exported'), last ('or $Y in all', 'for total U.S. imports of $Y'), or Japan as the seller."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
EXPORTS = ("trade.us_exports_to_japan", "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan")
IMPORTS = ("trade.us_imports_from_japan", "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan")


def _flows(paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(
        COVER + ANCHOR + paragraph + "\n", brief="IF11120", updated=dt.date(2032, 5, 4)
    ).snapshot.facts
    return {key: fact.value for key, fact in facts.items() if key in EXPORTS + IMPORTS and fact.period == "2031"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Of the $133.0 billion in goods and services the United States exported to Japan in 2031, $83.0 billion "
        "was goods and $50.0 billion was services.",
        "Of the $133.0 billion of goods and services that U.S. firms sold to Japan in 2031, goods accounted for "
        "$83.0 billion and services for $50.0 billion.",
        "In 2031 the United States exported $83.0 billion in goods and $50.0 billion in services to Japan, $133.0 "
        "billion all told.",
    ],
)
def test_an_export_split_with_its_total_first_or_last(paragraph: str) -> None:
    """The total before the verb ('Of the $X ... exported') or after the parts ('$Y all told')."""
    assert _flows(paragraph) == dict(zip(EXPORTS, (133_000_000_000, 83_000_000_000, 50_000_000_000), strict=True))


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031 the United States bought $152.0 billion in goods and $41.0 billion in services from Japan, or "
        "$193.0 billion in all.",
        "In 2031, U.S. companies imported $152.0 billion in goods and $41.0 billion in services from Japan, $193.0 "
        "billion altogether.",
        "In 2031, Japan shipped $152.0 billion in goods to the United States and supplied another $41.0 billion in "
        "services, for total U.S. imports from Japan of $193.0 billion.",
        "In 2031 Japan sold $152.0 billion in goods to the United States and $41.0 billion in services, a total of "
        "$193.0 billion.",
    ],
)
def test_an_import_split_with_its_total_last_or_japan_as_seller(paragraph: str) -> None:
    """'Or $Y in all', 'altogether', 'for total U.S. imports ... of $Y'; 'Japan shipped ... to the United States'."""
    assert _flows(paragraph) == dict(zip(IMPORTS, (193_000_000_000, 152_000_000_000, 41_000_000_000), strict=True))


@pytest.mark.parametrize(
    "paragraph",
    [
        # a part that is neither goods nor services
        "Of the $133.0 billion in goods and services the United States exported to Japan in 2031, $31.0 billion was "
        "agricultural.",
        # a goods figure alone is no total
        "In 2031 the United States exported $83.0 billion in goods and $50.0 billion in services to Japan.",
        "In 2031 the United States imported $152.0 billion worth of goods from Japan.",
        "In 2031 Japan sold $152.0 billion in goods to the United States.",
        # one product, or another buyer
        "In 2031 Japan shipped $40.0 billion in vehicles to the United States.",
        "In 2031 Japan sold $152.0 billion in goods to China and $41.0 billion in services to the United States.",
    ],
)
def test_a_part_is_never_read_as_the_total(paragraph: str) -> None:
    """'$31 billion was agricultural', '$83 billion in goods' alone, a product, another country: no total."""
    read = _flows(paragraph)
    assert read.get("trade.us_exports_to_japan") in (None, 133_000_000_000)
    assert "trade.us_imports_from_japan" not in read
