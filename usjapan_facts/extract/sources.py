"""Read a brief's text from a file, standard input, or an http(s) URL, with limits on time, size and type."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from usjapan_facts.errors import FactsError

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""A brief is some 15 KB of text, or 200 KB as a web page: anything over this is refused unread."""
FETCH_TIMEOUT = 20.0
TEXT_TYPES = ("text/", "application/xhtml+xml")
USER_AGENT = "usjapan-facts (+https://pypi.org/project/usjapan-facts/)"


class SourceError(FactsError):
    """The brief's text cannot be had: missing file, bad URL, HTTP error, timeout, too large, not text."""


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


def _read_limited(stream: IO[bytes], name: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceError(f"{name}: is over the {max_bytes:,}-byte limit for a brief")
    return data


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only: a redirect to file:, ftp: or another scheme is refused."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise SourceError(f"{req.full_url}: redirects to {newurl!r}, which is not an http(s) URL")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_SOURCE_BYTES) -> Source:
    """Fetch a brief over http(s): a text content type, at most `max_bytes`, within `timeout` seconds."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain"})  # noqa: S310 - the scheme is checked by read_source
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if not content_type.startswith(TEXT_TYPES):
                raise SourceError(f"{url}: serves {content_type}, not text or HTML")
            length = response.headers.get("Content-Length")
            if length is not None and length.isdigit() and int(length) > max_bytes:
                raise SourceError(f"{url}: is {int(length):,} bytes, over the {max_bytes:,}-byte limit for a brief")
            data = _read_limited(response, url, max_bytes)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason: Any = exc.reason
        if isinstance(reason, TimeoutError):
            raise SourceError(f"{url}: no answer within {timeout:g} seconds") from None
        raise SourceError(f"{url}: cannot be fetched ({reason})") from None
    except TimeoutError:
        raise SourceError(f"{url}: no answer within {timeout:g} seconds") from None
    except OSError as exc:
        raise SourceError(f"{url}: cannot be fetched ({exc})") from None
    if b"\x00" in data:
        raise SourceError(f"{url}: is binary, not text")
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise SourceError(f"{url}: is not text in its declared charset {charset!r}") from None
    return Source(text, url, url)


def read_source(
    source: str,
    *,
    stdin: IO[bytes] | None = None,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_SOURCE_BYTES,
) -> Source:
    """Read a brief from a file path, `-` (standard input) or an http(s) URL."""
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        return fetch(source, timeout=timeout, max_bytes=max_bytes)
    if scheme and len(scheme) > 1:
        raise SourceError(f"{source}: only files, '-' and http(s) URLs can be read, not {scheme}:")
    if source == "-":
        if stdin is None and sys.stdin is None:
            raise SourceError("standard input is closed; pipe the brief in, or give a file or URL")
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = _read_limited(stream, "standard input", max_bytes)
        except (OSError, ValueError) as exc:
            raise SourceError(f"standard input: cannot be read ({exc})") from None
        return Source(_decode(data, "standard input"), "standard input")
    path = Path(source)
    try:
        if path.stat().st_size > max_bytes:
            raise SourceError(f"{path}: is over the {max_bytes:,}-byte limit for a brief")
        with path.open("rb") as stream:
            data = _read_limited(stream, str(path), max_bytes)
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory, not a brief") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror})") from None
    return Source(_decode(data, str(path)), str(path))


def post_json(url: str, payload: object, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_SOURCE_BYTES) -> int:
    """POST `payload` as JSON to an http(s) URL (a webhook) within `timeout` seconds; return the HTTP status.

    The limits are those of fetching a brief: http(s) only, redirects to http(s) only, and at most
    `max_bytes` of the answer read. Any answer but 2xx, and any network failure, is a `SourceError`.
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise SourceError(f"{url}: a webhook must be an http(s) URL")
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url,
        data=body,
        method="POST",
        headers={"User-Agent": USER_AGENT, "Content-Type": "application/json; charset=utf-8"},
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            _read_limited(response, url, max_bytes)
            status: int = response.status
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: the webhook answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason: Any = exc.reason
        if isinstance(reason, TimeoutError):
            raise SourceError(f"{url}: the webhook did not answer within {timeout:g} seconds") from None
        raise SourceError(f"{url}: the webhook cannot be reached ({reason})") from None
    except TimeoutError:
        raise SourceError(f"{url}: the webhook did not answer within {timeout:g} seconds") from None
    except OSError as exc:
        raise SourceError(f"{url}: the webhook cannot be reached ({exc})") from None
    return status
