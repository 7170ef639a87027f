"""A U.S. trade flow with Japan said by how it moved to its value ('U.S. sales to Japan climbed to', 'Purchases from
Japan rebounded as well, reaching', 'ran to some') or in apposition ('Purchases from Japan, at $X, were down from
$Y'); another country's purchases from Japan are not U.S. imports."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORTS, IMPORTS = "trade.us_exports_to_japan", "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("U.S. sales to Japan climbed to $98.4 billion in 2025.", EXPORTS, (98400000000, "exact")),
        (
            "Purchases from Japan, at $150.9 billion in 2025, were down from $155.2 billion in 2024.",
            IMPORTS,
            (150900000000, "exact"),
        ),
        ("China's purchases from Japan reached $150 billion in 2025.", IMPORTS, None),
        ("Trade has risen since 2024, when U.S. exports to Japan were $98.4 billion.", EXPORTS, None),
    ],
)
def test_a_flow_said_by_its_move_or_in_apposition_is_read(body: str, fact: str, value: tuple[int, str] | None) -> None:
    """The value a flow moved to, or stands at in apposition, is the flow's; another country's flow is not."""
    assert facts_in(body).get(fact) == value
