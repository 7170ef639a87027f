"""Lay a PDF's text lines out as `pdftotext -layout` would, with the gutter between its columns kept clear.

pdfminer.six gives each line of text with its place on the page. On a two-column page the gutter is the
band across the page's middle that no line crosses; the lines are set out row by row, the left column's
text from the page's left margin and the right column's from a position past the longest left line, so
that `layout_text` reads them column by column as it reads `pdftotext -layout`. A line that runs out of its
column across the gutter is put back in it (`_crossing_sides`). A page without a gutter is None, so the caller
reads it as before. Pure, no I/O.
"""

from __future__ import annotations

import re
import statistics
import textwrap
from dataclasses import dataclass

from usjapan_facts.extract.line_joins import TABLE_ROW

MIN_GUTTER_POINTS = 6.0
MIN_LINES_EACH_SIDE = 3
ALIGN_POINTS = 0.5
MIN_ALIGNED = 3
"""Lines starting (or ending) within this many points of each other, this many at least, share a column's edge."""
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
    # A table's cell set flush right may run out across the gutter: lines that end where others do and start where
    # none does are no line across the page.
    for line in [line for line in lines if not _flush_right(lines, line)]:
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
        # A right column of a few lines (the authors' names beside the left column's last paragraphs) lies inside
        # the band: the band ends where a column's lines start together.
        edges = [line.x0 for line in lines if position + MIN_GUTTER_POINTS <= line.x0 < end]
        end = min((int(edge) for edge in edges if _anchored(lines, edge, "x0")), default=end)
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


def _anchored(lines: list[Line], value: float, edge: str) -> bool:
    """Tell whether `value` is where enough lines start (`edge` 'x0') or end ('x1') to be a column's edge."""
    return sum(1 for line in lines if abs(getattr(line, edge) - value) <= ALIGN_POINTS) >= MIN_ALIGNED


def _flush_right(lines: list[Line], line: Line) -> bool:
    """Tell whether `line` is set flush right: its right end lines up with other lines', its left end with none."""
    return _anchored(lines, line.x1, "x1") and not _anchored(lines, line.x0, "x0")


def _level(line: Line, other: Line) -> bool:
    """Tell whether two lines share part of their height on the page."""
    return line.bottom < other.top and other.bottom < line.top


def _crossing_sides(lines: list[Line], gutter: tuple[float, float]) -> dict[Line, str]:
    """The column each line across the gutter belongs to, where its place tells.

    A cell of a right column's table set flush right may run out leftwards across the gutter: its right end lines
    up with other lines' right ends past the gutter, its left end with nothing. A figure's source line may run out
    of the left column rightwards, level with the right column's text, so it stands over no two columns. Any other
    line across the gutter (a title, a wide figure, nothing level with it) stays across both.
    """
    sides: dict[Line, str] = {}
    right_lines = [other for other in lines if other.x0 >= gutter[1] - 1]
    for line in lines:
        if line.x0 < gutter[0] and line.x1 > gutter[1] + ALIGN_POINTS:
            starts = _anchored(lines, line.x0, "x0")
            if not starts and _anchored([other for other in lines if other.x1 > gutter[1]], line.x1, "x1"):
                sides[line] = "right"
            elif any(_level(line, other) for other in right_lines):
                sides[line] = "left"
    return sides


def _wrapped(line: Line, end: float) -> list[str]:
    """A left column's line that runs out across the gutter, wrapped at the words that end before `end`."""
    room = int((end - line.x0) * len(line.text) / max(1.0, line.x1 - line.x0))
    return textwrap.wrap(line.text, max(1, room), break_long_words=False) or [line.text]


def page_layout(lines: list[Line], width: float) -> str | None:
    """Return one page's lines set out as layout text with a clear gutter, or None if it has one column."""
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return None
    gutter = _gutter(lines, width)
    if gutter is None:
        return None
    sides = _crossing_sides(lines, gutter)
    pieces = {line: _wrapped(line, gutter[0]) if sides.get(line) == "left" else [line.text] for line in lines}
    # Points per character, from the lines themselves: positions keep the page's proportions.
    per_char = statistics.median((line.x1 - line.x0) / max(1, len(line.text)) for line in lines) or 1.0
    margin = min(line.x0 for line in lines)
    right = [line for line in lines if line.x0 >= gutter[1] - 1]
    right_at = min((line.x0 for line in right), default=gutter[1])
    left_end = max(
        round((line.x0 - margin) / per_char) + max(map(len, pieces[line]))
        for line in lines
        if line.x0 < gutter[0] and sides.get(line) != "right"
    )
    column = left_end + 4
    out = []
    for row in _rows(lines):
        on_right = [line for line in row if line.x0 >= gutter[1] - 1 or sides.get(line) == "right"]
        # A cell run out leftwards is set flush right: its right end tells its place among the row's cells.
        on_right.sort(key=lambda line: line.x1 if sides.get(line) == "right" else line.x0)
        text, spill = "", []
        for line in [line for line in row if line not in on_right] + on_right:
            if line in on_right:
                at = column + max(0, round((line.x0 - right_at) / per_char))
            else:
                at = round((line.x0 - margin) / per_char)
            at = max(at, len(text) + 2) if text else at
            first, *rest = pieces[line]
            text = f"{text:<{at}}{first}"
            spill += [" " * at + piece for piece in rest]
        out += [text, *spill]
    return "\n".join(out)


def table_rows(lines: list[Line]) -> str | None:
    """Return a one-column page's lines row by row, a table's cells apart by runs of spaces, or None.

    Only a page whose every row of several pieces reads as a table's row, or as its header of words over one, is set
    out so (two short columns side by side would run together); for any other, None.
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
            if not TABLE_ROW.fullmatch(text) and not _header(row, rows[number + 1]):
                return None
            tables += 1
        out.append(text)
    return "\n".join(out) if tables else None


HEADER_WORDS = 5
"""A header's title is a few words ('U.S. exports to Japan'), never a sentence."""


def _header(row: list[Line], below: list[Line]) -> bool:
    """Tell whether a row is a table's header of words ('Flow  Goods Services  Total') over a row of its cells."""
    cells = "  ".join(line.text.strip() for line in below)
    titles = [line.text.strip() for line in row]
    return (
        len(below) > 1
        and TABLE_ROW.fullmatch(cells) is not None
        and all(len(title.split()) <= HEADER_WORDS and title[-1] not in ".;:!?" and wordy(title) for title in titles)
    )
