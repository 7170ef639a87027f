"""Tell a table's rows from each other in text copied from a two-column PDF page: which rows are one table's.

A table's row comes out of a PDF as its cells apart by runs of spaces ('USJTA  10/7/2019  1/1/2020'); two tables
set side by side, or a table beside the other column's prose, give their lines in turns. A table's rows share a
shape: as many cells, each column of one kind (a figure, a date, a word, or left empty), under a header row of
words or years that may leave the label's cell blank. A row that does not take the shape of the row above is
another table's. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.table_cells import LAYOUT_CELL

_GAP = re.compile(r"\s{2,}")
_DATE = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?\d{4}"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIGURE = re.compile(LAYOUT_CELL)
_EMPTY = {"", "\u2014", "\u2013", "-", "n.a.", "n/a", "NA", "na", "..."}

Shape = tuple[str, ...]
MAX_CELLS = 8
MAX_CELL = 32
"""A cell of a table's row is short: a longer run of words between wide spaces is prose."""


def _kind(cell: str) -> str:
    if cell in _EMPTY:
        return "empty"
    if _DATE.fullmatch(cell):
        return "date"
    if _YEAR.fullmatch(cell):
        return "year"
    if _FIGURE.fullmatch(cell):
        return "figure"
    return "period" if _YEAR_IN.search(cell) else "word"  # 'by Oct. 2021', 'Jan.-Oct. 2022', 'FY2024'


def row_shape(line: str) -> Shape | None:
    """The kinds of a row's cells, where the line reads as a table's row (its cells apart by runs of spaces)."""
    cells = _GAP.split(line.strip())
    if len(cells) < 2 or len(cells) > MAX_CELLS or any(len(cell) > MAX_CELL for cell in cells):
        return None
    kinds = tuple(_kind(cell) for cell in cells)
    # Two spaces after a sentence's stop or a comma are typing, not a table's gap.
    words = [cell for cell, kind in zip(cells, kinds, strict=True) if kind == "word"]
    return None if any(cell.endswith((".", ",", ";", ":")) for cell in words) else kinds


HEADER = frozenset(["word", "year", "period"])
"""The cells of a table's header row: titles, years and periods ('Flow  2021  Jan.-Oct. 2022'), no figure or day."""


def _same(before: str, after: str) -> bool:
    numbers = {"figure", "year"}
    words = {"word", "date", "period"}  # 'by Oct. 2021' / 'July 2019'; 'Pending' / '3/28/2023'
    return before == after or "empty" in (before, after) or {before, after} <= numbers or {before, after} <= words


def rows_agree(before: Shape, after: Shape) -> bool:
    """Tell whether row `after` goes on the table of row `before`: the same shape, or `before` its header row."""
    if all(kind in HEADER for kind in before) and len(after) in (len(before), len(before) + 1):
        return True  # 'Rank  Partner  Trade' / '1  European Union  1,343'; '2021  2022' / 'Goods  74.6  80.2'
    return len(before) == len(after) and all(_same(a, b) for a, b in zip(before, after, strict=True))


def same_table(before: str, after: str) -> bool:
    """Tell whether line `after` is a row of the table whose row (or header row) is line `before`."""
    shapes = row_shape(before), row_shape(after)
    return shapes[0] is not None and shapes[1] is not None and rows_agree(shapes[0], shapes[1])
