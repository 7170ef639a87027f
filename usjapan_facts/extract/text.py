"""Turn a brief's text (Markdown or plain text from the PDF) into sections of whole sentences.

The PDF conversion splits paragraphs at page and column breaks, escapes `$` as `\\$`, and keeps
captions, an author block and a disclaimer; this module undoes or sets those aside. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from usjapan_facts.extract.author_seams import author_names, cut_by_authors
from usjapan_facts.extract.blocks import COVER_DATE, Block, markdown_blocks
from usjapan_facts.extract.column_lines import Vocabulary, join_lines
from usjapan_facts.extract.columns import reassemble_columns
from usjapan_facts.extract.flattened import cut_by_another_column, runs_columns_together
from usjapan_facts.extract.html_blocks import html_blocks
from usjapan_facts.extract.layout_text import split_layout
from usjapan_facts.extract.parsers import month_number
from usjapan_facts.extract.sentences import split_sentences
from usjapan_facts.extract.typography import plain_characters
from usjapan_facts.extract.word_tables import WordTable, year_columns
from usjapan_facts.extract.word_tables import sentences as table_sentences

_CLOSING = "\"'”’)"  # what may follow a sentence's stop at a paragraph's end (a line break may follow them)
SKIPPED_SECTIONS = frozenset({"disclaimer"})
_COVER_LINE = 120
"""The longest run of the cover's short lines (brief number, version, date) read as the cover, not prose."""
_FIGURE_YEAR = re.compile(r"\bFigure\s+(?P<number>\d+)\.\s+[^|\n]{3,80}?,\s+(?P<year>(?:19|20)\d{2})\b")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# Each starts with its literal, what stands before it checked after: a scan of the whole text costs a fraction.
_MD_LINK = re.compile(r"(?:!\[|\[)([^\]\n]{0,200})\]\([^)\s]{0,2000}\)")
_BROKEN_HYPHEN = re.compile(r"-(?<=[a-z.]-) (?!(?:and|or|to)\s+[\w.]+-\w)(?=[a-z]|Japan\b)")
"""'sixth- largest', never a suspended hyphen ('medium- and heavy-duty', 'short- to medium-range')."""
_LOST_APOSTROPHE = re.compile(r"\?(?<=\w\?)(?=s\b)")
_DOUBLE_DASH = re.compile(r" (?<=\w )--(?!-) ?(?=\w)|-(?<=\w-)-(?!-) ?(?=\w)")
_HEADING_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Sentence:
    """One sentence and the heading it stands under; `folded` is its text in lower case, for cheap tests."""

    text: str
    section: str
    cut: bool = False
    """The sentence shows the seam of another column's line: it may back a value, never stand alone for one."""
    folded: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", self.text.casefold())


@dataclass
class Document:
    """A brief as sentences under their section headings, with its cover date, title and authors."""

    title: str | None = None
    updated: dt.date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    authors: list[tuple[str, str]] = field(default_factory=list)
    figure_years: dict[str, str] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)
    tables: list[tuple[str, WordTable]] = field(default_factory=list)
    """Each table's title and cells, row by row, for the reader of a cell by its row and column (`cell_roles`)."""
    set_aside: list[str] = field(default_factory=list)
    """The openings of paragraphs left unread: two columns' lines run together, their sentences cut."""

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)


def _join_broken_paragraphs(blocks: Iterable[Block], vocabulary: Vocabulary | None) -> Iterator[Block]:
    # A paragraph that stops mid-sentence was cut by a page or column break: glue the next one on, and a word
    # broken there ("Agree-" / "ment and ...") as a line's end is (with the text's words, where it has them).
    pending: Block | None = None
    for block in blocks:
        if block.kind != "paragraph":
            # A caption may sit inside a broken paragraph; a heading always ends one.
            if block.kind == "heading" and pending is not None:
                yield pending
                pending = None
            yield block
            continue
        if pending is not None and (
            block.item or (pending.item and not block.text[:1].islower()) or _dateline(pending.text)
        ):
            # A list's item need not end in a stop: only a line in lower case goes on with it; and an item starts
            # afresh, after a line with no stop too ('Trade at a Glance, 2030' above its items).
            yield pending
            pending = None
        if pending is not None:
            joined = (
                join_lines([pending.text, block.text], vocabulary) if vocabulary else f"{pending.text} {block.text}"
            )
            block = Block("paragraph", joined, cut_end=block.cut_end, item=pending.item)
            pending = None
        if block.text.removesuffix("\n").rstrip(_CLOSING).endswith((".", "!", "?")):  # its end, not a scan
            yield block
        else:
            pending = block
    if pending is not None:
        yield pending


def _dateline(text: str) -> bool:
    """Whether a paragraph is the cover's date line alone ('Updated December 18, 2020'): no sentence cut at its end,
    so the paragraph under it, the brief's first, is not glued on."""
    match = COVER_DATE.match(text.strip())
    return match is not None and match.end() == len(text.strip())


def parse_cover_date(text: str) -> dt.date | None:
    """Return the date of 'Updated July 21, 2022' in the text, if there is a real one."""
    match = COVER_DATE.search(text)
    if match is None:
        return None
    month, day, year = match.groups()
    try:
        return dt.date(int(year), month_number(month), int(day))
    except ValueError:
        return None


def _cover_line(text: str, before_prose: bool) -> bool:
    """Whether a paragraph is the cover's date line: short, or, before any prose, the cover's short lines run
    together and ending on the date ('In Focus IF10199 · Version 42 Updated January 28, 2025')."""
    if len(text) < 40:
        return True
    dated = COVER_DATE.search(text)
    return before_prose and len(text) < _COVER_LINE and dated is not None and not text[dated.end() :].strip()


def _without_runs_of_columns(blocks: Iterable[Block], document: Document) -> Iterator[Block]:
    """Leave out each paragraph that runs two columns' lines together, noting its opening in the document."""
    for block in blocks:
        if block.kind == "paragraph" and runs_columns_together(block.text):
            document.set_aside.append(" ".join(block.text[:60].split()))
        else:
            yield block


def build_document(blocks: Iterable[Block], vocabulary: Vocabulary | None = None) -> Document:
    """Assemble sentences under their headings; the first heading is the title, the disclaimer is skipped."""
    document = Document()
    section = ""
    dated = False
    title = ""  # the caption just before a table: its title
    for block in _join_broken_paragraphs(_without_runs_of_columns(blocks, document), vocabulary):
        before, title = title, ""
        for figure in _FIGURE_YEAR.finditer(block.text) if "Figure" in block.text else ():
            document.figure_years.setdefault(figure.group("number"), figure.group("year"))
        if block.kind == "heading":
            if document.title is None and not document.sentences:
                document.title = block.text
                section = "Overview"
            else:
                section = block.text
                dated = _HEADING_YEAR.search(section) is not None
        elif block.kind == "caption":
            document.captions.append(year_columns(block.text, block.table))  # a year a row: turned about
            if block.table is not None:
                _table_rows(document, block.title or before or section, block.table)
                document.tables.append((block.title or before or section, block.table))
            else:
                title = block.text
        elif block.kind == "author":
            name, role = block.text.split("\t", 1)
            document.authors.append((name, role))
        elif block.kind == "paragraph" and section.casefold() not in SKIPPED_SECTIONS:
            cover_line = _cover_line(block.text, before_prose=not document.sentences)
            if document.updated is None and cover_line and (cover := parse_cover_date(block.text)):
                document.updated = cover
                continue
            if dated and (block.item or document.sentences[-1:] == [] or document.sentences[-1].section != section):
                # 'Trade at a Glance, 2018': the heading's year dates the list (or paragraph) below it, as a
                # sentence before each item that may back a value, never state one.
                document.sentences.append(Sentence(section, section, cut=True))
            texts = split_sentences(block.text)
            document.sentences.extend(
                Sentence(
                    text,
                    section,
                    cut=cut_by_another_column(text, opens_item=block.item and number == 1, after_stop=number > 1)
                    or (block.cut_end and number == len(texts)),
                )
                for number, text in enumerate(texts, start=1)
            )
    return document


def _table_rows(document: Document, title: str, table: WordTable) -> None:
    """A table's rows as a list's items ('Share of land area: less than 1%') under its title as their lead-in,
    said again before each row ('Table 1. Okinawa at a Glance:'), which may back a value, never state one."""
    lead = title if title.endswith(":") else f"{title}:"
    for row in table_sentences(table, title):
        document.sentences.append(Sentence(lead, title, cut=True))
        document.sentences.extend(Sentence(text, title) for text in row)


def normalise(text: str) -> str:
    """Undo what sites and converters do to the brief's words: front matter, links, typographic and broken marks."""
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _MD_LINK.sub(r"\1", text)
    text = plain_characters(text)
    text = _LOST_APOSTROPHE.sub("'", text)  # sites that lost the apostrophe: "Abe?s"
    if "--" in text:
        text = _DOUBLE_DASH.sub("—", text)
    # A PDF line break inside a hyphenated word leaves "sixth- largest" or "U.S.- Japan".
    return _BROKEN_HYPHEN.sub("-", text)


def parse_markdown(text: str) -> Document:
    """Parse Markdown or plain text converted from the brief's PDF into a `Document`."""
    lines = normalise(split_layout(text))
    text = reassemble_columns(lines)
    return cut_by_authors(build_document(markdown_blocks(text), Vocabulary(text)), author_names(lines))


def parse_html(text: str) -> Document:
    """Parse the brief as HTML (as the CRS and EveryCRSReport sites serve it) into a `Document`."""
    return build_document(html_blocks(text))
