"""Ask the Congress.gov API which version of a CRS product is the newest: `/v3/crsreport/{id}`.

The answer names the product's version number, its update date and the URLs of its formats (PDF,
HTML). The version number is what tells a new version: `publishDate` was reset in bulk once
(LibraryOfCongress/api.congress.gov#322). A PDF link can name an older version than the answer's
(#346), so `Release.format_urls` says which links can be trusted. The key (a free api.data.gov key)
travels as the `api_key` parameter and is never shown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from urllib.parse import quote

from usjapan_facts.extract.sources.exchange import Answer
from usjapan_facts.safe_io import printable

_PDF_VERSION = re.compile(r"\.(\d+)\.pdf$", re.IGNORECASE)


@dataclass(frozen=True)
class Release:
    """The newest version of a brief as the API tells it."""

    brief: str
    version: int
    updated: str
    """The API's updateDate (YYYY-MM-DD); the brief's own cover date wins once its text is read."""
    formats: tuple[tuple[str, str], ...]
    """(format, URL) pairs in the API's order, such as ("PDF", "https://.../IF10199.49.pdf")."""

    def format_urls(self) -> list[tuple[str, str | None]]:
        """Return (URL, problem) for each format, PDF first; a PDF naming another version has a problem."""
        ordered = sorted(self.formats, key=lambda item: item[0].upper() != "PDF")
        checked: list[tuple[str, str | None]] = []
        for kind, url in ordered:
            match = _PDF_VERSION.search(url.split("?")[0])
            if kind.upper() == "PDF" and match is not None and int(match.group(1)) != self.version:
                checked.append((url, f"a stale PDF link: it names version {match.group(1)}, not {self.version}"))
            else:
                checked.append((url, None))
        return checked

    def to_json(self) -> dict[str, object]:
        return {"brief": self.brief, "version": self.version, "updated": self.updated,
                "formats": [list(item) for item in self.formats]}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Release:
        formats = data.get("formats")
        pairs = tuple((str(a), str(b)) for a, b in formats) if isinstance(formats, list) else ()
        return cls(str(data["brief"]), int(str(data["version"])), str(data["updated"]), pairs)


class ApiProblem(Exception):  # noqa: N818 - a reason to move on to the next source, not an error of the program
    """The API gave no usable answer; the message says why in a few words."""


def api_url(base: str, brief: str, key: str) -> str:
    """Return the detail URL of `brief` with the key as its `api_key` parameter."""
    return f"{base.rstrip('/')}/crsreport/{quote(brief)}?format=json&api_key={quote(key, safe='')}"


def shown_api_url(base: str, brief: str) -> str:
    """Return the detail URL without its key, fit for messages and for remembering validators."""
    return f"{base.rstrip('/')}/crsreport/{quote(brief)}?format=json"


def read_release(answer: Answer, brief: str) -> Release:
    """Read the API's answer: the release it names, or `ApiProblem` saying why there is none (bad key, limit)."""
    if answer.status != 200:
        raise ApiProblem(_error(answer))
    try:
        data = json.loads(answer.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiProblem(f"HTTP 200 but not JSON ({answer.content_type or 'no content type'})") from None
    report = (
        next((value for key, value in data.items() if key.lower() == "crsreport"), None)
        if isinstance(data, dict)
        else None
    )
    if not isinstance(report, dict):
        raise ApiProblem("the answer holds no CRSReport")
    if str(report.get("id", brief)).upper() != brief.upper():
        raise ApiProblem(f"the answer is about {printable(str(report.get('id'))[:20])}, not {brief}")
    version = report.get("version")
    if isinstance(version, bool) or not isinstance(version, int | str) or not str(version).isdigit():
        raise ApiProblem("the answer gives no version number")
    formats: list[tuple[str, str]] = []
    for item in report.get("formats") or []:
        if isinstance(item, dict):
            url = item.get("url") or item.get("URL")
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                formats.append((str(item.get("format", "")), url))
    return Release(brief, int(version), _day(report.get("updateDate") or report.get("publishDate")), tuple(formats))


def _day(value: object) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return ""


def _error(answer: Answer) -> str:
    code = message = ""
    try:
        data = json.loads(answer.body.decode("utf-8"))
        error = data.get("error", data) if isinstance(data, dict) else {}
        if isinstance(error, dict):
            code, message = str(error.get("code", "")), str(error.get("message", ""))
        elif isinstance(error, str):
            message = error
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    said = printable(" ".join(part for part in (code, message[:120]) if part))
    if answer.status == 429 or code == "OVER_RATE_LIMIT":
        return f"HTTP {answer.status}: over the API's rate limit{f' ({said})' if said else ''}; try again later"
    if answer.status in (401, 403) or code.startswith("API_KEY"):
        return (
            f"HTTP {answer.status}: the API key was refused{f' ({said})' if said else ''}; "
            "check the CONGRESS_API_KEY secret"
        )
    return f"HTTP {answer.status}{f' ({said})' if said else ''}"
