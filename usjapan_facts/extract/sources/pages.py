"""Tell a challenge or error page from a brief by its content: such a page is never saved as a brief.

congress.gov sits behind Cloudflare, which answers requests from cloud and datacenter addresses (CI
runners) with a "Just a moment..." challenge page, with status 403 or sometimes 200.
"""

from __future__ import annotations

import re

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CHALLENGE_TITLES = ("just a moment...", "attention required! | cloudflare", "please wait... | cloudflare")
_CHALLENGE_MARKS = (
    # Not "challenge-platform" alone: Cloudflare adds that script to ordinary pages too.
    b"cf_chl_opt",
    b"cf-browser-verification",
    b"checking your browser before accessing",
    b"enable javascript and cookies to continue",
)
_ERROR_TITLES = re.compile(
    r"\b(403|404|410|429|500|502|503|504|forbidden|not found|access denied|error|unavailable|too many requests|"
    r"page moved|maintenance)\b",
    re.IGNORECASE,
)


def page_title(body: bytes) -> str:
    """Return the text of the page's <title>, whitespace collapsed ('' if it has none)."""
    match = _TITLE.search(body[:65536])
    if match is None:
        return ""
    return " ".join(match.group(1).decode("utf-8", "replace").split())[:120]


def challenge_or_error(body: bytes) -> str | None:
    """Say what kind of non-brief page `body` is (a bot challenge, an error page), or None if it is neither."""
    head = body[:65536].lower()
    title = page_title(body)
    if title.lower() in _CHALLENGE_TITLES or any(mark in head for mark in _CHALLENGE_MARKS):
        return f"a Cloudflare challenge page ({title or 'no title'!r}), not the brief"
    if title and _ERROR_TITLES.search(title):
        return f"an error page ({title!r}), not the brief"
    return None
