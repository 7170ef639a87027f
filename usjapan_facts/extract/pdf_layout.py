"""Lay a PDF's text lines out as `pdftotext -layout` would, with the gutter between its columns kept clear.

pdfminer.six gives each line of text with its place on the page. On a two-column page the gutter is the
band across the page's middle that no line crosses; the lines are set out row by row, the left column's
text from the page's left margin and the right column's from a position past the longest left line, so
that `layout_text` reads them column by column as it reads `pdftotext -layout`. A page without a gutter
is None, so the caller reads it as before. Pure, no I/O.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from usjapan_facts.extract.line_joins import TABLE_ROW

MIN_GUTTER_POINTS = 6.0
MIN_LINES_EACH_SIDE = 3
ROW_SHARE = 0.6
"""Lines whose tops lie within this share of a line's height of each other share a row."""


@dataclass(frozen=True)
class Line:
    """One line of text on a page: its left and right ends and top in points, and its words."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """Find the band between the columns that (nearly) no line crosses, or None for one column."""
    steps = [0] * (int(width) + 2)
    for line in lines:
        steps[max(0, int(line.x0))] += 1
        steps[min(len(steps) - 1, int(line.x1) + 1)] -= 1
    counts, total = [], 0
    for step in steps:
        total += step
        counts.append(total)
    allowed = max(1, len(lines) // 15)  # a title or a wide figure may cross it
    best: tuple[int, float, float] | None = None
    position = int(width / 4)
    while position < int(3 * width / 4):
        end = position
        while end < int(width) and counts[end] <= allowed:
            end += 1
        if end - position >= MIN_GUTTER_POINTS:
            # Prose on both sides: a table's columns of figures are no page's columns.
            sides = min(
                sum(1 for line in lines if line.x1 <= position + 1 and wordy(line.text)),
                sum(1 for line in lines if line.x0 >= end - 1 and wordy(line.text)),
            )
            if best is None or sides > best[0]:
                best = (sides, float(position), float(end))
        position = end + 1
    if best is None or best[0] < MIN_LINES_EACH_SIDE:
        return None
    return best[1], best[2]


def wordy(text: str) -> bool:
    """Tell whether a line holds words, not only figures (a table's cells, a figure's ticks)."""
    return len(_WORD.findall(text)) >= MIN_WORDS


_WORD = re.compile(r"[A-Za-z]{2,}")
MIN_WORDS = 1


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Group lines into rows, top to bottom, each row's lines left to right."""
    tolerance = ROW_SHARE * statistics.median(line.top - line.bottom for line in lines)
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: -line.top):
        if rows and rows[-1][0].top - line.top <= tolerance:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda line: line.x0) for row in rows]


def page_layout(lines: list[Line], width: float) -> str | None:
    """Return one page's lines set out as layout text with a clear gutter, or None if it has one column."""
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return None
    gutter = _gutter(lines, width)
    if gutter is None:
        return None
    # Points per character, from the lines themselves: positions keep the page's proportions.
    per_char = statistics.median((line.x1 - line.x0) / max(1, len(line.text)) for line in lines) or 1.0
    margin = min(line.x0 for line in lines)
    right = [line for line in lines if line.x0 >= gutter[1] - 1]
    right_at = min((line.x0 for line in right), default=gutter[1])
    left_end = max(round((line.x0 - margin) / per_char) + len(line.text) for line in lines if line.x0 < gutter[0])
    column = left_end + 4
    out = []
    for row in _rows(lines):
        text = ""
        for line in row:
            if line.x0 >= gutter[1] - 1:
                at = column + max(0, round((line.x0 - right_at) / per_char))
            else:
                at = round((line.x0 - margin) / per_char)
            at = max(at, len(text) + 2) if text else at
            text = f"{text:<{at}}{line.text}"
        out.append(text)
    return "\n".join(out)


def table_rows(lines: list[Line]) -> str | None:
    """Return a one-column page's lines row by row, a table's cells apart by runs of spaces, or None.

    Only a page whose every row of several pieces reads as a table's row is set out so (two short columns
    side by side would run together); for any other, None.
    """
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return None
    out = []
    tables = 0
    rows = _rows(lines)
    for number, row in enumerate(rows):
        text = "  ".join(line.text.strip() for line in row)
        if len(row) > 1 and 0 < number < len(rows) - 1:  # a page's header and footer may hold several pieces
            if not TABLE_ROW.fullmatch(text):
                return None
            tables += 1
        out.append(text)
    return "\n".join(out) if tables else None
