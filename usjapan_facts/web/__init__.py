"""The only network code: checked http(s) URLs, one deadline for a whole exchange, a byte cap, safe redirects.

Fetching a brief and posting to a webhook both go through here. Redirects go to valid http(s) URLs only,
a POST is never turned into a GET, and URLs are shown without credentials.
"""

from __future__ import annotations

import http.client
import re
import time
import urllib.request
from collections.abc import Callable
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from usjapan_facts.errors import SourceError
from usjapan_facts.safe_io import printable
from usjapan_facts.web.deadline import DeadlineHTTPHandler, DeadlineHTTPSHandler

__all__ = [
    "FETCH_TIMEOUT",
    "MAX_FETCH_TIMEOUT",
    "MAX_SOURCE_BYTES",
    "USER_AGENT",
    "HttpOnlyRedirects",
    "SameMethodRedirects",
    "SourceError",
    "check_url",
    "failure_reason",
    "make_request",
    "open_with_deadline",
    "read_limited",
    "shown_url",
    "url_problem",
]

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""A brief is some 15 KB of text, or 200 KB as a web page: anything over this is refused unread."""
FETCH_TIMEOUT = 20.0
MAX_FETCH_TIMEOUT = 86_400.0
"""A day; sockets cannot wait much longer than that on every platform, and no brief needs it."""
USER_AGENT = "usjapan-facts (+https://pypi.org/project/usjapan-facts/)"


def read_limited(stream: IO[bytes], name: str, max_bytes: int) -> bytes:
    """Read all of `stream`, refusing it once it passes `max_bytes` (`name` says what in the message)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceError(f"{name}: is over the {max_bytes:,}-byte limit for a brief")
    return data


def shown_url(url: str) -> str:
    """Return `url` fit to be shown: without any user name or password, control characters escaped."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2] if "@" in parts.netloc else parts.netloc
        bare = urlunsplit(parts._replace(netloc=netloc)) if netloc != parts.netloc else url
    except ValueError:
        # Unparsable: drop anything between '//' and an '@' all the same.
        bare = re.sub(r"//[^/?#]*@", "//", url)
    return printable(bare)


def url_problem(url: str) -> str | None:
    """Say why urllib could not fetch `url` (parse errors, bad ports, bad host names, credentials), or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
        host = parts.hostname
    except ValueError as exc:  # a malformed IPv6 literal, a port that is not a number from 0 to 65535
        return f"is not a valid URL ({printable(str(exc)[:120])})"
    if parts.scheme not in ("http", "https"):
        return "is not an http(s) URL"
    if "@" in parts.netloc:
        return "has a user name or password, which is never sent; give the URL without them"
    if not host or port == 0:
        return "has no host name" if not host else "has port 0"
    if not host.startswith("[") and ":" not in host:
        labels = host.rstrip(".").split(".")
        if len(host) > 253 or any(not 0 < len(label) <= 63 for label in labels):
            return f"has a host name that is not valid ({printable(host[:80])!r})"
        try:
            host.encode("idna")
        except UnicodeError:
            return f"has a host name that is not valid ({printable(host[:80])!r})"
    return None


def check_url(url: str) -> None:
    """Raise `SourceError` naming the URL (without credentials) when it cannot be fetched."""
    problem = url_problem(url)
    if problem is not None:
        raise SourceError(f"{shown_url(url)}: {problem}")


def failure_reason(exc: BaseException) -> str:
    """Say in a few words why a network exchange failed, for the end of a one-line message."""
    if isinstance(exc, http.client.BadStatusLine) and not isinstance(exc, ConnectionError):
        return "the server's answer is not HTTP (bad status line)"
    if isinstance(exc, http.client.LineTooLong):
        return "the server sent a header line that is too long"
    if isinstance(exc, http.client.IncompleteRead):
        return f"the body ended after {len(exc.partial):,} bytes, short of its length"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused (nothing listens there)"
    if isinstance(exc, ConnectionError | http.client.RemoteDisconnected):
        return "the server closed the connection without an answer"
    text = str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc) or type(exc).__name__
    return text[:200]


class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to valid http(s) URLs only: another scheme, or a URL that cannot be fetched, is refused."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
    ) -> IO[bytes] | None:
        # Checked before urllib parses the Location itself, which can fail with a bare ValueError.
        location = headers.get("location") or headers.get("uri")
        if location is not None:
            try:
                target = urljoin(req.full_url, location)
            except ValueError:
                target = location
            problem = url_problem(target)
            if problem is not None:
                raise SourceError(f"{shown_url(req.full_url)}: redirects to {shown_url(target)!r}, which {problem}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class SameMethodRedirects(HttpOnlyRedirects):
    """Follow 307 and 308 with the same method and body; refuse 301, 302 and 303, which turn a POST into a GET.

    `refusal(url, code)` is the message of the `SourceError` raised for a refused redirect.
    """

    def __init__(self, refusal: Callable[[str, int], str]) -> None:
        super().__init__()
        self._refusal = refusal

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if code in (307, 308):
            kept = {name: value for name, value in req.header_items() if name.lower() != "host"}
            # The target was checked as an http(s) URL by the handler this one extends.
            return urllib.request.Request(newurl, data=req.data, headers=kept, method=req.get_method())  # noqa: S310
        raise SourceError(self._refusal(req.full_url, code))


def make_request(
    url: str, *, headers: dict[str, str], data: bytes | None = None, method: str | None = None
) -> urllib.request.Request:
    """Build a request for `url`, which the caller has checked with `url_problem` or `check_url`."""
    return urllib.request.Request(url, data=data, headers=headers, method=method)  # noqa: S310 - checked by the caller


def open_with_deadline(
    request: urllib.request.Request, timeout: float, *, redirects: HttpOnlyRedirects | None = None
) -> Any:
    """Open `request` with every connect, read and write, redirects included, inside one `timeout`."""
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(
        redirects or HttpOnlyRedirects(), DeadlineHTTPHandler(deadline), DeadlineHTTPSHandler(deadline)
    )
    return opener.open(request, timeout=timeout)
