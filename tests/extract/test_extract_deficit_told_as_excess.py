"""IF11120's goods deficit told without a deficit word, as imports' excess over exports, read by the roles of the two
terms compared ('Goods imports, which fell ..., exceeded goods exports by $X', 'what Americans paid for Japanese goods
topped what Japanese buyers paid for American goods by $X', 'bought $X more goods from Japan than it sold there',
in the passive); a deficit 'widened to $X from $Y in 2021' (the figure of the year after). Sentences invented for
the test."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _deficit(paragraph: str) -> tuple[Any, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    found = facts.get("trade.goods_deficit")
    return (found.value, found.period) if found else (None, None)


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (
            "Goods imports, which fell by about 4% as automakers cut shipments ahead of the auto tariff, exceeded "
            "goods exports by $65.3 billion in 2031.",
            (65_300_000_000, "2031"),
        ),
        (
            "In 2031, what Americans paid for Japanese goods topped what Japanese buyers paid for American goods by "
            "$71.4 billion.",
            (71_400_000_000, "2031"),
        ),
        (
            "In 2031, Japan's sales of merchandise to the United States outstripped U.S. merchandise sales to Japan "
            "by $58.2 billion.",
            (58_200_000_000, "2031"),
        ),
        ("The goods deficit widened to $67.9 billion from $60.2 billion in 2030.", (67_900_000_000, "2031")),
        (
            "In 2031 the United States imported $69.1 billion more in goods from Japan than it exported to it.",
            (69_100_000_000, "2031"),
        ),
        (
            "Japanese firms sold $70.3 billion more goods to U.S. customers than they bought from them in 2031.",
            (70_300_000_000, "2031"),
        ),
        (
            "In 2031, U.S. goods exports to Japan were exceeded by goods imports from Japan by $66.0 billion.",
            (66_000_000_000, "2031"),
        ),
    ],
)
def test_the_deficit_told_as_an_excess_or_a_change_is_read(paragraph: str, read: tuple[Any, Any]) -> None:
    """Japan's sales exceeding the U.S. sales, both of goods, by the amount: the deficit."""
    assert _deficit(paragraph) == read


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, goods exports to Japan exceeded goods imports from it by $5.2 billion.",
        "In 2031, services imports from Japan exceeded services exports to it by $12.4 billion.",
        "In 2031, U.S. goods imports from China exceeded goods exports to China by $295.4 billion.",
        "In 2031, goods imports, which fell by about 4%, exceeded goods exports by some 12%.",
        "In 2031 the United States bought $5.1 billion more goods from Japan than it did in 2030.",
        "In 2031 Japan bought $5.1 billion more U.S. goods than China did.",
        "In 2031, goods imports from Japan were exceeded by goods exports to Japan by $3.0 billion.",
    ],
)
def test_a_surplus_a_services_gap_or_another_country_s_is_not_the_deficit(paragraph: str) -> None:
    """Traps: the other way round, services, China's flows, a share, a change from a year before."""
    assert _deficit(paragraph) == (None, None)
