"""Reassemble text whose lines interleave the two columns of the brief's PDF page.

Text copied from a two-column PDF runs down the page: a line of the left column, then the line of the right
column level with it, so each sentence is cut by lines of the other column. A run of short lines whose plain
reading breaks (a sentence that ends, then a line in lower case; a line cut mid-sentence, then a heading; a
hanging "the", then "The ...") is read again as two columns. Each line goes to the column it continues best
(`line_joins`), and the page's layout weighs in: the columns' lines stand side by side, so two lines in a row
from one column need the other to have ended a paragraph there, and a third needs a heading's or a figure's
space. A beam search keeps the work linear in the number of lines. The cover's dateline, title and first
heading are read first, as they are. A reading is kept only if it alternates, as interleaved lines do, and
reads much better than the plain order. Pure, no I/O.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator

from usjapan_facts.extract.alternation import broken_joins, page_joins, take_turns
from usjapan_facts.extract.column_glue import carry_rows, figure_labels, glue, is_footer, without_chrome
from usjapan_facts.extract.column_lines import dated_lines
from usjapan_facts.extract.line_breaks import hangs, right_first
from usjapan_facts.extract.line_joins import (
    ASIDE,
    LineJoins,
    heading_like,
)
from usjapan_facts.extract.table_columns import rows_kept
from usjapan_facts.extract.table_groups import rows_carried

_DATELINE = re.compile(r"(?:CRS In Focus\s+)?Updated\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}$")
MIN_RUN = 6
MAX_RUN = 300
MAX_COLUMN_LINES = 3000
"""Lines read as columns per text; a brief has a few hundred. Past this, interleaved runs are left out."""
MAX_LINE = 100
BEAM = 12
GAIN_MIN = 3.0
GAIN_PER_LINE = 0.2
MIN_SWITCH_SHARE = 0.75
"""Of the lines read as columns, the share that must change column: real copies show 0.91-0.97, generated
pages at least 0.80, prose mistaken for columns up to about 0.7."""
LONG_RUN = 30
TURNS_FIXED = 3
"""The columns taking turns must mend at least this many sentences that the lines in their own order break."""
TURNS_BROKEN = 1
"""The columns taking turns are read so unless they break this many more sentences than a freer reading."""
SWITCH = 0.3
"""A small prior for alternating columns, which is how interleaved text mostly goes."""
STAY_CUT = -1.5
"""Two lines in a row from one column while the other is mid-sentence: its lines sit side by side, so rare."""
STAY_LONG = -1.5
"""Three in a row: the other column left more space than a paragraph break, which only a heading or figure does."""


def _plain_score(scorer: LineJoins) -> float:
    return scorer.join(-1, 0) + sum(scorer.join(index - 1, index) for index in range(1, len(scorer.lines)))


def _score(scorer: LineJoins, labels: list[int]) -> float:
    last = [-1, -1]
    total = 0.0
    for index, column in enumerate(labels):
        total += scorer.join(last[column], index)
        last[column] = index
    return total


def _stay(scorer: LineJoins, index: int, other: int) -> float:
    """What another line in a row from one column costs: the other column must have left that much space."""
    if other < 0:
        return 0.0  # the other column has not begun
    in_a_row = index - other
    if in_a_row == 2:
        # Two lines side by side with one of the other column's: a paragraph or heading ended there.
        return 0.0 if scorer.ends[other] or scorer.heading[other] else STAY_CUT
    if in_a_row == 3:
        # A third: more space than a paragraph break leaves, as after a heading or around a figure.
        return 0.0 if scorer.heading[other] else STAY_LONG
    return 0.0


def _columns(scorer: LineJoins) -> list[int]:
    """Assign each line to column 0 or 1 so that each column reads on best (a beam search over the lines)."""
    # A state is (column of the current line, index of the other column's last line); each step keeps
    # the BEAM best states and a back pointer per state, so the work is linear in the number of lines.
    states: dict[tuple[int, int], float] = {(0, -1): scorer.join(-1, 0)}
    back: list[dict[tuple[int, int], tuple[int, int]]] = [{}]
    for index in range(1, len(scorer.lines)):
        following: dict[tuple[int, int], float] = {}
        pointers: dict[tuple[int, int], tuple[int, int]] = {}
        for (column, other), score in states.items():
            for state, total in (
                ((column, other), score + scorer.join(index - 1, index) + _stay(scorer, index, other)),
                ((1 - column, index - 1), score + scorer.join(other, index) + SWITCH),
            ):
                if state not in following or following[state] < total:
                    following[state] = total
                    pointers[state] = (column, other)
        states = dict(heapq.nlargest(BEAM, following.items(), key=lambda item: item[1]))
        back.append(pointers)
    state = max(states, key=lambda key: states[key])
    labels = []
    for index in range(len(scorer.lines) - 1, -1, -1):
        labels.append(state[0])
        if index:
            state = back[index][state]
    return labels[::-1]


def _switch_share(scorer: LineJoins, labels: list[int]) -> float:
    """The share of lines that change column, leaving out those beside a figure, where one column runs alone."""
    last = [-1, -1]
    switches = beside_figure = 0
    for index, column in enumerate(labels):
        other = last[1 - column]
        if index and labels[index - 1] != column:
            switches += 1
        elif index and other >= 0 and scorer.aside[other]:
            beside_figure += 1
        last[column] = index
    return switches / max(1, len(labels) - 1 - beside_figure)


def _glued(lines: list[str], labels: list[int], text: list[str]) -> list[str]:
    """Each column's lines glued into paragraphs, the left column's first, each paragraph then a blank line.

    `text`, the page's paragraphs so far, is changed in place: a table that ended the page before takes the rows the
    left column opens with. A table at the foot of the left column whose last rows open the right one gets them back,
    by the same step (`carry_rows`).
    """
    labels = rows_kept(lines, labels)
    left = list(glue(carry_rows(text, [line for line, label in zip(lines, labels, strict=True) if label == 0])))
    right = carry_rows(left, [line for line, label in zip(lines, labels, strict=True) if label == 1])
    return [part for paragraph in (*left, *glue(right)) for part in (paragraph, "")]


def _spread(labels: list[int], label: list[bool]) -> list[int]:
    """Columns told for the prose lines, spread over all the lines (a figure's label goes with the line before)."""
    out: list[int] = []
    told = iter(labels)
    for is_label in label:
        out.append(out[-1] if is_label and out else 0 if is_label else next(told))
    return out


def _reassembled(
    lines: list[str], label: list[bool], budget: list[int], first: bool, after: str, text: list[str]
) -> list[str] | None:
    # The cover's dateline, title and first heading stand above both columns: read them first, as they are.
    lead = 0
    while lead < len(lines) - MIN_RUN and (heading_like(lines[lead]) or ASIDE.match(lines[lead])):
        lead += 1
    run = [line for line, is_label in zip(lines[lead:], label[lead:], strict=True) if not is_label]
    scorer = LineJoins(run)
    pairs = list(itertools.pairwise(range(len(run))))
    # A sentence that ends, then a line going on in lower case: only interleaving does that.
    restarts = sum(1 for a, b in pairs if scorer.ends[a] and scorer.lower[b])
    # A line cut mid-sentence, then a heading: interleaving does that, and sometimes a wrapped name.
    cut_headings = sum(1 for a, b in pairs if scorer.heading[b] and not scorer.heading[a] and not scorer.ends[a])
    # "public-" then "Japan, a U.S. ...", or "grants the" then "The ...": a word or phrase left hanging.
    hanging = sum(1 for a, b in pairs if hangs(scorer, a, b))
    if not restarts and (cut_headings + hanging < 2 or (not hanging and len(run) < LONG_RUN)):
        return None
    if budget[0] < len(lines):
        # Far more interleaved lines than any brief has: leave the cut sentences out rather than misread them.
        return []
    budget[0] -= len(lines)
    need = max(GAIN_MIN, GAIN_PER_LINE * len(run))
    # The columns taking turns line by line until one ends, as a page's rows give them: the likeliest reading.
    # On the brief's first page, the dateline and the title stand over both columns.
    cover = 0
    while first and cover < lead and _DATELINE.match(lines[cover]):
        cover += 1
    page = page_joins(lines, after)
    turns = take_turns(page, label, min(cover + first, lead), lead)
    labels = _columns(scorer)
    if lead and heading_like(lines[lead - 1]):
        labels = right_first(scorer, labels)
    # Interleaved columns alternate line by line; a reading that moves whole blocks is prose mistaken for columns.
    gain = _score(scorer, labels) - _plain_score(scorer) if _switch_share(scorer, labels) >= MIN_SWITCH_SHARE else None
    keeps_turns = False
    if turns is not None:
        # Copies that keep the page's turns read with few joins that break a sentence, far fewer than the lines in
        # their own order; rows set by height (where a heading or a paragraph's break puts the turns out of step)
        # with many, where the freer reading has few.
        broken = broken_joins(page, label, turns.start, turns.labels)
        in_order = broken_joins(page, label, turns.start, [0] * len(turns.labels))
        free = [0] * (lead - turns.start) + _spread(labels, label[lead:])
        keeps_turns = broken + TURNS_FIXED <= in_order and (
            gain is None or broken <= broken_joins(page, label, turns.start, free) + TURNS_BROKEN
        )
    if turns is not None and turns.score >= need and keeps_turns:
        prose = [not is_label for is_label in label[turns.start :]]
        kept = [line for line, keep in zip(lines[turns.start :], prose, strict=True) if keep]
        kept_labels = [column for column, keep in zip(turns.labels, prose, strict=True) if keep]
        return [part for line in lines[: turns.start] for part in (line, "")] + _glued(kept, kept_labels, text)
    # Read as columns only when that reads much better than the plain order, line for line.
    if gain is None or gain < need:
        return None
    return [part for line in lines[:lead] for part in (line, "")] + _glued(run, labels, text)


def _is_prose(line: str) -> bool:
    # A page's footer ends its run: each page's two columns are read on their own.
    # Markdown's own marks (a heading, a table, an author in bold, a rule) are no line of a PDF's column.
    return bool(line) and not line.startswith(("#", "|", "<", "**", "---")) and not is_footer(line)


def _runs(stripped: list[str]) -> Iterator[tuple[int, int]]:
    """Each run of prose lines as (start, end) indexes into the text's lines (given stripped).

    Some copies put a blank line between the rows of a two-column page: the run goes on across a single
    blank line between short lines. (Paragraphed single-column text read as one run is still left as it
    is: the reader keeps a reading only where it alternates as interleaved lines do.)
    """
    following = [""] * (len(stripped) + 1)  # the next line that is not blank, after each line
    for index in range(len(stripped) - 1, -1, -1):
        following[index] = (
            stripped[index + 1] if index + 1 < len(stripped) and stripped[index + 1] else following[index + 1]
        )
    start = None
    for index, line in enumerate(stripped):
        if _is_prose(line):
            start = index if start is None else start
            continue
        if start is not None and not line:
            before, after = stripped[index - 1], following[index]
            if 0 < len(before) <= MAX_LINE and _is_prose(after) and len(after) <= MAX_LINE:
                continue
        if start is not None:
            yield start, index
            start = None
    if start is not None:
        yield start, len(stripped)


def _cut_word(lines: list[str]) -> int | None:
    """The index of the text's last line if it is a word cut short where the copy ends: one word of letters, with
    nothing under it, that opens a longer word of the text and is never written whole ('Ja' of 'Japan'). Read as a
    heading, it would break the column it ends."""
    last = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].strip()), -1)
    word = lines[last].strip() if last > 0 else ""
    if not word.isalpha() or not heading_like(word):
        return None
    before = "\n".join(lines[:last])
    whole = re.search(rf"\b{word}\b", before, re.IGNORECASE)
    return last if re.search(rf"\b{word}\w", before) and not whole else None


def reassemble_columns(text: str) -> str:
    """Return `text` with each run of column-interleaved lines read as its two columns, one after the other."""
    lines = text.split("\n")
    marks = figure_labels(lines)
    if (last := _cut_word(lines)) is not None:
        marks[last] = True  # a copy cut mid-word ('Ja'): no heading, and no line to join another to
    stripped = [line.strip() for line in lines]
    out: list[str] = []
    budget = [MAX_COLUMN_LINES]
    done = 0

    def as_they_are(start: int, end: int) -> list[str]:
        return [without_chrome(line) for line, mark in zip(lines[start:end], marks[start:end], strict=True) if not mark]

    runs = list(_runs(stripped))
    # Each page's lines, a page at a time (some 120 lines a column: longer runs are read in parts).
    parts: list[tuple[int, int, list[int]]] = []
    for start, end in runs:
        kept = [index for index in range(start, end) if stripped[index]]
        parts += [(start, end, kept[first : first + MAX_RUN]) for first in range(0, len(kept), MAX_RUN)]
    for number, (start, end, part) in enumerate(parts):
        if number == 0 or parts[number - 1][0] != start:
            out += as_they_are(done, start)
        done = end
        text_lines = [stripped[index] for index in part]
        short = sum(1 for line in text_lines if len(line) <= MAX_LINE)
        enough = len(part) >= MIN_RUN and short * 10 >= len(part) * 9
        # The right column goes on on the next page.
        after = next((stripped[i] for i in parts[number + 1][2] if not marks[i]), "") if number + 1 < len(parts) else ""
        label = [marks[index] for index in part]
        fixed = _reassembled(text_lines, label, budget, number == 0, after, out) if enough else None
        fixed = dated_lines(fixed, text_lines) if fixed is not None else None
        later = parts[number + 1][2][0] if number + 1 < len(parts) and parts[number + 1][0] == start else end
        # Lines left as they are keep their own line ends and blank lines.
        if fixed is not None and out and out[-1].strip():
            out.append("")  # a page's footer, or lines left as they are, end before the columns begin
        out += fixed if fixed is not None else rows_carried(out, as_they_are(part[0], later))
    out += as_they_are(done, len(lines))
    return "\n".join(out)
