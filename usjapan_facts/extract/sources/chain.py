"""Find the newest version of a brief and its text through a chain of sources, within one deadline.

The Congress.gov API, when a key is given, says which version is the newest; then the text is asked of
each source in the configured order: the format URLs the API gave (PDF first), the brief's congress.gov
addresses, report-archive mirrors (EveryCRSReport), and the user's URL templates. A source that answers
with a challenge or error page, a stale version, or nothing in time is passed over with its reason.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from usjapan_facts.catalog import Catalogue
from usjapan_facts.config import FetchSettings
from usjapan_facts.errors import SourceError
from usjapan_facts.extract.sources.congress_api import (
    ApiProblem,
    Release,
    api_url,
    read_release,
    shown_api_url,
)
from usjapan_facts.extract.sources.documents import Document, NotABrief, examine
from usjapan_facts.extract.sources.exchange import get
from usjapan_facts.extract.sources.memory import Memory
from usjapan_facts.extract.sources.pages import challenge_or_error
from usjapan_facts.web import shown_url

Status = Literal["new", "current", "unreadable"]


@dataclass(frozen=True)
class Stored:
    """The newest version in the store: its CRS version number (when known) and date."""

    version: int | None
    updated: str | None

    def older_than(self, version: int | None, updated: str) -> bool:
        """Tell whether a version (number, date) is newer than this one: by number when both have one."""
        if version is not None and self.version is not None:
            return version > self.version
        # With no date to compare either, it may be newer: the text will tell.
        return self.updated is None or not updated or updated > self.updated


@dataclass(frozen=True)
class Attempt:
    """One source asked: what kind, which URL (never with a key), and what came of it."""

    source: str
    url: str
    outcome: str


@dataclass
class Outcome:
    """What the chain found: a new version's document, nothing newer, or a version no source would give."""

    status: Status
    brief: str
    version: int | None = None
    updated: str | None = None
    source: str | None = None
    url: str | None = None
    document: Document | None = None
    attempts: list[Attempt] = field(default_factory=list)
    api_used: bool = False


def fetch_newest(
    catalogue: Catalogue, stored: Stored, settings: FetchSettings, *, key: str | None, memory: Memory
) -> Outcome:
    """Ask the sources for the newest version of `catalogue.brief`; whatever happens, within `settings.timeout`."""
    deadline = time.monotonic() + settings.timeout
    outcome = Outcome("unreadable", catalogue.brief)
    release: Release | None = None
    if "api" in settings.order:
        release = _ask_api(catalogue.brief, settings, key, memory, deadline, outcome)
        if release is not None and not stored.older_than(release.version, release.updated):
            outcome.status, outcome.version, outcome.updated = "current", release.version, release.updated
            return outcome
    seen: set[str] = set()
    for source, url, problem in _candidates(catalogue.brief, settings, release, deadline, outcome):
        if url in seen:
            continue
        seen.add(url)
        if problem is not None:
            outcome.attempts.append(Attempt(source, url, problem))
            continue
        if time.monotonic() >= deadline:
            outcome.attempts.append(Attempt(source, url, f"not tried: the {settings.timeout:g}-second deadline passed"))
            continue
        if _try(catalogue, stored, release, (source, url), memory, (deadline, settings.timeout), outcome):
            return outcome
    if release is not None:
        outcome.version, outcome.updated = release.version, release.updated
    return outcome


def _ask_api(
    brief: str, settings: FetchSettings, key: str | None, memory: Memory, deadline: float, outcome: Outcome
) -> Release | None:
    shown = shown_api_url(settings.api_base, brief)
    if not key:
        outcome.attempts.append(
            Attempt("api", shown, "not asked: no key in CONGRESS_API_KEY (a free api.data.gov key)")
        )
        return None
    outcome.api_used = True
    remembered = _remembered_release(memory, shown)
    headers = memory.conditional_headers(shown) if remembered is not None else {}
    try:
        answer = get(api_url(settings.api_base, brief, key), deadline=deadline, headers=headers)
        if answer.status == 304 and remembered is not None:
            release = remembered
        else:
            release = read_release(answer, brief)
            memory.remember(shown, answer.headers, release=release.to_json())
    except (ApiProblem, SourceError) as exc:
        # A SourceError names the URL it failed on, key included: say only why, and never the key.
        reason = str(exc).removeprefix(f"{shown_url(api_url(settings.api_base, brief, key))}: ").replace(key, "***")
        outcome.attempts.append(Attempt("api", shown, reason))
        return None
    outcome.attempts.append(Attempt("api", shown, f"names version {release.version} ({release.updated or 'no date'})"))
    return release


def _remembered_release(memory: Memory, url: str) -> Release | None:
    """Return the release the API named last time, if it is remembered whole (a damaged entry is forgotten)."""
    entry = memory.get(url) or {}
    try:
        return Release.from_json(entry["release"])
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def _candidates(
    brief: str, settings: FetchSettings, release: Release | None, deadline: float, outcome: Outcome
) -> Iterator[tuple[str, str, str | None]]:
    """Yield (source, URL, reason to skip it or None) in the configured order."""
    prefix = "".join(char for char in brief if char.isalpha())
    version = release.version if release is not None else None
    for kind in settings.order:
        if kind == "api" and release is not None:
            for url, problem in release.format_urls():
                yield "api", url, problem
        elif kind == "congress":
            if version is not None:
                yield (
                    "congress",
                    f"{settings.congress_base}/crs_external_products/{prefix}/PDF/{brief}/{brief}.{version}.pdf",
                    None,
                )
            yield "congress", f"{settings.congress_base}/crs_external_products/{prefix}/HTML/{brief}.html", None
        elif kind == "mirrors":
            for mirror in settings.mirrors:
                yield from _mirror_files(mirror, brief, deadline, outcome)
        elif kind == "templates":
            for template in settings.templates:
                url = template.replace("{brief}", brief).replace("{prefix}", prefix)
                if "{version}" in url and version is None:
                    yield "template", template, "not tried: it needs {version}, which only the API tells"
                else:
                    yield "template", url.replace("{version}", str(version)), None


def _mirror_files(mirror: str, brief: str, deadline: float, outcome: Outcome) -> Iterator[tuple[str, str, str | None]]:
    """Yield the files of the newest version an EveryCRSReport-style mirror lists in `reports/BRIEF.json`."""
    index = f"{mirror}/reports/{brief}.json"
    try:
        answer = get(index, deadline=deadline)
        if answer.status != 200:
            raise SourceError(f"HTTP {answer.status}")
        versions = json.loads(answer.body.decode("utf-8")).get("versions") or []
        newest = max((v for v in versions if isinstance(v, dict)), key=lambda v: str(v.get("date", "")))
        files = [f for f in newest.get("formats") or [] if isinstance(f, dict) and isinstance(f.get("filename"), str)]
    except (SourceError, ValueError, AttributeError, UnicodeDecodeError) as exc:
        reason = (
            str(exc).removeprefix(f"{index}: ")
            if isinstance(exc, SourceError)
            else "its index is not the JSON expected"
        )
        outcome.attempts.append(Attempt("mirror", index, reason))
        return
    files.sort(key=lambda f: str(f.get("format", "")).upper() != "PDF")
    for item in files:
        yield "mirror", urljoin(f"{mirror}/", item["filename"]), None


def _try(
    catalogue: Catalogue,
    stored: Stored,
    release: Release | None,
    where: tuple[str, str],
    memory: Memory,
    limits: tuple[float, float],
    outcome: Outcome,
) -> bool:
    """Ask one source; record the attempt; return True when the outcome is settled (found, or nothing newer)."""
    (source, url), (deadline, timeout) = where, limits
    remembered = memory.get(url)
    if remembered is not None and not (
        isinstance(remembered.get("version"), int | None) and isinstance(remembered.get("updated"), str)
    ):
        remembered = None  # a damaged entry: ask without conditions
    unsaved = remembered is not None and stored.older_than(remembered.get("version"), remembered["updated"])
    headers = memory.conditional_headers(url) if remembered is not None and not unsaved else {}
    try:
        answer = get(url, deadline=deadline, headers=headers)
    except SourceError as exc:
        reason = str(exc).removeprefix(f"{shown_url(url)}: ")
        if time.monotonic() >= deadline - 0.05:
            reason = f"cut off by the {timeout:g}-second deadline for all sources ({reason})"
        outcome.attempts.append(Attempt(source, url, reason))
        return False
    if answer.status == 304 and remembered is not None:
        held = f"version {remembered.get('version') or '?'} of {remembered.get('updated')}"
        outcome.attempts.append(Attempt(source, url, f"unchanged since the last fetch ({held}); nothing downloaded"))
        # Asked conditionally only when what it held is stored: settled unless the API knows of a later version.
        if release is not None and remembered.get("version") != release.version:
            return False
        outcome.status, outcome.source, outcome.url = "current", source, url
        outcome.version, outcome.updated = remembered.get("version"), remembered["updated"]
        return True
    if answer.status != 200:
        page = challenge_or_error(answer.body)
        outcome.attempts.append(Attempt(source, url, f"HTTP {answer.status}{f' with {page}' if page else ''}"))
        return False
    try:
        document = examine(answer, catalogue)
    except NotABrief as exc:
        outcome.attempts.append(Attempt(source, url, f"answered with {exc}"))
        return False
    memory.remember(url, answer.headers, version=document.version, updated=document.updated)
    return _settle(stored, release, (source, url), document, outcome)


def _settle(
    stored: Stored, release: Release | None, where: tuple[str, str], document: Document, outcome: Outcome
) -> bool:
    """Judge a brief one source gave: the new version (settled), the stored one (settled), or a stale copy."""
    source, url = where
    if release is not None and document.version is not None and document.version != release.version:
        outcome.attempts.append(Attempt(source, url, f"holds version {document.version}, not {release.version}"))
        return False
    newer = stored.older_than(document.version, document.updated)
    if not newer and release is not None and document.version is None:
        outcome.attempts.append(Attempt(source, url, f"holds the version of {document.updated}, not the newer one"))
        return False
    version = release.version if release is not None else document.version
    outcome.source, outcome.url, outcome.version, outcome.updated = source, url, version, document.updated
    if not newer:
        # The store has this version (by its date, when the store knows no version number).
        outcome.status = "current"
        outcome.attempts.append(Attempt(source, url, f"holds the version of {document.updated}, already stored"))
        return True
    outcome.status, outcome.document = "new", document
    outcome.attempts.append(Attempt(source, url, f"holds the new version of {document.updated}"))
    return True
