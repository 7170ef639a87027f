"""Read a page of interleaved lines as its two columns taking turns, line by line, until one of them ends.

Text copied from a two-column page gives the left column's line, then the right one's, down the page; where
one column ends first (the last page's right column, a column cut short by a table), the other runs on alone.
A figure's labels take their turns as any line does, so they are kept in place while the turns are counted
and left out of the joins. Each reading is fixed by where the turns start (the cover's last heading may be
the left column's first line), where they stop, and which column runs on; all of them are weighed in time
linear in the page's lines. Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from usjapan_facts.extract.line_joins import LineJoins

MIN_TURNS = 2
"""Lines taking turns before a column may run on alone (a page's last column may hold a line or two)."""


_FIGURE = re.compile(r"(?:Figure|Chart|Map)\s+\d+\.\s")
MAX_LEAD = 2
"""Headings over the columns that may be the left column's first lines: a page opens with a heading or two."""
BROKEN = -1.0
"""A join scored this low breaks a sentence."""
MIN_LINES = 6
"""Fewer lines than this are no two columns."""
FIRST_LEFT = -1.0
"""A page read with its first line in the right column: the left one must have left its top blank."""


@dataclass(frozen=True)
class Turns:
    """A reading of lines[start:]: `labels[i]` is line start+i's column (0 the left one)."""

    start: int
    labels: list[int]
    score: float


@dataclass(frozen=True)
class _Part:
    """The best reading of one part of a page (lines start..end-1) given each column's last line before it."""

    score: float
    labels: list[int]
    ends: tuple[int, int]


def _part(
    scorer: LineJoins,
    label: list[bool],
    span: tuple[int, int],
    parity: int,
    ends: tuple[int, int],
    last: tuple[int, int],
) -> _Part:
    """Read lines span[0]..span[1]-1 as turns from column `parity`, for `stop` lines, then one column alone.

    For the page's last part, `last` holds the right column's top line (-1 if it opens in this part) and the
    next page's first line (-1 if none): the left column goes on at the one, the right column at the other.
    """
    start, end = span
    top_known, after_page = last
    count = end - start
    # prefix[m]: the joins of the first m lines taking turns (each to its column's last line before it).
    prefix = [0.0] * (count + 1)
    last_of = list(ends)
    # last_before[m][c]: column c's last line once the first m lines have taken turns.
    last_before: list[tuple[int, int]] = [ends]
    for offset in range(count):
        index = start + offset
        column = (offset + parity) % 2
        gain = 0.0
        if not label[index]:
            gain = scorer.join(last_of[column], index)
            last_of[column] = index
        prefix[offset + 1] = prefix[offset] + gain
        last_before.append((last_of[0], last_of[1]))
    # suffix[m]: the joins of the lines from the m-th on, read in their own order; first_prose[m] the first.
    suffix = [0.0] * (count + 1)
    first_prose = [-1] * (count + 1)
    following = -1
    total = 0.0
    for offset in range(count - 1, -1, -1):
        index = start + offset
        if not label[index]:
            if following >= 0:
                total += scorer.join(index, following)
            following = index
        suffix[offset] = total
        first_prose[offset] = following
    last_prose = next((index for index in range(end - 1, start - 1, -1) if not label[index]), -1)
    first_right = next((start + k for k in range(count) if (k + parity) % 2 and not label[start + k]), -1)
    # After `stop` lines taking turns, one column runs on alone: whichever ended, the other goes on. A tie goes
    # to longer turns, then to the column whose turn it is.
    # The best reading's score, `stop`, column and columns' last lines; its labels are built once, at the end (built
    # at each better or tying reading, they made the part's work grow with the square of its lines).
    best = (float("-inf"), -1, 0, ends)
    for stop in range(min(MIN_TURNS, count), count + 1):
        head = first_prose[stop] if stop < count else -1
        natural = (stop + parity) % 2
        for column in (1 - natural, natural):
            score = prefix[stop]
            after = list(last_before[stop])
            if head >= 0:
                score += scorer.join(after[column], head) + suffix[stop]
                after[column] = last_prose
            if after_page != -2:
                right = first_right if 0 <= first_right < start + stop else (head if column == 1 else -1)
                top = top_known if top_known >= 0 else right
                score += scorer.join(after[0], top) if top >= 0 and after[0] >= 0 else 0.0
                score += scorer.join(after[1], after_page) if after_page >= 0 and after[1] >= 0 else 0.0
            if score >= best[0]:
                best = (score, stop, column, (after[0], after[1]))
    score, stop, column, last_lines = best
    if stop < 0:
        return _Part(score, [], last_lines)
    return _Part(score, [(offset + parity) % 2 for offset in range(stop)] + [column] * (count - stop), last_lines)


def _read(scorer: LineJoins, label: list[bool], start: int, after: int) -> Turns | None:
    """The best reading of the lines from `start`, a part at a time: a figure's caption or source line may put
    the turns out of step (the figure's space lets one column run on alone), so each part takes its own.

    The left column goes on at the right one's top, and the right one at `after` (the next page's first line).
    """
    n = len(label)
    if n - start < MIN_LINES:
        return None
    # A figure with no labels in place (an image) leaves blank space in its column, beside which the other runs on.
    cuts = [
        index + 1
        for index in range(start, n - 2)
        if _FIGURE.match(scorer.lines[index]) and not label[index + 1] and not label[index + 2]
    ]
    spans = list(itertools.pairwise([start, *cuts, n]))
    labels: list[int] = []
    ends = (-1, -1)
    score = 0.0
    for number, span in enumerate(spans):
        top = next((start + k for k, column in enumerate(labels) if column == 1 and not label[start + k]), -1)
        last = (top, after) if number == len(spans) - 1 else (-1, -2)
        parity = len(labels) % 2  # in step with the turns so far, unless the other way reads better
        sides = (parity, 1 - parity) if labels else (0, 1)
        # Each row gives the left column's line first, so the page's first line is the left column's.
        options = [
            (_part(scorer, label, span, side, ends, last), 0.0 if labels or not side else FIRST_LEFT) for side in sides
        ]
        part = max(options, key=lambda option: option[0].score + option[1])[0]
        labels += part.labels
        ends = part.ends
        score += part.score
    return Turns(start, labels, score)


def page_joins(lines: list[str], after: str = "") -> LineJoins:
    """The joins of a page's lines, and of its last line to `after` (the next page's first line), if any."""
    return LineJoins([*lines, after] if after else lines, page=True)


def take_turns(scorer: LineJoins, label: list[bool], cover: int, lead: int) -> Turns | None:
    """The best reading of the lines as turns (or None), its score its gain over reading them in their order.

    The turns start after the `cover` lines (the title over both columns, on a brief's first page), or at one
    of the headings after them (`lead` lines stand above the prose): a heading may be the left column's first
    line. Readings that tie start after the cover. The scorer holds the next page's first line after the
    page's lines, if there is one.
    """
    following = len(label) if len(scorer.lines) > len(label) else -1
    best: Turns | None = None
    for start in range(cover, min(lead, cover + MAX_LEAD) + 1):
        turns = _read(scorer, label, start, following)
        if turns is None:
            continue
        gain = turns.score - plain(scorer, label, start, following)
        if best is None or gain > best.score:
            best = Turns(start, turns.labels, gain)
    return best


def plain(scorer: LineJoins, label: list[bool], start: int, after: int) -> float:
    """The joins of lines `start`.. read in their own order, leaving out a figure's labels, and on to `after`."""
    total = 0.0
    last = -1
    for index in range(start, len(label)):
        if label[index]:
            continue
        total += scorer.join(last, index)
        last = index
    return total + (scorer.join(last, after) if after >= 0 and last >= 0 else 0.0)


def broken_joins(scorer: LineJoins, label: list[bool], start: int, columns: list[int]) -> int:
    """How many of a reading's joins break a sentence (a stop then lower case, a cut line then a heading)."""
    last = [-1, -1]
    broken = 0
    for offset, column in enumerate(columns):
        index = start + offset
        if label[index]:
            continue
        if last[column] >= 0 and scorer.join(last[column], index) <= BROKEN:
            broken += 1
        last[column] = index
    return broken
