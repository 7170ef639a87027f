"""Read a brief from its PDF: the text of each page, the two columns kept apart, in reading order.

pdfminer.six's layout analysis groups characters into lines by their position on the page. A page with
two columns is set out as layout text (`pdf_layout`), which `layout_text` reads column by column as it
reads `pdftotext -layout`; a PDF without one comes out text box by text box, as pdfminer orders them.
(pypdf and pdfplumber, tried on the same two-column page, join a line of the left column to the line
beside it.)
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from usjapan_facts.errors import FactsError
from usjapan_facts.extract.pdf_layout import Line, page_layout, table_rows

if TYPE_CHECKING:
    from pdfminer.layout import LTContainer

MAX_PDF_BYTES = 5 * 1024 * 1024
"""A brief's PDF is some 300 KB: anything over this is refused unread."""
MAX_PAGES = 20
"""An In Focus brief has two pages; a document of more is read no further than this."""
PDF_MAGIC = b"%PDF-"


class PdfError(FactsError):
    """The PDF cannot be read: missing, not a regular file, too large, damaged or without text."""


def looks_like_pdf(path: str) -> bool:
    """Tell whether `path` names a regular file that starts as a PDF does; anything else is read as text."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as stream:
            return stream.read(len(PDF_MAGIC)) == PDF_MAGIC
    except (OSError, ValueError):
        return False


def read_pdf(path: str, *, max_bytes: int = MAX_PDF_BYTES) -> str:
    """Read the PDF at `path` (a regular file of at most `max_bytes`) and return its text."""
    return pdf_text(read_pdf_bytes(path, max_bytes=max_bytes), Path(path).name)


def read_pdf_bytes(path: str, *, max_bytes: int = MAX_PDF_BYTES) -> bytes:
    """Read the bytes of the PDF at `path`, a regular file of at most `max_bytes`."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise PdfError(f"{path}: is not a regular file")
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise PdfError(f"{path}: no such file") from None
    except OSError as exc:
        raise PdfError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise PdfError(f"{path}: is over the {max_bytes:,}-byte limit for a brief")
    return data


def _lines(container: LTContainer[Any]) -> Iterator[Line]:
    """Yield every horizontal line of text in `container`, however deep."""
    from pdfminer.layout import LTContainer, LTTextLineHorizontal

    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            yield Line(item.x0, item.x1, item.y1, item.y0, item.get_text().rstrip("\n"))
        elif isinstance(item, LTContainer):
            yield from _lines(item)


def _laid_out(data: bytes) -> str | None:
    """The PDF's pages as layout text with their columns apart (a one-column page's table with its rows whole),
    or None when no page has two columns or a table."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    pages: list[tuple[str | None, str | None, str]] = []
    for page in extract_pages(io.BytesIO(data), maxpages=MAX_PAGES, laparams=LAParams()):
        # A page with no gutter found reads box by box, as pdfminer groups it: its boxes keep columns apart,
        # where lines sorted top to bottom would run two short columns together. A one-column page with a
        # table is set out row by row instead, each row's cells on one line, as the table's cells stand.
        lines = list(_lines(page))
        boxes = "\n".join(item.get_text() for item in page if isinstance(item, LTTextContainer))
        pages.append((page_layout(lines, page.width), table_rows(lines), boxes))
    if not any(layout or rows for layout, rows, _ in pages):
        return None
    return "\n\f".join(layout or rows or boxes for layout, rows, boxes in pages)


def pdf_text(data: bytes, name: str = "the PDF") -> str:
    """Return the text of a PDF's pages: as layout text where its pages have two columns, else box by box."""
    from pdfminer.high_level import extract_text  # only the PDF path needs pdfminer
    from pdfminer.layout import LAParams

    if not data.startswith(PDF_MAGIC):
        raise PdfError(f"{name}: is not a PDF")
    try:
        laid_out = _laid_out(data)
        text = laid_out or extract_text(io.BytesIO(data), maxpages=MAX_PAGES, laparams=LAParams())
    except Exception as exc:  # pdfminer raises many kinds on damaged files; all mean one thing
        raise PdfError(f"{name}: cannot be read as a PDF ({type(exc).__name__})") from None
    if laid_out:
        return text
    # Justified lines come out with runs of spaces; page breaks as form feeds.
    text = re.sub(r"[ \t]{2,}", " ", text.replace("\f", "\n\n"))
    if not text.strip():
        raise PdfError(f"{name}: has no text (a scanned image?); convert it to text first")
    return text


@dataclass(frozen=True)
class PagePart:
    """The text of one column of one page: where a sentence found in it stands in the PDF."""

    page: int
    column: int
    text: str


def page_map(data: bytes) -> list[PagePart]:
    """Return each page's text by column (1 the left half's text boxes, 2 the right's), pages from 1."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    parts: list[PagePart] = []
    try:
        for number, page in enumerate(extract_pages(io.BytesIO(data), maxpages=MAX_PAGES, laparams=LAParams()), 1):
            columns: dict[int, list[str]] = {1: [], 2: []}
            for element in page:
                if isinstance(element, LTTextContainer):
                    columns[1 if element.x0 < page.width / 2 else 2].append(element.get_text())
            parts += [PagePart(number, column, " ".join(texts)) for column, texts in columns.items() if texts]
    except Exception:  # a PDF that gave its text but not its layout: no page numbers, nothing worse
        return []
    return parts
