"""POST to a webhook: no redirect that changes the method or drops the body, and no secret of its URL shown.

A webhook's URL is its password: Slack, Discord, Teams and the like carry the token in the path after a
known prefix (`/services/`, `/api/webhooks/`, `/webhookb2/`, `/hooks/`), others in the query. Every
line that names the URL shows it through `shown_webhook`, with those parts masked.
"""

from __future__ import annotations

import json
import math
import re
import urllib.error
from http.client import HTTPException
from urllib.parse import urlsplit, urlunsplit

from usjapan_facts.errors import SourceError
from usjapan_facts.safe_io import printable
from usjapan_facts.web import (
    FETCH_TIMEOUT,
    MAX_FETCH_TIMEOUT,
    MAX_SOURCE_BYTES,
    USER_AGENT,
    SameMethodRedirects,
    failure_reason,
    make_request,
    open_with_deadline,
    read_limited,
    shown_url,
    url_problem,
)

MASK = "***"
_SECRET_AFTER = frozenset({"services", "webhooks", "webhook", "webhookb2", "hooks", "hook-secret"})
"""Path segments after which a webhook's path is its token (Slack, Discord, Teams, Mattermost, Zapier)."""
_TOKEN_LIKE = re.compile(r"^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_:.=~-]{16,}$")
"""A segment that looks like a token anywhere in the path (Telegram's bot<id>:<key>, long random ids)."""


def shown_webhook(url: str) -> str:
    """Return a webhook URL fit to be shown: credentials dropped, query values, fragment and token segments masked."""
    bare = shown_url(url)
    try:
        parts = urlsplit(bare)
    except ValueError:
        return re.sub(r"[/?#=].*", f"/{MASK}", bare) if "//" not in bare else bare.split("//", 1)[0] + f"//{MASK}"
    segments = parts.path.split("/")
    shown: list[str] = []
    secret = False
    for segment in segments:
        shown.append(MASK if segment and (secret or _TOKEN_LIKE.match(segment)) else segment)
        secret = secret or segment.lower() in _SECRET_AFTER
    query = "&".join(
        f"{item.partition('=')[0]}={MASK}" if "=" in item else MASK for item in parts.query.split("&") if item
    )
    return urlunsplit(parts._replace(path="/".join(shown), query=query, fragment=MASK if parts.fragment else ""))


def _refused_redirect(url: str, code: int) -> str:
    return (
        f"{shown_webhook(url)}: the webhook answered HTTP {code}, a redirect that would resend the "
        "finding as a GET without its body; nothing more was sent: give the URL it redirects to"
    )


def post_json(url: str, payload: object, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_SOURCE_BYTES) -> int:
    """POST `payload` as JSON to an http(s) URL (a webhook) within `timeout` seconds; return the HTTP status.

    The limits are those of fetching a brief: http(s) only, one deadline for the whole exchange, at
    most `max_bytes` of the answer read; redirects only by 307/308, which keep the method and body.
    Any answer but 2xx, and any network failure, is a one-line `SourceError` with the URL's secrets masked.
    """
    shown = shown_webhook(url)
    if not (math.isfinite(timeout) and 0 < timeout <= MAX_FETCH_TIMEOUT):
        raise SourceError(f"{shown}: the timeout must be a number of seconds above 0, not {timeout}")
    if url_problem(url) is not None:
        raise SourceError(f"{shown}: a webhook must be an http(s) URL ({url_problem(url)})")
    request = make_request(
        url,
        data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        method="POST",
        headers={"User-Agent": USER_AGENT, "Content-Type": "application/json; charset=utf-8"},
    )
    try:
        with open_with_deadline(request, timeout, redirects=SameMethodRedirects(_refused_redirect)) as response:
            read_limited(response, shown, max_bytes)
            status: int = response.status
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{shown}: the webhook answered HTTP {exc.code} {printable(str(exc.reason)[:200])}") from None
    except SourceError as exc:
        raise SourceError(str(exc).replace(shown_url(url), shown)) from None
    except (OSError, ValueError, HTTPException) as exc:
        cause = exc.reason if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException) else exc
        if isinstance(cause, TimeoutError):
            # A run's later POSTs get what is left of its one deadline: shown to a tenth of a second.
            raise SourceError(f"{shown}: the webhook did not answer within {round(timeout, 1):g} seconds") from None
        raise SourceError(f"{shown}: the webhook cannot be reached ({printable(failure_reason(cause))})") from None
    return status
