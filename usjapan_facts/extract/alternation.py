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
ABOVE_FIGURE = 2
"""The rows of the left column alone above a figure's caption in the right column: the caption's, and a paragraph's
break in the right column above it."""
STAY_CUT = -1.5
"""A column running alone above a figure while the other is mid-sentence (as the column reader's beam weighs it)."""
MAX_BESIDE = 3
"""Captions a page's reading weighs in either column's place (each doubles the readings weighed)."""
_SOURCE = re.compile(r"(?:Sources?|Notes?):\s")
_FREE, _ABOVE, _UNDER, _CAPTION, _SOURCE_LINE = range(5)
"""How a part is read: freely; above or under a figure in the right column (see `_part`); its caption or source
line."""


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
    beside: int = _FREE,
) -> _Part:
    """Read lines span[0]..span[1]-1 as turns from column `parity`, for `stop` lines, then one column alone.

    For the page's last part, `last` holds the right column's top line (-1 if it opens in this part) and the
    next page's first line (-1 if none): the left column goes on at the one, the right column at the other.
    `beside` (`_ABOVE`, `_UNDER`) reads the part above or under a figure set in the right column, beside which the
    left column runs alone: above it, the left column's line is the last, the turns going on to the right column's
    last line but one or two rows (a paragraph's break) before; under it, the left column's lines all.
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
    for stop in _stops(beside, count):
        head = first_prose[stop] if stop < count else -1
        natural = (stop + parity) % 2
        for column in (0,) if beside else (1 - natural, natural):
            if beside == _ABOVE and (column if stop < count else (count - 1 + parity) % 2):
                continue  # the left column's line is the last above the figure, the caption its row's right
            score = prefix[stop]
            after = list(last_before[stop])
            if head >= 0:
                score += scorer.join(after[column], head) + suffix[stop]
                score += _cut_short(scorer, after[1 - column], count - stop - (column != natural), after_page)
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


def _stops(beside: int, count: int) -> range:
    """How many of a part's `count` lines may take turns before one column runs alone (see `_part`)."""
    if beside == _ABOVE:
        return range(max(MIN_TURNS, count - ABOVE_FIGURE), count + 1)
    if beside == _UNDER:
        return range(1)  # under the figure, the left column runs alone from its first line
    return range(min(MIN_TURNS, count), count + 1)


def _cut_short(scorer: LineJoins, other: int, skipped: int, after_page: int) -> float:
    """What one column running alone above a figure costs, the other skipping `skipped` of its turns there: its
    lines stand side by side, so the other column left that space only if its paragraph ended (line `other`). At
    the page's foot, the other column goes on at the next column's top instead."""
    if after_page != -2 or skipped < 1 or other < 0 or scorer.ends[other] or scorer.heading[other]:
        return 0.0
    return STAY_CUT


def _read(scorer: LineJoins, label: list[bool], start: int, after: int) -> Turns | None:
    """The best reading of the lines from `start`, a part at a time: a figure's caption or source line may put
    the turns out of step (the figure's space lets one column run on alone), so each part takes its own.

    The left column goes on at the right one's top, and the right one at `after` (the next page's first line).
    A figure with no labels in place (an image) leaves blank space in its column, beside which the other runs on.
    Its caption stands in its row in either column's place: in the left one's, a row of its own, and the turns go
    on under it; in the right one's, after a line of the left column (the right one ended its paragraph above the
    figure), and the left column runs on alone under it, beside the image, down to the figure's source line. Each
    caption is weighed both ways (a few a page), and the reading that joins best is kept.
    """
    n = len(label)
    if n - start < MIN_LINES:
        return None
    cuts = [
        index + 1
        for index in range(start, n - 2)
        if _FIGURE.match(scorer.lines[index]) and not label[index + 1] and not label[index + 2]
    ]
    best: Turns | None = None
    places = itertools.product((False, True), repeat=len(cuts)) if len(cuts) <= MAX_BESIDE else [(False,) * len(cuts)]
    for right in places:
        turns = _read_parts(scorer, label, start, after, _spans(scorer, start, n, cuts, right))
        if turns is not None and (best is None or turns.score > best.score):
            best = turns
    return best


def _spans(
    scorer: LineJoins, start: int, n: int, cuts: list[int], right: tuple[bool, ...]
) -> list[tuple[int, int, int]]:
    """The parts of lines start..n-1 as (start, end, how read): cut after each caption, and where a caption stands
    in the right column's place (`right`), the caption a part of its own and the part under it ending at the figure's
    source line."""
    bounds = [start, *cuts, n]
    spans: list[tuple[int, int, int]] = []
    for number, (first, end) in enumerate(itertools.pairwise(bounds)):
        if number and right[number - 1]:
            # The left column alone under the caption, down to the figure's source line (the right column's, as
            # its caption is), under which the turns go on.
            source = next((index for index in range(first, end) if _SOURCE.match(scorer.lines[index])), end)
            spans += [(first, source, _UNDER), *([(source, source + 1, _SOURCE_LINE)] if source < end else [])]
            first = source + 1
        if first < end and number < len(cuts) and right[number]:
            spans += [(first, end - 1, _ABOVE), (end - 1, end, _CAPTION)]
        elif first < end:
            spans.append((first, end, _FREE))
    return spans


def _read_parts(
    scorer: LineJoins, label: list[bool], start: int, after: int, spans: list[tuple[int, int, int]]
) -> Turns | None:
    """The reading of the lines from `start` a part at a time (see `_read`), or None if a part cannot be so read."""
    labels: list[int] = []
    ends = (-1, -1)
    score = 0.0
    for number, (first, end, how) in enumerate(spans):
        if how in (_CAPTION, _SOURCE_LINE):
            labels.append(1)  # a caption or source line in the right column's place, under its last line
            score += scorer.join(ends[1], first) if ends[1] >= 0 else 0.0
            ends = (ends[0], first)
            continue
        top = next((start + k for k, column in enumerate(labels) if column == 1 and not label[start + k]), -1)
        last = (top, after) if number == len(spans) - 1 else (-1, -2)
        parity = len(labels) % 2  # in step with the turns so far, unless the other way reads better
        # Each row gives the left column's line first, so the page's first line is the left column's, and so is the
        # first under a figure's source line in the right column, where both columns go on.
        fresh = not labels or spans[number - 1][2] == _SOURCE_LINE
        sides = (0, 1) if fresh else (parity, 1 - parity)
        options = [
            (_part(scorer, label, (first, end), side, ends, last, how), FIRST_LEFT if fresh and side else 0.0)
            for side in sides
        ]
        part = max(options, key=lambda option: option[0].score + option[1])[0]
        if len(part.labels) != end - first:
            return None
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
