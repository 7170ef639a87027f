"""A figure or table in a column's lines (`pdftotext -layout` text): where its caption goes on, its labels or rows,
its source line, and a sentence set under its caption. A figure's labels (ticks, years, legend) never state a fact;
a table's rows go into its caption, as a web page's table does. Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract.line_joins import (
    MAX_TITLE_WORDS,
    TABLE_UNIT,
    caption_joined,
    ends_sentence,
    table_line,
    unit_header,
)
from usjapan_facts.extract.parsers import MONTH_WORD
from usjapan_facts.extract.table_groups import grouped_table
from usjapan_facts.extract.word_tables import layout_rows

SOURCE = re.compile(r"(?:Sources?|Notes?):\s")
_ENDS_WITH_YEAR = re.compile(r"(?:19|20)\d{2}\)?$")
_DATE_CUT = re.compile(rf"\b(?:{MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$")
"""A title that ends on a month: its date goes on in the next line ('..., October' / '2025', 'March' / '1, 2027')."""
_DATE_TAIL = re.compile(r"(?:\d{1,2},\s+)?(?:19|20)\d{2}\b")
_GOES_ON = frozenset(["a", "an", "and", "the", "of", "to", "in", "on", "for", "with", "by", "from", "at", "or", "vs."])
MAX_FIGURE_LINES = 40
"""A figure's labels run to a few dozen lines at most; past that its source line is taken as lost."""
MAX_CAPTION_LINES = 3
MIN_PROSE_WORDS = 6
MIN_PROSE_LENGTH = 40


def prose(line: str) -> bool:
    """Tell whether a line reads as a sentence's words, not a figure's label: several words, one space apart,
    and either a line as long as prose runs or the end of a sentence (a legend is short: 'Japan's FDI stock')."""
    words = "  " not in line and len(line.split()) >= MIN_PROSE_WORDS and not line[:1].isdigit()
    return words and (len(line) >= MIN_PROSE_LENGTH or ends_sentence(line))


def caption_goes_on(caption: str, line: str) -> bool:
    """Tell whether a figure's title goes on in `line`, rather than its labels beginning there."""
    if "  " in line or not line[:1].isalnum():
        return False
    if _DATE_CUT.search(caption) and _DATE_TAIL.match(line):
        return True  # "..., October" / "2025", "..., Oct." / "2025": the title's date cut at the line's end
    if ends_sentence(caption):
        return False
    if line[:1].islower() and len(line.split()) <= MAX_TITLE_WORDS and _ENDS_WITH_YEAR.search(line):
        return True  # "... Imports from Japan" / "and on Japanese Cars, 2025-2026": the title ends at its years
    if (
        caption.endswith((",", "-"))
        or caption.rsplit(None, 1)[-1].lower() in _GOES_ON
        or caption.count("(") > caption.count(")")
    ):
        return True  # "..., " / "2019-2023": the title's years; "($" / "billions)"
    # A title ends at its years ("..., 2019-2023"); a unit label ("thousands") is in lower case, a tick a figure.
    return line[:1].isupper() and not _ENDS_WITH_YEAR.search(caption)


def _label_over_source(lines: list[str], index: int) -> bool:
    """Tell whether a long label line ('Goods and services trade (exports plus imports)') sits right above the
    figure's source line: its legend or axis title, no sentence."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return not ends_sentence(lines[index]) and SOURCE.match(following) is not None


def source_line(lines: list[str], index: int) -> tuple[str, int]:
    """The source line at `index`, with the lines it goes on in (where it stops mid-phrase, on a comma or 'the', or
    they open in lower case or read as no prose), and where it ends."""
    source, end = lines[index], index + 1
    while end < len(lines) and lines[end] and not ends_sentence(source):
        cut = source.endswith((",", ";")) or source.rsplit(None, 1)[-1].lower() in _GOES_ON
        if not (cut or lines[end][:1].islower() or not prose(lines[end])):
            break
        source, end = f"{source} {lines[end]}", end + 1
    return source, end


def _subtitled(lines: list[str], index: int) -> tuple[str, int] | None:
    """A sentence set under a figure's caption ('By total trade, Japan was ...'), where only the figure's labels
    stand between it and the source line: the sentence, and where the source line is; else None."""
    end = index + 1
    while end < len(lines) and end - index <= MAX_CAPTION_LINES and lines[end] and "  " not in lines[end]:
        if ends_sentence(lines[end - 1]):
            break
        end += 1
    sentence = " ".join(lines[index:end])
    if not ends_sentence(sentence):
        return None
    for source in range(end, min(len(lines), end + MAX_FIGURE_LINES)):
        if SOURCE.match(lines[source]):
            return sentence, source
        if prose(lines[source]) and not _label_over_source(lines, source):
            return None
    return None


def figure(lines: list[str], start: int) -> tuple[list[str], int]:
    """Read the figure or table whose caption opens at `start`: its caption and source lines, and where it ends.

    A figure's labels (ticks, years, legend) are dropped; a table's rows go into its caption, as a web page's
    table does, so that its words are read as the HTML's are: as a caption, never as prose.
    """
    caption = lines[start]
    index = start + 1
    while index < len(lines) and index - start < MAX_CAPTION_LINES and caption_goes_on(caption, lines[index]):
        caption = caption_joined(caption, lines[index])
        index += 1
    table = caption.startswith("Table")
    if table and index < len(lines) and TABLE_UNIT.fullmatch(lines[index].strip()):
        caption, index = f"{caption} {lines[index].strip()}", index + 1  # its unit, on a line of its own under it
    subtitled = None if table or index >= len(lines) or not prose(lines[index]) else _subtitled(lines, index)
    if subtitled:  # the sentence is read as prose; the labels below it, up to the source line, are dropped
        return [caption, subtitled[0]], subtitled[1]
    while table and index < len(lines) and not lines[index]:
        index += 1  # a table's caption at the foot of a column or page, its rows at the top of the next
    if table and (grouped := grouped_table(caption, lines, index)):
        return grouped  # rows under rows that name them ('Goods' / 'U.S. exports  80.2  75.7')
    for end in range(index + _wrapped_header(lines, index, table), min(len(lines), index + MAX_FIGURE_LINES)):
        line = lines[end]
        no_row = bool(table and line and not table_line(line) and not SOURCE.match(line))
        if table and end == index and (no_row or unit_header(line)):
            worded, taken = layout_rows(lines[end:])  # a table of words ('Chamber  Seats held', '$ billions  Rank')
            if taken:
                return [caption, "\n".join(worded)], end + taken
            garbled = _rows_to_source(lines, end) if _WORDS_HEADER.fullmatch(line) else None
            if garbled is not None:  # a header of words over rows no reading lines up: none of them is prose
                return [f"{caption} {' '.join(' '.join(lines[index:garbled]).split())}"], garbled
        if no_row:
            return [f"{caption} {' '.join(' '.join(lines[index:end]).split())}"], end  # rows end at a line no row
        if SOURCE.match(line) or (prose(line) and not _label_over_source(lines, end)):
            blocks = _table_blocks(caption, lines[index:end]) if table else [caption]
            if not SOURCE.match(line):
                return blocks, end
            source, end = source_line(lines, end)
            return [*blocks, source], end
    end = min(len(lines), index + MAX_FIGURE_LINES)
    rows = list(itertools.takewhile(bool, lines[index:end]))  # a table's rows at a column's end, no source line
    return (_table_blocks(caption, rows) if table else [caption]), end


def _table_blocks(caption: str, rows: list[str]) -> list[str]:
    """A table's caption and its rows: as a Markdown table where they all line up under a header, else their words
    in the caption (an empty body leaves the caption alone)."""
    worded, taken = layout_rows(rows) if rows else ([], 0)
    if taken == len(rows) and worded[1:2] and worded[1].startswith("| ---"):  # under a header: rows alone lose it
        return [caption, "\n".join(worded)]
    body = " ".join(" ".join(rows).split())
    return [f"{caption} {body}" if body else caption]


_WORDS_HEADER = re.compile(r"[A-Z][a-z]+(?:\s{2,}[A-Z][a-z]+){1,5}")
"""A table's header of one-word titles apart by runs of spaces ('Date     Event     Status')."""


def _rows_to_source(lines: list[str], index: int) -> int | None:
    """Where the source line under a table's rows at `index` stands, if one does within a figure's lines with no line
    of prose (a paragraph after a table with no source line) before it."""
    for at in range(index, min(len(lines), index + MAX_FIGURE_LINES)):
        if SOURCE.match(lines[at]):
            return at
        if prose(lines[at]):
            return None
    return None


def _wrapped_header(lines: list[str], index: int, table: bool) -> int:
    """How many lines from `index` are a table's header with its cells wrapped onto lines of their own ('Rank  Goods'
    / 'Partner' / 'and services trade'), right above its rows of figures: no row, no sentence, no source line."""
    if not table or layout_rows(lines[index:])[1]:
        return 0
    for count, line in enumerate(lines[index : index + MAX_HEADER_LINES + 1]):
        if table_line(line):
            return count
        if not line or prose(line) or SOURCE.match(line) or unit_header(line):
            return 0
        # A header's cell goes on in a few words; a row's name wrapped ('Two-way trade, goods and') is none.
        if count and ("," in line or len(line.split()) > MAX_HEADER_WORDS):
            return 0
    return 0


MAX_HEADER_LINES = 3
"""A header's cells wrap onto three lines at most."""
MAX_HEADER_WORDS = 3
"""Each of a header's lines after the first holds three words at most (a row's name wrapped holds more)."""


__all__ = ["MIN_PROSE_WORDS", "SOURCE", "caption_goes_on", "figure", "prose", "source_line"]
