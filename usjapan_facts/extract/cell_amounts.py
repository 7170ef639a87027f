"""A table cell's amount: its figure in whole units by the unit its table gives, and the qualifier its marks or hedge
make ('~121' about, '50+' over, 'about $121.1 billion'). Shared by the readers of a table by roles (`cell_roles`,
`flat_tables`). Pure, no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract.hedges import HEDGE, qualifier_of
from usjapan_facts.extract.table_cells import SCALE_WORDS, number

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_MARK = re.compile(r"~|\u2248|<|>|\(?approx(?:imately|\.)?\)?|\(?e(?:st)?\.?\)|\+$")
_MARKS = {"~": "about", "\u2248": "about", "<": "under", ">": "over", "+": "over"}
_HEDGED = re.compile(rf"(?P<hedge>{HEDGE})\s+(?=[$\d])", I)


def _qualified(cell: str) -> tuple[str, str]:
    """The cell without its hedge marks, and the qualifier they make: '~121' is about 121, '50+' over 50."""
    qualifier = "exact"
    for mark in _MARK.finditer(cell):
        said = mark.group(0).strip("()").casefold()
        qualifier = _MARKS.get(said[:1] if said[:1] in "~\u2248<>" else said, "about")
    text = _MARK.sub(" ", cell).strip()
    if hedged := _HEDGED.match(text):
        qualifier = qualifier_of(hedged.group("hedge"))
        text = text[hedged.end() :]
    return text, qualifier


def cell_amount(cell: str, unit: int | None) -> tuple[Decimal, str] | None:
    """A cell's amount in whole units ('121.1' under '$ billions', '$121.1 billion'), and its qualifier."""
    text, qualifier = _qualified(" ".join(cell.replace("_", " ").split()))
    words = text.split()
    if not words or len(words) > 2:
        return None
    figure = number(words[0])
    multiplier = SCALE_WORDS.get(words[1].casefold().rstrip("s")) if len(words) == 2 else unit
    if figure is None or multiplier is None or (len(words) == 1 and "$" in words[0] and unit is None):
        return None
    return figure * multiplier, qualifier


__all__ = ["cell_amount"]
