"""Decide whether a fetched body is the brief: a PDF or page with its text, cover date and version.

Anything else, a challenge page, an error page, another document or an empty body, is refused with
the reason, so that the chain of sources moves on and nothing but a brief is ever written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from usjapan_facts.catalog import Catalogue
from usjapan_facts.extract.pdf import PDF_MAGIC, PdfError, pdf_text
from usjapan_facts.extract.sources.exchange import Answer
from usjapan_facts.extract.sources.pages import challenge_or_error
from usjapan_facts.extract.text import parse_cover_date

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(nbsp|#160|#xa0);", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Document:
    """A brief as fetched: its bytes, the file extension they need, and what its text says of its version."""

    body: bytes
    extension: str
    updated: str
    version: int | None


class NotABrief(Exception):  # noqa: N818 - a reason to move on to the next source
    """The body is not the brief; the message says what it is."""


def examine(answer: Answer, catalogue: Catalogue) -> Document:
    """Return the brief `answer` holds, or raise `NotABrief` saying what it holds instead."""
    body = answer.body
    if not body.strip():
        raise NotABrief("an empty body")
    if body.startswith(PDF_MAGIC):
        try:
            text = pdf_text(body, "the PDF")
        except PdfError as exc:
            raise NotABrief(str(exc).removeprefix("the PDF: ")) from None
        extension = "pdf"
    elif answer.content_type in _HTML_TYPES or answer.content_type.startswith("text/"):
        problem = challenge_or_error(body)
        if problem is not None:
            raise NotABrief(problem)
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = body.decode("latin-1")
        html = answer.content_type in _HTML_TYPES or text.lstrip()[:1] == "<"
        extension = "html" if html else "txt"
        if html:
            text = _ENTITY.sub(" ", _TAG.sub("\n", text))
    else:
        raise NotABrief(f"a {answer.content_type or 'file of no declared type'}, not a PDF or a web page")
    cover = parse_cover_date(" ".join(text[:6000].split()))
    if cover is None:
        raise NotABrief("a document without a cover date ('Updated July 21, 2022'): not a version of the brief")
    flat = " ".join(text.split())
    if catalogue.brief not in flat and catalogue.title.lower() not in flat.lower():
        raise NotABrief(f"a document that names neither {catalogue.brief} nor {catalogue.title!r}")
    return Document(body, extension, cover.isoformat(), _version(flat, catalogue.brief))


def _version(text: str, brief: str) -> int | None:
    """Read the version number a CRS PDF prints at the foot of each page ('IF10199 · VERSION 49')."""
    match = re.search(rf"\b{re.escape(brief)}\W{{1,6}}VERSION\W{{1,3}}(\d{{1,4}})\b", text, re.IGNORECASE)
    return int(match.group(1)) if match else None
