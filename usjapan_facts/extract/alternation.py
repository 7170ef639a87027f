"""Read a page of interleaved lines as its two columns taking turns, line by line, until one of them ends.

Text copied from a two-column page gives the left column's line, then the right one's, down the page; where
one column ends first (the last page's right column, a column cut short by a table), the other runs on alone.
A figure's labels take their turns as any line does, so they are kept in place while the turns are counted
and left out of the joins. Each reading is fixed by where the turns start (the cover's last heading may be
the left column's first line), where they stop, and which column runs on; all of them are weighed in time
linear in the page's lines. Pure, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from usjapan_facts.extract.line_joins import LineJoins

MIN_TURNS = 2
"""Lines taking turns before a column may run on alone (a page's last column may hold a line or two)."""


MIN_LINES = 6
"""Fewer lines than this are no two columns."""


@dataclass(frozen=True)
class Turns:
    """A reading of lines[start:]: `labels[i]` is line start+i's column (0 the left one)."""

    start: int
    labels: list[int]
    score: float


def _read(scorer: LineJoins, label: list[bool], start: int, after: int) -> Turns | None:
    """The best reading of the lines from `start`: turns for the first `stop` lines, then one column alone.

    The left column goes on at the right one's top, and the right one at `after` (the next page's first line).
    """
    n = len(label)
    count = n - start
    if count < MIN_LINES:
        return None
    # prefix[m]: the joins of lines start..start+m-1 taking turns (each to its column's last line before it).
    prefix = [0.0] * (count + 1)
    last_of = [-1, -1]
    # last_before[m][c]: column c's last line among the first m lines taking turns.
    last_before: list[tuple[int, int]] = [(-1, -1)]
    for offset in range(count):
        index = start + offset
        column = offset % 2
        gain = 0.0
        if not label[index]:
            gain = scorer.join(last_of[column], index)
            last_of[column] = index
        prefix[offset + 1] = prefix[offset] + gain
        last_before.append((last_of[0], last_of[1]))
    # suffix[m]: the joins of lines start+m.. read in their own order, from the first of them that is prose.
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
    first_right = next((start + k for k in range(1, count, 2) if not label[start + k]), -1)
    last_prose = first_prose[0]
    for index in range(n - 1, start - 1, -1):
        if not label[index]:
            last_prose = index
            break
    # After `stop` lines taking turns, one column runs on alone: whichever ended, the other goes on. A tie goes
    # to longer turns, then to the column whose turn it is.
    best_score, best_stop, best_column = float("-inf"), count, 0
    for stop in range(MIN_TURNS, count + 1):
        head = first_prose[stop] if stop < count else -1
        for column in (1 - stop % 2, stop % 2):
            score = prefix[stop]
            ends = list(last_before[stop])
            if head >= 0:
                score += scorer.join(ends[column], head) + suffix[stop]
                ends[column] = last_prose
            top = first_right if 0 <= first_right < start + stop else (head if column == 1 else -1)
            if top >= 0 and ends[0] >= 0:
                score += scorer.join(ends[0], top)
            if after >= 0 and ends[1] >= 0:
                score += scorer.join(ends[1], after)
            if score >= best_score:
                best_score, best_stop, best_column = score, stop, column
    labels = [offset % 2 for offset in range(best_stop)] + [best_column] * (count - best_stop)
    return Turns(start, labels, best_score)


def take_turns(lines: list[str], label: list[bool], cover: int, lead: int, after: str = "") -> Turns | None:
    """The best reading of the lines as turns (or None), its score its gain over reading them in their order.

    The turns start after the `cover` lines (the title over both columns, on a brief's first page), or at one
    of the headings after them (`lead` lines stand above the prose): a heading may be the left column's first
    line. Readings that tie start after the cover. `after` is the first line of the next page, if any.
    """
    scorer = LineJoins([*lines, after] if after else lines)
    following = len(lines) if after else -1
    best: Turns | None = None
    for start in range(cover, lead + 1):
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
