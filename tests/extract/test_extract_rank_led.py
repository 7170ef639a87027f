"""Japan's place said by another country's, the one right behind or ahead of it: a country second to Japan or pushed
into second place by it (Japan first), Japan just below a country said to lead, the two largest with who is ahead,
and the one country whose stock alone is larger (Japan second). A country second to another than Japan says nothing
of Japan.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

FDI, TREASURY = "trade.fdi_source_rank", "trade.treasury_holder_rank"


def _ranks(body: str) -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body).items() if fact.endswith("_rank")}


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        (
            "Canada's investors ranked second to Japan's as holders of foreign direct investment in the United States "
            "at the end of 2025.",
            {FDI: 1},
        ),
        (
            "The United Kingdom, long the leading source of foreign direct investment in the United States, was "
            "pushed into second place by Japan in 2025.",
            {FDI: 1},
        ),
        (
            "Japanese direct investment in the United States, $800 billion at the end of 2025, ranks just below that "
            "of the United Kingdom, the leader.",
            {FDI: 2},
        ),
        (
            "Japan and China are the two largest foreign holders of U.S. Treasury securities, with China slightly "
            "ahead.",
            {TREASURY: 2},
        ),
        (
            "Japan and China are the two largest foreign holders of U.S. Treasury securities, with Japan narrowly "
            "ahead.",
            {TREASURY: 1},
        ),
        (
            "Japanese firms held $800 billion of direct investment in the United States in 2025, and the United "
            "Kingdom's alone was larger.",
            {FDI: 2},
        ),
        (
            "Canada's investors ranked second to Britain's as holders of foreign direct investment in the United "
            "States in 2025.",
            {},
        ),
    ],
)
def test_a_place_said_by_the_country_beside_japan_is_read(body: str, ranks: dict[str, int]) -> None:
    assert _ranks(body) == ranks
