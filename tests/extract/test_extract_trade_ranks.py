"""Japan's rank as a market and as a supplier, said without 'exports' or 'imports' beside the rank: 'the
fourth-ranked market for U.S. goods', 'as a supplier it placed fourth', 'making Japan the fourth-biggest market',
'exceeded by those from only four countries'. Another country's rank is never Japan's.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EXPORT = "trade.export_partner_rank"
IMPORT = "trade.import_partner_rank"


@pytest.mark.parametrize(
    ("sentence", "fact", "rank"),
    [
        ("In 2024 Japan was the fifth-ranked market for U.S. goods.", EXPORT, 5),
        ("U.S. goods exports to Japan came to $80 billion in 2024, making Japan the fifth-biggest market.", EXPORT, 5),
        ("In 2024 Japan ranked fifth as a market for American products.", EXPORT, 5),
        ("In 2024, as a supplier, Japan placed fourth.", IMPORT, 4),
        ("U.S. goods imports from Japan were $150 billion in 2024, fourth among suppliers.", IMPORT, 4),
        ("Imports from Japan, at $150 billion in 2024, were exceeded by those from only three countries.", IMPORT, 4),
    ],
)
def test_a_market_or_supplier_rank_is_read_however_it_is_said(sentence: str, fact: str, rank: int) -> None:
    """A market for U.S. goods is an export market; a supplier is a source of imports; 'only three' ahead is 4th."""
    assert facts_in(sentence)[fact] == (rank, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("U.S. goods exports to China were $140 billion in 2024, making China the third-biggest market.", EXPORT),
        ("China was the largest market for U.S. goods in 2024; Japan was well behind.", EXPORT),
        ("Imports from Japan fell in 2024, while Mexico's were exceeded by those from only one country.", IMPORT),
        ("As a supplier of LNG to Japan, Australia placed first in 2024.", IMPORT),
    ],
)
def test_another_countrys_market_or_supplier_rank_is_not_read(sentence: str, fact: str) -> None:
    """A rank the sentence gives to China, Mexico or Australia is not Japan's."""
    assert fact not in facts_in(sentence)


EXPORTS = "trade.us_exports_to_japan"
IMPORTS = "trade.us_imports_from_japan"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("In 2025 Japan was the fifth-largest market for U.S. exports, which edged up to $131.0 billion.", EXPORTS),
        ("In 2025 Japan was the fifth-largest market for U.S. exports, which rose to $131.0 billion.", EXPORTS),
        ("In 2025 Japan was the fourth-largest source of U.S. imports, which slipped to $131.0 billion.", IMPORTS),
    ],
)
def test_a_flow_said_by_how_it_changed_in_a_relative_clause_is_read(sentence: str, fact: str) -> None:
    """'U.S. exports, which edged up to $X': the relative clause of change belongs to its noun's clause."""
    assert facts_in(sentence)[fact] == (131000000000, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025 U.S. imports from China, which fell to $400 billion, shrank again.",
        "In 2025 Japan bought more; U.S. exports to Mexico, which rose to $330 billion, led.",
    ],
)
def test_another_countrys_flow_said_by_its_change_is_not_read(sentence: str) -> None:
    """A flow to or from another country, however its change is worded, is not Japan's."""
    facts = facts_in(sentence)
    assert not {EXPORTS, IMPORTS} & facts.keys()
