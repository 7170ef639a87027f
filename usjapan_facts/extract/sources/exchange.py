"""One GET inside a deadline that keeps what an error answer says: its status, headers and the start of its body.

The chain of sources needs more than "it failed": a 403 may carry a Cloudflare challenge page, a 429 the
API's rate-limit message, and a 304 tells that a brief is unchanged since it was last fetched.
"""

from __future__ import annotations

import time
import urllib.error
from dataclasses import dataclass, field
from http.client import HTTPException

from usjapan_facts.errors import SourceError
from usjapan_facts.extract.sources.fetching import fetch_error
from usjapan_facts.web import MAX_SOURCE_BYTES, USER_AGENT, check_url, make_request, open_with_deadline, read_limited

ERROR_BODY_BYTES = 64 * 1024
"""Enough of an error answer to tell a challenge page or an API error from anything else."""


@dataclass(frozen=True)
class Answer:
    """What a server answered: status, headers (names in lower case), and the body read (capped)."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def get(
    url: str, *, deadline: float, headers: dict[str, str] | None = None, max_bytes: int = MAX_SOURCE_BYTES
) -> Answer:
    """GET `url` within the time left before `deadline` (a `time.monotonic()` value); any status is an `Answer`.

    Only a failure to reach the server or to read its answer in time raises `SourceError`.
    """
    left = deadline - time.monotonic()
    try:
        check_url(url)
        if left <= 0:
            raise TimeoutError("no time left")
        request = make_request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
        with open_with_deadline(request, left) as response:
            body = read_limited(response, url, max_bytes)
            return Answer(response.url or url, response.status, _lower(response.headers), body)
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read(ERROR_BODY_BYTES) if exc.fp is not None else b""
        except (OSError, ValueError, HTTPException):
            body = b""
        finally:
            exc.close()
        return Answer(exc.url or url, exc.code, _lower(exc.headers), body)
    except (SourceError, OSError, ValueError, HTTPException) as exc:
        raise fetch_error(url, exc, max(left, 0.0)) from None


def _lower(headers: object) -> dict[str, str]:
    items = headers.items() if hasattr(headers, "items") else []
    return {str(name).lower(): str(value) for name, value in items}
