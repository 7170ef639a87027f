"""Reach the network for a brief or a webhook: checked http(s) URLs, one deadline for a whole exchange, a byte cap.

A server that drips a byte a second never times out a single read: every connect, read and write here
counts against one deadline. Redirects go to valid http(s) URLs only, and URLs are shown without credentials.
"""

from __future__ import annotations

import http.client
import io
import re
import socket
import time
import urllib.error
import urllib.request
from http.client import HTTPConnection, HTTPMessage
from typing import IO, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from usjapan_facts.errors import FactsError
from usjapan_facts.extract.sources.resolve import connector
from usjapan_facts.safe_io import printable

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""A brief is some 15 KB of text, or 200 KB as a web page: anything over this is refused unread."""
FETCH_TIMEOUT = 20.0
MAX_FETCH_TIMEOUT = 86_400.0
"""A day; sockets cannot wait much longer than that on every platform, and no brief needs it."""
USER_AGENT = "usjapan-facts (+https://pypi.org/project/usjapan-facts/)"


class SourceError(FactsError):
    """The brief's text cannot be had: missing file, bad URL, HTTP error, timeout, too large, not text."""


def read_limited(stream: IO[bytes], name: str, max_bytes: int) -> bytes:
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


def _has_credentials(url: str) -> bool:
    return "@" in urlsplit(url).netloc


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
    if _has_credentials(url):
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
    problem = url_problem(url)
    if problem is not None:
        raise SourceError(f"{shown_url(url)}: {problem}")


def _reason(exc: BaseException) -> str:
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


def fetch_error(url: str, exc: BaseException, timeout: float) -> SourceError:
    """Turn any failure of fetching `url` into one `SourceError` line, the URL shown without credentials."""
    if isinstance(exc, SourceError):
        return exc
    if isinstance(exc, urllib.error.HTTPError):
        return SourceError(f"{shown_url(url)}: HTTP {exc.code} {printable(str(exc.reason)[:200])}")
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    elif isinstance(exc, urllib.error.URLError):
        return SourceError(f"{shown_url(url)}: cannot be fetched ({printable(str(exc.reason)[:200])})")
    if isinstance(exc, TimeoutError):
        return SourceError(f"{shown_url(url)}: no answer within {timeout:g} seconds")
    if isinstance(exc, UnicodeError):
        return SourceError(f"{shown_url(url)}: host name is not valid ({printable(str(exc)[:120])})")
    if isinstance(exc, ValueError):
        return SourceError(f"{shown_url(url)}: is not a valid URL ({printable(str(exc)[:120])})")
    return SourceError(f"{shown_url(url)}: cannot be fetched ({printable(_reason(exc))})")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline has passed")
    return left


class _DeadlineReader(io.RawIOBase):
    """Reads of a connection that wait only as long as the whole fetch has left."""

    def __init__(self, connection: _DeadlineSocket) -> None:
        super().__init__()
        self._connection = connection

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        sock = self._connection.sock
        sock.settimeout(_remaining(self._connection.deadline))
        return sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._connection.release()
        super().close()


class _DeadlineSocket:
    """A connected socket whose every read and write is bounded by one deadline for the whole fetch.

    A server that drips a byte a second never times out a single read; only a deadline stops it.
    """

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline
        self._readers = 0
        self._closed = False

    def makefile(self, mode: str = "rb", *args: object, **kwargs: object) -> IO[bytes]:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def sendall(self, data: bytes) -> None:
        self.sock.settimeout(_remaining(self.deadline))
        self.sock.sendall(data)

    def release(self) -> None:
        self._readers -= 1
        self.close() if self._closed else None

    def close(self) -> None:
        # Like a socket's own makefile: the connection closes when its last reader does.
        self._closed = True
        if self._readers == 0:
            self.sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sock, name)


class _DeadlineConnection(HTTPConnection):
    """An http connection whose connect, reads and writes all count against one deadline."""

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        # The host name is looked up inside the deadline too: getaddrinfo alone has no timeout.
        self._create_connection = connector(deadline)

    def connect(self) -> None:
        self.timeout = _remaining(self._deadline)
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self._deadline)


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    """The same over TLS: the handshake runs inside `connect`, before the socket is wrapped."""


class DeadlineHTTPHandler(urllib.request.HTTPHandler):
    """Open http connections that share one deadline."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> Any:
        # do_open passes `deadline` on to the class; typeshed's protocol does not know that keyword.
        return self.do_open(_DeadlineConnection, req, deadline=self._deadline)  # type: ignore[arg-type]


class DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    """Open https connections that share one deadline."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_DeadlineHTTPSConnection, req, deadline=self._deadline)  # type: ignore[arg-type]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
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
            self._check_target(req, target)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    @staticmethod
    def _check_target(req: urllib.request.Request, target: str) -> None:
        problem = url_problem(target)
        if problem is not None:
            raise SourceError(f"{shown_url(req.full_url)}: redirects to {shown_url(target)!r}, which {problem}")


def open_with_deadline(request: urllib.request.Request, timeout: float) -> Any:
    """Open `request` with every connect, read and write, redirects included, inside one `timeout`."""
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(
        _HttpOnlyRedirects, DeadlineHTTPHandler(deadline), DeadlineHTTPSHandler(deadline)
    )
    return opener.open(request, timeout=timeout)
