"""An HTML page's blocks, for `text.parse_html`: what the Markdown reader finds in a brief's text, found in its
elements. Pure, no I/O; BeautifulSoup is imported only when a page is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from usjapan_facts.extract.blocks import Block, caption_blocks
from usjapan_facts.extract.typography import plain_characters
from usjapan_facts.extract.word_tables import WordTable, is_header

if TYPE_CHECKING:
    from bs4 import Tag

_TABLE_TITLE = re.compile(r"(?:Table|Figure)\s+\d+\.\s")
MAX_TITLE = 160
"""The longest paragraph that opens 'Table 2.' and is taken as a table's title set apart from its table."""
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


def _cell_text(cell: Tag) -> str:
    return " ".join(plain_characters(cell.get_text(" ", strip=True)).split())


def _html_caption(table: Tag) -> str:
    caption = table.find("caption")
    return _cell_text(caption) if caption is not None else ""


def _tags(node: Tag, *names: str) -> list[Tag]:
    """The elements of these names under `node`, in document order: what `find_all(names)` gives, with less work."""
    from bs4 import Tag

    return [element for element in node.descendants if isinstance(element, Tag) and element.name in names]


def _html_table(table: Tag) -> WordTable:
    """An HTML table's cells row by row; a first row all of header cells (`th`) is its header."""
    rows = [row for row in _tags(table, "tr") if next((up for up in row.parents if up.name == "table"), None) is table]
    cells = [(tuple(_cell_text(cell) for cell in _tags(row, "th", "td")), row) for row in rows]
    cells = [(texts, row) for texts, row in cells if texts]
    if cells and not _tags(cells[0][1], "td") and is_header(cells[0][0]):
        return WordTable(cells[0][0], tuple(texts for texts, _ in cells[1:]))
    return WordTable((), tuple(texts for texts, _ in cells))


def html_blocks(text: str) -> Iterator[Block]:
    """The blocks of an HTML page (as the CRS and EveryCRSReport sites serve it): headings, paragraphs, list items,
    tables with their cells, captions and author lines, page chrome left out."""
    from bs4 import BeautifulSoup, Tag  # the HTML parser only the HTML path needs

    soup = BeautifulSoup(text, "html.parser")
    # Page chrome inside a block ('<p>... <script>'): one search of the whole page, not one a block.
    for skipped in _tags(soup, *_SKIPPED_TAGS):
        skipped.decompose()
    for element in _top_blocks(soup):
        words = " ".join(plain_characters(element.get_text(" ", strip=True)).split())
        name = element.name
        if name == "hr":
            yield Block("rule", "")
        elif not words:
            continue
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield Block("heading", words, level=int(name[1]))
        elif name == "table":
            # A table is no prose: its words are a caption, its cells rows a table's facts are read from.
            yield Block("caption", words, table=_html_table(element), title=_html_caption(element))
        elif name in ("figcaption", "caption"):
            # A figure is not prose: no fact is read from its words (a sentence set under its title is prose).
            yield from caption_blocks(words)
        else:
            # A paragraph that opens in bold is an author line ("**Name**, title") or, all bold, a caption.
            first = next((node for node in element.children if isinstance(node, Tag) or not str(node).isspace()), None)
            lead = first.get_text(" ", strip=True) if isinstance(first, Tag) and first.name in ("b", "strong") else ""
            role = re.match(r"\s*,\s*(.+)$", words[len(lead) :]) if lead else None
            if role and words.startswith(lead):
                yield Block("author", f"{lead}\t{role.group(1).strip()}")
            elif (lead and lead == words) or (_TABLE_TITLE.match(words) and len(words) <= MAX_TITLE):
                yield Block("caption", words)  # all in bold, or a table's title set apart from its table
            else:
                yield Block("paragraph", words, item=name == "li")


__all__ = ["html_blocks"]
