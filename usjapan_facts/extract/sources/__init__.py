"""Read a brief's text from a file, standard input, or an http(s) URL, with limits on time, size and type."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from usjapan_facts.errors import SourceError
from usjapan_facts.extract.sources.fetching import fetch_error
from usjapan_facts.safe_io import UnsafeInputError, printable, read_regular
from usjapan_facts.web import (
    FETCH_TIMEOUT,
    MAX_FETCH_TIMEOUT,
    MAX_SOURCE_BYTES,
    USER_AGENT,
    check_url,
    make_request,
    open_with_deadline,
    read_limited,
    shown_url,
)

__all__ = [
    "FETCH_TIMEOUT",
    "MAX_SOURCE_BYTES",
    "Source",
    "SourceError",
    "fetch",
    "read_source",
    "shown_url",
]

TEXT_TYPES = ("text/", "application/xhtml+xml")


@dataclass(frozen=True)
class Source:
    """A brief's text and where it came from (`url` only when fetched)."""

    text: str
    name: str
    url: str | None = None


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise SourceError(f"{name}: is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: is not UTF-8 text (byte {exc.start})") from None


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_SOURCE_BYTES) -> Source:
    """Fetch a brief over http(s): a text content type, at most `max_bytes`, all within `timeout` seconds.

    `timeout` is a deadline for the whole fetch, redirects and a slowly dripped body included.
    """
    if not (math.isfinite(timeout) and 0 < timeout <= MAX_FETCH_TIMEOUT):
        raise SourceError(
            f"{shown_url(url)}: the timeout must be a number of seconds above 0 and up to {MAX_FETCH_TIMEOUT:g}, "
            f"not {timeout}"
        )
    try:
        check_url(url)
        request = make_request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain"})
        with open_with_deadline(request, timeout) as response:
            data, charset = _read_response(response, url, max_bytes)
    except (SourceError, OSError, ValueError, HTTPException) as exc:
        raise fetch_error(url, exc, timeout) from None
    if b"\x00" in data:
        raise SourceError(f"{shown_url(url)}: is binary, not text")
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        charset = printable(charset[:40])
        raise SourceError(f"{shown_url(url)}: is not text in its declared charset {charset!r}") from None
    return Source(text, shown_url(url), url)


def _read_response(response: Any, url: str, max_bytes: int) -> tuple[bytes, str]:
    content_type = response.headers.get_content_type()
    if not content_type.startswith(TEXT_TYPES):
        raise SourceError(f"{shown_url(url)}: serves {printable(content_type[:80])}, not text or HTML")
    length_header = response.headers.get("Content-Length")
    digits = (length_header or "").strip()
    length = int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 18 else None
    if length is not None and length > max_bytes:
        raise SourceError(f"{shown_url(url)}: is {length:,} bytes, over the {max_bytes:,}-byte limit for a brief")
    data = read_limited(response, shown_url(url), max_bytes)
    if length is not None and len(data) < length:
        raise SourceError(
            f"{shown_url(url)}: the body ended after {len(data):,} of its {length:,} bytes; the fetch was cut short"
        )
    return data, response.headers.get_content_charset() or "utf-8"


def read_source(
    source: str,
    *,
    stdin: IO[bytes] | None = None,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_SOURCE_BYTES,
) -> Source:
    """Read a brief from a file path, `-` (standard input) or an http(s) URL."""
    try:
        scheme = urlsplit(source).scheme.lower()
    except ValueError as exc:
        raise fetch_error(source, exc, timeout) from None
    if scheme in ("http", "https"):
        return fetch(source, timeout=timeout, max_bytes=max_bytes)
    if scheme and len(scheme) > 1:
        shown = shown_url(source)
        raise SourceError(f"{shown}: only files, '-' and http(s) URLs can be read, not {printable(scheme)}:")
    if source == "-":
        if stdin is None and sys.stdin is None:
            raise SourceError("standard input is closed; pipe the brief in, or give a file or URL")
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = read_limited(stream, "standard input", max_bytes)
        except (OSError, ValueError) as exc:
            raise SourceError(f"standard input: cannot be read ({exc})") from None
        return Source(_decode(data, "standard input"), "standard input")
    path = Path(source)
    try:
        data = read_regular(path, max_bytes)
    except UnsafeInputError as exc:
        problem = str(exc)
        if problem.startswith("is a directory"):
            problem = "is a directory, not a brief"
        elif problem.endswith("-byte limit"):
            problem += " for a brief"
        raise SourceError(f"{printable(str(path))}: {problem}") from None
    return Source(_decode(data, printable(str(path))), str(path))
