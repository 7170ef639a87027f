"""Split Markdown or plain text into blocks: headings, paragraphs, author lines, captions (a table's with its rows).

A figure's caption or source line is a block of its own (its title may wrap onto a second line), a list's
item a paragraph of its own, and another column's heading standing between two lines of a sentence a heading
that marks the paragraph before it as cut. Pure, no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from usjapan_facts.extract.column_lines import Vocabulary, join_lines
from usjapan_facts.extract.layout_figures import MIN_PROSE_WORDS, caption_goes_on
from usjapan_facts.extract.line_breaks import intruding_heading
from usjapan_facts.extract.line_joins import (
    AUTHOR_NAME,
    AUTHOR_ROLE,
    BULLET,
    FIGURE_LINE,
    caption_joined,
    date_goes_on,
    ends_sentence,
    heading_like,
    item_may_end,
    table_line,
    unit_header,
)
from usjapan_facts.extract.parsers import MONTHS
from usjapan_facts.extract.tables import pipe_cells
from usjapan_facts.extract.word_tables import WordTable, is_header, layout_rows, pipe_row

BlockKind = Literal["heading", "paragraph", "author", "caption", "rule"]

COVER_DATE = re.compile(
    r"Updated(?<=\bUpdated)\s+(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b"
)  # literal first
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|>~])")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_AUTHOR = re.compile(r"^\*\*([^*]+)\*\*\s*,\s*(.+)$")
_MD_BULLET = re.compile(r"[-*+]\s+(?=\S)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_MD_RULE = re.compile(r"(-{3,}|\*{3,}|_{3,})")
_BOLD_LINE = re.compile(r"\*\*.+\*\*")
_PLAIN_HEADING = re.compile(r"[A-Z](?:[^.!?:;,]|(?<=[A-Z])\.){0,58}[A-Za-z)]")  # "U.S.-Japan Trade"


@dataclass(frozen=True)
class Block:
    """One block of the source: a heading, a paragraph, an author line, a caption or a rule."""

    kind: BlockKind
    text: str
    level: int = 0
    cut_end: bool = False
    """Its last sentence was cut by another column's heading: it may back a value, never stand alone for one."""
    item: bool = False
    """A list's item: its heading's year ('Trade at a Glance, 2018') dates it."""
    table: WordTable | None = None
    """A table's caption: its cells, row by row (the caption's text runs them together)."""
    title: str = ""
    """A table's own title (an HTML table's caption), where the table gives one."""


def unescape_markdown(text: str) -> str:
    """Drop Markdown's backslash escapes and inline emphasis markers, keeping their text."""
    text = _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text  # each pattern only where its mark stands
    return _MD_INLINE.sub(r"\2", text) if "*" in text or "_" in text else text


_SUBTITLED = re.compile(r"(?P<title>(?:Figure|Chart|Map)\s+\d+\.\s.*?(?<=[a-z\d]{2})\.)\s+(?P<sentence>[A-Z].*\.)")
"""A figure's title, then a sentence set under it ('By total trade, Japan was ...'); its source line cut off first."""


def caption_blocks(words: str) -> list[Block]:
    """A figure's caption, and the sentence set under its title as prose, as the PDF's layout reads it."""
    caption, *source = re.split(r"\s+(?=(?:Sources?|Notes?):\s)", words, maxsplit=1)
    subtitled = _SUBTITLED.fullmatch(caption)
    if subtitled is None or len(subtitled.group("sentence").split()) < 4:
        return [Block("caption", words)]
    sentence = Block("paragraph", subtitled.group("sentence"))
    return [Block("caption", subtitled.group("title")), sentence, *(Block("caption", line) for line in source)]


def _block(joined: str, *, single_line: bool, item: bool, following: str = "") -> Block:
    """The block a paragraph's joined lines make: an author line, a caption in bold, a heading, or prose.

    `following` is the text after the blank line: a line it goes on from in lower case is a sentence's start."""
    author = _AUTHOR.match(joined)
    if author:
        return Block("author", f"{author.group(1).strip()}\t{unescape_markdown(author.group(2)).strip()}")
    if _BOLD_LINE.fullmatch(joined):
        return Block("caption", unescape_markdown(joined))
    plain = _PLAIN_HEADING.fullmatch(joined) or (heading_like(joined) and not following[:1].islower())
    if single_line and not item and plain and not COVER_DATE.search(joined):
        # Plain text has no '#': a short capitalised line standing alone is a heading, one with a comma or colon
        # between its phrases too ('Politics: A Minority Government', 'Steel, Aluminum, and Autos').
        return Block("heading", unescape_markdown(joined), level=3)
    return Block("paragraph", unescape_markdown(joined), item=item)


def _heading_between(before: str, line: str, after: str, *, item: bool = False) -> bool:
    """Tell whether `line` is a heading between a paragraph that ends and one that starts: short, in title case.

    A paragraph's last line may be as short as a heading ('mid-June.'): the wider of the lines around is the column's
    width. A list's item ends with no stop ('Treasury holdings: $1.2 trillion'), a heading of two words or more
    may follow it."""
    short = len(line) < SHORT_HEADING * max(len(before), len(after))
    ended = ends_sentence(before) or (item and len(line.split()) > 1 and item_may_end(before))
    return short and ended and after[:1].isupper() and heading_like(line)


SHORT_HEADING = 0.7
"""A heading set between two paragraphs' lines is shorter than this share of the lines around it."""


def _author_lines(lines: list[str]) -> list[str]:
    """Each author's name on a line with the role on the line below ('Mark E. Manyin' / 'Specialist in Asian
    Affairs'), as text from the PDF gives it, as an author line ('**Mark E. Manyin**, Specialist in ...').

    An author whose name and role take turns with the other column's prose (a last page copied line by line,
    'Caitlin Campbell' / 'Quad leaders have met twice, ...' / 'Analyst in Asian Affairs') is set after the text,
    the prose line between kept in its place."""
    out: list[str] = []
    apart: list[str] = []
    index = 0
    while index < len(lines):
        name, role = lines[index].strip(), lines[index + 1].strip() if index + 1 < len(lines) else ""
        before = out[-1].strip() if out else ""
        if (
            AUTHOR_NAME.fullmatch(name)
            and AUTHOR_ROLE.fullmatch(role)
            and (not before or ends_sentence(before) or before.startswith("**"))
        ):
            out += ["", f"**{name}**, {role}", ""]
            index += 2
        elif AUTHOR_NAME.fullmatch(name) and _between_prose(lines[index + 1 : index + 3]):
            apart += ["", f"**{name}**, {lines[index + 2].strip()}", ""]
            out.append(lines[index + 1])
            index += 3
        else:
            out.append(lines[index])
            index += 1
    return out + apart


def _between_prose(lines: list[str]) -> bool:
    """Tell whether `lines` are a line of prose, then an author's role: the role took turns with the prose."""
    if len(lines) < 2 or not AUTHOR_ROLE.fullmatch(lines[1].strip()):
        return False
    prose = lines[0].strip()
    return len(prose.split()) >= MIN_PROSE_WORDS and not AUTHOR_ROLE.fullmatch(prose) and not ends_sentence(prose)


def markdown_blocks(text: str) -> Iterator[Block]:
    """Split Markdown or plain text into blocks at blank lines; headings start with '#'.

    A figure's caption or source line is a block of its own, and so is another column's heading standing
    between two lines of a sentence (the paragraph before it is marked as cut at its end).
    """
    lines: list[str] = []
    item = [False]  # whether the open paragraph is a list's item
    vocabulary = Vocabulary(text)

    def flush(following: str = "") -> Iterator[Block]:
        # A list's item cut at a page inside a date ('in August' / '2022: ...') goes on after the blank lines.
        if lines and not (item[0] and date_goes_on(lines[-1], following)):
            # A line broken after a hyphen or a dash goes on with no space: "U.S.-" / "Japan", "inves-" / "ted".
            joined = join_lines([line.strip() for line in lines], vocabulary)
            block = _block(joined, single_line=len(lines) == 1, item=item[0], following=following)
            yield from caption_blocks(block.text) if block.kind == "caption" else (block,)
            lines.clear()
            item[0] = False

    tables = _Tables()
    raw_lines = [*_author_lines(text.splitlines()), ""]  # a last blank line ends a last paragraph or table
    for index, raw in enumerate(raw_lines):
        line = raw.strip()
        cells = pipe_cells(line)
        if cells is not None:  # a Markdown table's row: no prose, a caption as the HTML's table gives
            yield from flush()
            tables.cells.extend(cells)
            tables.rows.append(pipe_row(line))
            continue
        yield from tables.close_cells()
        if (not line and _rows_below(tables.aside, raw_lines, index)) or tables.takes(line):
            continue
        yield from tables.close_cells()  # the caption it closed
        heading = _MD_HEADING.match(line)
        following = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        if lines and intruding_heading(lines[-1], line, following):
            # Another column's heading between the lines of a sentence: the sentence is cut there.
            yield from (dataclasses.replace(block, cut_end=True) for block in flush())
            yield Block("heading", unescape_markdown(line), level=3)
        elif not line:
            yield from flush(
                next((later.strip() for later in raw_lines[index + 1 :] if later.strip()), "") if lines else ""
            )
        elif _heading_between(lines[-1] if lines else ".", line, following, item=item[0]):
            # A heading line between two paragraphs of text from the PDF, with no blank line around it (or one
            # before it: a page's footer left out).
            yield from flush()
            yield Block("heading", unescape_markdown(line), level=3)
        elif heading:
            yield from flush()
            yield Block("heading", unescape_markdown(heading.group(2)), level=len(heading.group(1)))
        elif _MD_RULE.fullmatch(line):
            yield from flush()
            yield Block("rule", "")
        elif bullet := (BULLET.match(line) or _MD_BULLET.match(line)):
            yield from flush()  # a list's item is a paragraph of its own
            item[0] = True
            lines.append(line[bullet.end() :])
        elif FIGURE_LINE.match(line):
            # A figure's caption or source among a paragraph's lines (text copied from the PDF): not prose.
            yield from flush()
            # Its title may go on on the next line, and a table's rows follow, one a line, as a web page's cells.
            tables.aside.append(line)
        else:
            lines.append(line)
    yield from flush()


def _rows_below(aside: list[str], lines: list[str], index: int) -> bool:
    """Tell whether a table's title alone (`aside`) has its rows below the blank line `index` and any after it: a
    title at a page's foot, its rows atop the next page (a Markdown table under it has a caption of its own)."""
    if len(aside) != 1 or not aside[0].startswith("Table"):
        return False
    rows = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
    cells = re.split(r"\s{2,}", rows)  # a header of words: a few words a cell ('Flow  Goods  Services  Total')
    header = len(cells) > 1 and all(len(cell.split()) <= MAX_HEADER_WORDS for cell in cells)
    return (header or table_line(rows)) and len(rows) <= MAX_ROW and pipe_cells(rows) is None


MAX_HEADER_WORDS = 6
"""A header's cell holds a few words; a line of prose run together with a table's cells holds more."""
MAX_ROW = 120
"""A row is a line of the page; a paragraph joined whole, a table's cells run on at its end, is longer."""


class _Tables:
    """A Markdown table's cells, or a caption line from the PDF with its wrapped title and (a table's) rows."""

    def __init__(self) -> None:
        self.cells: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self.aside: list[str] = []
        self.done: list[Block] = []

    def close_cells(self) -> Iterator[Block]:
        """The Markdown table's block, once its rows end."""
        if self.cells:
            yield Block("caption", unescape_markdown(" ".join(self.cells)), table=self._table())
            self.cells.clear()
        self.rows.clear()
        yield from self.done
        self.done.clear()

    def _table(self) -> WordTable:
        """The Markdown table's cells row by row: a first row over a rule row is its header, if it reads as one."""
        rows = [tuple(unescape_markdown(cell) for cell in row) for row in self.rows]
        header: tuple[str, ...] = ()
        if len(rows) > 1 and not rows[1] and is_header(rows[0]):
            header = rows[0]
            rows = rows[1:]
        return WordTable(header, tuple(row for row in rows if row))

    def takes(self, line: str) -> bool:
        """Take `line` into the open caption (a table's row, a title's second line), or close the caption."""
        aside = self.aside
        header = len(aside) == 1 and "  " in line  # a header row of words under the title: 'Measure  Japan's rank'
        if aside and aside[0].startswith("Table") and (table_line(line) or header):
            aside.append(line)
            return True
        if len(aside) == 1 and line and caption_goes_on(aside[0], line):
            aside[0] = caption_joined(aside[0], line)  # a caption wrapped onto a second line
            return True
        if aside and not (aside[0].startswith("Table") and len(aside) > 1 and self._worded(aside[0], aside[1:])):
            self.done.append(Block("caption", unescape_markdown(" ".join(" ".join(aside).split()))))
        aside.clear()
        return False

    def _worded(self, title: str, lines: list[str]) -> bool:
        """A table of words under its title ('Measure  Japan's rank  Amount'): its rows as a Markdown table's, as
        text copied from the PDF gives them; False for a table of figures under years, read from its caption."""
        # A header of words beside its unit ('$ billions  Japan's rank') heads a table of words too.
        worded, taken = ([], 0) if table_line(lines[0]) and not unit_header(lines[0]) else layout_rows(lines)
        if not taken:
            return False
        self.done.append(Block("caption", unescape_markdown(title)))
        self.rows = [pipe_row(line) for line in worded]
        words = " ".join(" ".join(lines[:taken]).split())
        self.done.append(Block("caption", unescape_markdown(words), table=self._table()))
        self.rows = []
        if lines[taken:]:
            self.done.append(Block("caption", unescape_markdown(" ".join(" ".join(lines[taken:]).split()))))
        return True
