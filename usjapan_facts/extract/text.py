"""Turn a brief's text (Markdown or plain text from the PDF) into sections of whole sentences.

The PDF conversion splits paragraphs at page and column breaks, escapes `$` as `\\$`, and keeps
captions, an author block and a disclaimer; this module undoes or sets those aside. Pure, no I/O.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from usjapan_facts.extract.column_lines import Vocabulary, join_lines
from usjapan_facts.extract.columns import reassemble_columns
from usjapan_facts.extract.flattened import cut_by_another_column, runs_columns_together
from usjapan_facts.extract.layout_text import split_layout
from usjapan_facts.extract.line_joins import FIGURE_LINE, intruding_heading
from usjapan_facts.extract.parsers import MONTHS
from usjapan_facts.extract.sentences import LIST_ITEM, split_sentences
from usjapan_facts.extract.tables import pipe_cells
from usjapan_facts.extract.typography import plain_characters

if TYPE_CHECKING:
    from bs4 import Tag

BlockKind = Literal["heading", "paragraph", "author", "caption", "rule"]

_COVER_DATE = re.compile(r"\bUpdated\s+(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|>~])")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_AUTHOR = re.compile(r"^\*\*([^*]+)\*\*\s*,\s*(.+)$")
_TERMINAL = re.compile(r"""[.!?]["'”’)]*$""")
SKIPPED_SECTIONS = frozenset({"disclaimer"})
_FIGURE_YEAR = re.compile(r"\bFigure\s+(?P<number>\d+)\.\s+[^|\n]{3,80}?,\s+(?P<year>(?:19|20)\d{2})\b")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,200})\]\([^)\s]{0,2000}\)")
_BROKEN_HYPHEN = re.compile(r"(?<=[a-z.])- (?=[a-z]|Japan\b)")
_PLAIN_HEADING = re.compile(r"[A-Z](?:[^.!?:;,]|(?<=[A-Z])\.){0,58}[A-Za-z)]")  # "U.S.-Japan Trade"


@dataclass(frozen=True)
class Block:
    """One block of the source: a heading, a paragraph, an author line, a caption or a rule."""

    kind: BlockKind
    text: str
    level: int = 0
    cut_end: bool = False
    """Its last sentence was cut by another column's heading: it may back a value, never stand alone for one."""


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
    set_aside: list[str] = field(default_factory=list)
    """The openings of paragraphs left unread: two columns' lines run together, their sentences cut."""

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)


def unescape_markdown(text: str) -> str:
    """Drop Markdown's backslash escapes and inline emphasis markers, keeping their text."""
    return _MD_INLINE.sub(r"\2", _MD_ESCAPE.sub(r"\1", text))


def markdown_blocks(text: str) -> Iterator[Block]:
    """Split Markdown or plain text into blocks at blank lines; headings start with '#'.

    A figure's caption or source line is a block of its own, and so is another column's heading standing
    between two lines of a sentence (the paragraph before it is marked as cut at its end).
    """
    lines: list[str] = []
    vocabulary = Vocabulary(text)

    def flush() -> Iterator[Block]:
        if lines:
            single_line = len(lines) == 1
            # A line broken after a hyphen or a dash goes on with no space: "U.S.-" / "Japan", "inves-" / "ted".
            joined = join_lines([line.strip() for line in lines], vocabulary)
            lines.clear()
            author = _AUTHOR.match(joined)
            if author:
                yield Block("author", f"{author.group(1).strip()}\t{unescape_markdown(author.group(2)).strip()}")
            elif re.fullmatch(r"\*\*.+\*\*", joined):
                yield Block("caption", unescape_markdown(joined))
            elif single_line and _PLAIN_HEADING.fullmatch(joined) and not _COVER_DATE.search(joined):
                # Plain text has no '#': a short capitalised line standing alone is a heading.
                yield Block("heading", unescape_markdown(joined), level=3)
            else:
                yield Block("paragraph", unescape_markdown(joined))

    table: list[str] = []
    # A last blank line ends a last paragraph or table; one before each list item makes it a paragraph of its own.
    raw_lines = [*(part for line in text.splitlines() for part in ("", line)[not LIST_ITEM.match(line) :]), ""]
    for index, raw in enumerate(raw_lines):
        line = raw.strip()
        cells = pipe_cells(line)
        if cells is not None:  # a Markdown table's row: no prose, a caption as the HTML's table gives
            yield from flush()
            table.extend(cells)
            continue
        if table:
            yield Block("caption", unescape_markdown(" ".join(table)))
            table.clear()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        following = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        if lines and intruding_heading(lines[-1], line, following):
            # Another column's heading between the lines of a sentence: the sentence is cut there.
            yield from (dataclasses.replace(block, cut_end=True) for block in flush())
            yield Block("heading", unescape_markdown(line), level=3)
        elif not line:
            yield from flush()
        elif heading:
            yield from flush()
            yield Block("heading", unescape_markdown(heading.group(2)), level=len(heading.group(1)))
        elif re.fullmatch(r"(-{3,}|\*{3,}|_{3,})", line):
            yield from flush()
            yield Block("rule", "")
        elif FIGURE_LINE.match(line):
            # A figure's caption or source among a paragraph's lines (text copied from the PDF): not prose.
            yield from flush()
            yield Block("caption", unescape_markdown(line))
        else:
            lines.append(line)
    yield from flush()


def _join_broken_paragraphs(blocks: Iterable[Block]) -> Iterator[Block]:
    # A paragraph that stops mid-sentence was cut by a page or column break: glue the next one on.
    pending: Block | None = None
    for block in blocks:
        if block.kind != "paragraph":
            # A caption may sit inside a broken paragraph; a heading always ends one.
            if block.kind == "heading" and pending is not None:
                yield pending
                pending = None
            yield block
            continue
        if pending is not None:
            block = Block("paragraph", f"{pending.text} {block.text}", cut_end=block.cut_end)
            pending = None
        if _TERMINAL.search(block.text) or LIST_ITEM.match(block.text):
            yield block
        else:
            pending = block
    if pending is not None:
        yield pending


def parse_cover_date(text: str) -> dt.date | None:
    """Return the date of 'Updated July 21, 2022' in the text, if there is a real one."""
    match = _COVER_DATE.search(text)
    if match is None:
        return None
    month, day, year = match.groups()
    try:
        return dt.date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def _without_runs_of_columns(blocks: Iterable[Block], document: Document) -> Iterator[Block]:
    """Leave out each paragraph that runs two columns' lines together, noting its opening in the document."""
    for block in blocks:
        if block.kind == "paragraph" and runs_columns_together(block.text):
            document.set_aside.append(" ".join(block.text[:60].split()))
        else:
            yield block


def build_document(blocks: Iterable[Block]) -> Document:
    """Assemble sentences under their headings; the first heading is the title, the disclaimer is skipped."""
    document = Document()
    section = ""
    for block in _join_broken_paragraphs(_without_runs_of_columns(blocks, document)):
        for figure in _FIGURE_YEAR.finditer(block.text):
            document.figure_years.setdefault(figure.group("number"), figure.group("year"))
        if block.kind == "heading":
            if document.title is None and not document.sentences:
                document.title = block.text
                section = "Overview"
            else:
                section = block.text
        elif block.kind == "caption":
            document.captions.append(block.text)
        elif block.kind == "author":
            name, role = block.text.split("\t", 1)
            document.authors.append((name, role))
        elif block.kind == "paragraph" and section.casefold() not in SKIPPED_SECTIONS:
            if document.updated is None and (cover := parse_cover_date(block.text)) and len(block.text) < 40:
                document.updated = cover
                continue
            texts = split_sentences(block.text)
            document.sentences.extend(
                Sentence(text, section, cut=cut_by_another_column(text) or (block.cut_end and number == len(texts)))
                for number, text in enumerate(texts, start=1)
            )
    return document


def normalise(text: str) -> str:
    """Undo what sites and converters do to the brief's words: front matter, links, typographic and broken marks."""
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _MD_LINK.sub(r"\1", text)
    text = plain_characters(text)
    text = re.sub(r"(?<=\w)\?(?=s\b)", "'", text)  # sites that lost the apostrophe: "Abe?s"
    text = re.sub(r"(?<=\w) ?--(?!-) ?(?=\w)", "—", text)
    # A PDF line break inside a hyphenated word leaves "sixth- largest" or "U.S.- Japan".
    return _BROKEN_HYPHEN.sub("-", text)


def parse_markdown(text: str) -> Document:
    """Parse Markdown or plain text converted from the brief's PDF into a `Document`."""
    return build_document(markdown_blocks(reassemble_columns(normalise(split_layout(text)))))


_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "caption", "table", "hr", "blockquote")
_SKIPPED_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "template")


def _top_blocks(node: Tag) -> Iterator[Tag]:
    """Yield the outermost block elements under `node` in document order, skipping page chrome.

    The walk keeps its own stack: a page nested thousands of elements deep is read, not a recursion error.
    """
    from bs4 import Tag  # the HTML parser only the HTML path needs

    stack = [iter(node.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag) and child.name not in _SKIPPED_TAGS:
            if child.name in _BLOCK_TAGS:
                yield child
            else:
                stack.append(iter(child.children))


def _html_blocks(text: str) -> Iterator[Block]:
    from bs4 import BeautifulSoup, Tag  # the HTML parser only the HTML path needs

    soup = BeautifulSoup(text, "html.parser")
    for element in _top_blocks(soup):
        for skipped in element.find_all(_SKIPPED_TAGS):
            skipped.decompose()
        words = " ".join(plain_characters(element.get_text(" ", strip=True)).split())
        name = element.name
        if name == "hr":
            yield Block("rule", "")
        elif not words:
            continue
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield Block("heading", words, level=int(name[1]))
        elif name in ("table", "figcaption", "caption"):
            # Figures and tables are not prose: no fact is read from their cells.
            yield Block("caption", words)
        else:
            # A paragraph that opens in bold is an author line ("**Name**, title") or, all bold, a caption.
            first = next((child for child in element.children if not str(child).isspace()), None)
            lead = first.get_text(" ", strip=True) if isinstance(first, Tag) and first.name in ("b", "strong") else ""
            role = re.match(r"\s*,\s*(.+)$", words[len(lead) :]) if lead else None
            if role and words.startswith(lead):
                yield Block("author", f"{lead}\t{role.group(1).strip()}")
            elif lead and lead == words:
                yield Block("caption", words)
            else:  # a list's item keeps its marker: it is whole, whether or not it ends in a stop
                yield Block("paragraph", f"- {words}" if name == "li" else words)


def parse_html(text: str) -> Document:
    """Parse the brief as HTML (as the CRS and EveryCRSReport sites serve it) into a `Document`."""
    return build_document(_html_blocks(text))
