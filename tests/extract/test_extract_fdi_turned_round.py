"""A stock of direct investment named as the one before it turned round: 'Investment in the other direction was about
$X', 'American investment flowing the other way', after a sentence naming the other country's stock with its owner and
host. Every sentence is invented for the test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import facts_in

JF, UF = "trade.japan_fdi_stock_in_us", "trade.us_fdi_stock_in_japan"


def _stocks(body: str) -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, "IF11120").items() if key in (JF, UF)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japanese companies' direct investment in the United States reached $902.5 billion at the end of 2030. "
            "Investment in the other direction was much smaller: about $141 billion.",
            {JF: 902_500_000_000, UF: 141_000_000_000},
        ),
        (
            "At the end of 2030, the stock of Japanese direct investment in the United States stood at $902.5 "
            "billion. No other country's was as large. Investment flowing the opposite way, by U.S. firms in Japan, "
            "came to some $141 billion.",
            {JF: 902_500_000_000, UF: 141_000_000_000},
        ),
        (
            "U.S. direct investment in Japan stood at $141 billion at the end of 2030. Investment in the reverse "
            "direction was more than six times as large, at $902.5 billion.",
            {JF: 902_500_000_000, UF: 141_000_000_000},
        ),
    ],
)
def test_the_stock_turned_round_is_the_other_countrys(body: str, expected: dict[str, int]) -> None:
    assert _stocks(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a plan, not a stock
        "Japanese companies' direct investment in the United States reached $902.5 billion at the end of 2030. "
        "Investment in the other direction is expected to reach $160 billion by 2033.",
        # the stock before is another country's
        "British companies' direct investment in the United States reached $702.5 billion at the end of 2030. "
        "Investment in the other direction was much smaller: about $141 billion.",
    ],
)
def test_no_stock_turned_round_from_a_plan_or_another_country(body: str) -> None:
    assert UF not in _stocks(body)
