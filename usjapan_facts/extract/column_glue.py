"""A column's lines glued back into paragraphs, and the lines of a copied page that are no column's prose.

Once the column reader has told each line's column, a column's lines are put together: a heading stands alone, a
broken word is made whole, a list's item opens a paragraph, a table's caption keeps its rows (one a line; a
table of words, its cells apart by runs of spaces, as Markdown rows) and an author's name and role become an
author line. A figure's labels between its caption and its source line (ticks, years, unit, legend) are marked,
so that they keep their places while the columns are told apart and are left out after; a page's footer or
header line is dropped. Pure, no I/O.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from functools import lru_cache

from usjapan_facts.extract.column_lines import SHORT_LAST_LINE
from usjapan_facts.extract.layout_figures import caption_goes_on
from usjapan_facts.extract.line_breaks import bullet_item_ended
from usjapan_facts.extract.line_joins import (
    ASIDE,
    AUTHOR_NAME,
    AUTHOR_ROLE,
    BULLET,
    FULL_LINE,
    MIN_PROSE_LINE,
    TABLE_ROW,
    caption_joined,
    ends_sentence,
    heading_like,
    item_may_end,
    table_line,
    unit_header,
)
from usjapan_facts.extract.table_groups import cells, group, grouped_rows, sources_joined
from usjapan_facts.extract.word_choice import may_hold
from usjapan_facts.extract.word_tables import layout_rows


def _caption_block(lines: list[str]) -> Iterator[str]:
    """A table's caption with its rows, one a line; a figure's caption alone.

    A table of words ('Item  Latest  Earlier') gives its rows as a Markdown table's, as layout text's does."""
    if not lines[0].startswith("Table"):
        yield " ".join(lines)
        return
    if grouped := grouped_rows(lines):
        yield from grouped
        return
    rows = lines[1:]
    worded, taken = ([], 0) if not rows or (table_line(rows[0]) and not unit_header(rows[0])) else layout_rows(rows)
    if taken:
        yield lines[0]
        yield "\n".join(worded)
        rows = rows[taken:]
        if rows:
            yield " ".join(rows)
    else:
        yield "\n".join(lines)


def _item_then_heading(paragraph: str, line: str, following: str) -> bool:
    """Tell whether a list's item with no stop, as wide as the column, ends before `line`: a heading of two words
    or more with a paragraph opening under it ('• Investment pledge: $550 billion' / 'Trade Flows' / 'Japan ...')."""
    item = BULLET.match(paragraph) is not None and item_may_end(paragraph)
    return item and len(line.split()) > 1 and following[:1].isupper()


_CAPTION = re.compile(r"(?:Figure|Table|Chart|Map)\s+\d+\.\s")


def _item_ends(paragraph: str, lines: list[str], index: int, median: float) -> bool:
    """Tell whether a list's item with no stop ended on the line before `index` (see `bullet_item_ended`)."""
    return index > 0 and bullet_item_ended(
        paragraph, lines[index - 1], line=lines[index], short=SHORT_LAST_LINE * median
    )


def glue(lines: list[str]) -> Iterator[str]:
    """Join a column's lines into paragraphs, a heading standing alone, a broken word made whole.

    A table's caption and its rows stay together, one a line; an author's name and role become an author line.
    """
    paragraph = ""
    table: list[str] = []
    lengths = [len(line) for line in lines if len(line) > MIN_PROSE_LINE]
    median = statistics.median(lengths) if lengths else float("inf")
    lines = sources_joined(lines)
    for index, line in enumerate(lines):
        lone = bool(table) and table[0].endswith(",") and " " not in line  # "..., " / "2024": the title's year
        if table and len(table) == 1 and (lone or not TABLE_ROW.fullmatch(line)) and caption_goes_on(table[0], line):
            table[0] = caption_joined(table[0], line)  # a caption wrapped onto a second line
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if table and table[0].startswith("Table") and (table_line(line) or cells(line) or group(line, following)):
            table.append(line)  # a table's unit, years and rows, one a line, and a row naming the rows under it
            continue
        if table:
            yield from _caption_block(table)
            table = []
        if _CAPTION.match(line):
            if paragraph and ends_sentence(paragraph):
                yield paragraph  # the paragraph ended before the figure or table
                paragraph = ""
            table = [line]  # a figure or table may stand between the lines of a paragraph that goes on after it
        elif ASIDE.match(line):
            # A figure sits between the lines of a paragraph that goes on after it.
            yield line
        elif BULLET.match(line) or (_item_ends(paragraph, lines, index, median) and not heading_like(line)):
            # A list's item opens a paragraph of its own, its mark kept to tell it; one with no stop ends where
            # its last line falls short.
            if paragraph:
                yield paragraph
            paragraph = line
        elif AUTHOR_ROLE.fullmatch(line) and AUTHOR_NAME.fullmatch(paragraph) and paragraph in lines[index - 1 : index]:
            yield f"**{paragraph}**, {line}"
            paragraph = ""
        elif AUTHOR_NAME.fullmatch(line) and AUTHOR_ROLE.fullmatch(following) and ends_sentence(paragraph or "."):
            if paragraph:
                yield paragraph
            paragraph = line
        elif (
            heading_like(line)
            and (
                not paragraph
                or ends_sentence(paragraph)
                or _item_ends(paragraph, lines, index, median)
                or _item_then_heading(paragraph, line, following)
            )
            and not (following and len(line) >= FULL_LINE * median)
        ):
            if paragraph:
                yield paragraph
            yield line
            paragraph = ""
        elif paragraph.endswith("-") and paragraph[-2:-1].isalpha():
            # "longest-" / "serving" or "inves-" / "ted": the line break stays, for the paragraph's reader to
            # weigh against the words of the whole text (`column_lines.join_lines`).
            paragraph += "\n" + line
        elif paragraph.endswith(("-", "—")):
            paragraph += line  # "U.S.-" / "Japan", and a dash
        else:
            paragraph = f"{paragraph} {line}" if paragraph else line
    if table:
        yield from _caption_block(table)
    if paragraph:
        yield paragraph


PAGE_FOOTER = re.compile(r"https?://\S+|.*\bIF\d{5}\b.*\bVERSION\b.*|CRS In Focus\b.*", re.IGNORECASE)
"""The lines at the foot of each page of the PDF ('https://crsreports.congress.gov', 'IF10199 · VERSION 49')."""
_FOOTER_WORDS = ("http", "version", "crs in focus")
"""A word each footer PAGE_FOOTER matches holds (keep it so): a line of prose is spared its backtracking."""


@lru_cache(maxsize=1024)
def is_footer(line: str) -> bool:
    """Tell whether a stripped line is a page's footer or header (memoised: the column reader asks twice a line)."""
    return may_hold(line, _FOOTER_WORDS) and PAGE_FOOTER.fullmatch(line) is not None


def without_chrome(line: str) -> str:
    """A page's footer or header line made blank, keeping a cover's dateline ('CRS In Focus   Updated May 1, 2026')."""
    if not is_footer(line.strip()):
        return line
    dateline = _DATELINE.search(line)
    return dateline.group() if dateline else ""


_DATELINE = re.compile(r"Updated\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}")


_FIGURE_CAPTION = re.compile(r"\s*(?:Figure|Chart)\s+\d+\.\s")
FIGURE_SOURCE = re.compile(r"\s*(?:Sources?|Notes?):\s")
_LABEL = re.compile(
    r"\s*(?:[-\d$%.,()\s]+|\(?\$?\s?(?:(?:in\s+)?(?:billions?|millions?|trillions?|thousands?|percent)(?:\s+of\s+[\w$]+)?)"
    r"(?:\s+of\s+dollars)?\)?|\S+(?:\s\S+){0,5}(?:\s{3,}\S+(?:\s\S+){0,5})+)\s*",
    re.IGNORECASE,
)
"""A figure's label: ticks and years ('160', '2015   2016   2017'), unit ('$ billions'), legend ('Goods   Services')."""


def _short_label(line: str) -> bool:
    """A few words that are no line of prose: a figure's unit or legend ('% change', 'Real GDP growth')."""
    words = line.split()
    return (
        len(words) <= MAX_LABEL_WORDS
        and not ends_sentence(line)
        and not heading_like(line)
        and not AUTHOR_ROLE.fullmatch(line.strip())
        and line.count(")") <= line.count("(")
        and not line.rstrip().endswith(("-", ",", "—"))
    )


MAX_LABEL_WORDS = 3


def figure_labels(lines: list[str]) -> list[bool]:
    """Mark a figure's labels that stand between its caption and its source line, where the columns interleave them.

    Between the two, the other column's lines alternate with the labels: they keep their places while the columns
    are told apart, and are left out of the text after (left in, each label would cut a sentence).
    """
    labels = [bool(line.strip()) and (_LABEL.fullmatch(line) is not None or _short_label(line)) for line in lines]
    marks = [False] * len(lines)
    for index, line in enumerate(lines):
        if _FIGURE_CAPTION.match(line):
            until, step = _source_line(lines, labels, index)
            # Taking turns, the other column's lines are its own, unless it ended and the figure runs on alone.
            other = [later for later in range(index + 1, until, 2) if not labels[later]] if step == 2 else []
            last_other = other[-1] if other else index
            for later in range(index + 1, until):
                marks[later] = labels[later] and ((later - index) % step == 0 or later > last_other)
            legend = until - step
            between = range(index + 1, legend)
            in_turn = step == 2 and legend > index + 2
            # Running alone, its legend or axis title stands right under its labels, right above the source line.
            alone = step == 1 and len(between) > 1 and all(labels[later] for later in between)
            if (in_turn or alone) and lines[legend].strip() and not ends_sentence(lines[legend]):
                marks[legend] = True  # its legend or axis title in its turn, right above the source line
    return marks


def _source_line(lines: list[str], labels: list[bool], caption: int) -> tuple[int, int]:
    """The index of the figure's source line (-1 if none near), and 2 where the figure's lines take turns with
    another column's (its labels every other line; that column's table may have its own source line between),
    else 1."""
    ahead = range(caption + 1, min(len(lines), caption + 1 + 2 * MAX_FIGURE_LABELS))
    sources = [index for index in ahead if FIGURE_SOURCE.match(lines[index])]
    in_turn = next((index for index in sources if (index - caption) % 2 == 0), None)
    if in_turn is None:
        return (sources[0], 1) if sources else (-1, 1)
    own = [labels[index] for index in range(caption + 2, in_turn, 2)]
    other = [labels[index] for index in range(caption + 1, in_turn, 2)]
    if sum(own) * 2 >= len(own) and sum(other) * 2 < len(other):
        return in_turn, 2
    return sources[0], 1


MAX_FIGURE_LABELS = 30
"""A figure's labels run to a few dozen lines; a source line further on is not this figure's."""


def carry_rows(text: list[str], lines: list[str]) -> list[str]:
    """A page's left column opening on the rows of the table that ended the page before (`text` so far, its last
    paragraph that table's caption and rows): the rows go on in the table, its source line wrapped onto a second
    line is made one line, and the column's lines are what is left."""
    last = next((paragraph for paragraph in reversed(text) if paragraph.strip()), "")
    rows = next((count for count, line in enumerate(lines) if not TABLE_ROW.fullmatch(line)), len(lines))
    if not rows or not last.startswith("Table") or not TABLE_ROW.fullmatch(last.rsplit("\n", 1)[-1]):
        return lines
    text[len(text) - 1 - text[::-1].index(last)] = "\n".join([last, *lines[:rows]])
    rest = lines[rows:]
    if rest[1:] and FIGURE_SOURCE.match(rest[0]) and not ends_sentence(rest[0]) and ends_sentence(rest[1]):
        rest = [f"{rest[0]} {rest[1]}", *rest[2:]]
    return rest
