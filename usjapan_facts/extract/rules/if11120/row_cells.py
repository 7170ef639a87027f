"""A table row's other cells, read as the row's own words: a rate's row may name its legal authority in a cell of its
own ('Feb. 24-July 23, 2026 | Section 122 | 10%', flattened into one sentence per cell, each led by the row's label).

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Context
from usjapan_facts.extract.rules.if11120.nearby import previous

_CELLS = 4
"""How many cells back a row's sentence looks for its row's authority."""
_LABEL = 4
"""The fewest characters a row's label holds: shorter shared starts are chance ('The ...')."""
CELL_VALUE = re.compile(r"\b(?:rate|tariff|duty|surcharge)s?:\s*$", re.IGNORECASE)
"""The words right before a cell's value: '... rate: 10%'."""


def row_cells(text: str, section: str, context: Context) -> list[str]:
    """The other cells before the sentence's own in its table row, each without the row's label ('legal authority:
    Section 122' before 'February 24-July 23, 2026 rate: 10%'); none outside a table."""
    if not section.startswith("Table"):
        return []
    cells, before = [], text
    for _ in range(_CELLS):
        before = previous(before, context)
        shared = next((at for at, (one, other) in enumerate(zip(before, text, strict=False)) if one != other), 0)
        label = text[: text.rfind(" ", 0, shared) + 1]
        if len(label.strip()) < _LABEL:
            break  # another row, or the table's start
        cells.append(before[len(label) :])
    return cells


__all__ = ["CELL_VALUE", "row_cells"]
