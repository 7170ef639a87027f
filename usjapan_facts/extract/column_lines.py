"""Put a column's lines, in reading order, back into paragraphs: one line each, with its line breaks undone.

The lines come from `layout_text`, an empty line where a column or page ends. A paragraph cut there goes on
in the next column. A heading line between sentences stands apart; a figure's caption and source line are
kept as captions and its axis ticks and legend dropped, since a figure's labels never state a fact; an
author's name with the role below it becomes an author line. A word broken at a line's end is joined: a
soft hyphen always goes, a hard one only where the text itself writes the word whole and never hyphenated.
Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterator

from usjapan_facts.extract.date_forms import brief_dates
from usjapan_facts.extract.layout_figures import SOURCE, figure, source_line
from usjapan_facts.extract.line_breaks import bullet_item_ended
from usjapan_facts.extract.line_joins import (
    ASIDE,
    AUTHOR_NAME,
    AUTHOR_ROLE,
    BULLET,
    FULL_LINE,
    MIN_PROSE_LINE,
    ends_sentence,
    heading_like,
    table_line,
)
from usjapan_facts.extract.number_words import UNITS
from usjapan_facts.extract.parsers import FRACTIONS, MONTH_WORD, ORDINALS
from usjapan_facts.extract.word_tables import is_header, layout_rows

_CAPTION = re.compile(r"(?:Figure|Table|Map|Chart)\s+\d+\.\s")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SUSPENDED = re.compile(r"(?:and|or|to)\s+[\w.]+-\w")
_NUMBER_HEADS = frozenset(ORDINALS) | frozenset(UNITS)
"""Words that open a compound with a hyphen ('fourth-largest', 'second-ranked', 'two-thirds', 'twenty-five'):
whole words of their own, which no word broken at a line's end begins with before a rank's or a number's word."""
_FRACTION_WORDS = frozenset(word.rsplit("-", 1)[-1].split()[-1] for word in FRACTIONS) | {"thirds", "quarters"}
_FRACTIONS = "|".join(sorted(_FRACTION_WORDS))
_COMPOUND_TAIL = re.compile(rf"[a-z]{{2,}}est|most|least|ranked|ranking|placed|{_FRACTIONS}", re.IGNORECASE)
"""What goes on from a number's word after its hyphen: a superlative, a ranking's participle, a fraction."""
SHORT_LAST_LINE = 0.7
"""A line that ends a sentence this far short of the column's width ends its paragraph."""


def _join(before: str, after: str, vocabulary: Counter[str]) -> tuple[str, str]:
    """Join a line to the next, undoing a word broken at the line's end: the line as it stays, and the glue.

    A hyphen stays where the text writes the compound elsewhere, or where both halves are words of the text
    and the whole is not ("long-" / "range"); otherwise it goes ("decre-" / "asing", "secu-" / "rity").
    """
    if before.endswith("\u00ad"):
        return before[:-1], ""
    if before.endswith(("\u2014", "\u2013")) or (before.endswith("-") and not before[-2:-1].isalpha()):
        return before, ""
    if before.endswith("-") and _SUSPENDED.match(after):
        return before, " "  # "short-" / "and medium-range": a suspended hyphen, its word to come
    if before.endswith("-"):
        head = _WORDS.findall(before[-40:])
        tail = _WORDS.findall(after[:40])
        if head and tail and after[:1].islower():
            first, second = head[-1].casefold(), tail[0].casefold()
            if first in _NUMBER_HEADS and (second in UNITS or _COMPOUND_TAIL.fullmatch(second)):
                return before, ""  # "fourth-" / "largest" (a caption may stand between), "twenty-" / "five"
            # Each half is counted once where it stands broken: a word of the text shows up again elsewhere.
            halves_are_words = vocabulary[first] > 1 and vocabulary[second] > 1
            if not vocabulary[f"{first}-{second}"] and (vocabulary[first + second] or not halves_are_words):
                return before[:-1], ""
        return before, ""  # "long-" / "range", "U.S.-" / "Japan"
    return before, " "


class Vocabulary:
    """The words of a whole text and how often each occurs, counted the first time a broken word asks."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None

    def counts(self) -> Counter[str]:
        """Return the counts, counting once. A half that stands broken at several line ends ("annexat-" / "ion",
        "direct-" / "ion") counts once, as a half broken once does: only its whole occurrences make it a word."""
        if self._counts is None:
            folded = self._text.casefold()
            counts = Counter(_WORDS.findall(folded))
            halves = Counter(half.casefold() for half in _halves(self._text.splitlines()))
            for half, times in halves.items():
                counts[half] -= times - 1
            self._counts = counts
        return self._counts


def _halves(lines: list[str]) -> Iterator[str]:
    """Yield both halves of each word broken at a line's end with the next line going on in lower case."""
    for before, next_line in itertools.pairwise(lines):
        line, after = before.rstrip(), next_line.lstrip()
        if line.endswith("-") and line[-2:-1].isalpha() and after[:1].islower():
            head, tail = _WORDS.findall(line[-40:]), _WORDS.findall(after[:40])
            if head and tail:
                yield head[-1]
                yield tail[0]


_MONTH_AT_BREAK = re.compile(
    rf"^\s*{MONTH_WORD}\b|\b(?:{MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s*$"
)
"""A month at a line's end or at the next one's start: a date the whole text's reading left in its own shape
('signed 7' / 'October 2019', 'the eighth of' / 'July, 2022'), since no date is read across a line's end there."""


def dated_lines(paragraphs: list[str], lines: list[str]) -> list[str]:
    """`paragraphs`, joined from `lines`, with a date broken at a line's end put in the brief's shape, as one on a
    line is."""
    if not any(_MONTH_AT_BREAK.search(line) for line in lines):
        return paragraphs
    return [brief_dates(paragraph) for paragraph in paragraphs]


def join_lines(lines: list[str], vocabulary: Vocabulary) -> str:
    """Join a paragraph's lines into one, undoing each word broken at a line's end as `_join` does, and putting a
    date broken there in the brief's shape."""
    joined = lines[0]
    for line in lines[1:]:
        words = vocabulary.counts() if joined.endswith("-") and joined[-2:-1].isalpha() else _NO_WORDS
        joined, glue = _join(joined, line, words)
        joined = joined + glue + line
    return dated_lines([joined], lines)[0] if len(lines) > 1 else joined


_NO_WORDS: Counter[str] = Counter()


class _Paragraphs:
    """The paragraph being put together (its lines, joined once it closes), and the blocks finished so far."""

    def __init__(self, vocabulary: Counter[str]) -> None:
        self.vocabulary = vocabulary
        self.lines: list[str] = []
        self.blocks: list[str] = []

    @property
    def last(self) -> str:
        """The open paragraph's last line, or empty."""
        return self.lines[-1] if self.lines else ""

    def add(self, line: str) -> None:
        if self.lines:
            self.lines[-1], glue = _join(self.lines[-1], line, self.vocabulary)
            self.lines.append(glue)
        self.lines.append(line)

    def close(self) -> None:
        if self.lines:
            joined = "".join(self.lines)
            self.blocks.append(dated_lines([joined], self.lines)[0] if len(self.lines) > 1 else joined)
            self.lines.clear()

    def figure(self, blocks: list[str]) -> None:
        """Add a figure's or table's blocks: the sentences right above it first, as on the page, where they end (a
        paragraph cut mid-sentence by the figure goes on under it)."""
        if ends_sentence(self.last):
            self.close()
        self.blocks.extend(blocks)

    def apart(self, block: str) -> None:
        """Add a block standing on its own (a caption may sit inside a paragraph cut by a figure)."""
        self.blocks.append(block)


_CELL_GAP = re.compile(r"\S {6,}\S")
_CELL_RUN = re.compile(r"\s{2,}")
"""Two cells of a row far apart on one line ('House of Representatives election        Deadline'); a justified
line of prose spreads its words by a space or two."""


def _orphan_cells(lines: list[str], index: int) -> int:
    """How many lines from a column's top (`index`) are a table's cells its layout set apart from their rows: short
    lines ('for the next', '2030') down to a row's cells far apart on one line, with the column's prose below."""
    for at in range(index, min(len(lines) - 1, index + 4)):
        if at > index and _CELL_GAP.search(lines[at]) and not table_line(lines[at]) and not ends_sentence(lines[at]):
            return at + 1 - index if lines[at + 1] else 0
        if not lines[at] or len(lines[at]) >= MIN_PROSE_LINE:
            return 0
    return 0


MIN_UNTITLED_ROWS = 2


def _set_apart(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """A figure or table at `index`, never prose: its blocks and where it ends, else None. A table no 'Table N.'
    caption opens (a sidebar's 'Step  Date') is a header of words, its cells far apart, over at least two rows that
    line up with it."""
    line = lines[index]
    if _CAPTION.match(line):
        return figure(lines, index)
    if (
        not _CELL_GAP.search(line)
        or table_line(line)
        or not is_header([cell for cell in _CELL_RUN.split(line.strip()) if cell])
    ):
        return None
    rows, taken = layout_rows(lines[index:])
    return (["\n".join(rows)], index + taken) if rows and taken > MIN_UNTITLED_ROWS else None


def paragraphs(lines: list[str]) -> Iterator[str]:
    """Yield the paragraphs, headings, captions and author lines of a column's lines (empty at a column's end)."""
    vocabulary = Vocabulary("\n".join(lines)).counts()
    lengths = [len(line) for line in lines if len(line) > MIN_PROSE_LINE]
    median = statistics.median(lengths) if lengths else 0.0
    short = SHORT_LAST_LINE * median
    out = _Paragraphs(vocabulary)
    index = 0
    while index < len(lines):
        line = lines[index]
        following = next((later for later in lines[index + 1 : index + 3] if later), "")
        if not line:
            index += 1
            continue
        if index and not lines[index - 1] and (cells := _orphan_cells(lines, index)):
            index += cells  # a table's cells left above a column's prose by a layout that broke its rows
            continue
        if (set_apart := _set_apart(lines, index)) is not None:
            blocks, index = set_apart
            out.figure(blocks)
            continue
        if ASIDE.match(line) or SOURCE.match(line):  # a source line under a table's rows may wrap, too
            if SOURCE.match(line) and any("  " in part for part in out.lines):
                out.close()  # rows of a table read as no table end at its source line: no sentence goes on past it
            block, index = source_line(lines, index) if SOURCE.match(line) else (line, index + 1)
            out.apart(block)
            continue
        if "  " in line and not table_line(line) and SOURCE.match(following):
            pass  # a figure's legend across the gutter, right above its source line ('Exports   Imports')
        elif BULLET.match(line):
            out.close()  # a list's item opens a paragraph of its own, its mark kept to tell it
            out.add(line)
        elif AUTHOR_NAME.fullmatch(line) and AUTHOR_ROLE.fullmatch(lines[index + 1] if index + 1 < len(lines) else ""):
            out.close()
            out.apart(f"**{line}**, {lines[index + 1]}")
            index += 1
        elif (
            (not out.last or ends_sentence(out.last) or bullet_item_ended(out.lines[0], out.last, line, short))
            and not following[:1].islower()
            and heading_like(line)
            and not (index + 1 < len(lines) and lines[index + 1] and len(line) >= FULL_LINE * median)
        ):
            # A line as wide as the column's prose, with more below it, is a sentence's first line in title case.
            out.close()
            if index and out.blocks and out.blocks[-1] == f"### {lines[index - 1]}":
                out.blocks[-1] += f" {line}"  # a heading wrapped onto a second line ('... and Defense' / 'Spending')
            else:
                out.apart(f"### {line}")
        else:
            if out.lines and bullet_item_ended(out.lines[0], out.last, line, short):
                out.close()
            out.add(line)
            if ends_sentence(line) and len(line) < short:
                out.close()
        index += 1
    out.close()
    yield from out.blocks
