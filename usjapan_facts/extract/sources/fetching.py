"""Turn any failure of fetching a brief into one `SourceError` line, the URL shown without credentials.

The network itself (deadline, byte cap, redirects) is `usjapan_facts.web`'s; this says what went wrong.
"""

from __future__ import annotations

import urllib.error

from usjapan_facts.errors import SourceError
from usjapan_facts.safe_io import printable
from usjapan_facts.web import failure_reason, shown_url


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
    return SourceError(f"{shown_url(url)}: cannot be fetched ({printable(failure_reason(exc))})")
