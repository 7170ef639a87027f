"""A table's header set over two lines in layout text, made one row of headers that lines up with the rows below.

A PDF's table sets a long header on two lines ('Japan's' / 'rank, 2024', 'Value,' / '2030') and a short one
half-way down the taller row, which `pdftotext` puts on either line ('Flow  2023  Japan's' / '2024 rank, 2024').
Its first row of figures tells how many headers there are: each cell of the second line either goes on from a
header above it (a wrapped title's words) or is a header of its own (a year's). Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = re.compile(r"(?:FY\s?)?((?:19|20)\d{2})")
_MAX_WORDS = 4
_PENDING = re.compile(r"(?:[,(]|\b(?:of|in|and|the|to|among|per))$")
"""A header's first line that stops where its words must go on ('Value,', 'Share of', 'Rank among')."""


_RUN = re.compile(r"\s{2,}")


def line_cells(lines: Sequence[str], at: int) -> list[str]:
    """The cells of the line at `at` (none past the last line): its text cut at each run of spaces."""
    return [cell for cell in _RUN.split(lines[at].strip()) if cell] if at < len(lines) else []


def _header_cell(cell: str) -> bool:
    """A header's words, not a row's figure: a year at most, a few words, or a note in brackets ('(projected)')."""
    return not re.search(r"\d", _YEAR.sub("", cell)) and len(cell.split()) <= _MAX_WORDS


def _goes_on(cell: str, pending: bool) -> bool:
    """Tell whether a cell reads as the rest of a header above it: in lower case, a note in brackets, or any words
    where the header above stops mid-phrase ('Value,' / '2029')."""
    return pending or cell[:1].islower() or cell.startswith("(")


def _year(cell: str) -> int | None:
    found = _YEAR.fullmatch(cell.strip())
    return int(found.group(1)) if found else None


def two_line_header(top: Sequence[str], bottom: Sequence[str], row: Sequence[str]) -> list[str] | None:
    """The headers of `top` (the header's first line) and `bottom` (its second line's cells) as one row, as many as
    the cells of `row` (the first row of figures under them), or None where they cannot be made to."""
    width = len(row)
    new = width - len(top)
    if not top or not bottom or new < 0 or new > len(bottom) or not all(_header_cell(cell) for cell in bottom):
        return None
    if _header_cell(row[-1]) or len(top) < 2:
        return None  # no row of figures under it
    if (
        new == 1
        and len(bottom) == len(top)
        and all(_PENDING.search(head) or cell.startswith("(") for head, cell in zip(top, bottom, strict=True))
    ):
        # Each title wrapped under itself over the figures only ('House of' / 'Representatives'): the labels'
        # column has none.
        return ["", *(f"{head} {cell}" for head, cell in zip(top, bottom, strict=True))]
    going_on = len(bottom) - new
    # The words that go on from a header above: those in lower case first, then (a wrapped title's tail is at
    # the right) the last cells.
    lower = [at for at, cell in enumerate(bottom) if cell[:1].islower()]
    rest = [at for at in range(len(bottom) - 1, -1, -1) if at not in lower]
    tails = sorted((lower + rest)[:going_on]) if going_on else []
    # The headers they go on from: those that stop mid-phrase, then the rightmost headers that name no year (the
    # labels' title last: 'Trade' / 'flow').
    pending = [at for at, cell in enumerate(top) if at and _PENDING.search(cell)]
    worded = [at for at in range(len(top) - 1, -1, -1) if at not in pending and _year(top[at]) is None]
    heads = sorted((pending + worded)[:going_on])
    if len(heads) < going_on:
        return None
    news = [cell for at, cell in enumerate(bottom) if at not in tails]
    if any(not _goes_on(bottom[tail], head in pending) for head, tail in zip(heads, tails, strict=True)) or any(
        _year(cell) is None for cell in news
    ):
        return None  # a row of words ('Ruling bloc  LDP-Komeito'), no header's rest: a title's own line is a year's
    merged = list(top)
    for head, tail in zip(heads, tails, strict=True):
        merged[head] = f"{merged[head]} {bottom[tail]}"
    for at, cell in enumerate(bottom):
        if at in tails:
            continue
        year = _year(cell)
        before = [i for i, head in enumerate(merged) if (_year(head) or 0) and year and (_year(head) or 0) < year]
        merged.insert(before[-1] + 1 if before else len(merged), cell)  # a year's header after the earlier years'
    return merged if len(merged) == width else None


_TITLES_MET = re.compile(
    r"(?P<head>.*(?:^|\s)(?!(?:of|and|or|the|in|to|for|on|by|with|at|from|per|among|a|an)\s)[a-z][\w.'\u2019]*)"
    r" (?P<tail>[A-Z]\S*(?: [a-z]\S*)*)"
)
"""Two titles set one space apart: the first ends on a word in lower case, the last opens on a capital and goes on
in lower case ('U.S. imports Balance', 'U.S. exports U.S. imports'); a title in title case ('Upper House') or going
on from a small word ('Rest of Japan') is one."""


def widened(header: list[str], width: int) -> list[str]:
    """A header with fewer cells than its rows, its last titles set one space apart ('U.S. imports Balance'), parted
    from the right until it has `width` cells or no two titles are left to part."""
    cells = list(header)
    while len(cells) < width:
        met = next(
            ((at, found) for at in range(len(cells) - 1, -1, -1) if (found := _TITLES_MET.fullmatch(cells[at]))), None
        )
        if met is None:
            break  # as far as it goes: a header over the figures only leaves the labels' column untitled
        cells[met[0] : met[0] + 1] = [met[1].group("head"), met[1].group("tail")]
    return cells


__all__ = ["line_cells", "two_line_header", "widened"]
