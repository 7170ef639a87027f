"""Each value with its own words: which version's sentence stands under a value, always named by its date.

A page about version D quotes D's sentence for a value D states; a value carried from an earlier version
is shown with that version's sentence, labelled "last recorded" with its date. No sentence is shown
without the date of the version it comes from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from usjapan_facts.catalog import Catalogue
from usjapan_facts.change import Change, SnapshotDiff, report_order
from usjapan_facts.lookup import FactView, lookup
from usjapan_facts.model import Snapshot
from usjapan_facts.timeline import Timeline

_LEADING_URL = re.compile(r"^(https?://(?:www\.)?([^\s/?#]+)\S*)\s*(.*)$", re.IGNORECASE)
_PDF = re.compile(r"\.pdf(?:[?#]|$)", re.IGNORECASE)
RECENT_DAYS = 365
"""'Changed in the last 12 months': counted back from the newest version's date."""


@dataclass(frozen=True)
class Words:
    """A sentence of the brief, the version it comes from, and where it stands in that version's PDF."""

    text: str
    version: str
    carried: bool
    """From a version before the one the page speaks of: labelled 'last recorded'."""
    pdf_link: str | None = None
    page: int | None = None


def source_parts(source: str) -> tuple[str | None, str, str]:
    """Split a recorded source into the address to link (if any), the text to link it by, and a note after it."""
    match = _LEADING_URL.match(source)
    if match is None:
        return None, source, ""
    return match[1], match[2], match[3]


def pdf_of(snapshot: Snapshot) -> str | None:
    """The version's PDF: the first source whose address ends in .pdf and may be linked to."""
    for source in snapshot.sources:
        address = source_parts(source)[0]
        if address and _PDF.search(address):
            return address.partition("#")[0]
    return None


def words_of(item: object, version: Snapshot, *, carried: bool) -> Words | None:
    """The sentence a stored fact, election or event quotes, as version `version` holds it."""
    quote = getattr(item, "quote", None)
    if not isinstance(quote, str) or not quote:
        return None
    page = getattr(item, "page", None)
    pdf = pdf_of(version)
    link = f"{pdf}#page={page}" if pdf and isinstance(page, int) else None
    return Words(quote, version.updated.isoformat(), carried, link, page if isinstance(page, int) else None)


def change_words(change: Change, new: Snapshot, by_version: Mapping[str, Snapshot]) -> Words | None:
    """The words under a change: the new version's sentence, else the one last recorded before, labelled so."""
    own = words_of(change.new, new, carried=False)
    if own is not None:
        return own
    old = by_version.get(change.old_version or "")
    return words_of(change.old, old, carried=True) if old is not None else None


def in_severity_order(changes: Sequence[Change], catalogue: Catalogue) -> list[Change]:
    """Major first, then minor, then info; within each, in catalogue order (the engine's report order)."""
    return sorted(changes, key=report_order(catalogue))


@dataclass(frozen=True)
class Current:
    """A fact as the store knows it now: its last recorded value and sentence, and when it last changed."""

    view: FactView
    recorded: str | None
    """The version that last recorded it (None: no version did)."""
    changed: str | None
    """The newest version that showed a change of it."""
    words: Words | None
    latest: str
    first: str | None = None
    """The first version that recorded it."""

    @property
    def carried(self) -> bool:
        return self.recorded is not None and self.recorded != self.latest


def current_values(snapshots: Sequence[Snapshot], diffs: Sequence[SnapshotDiff], ids: Sequence[str]) -> list[Current]:
    """Every fact's last recorded value, the version it comes from, and the version it last changed in."""
    timeline = Timeline()
    first: dict[str, str] = {}
    for snapshot in snapshots:
        timeline.fold(snapshot)
        for unit_id, state in timeline.known.items():
            first.setdefault(unit_id, state.version)
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in snapshots}
    latest = snapshots[-1].updated.isoformat()
    changed: dict[str, str] = {}
    for diff in diffs:
        for change in diff.changes:
            changed[change.fact_id] = diff.new.version
    rows = []
    for fact_id in ids:
        known = timeline.state(fact_id)
        source = by_version.get(known.version) if known is not None and known.version else None
        view = lookup(source or snapshots[-1], fact_id)
        if source is None and view.status == "stated":
            source = snapshots[-1]  # the report's own metadata (its date), which every version states
        words = words_of(view.item, source, carried=source is not snapshots[-1]) if source is not None else None
        recorded = source.updated.isoformat() if source is not None else None
        since = first.get(fact_id, recorded)
        rows.append(Current(view, recorded, changed.get(fact_id), words, latest, since))
    return rows


def recent_changes(diffs: Sequence[SnapshotDiff], catalogue: Catalogue) -> tuple[str, list[SnapshotDiff]]:
    """The versions of the last 12 months before the newest one, newest first, their changes major first."""
    if not diffs:
        return "", []
    newest = dt.date.fromisoformat(diffs[-1].new.version)
    since = newest - dt.timedelta(days=RECENT_DAYS)
    recent = [
        SnapshotDiff(d.old, d.new, tuple(in_severity_order(d.changes, catalogue)))
        for d in reversed(diffs)
        if dt.date.fromisoformat(d.new.version) > since and d.changes
    ]
    return since.isoformat(), recent
