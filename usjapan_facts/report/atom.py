"""An Atom feed of the facts' changes: one entry per version with changes, newest first.

Entry ids are built from the changes' fingerprints, so a feed reader sees the same entry as the same
entry from one run to the next, and a version whose changes are judged anew gets a new entry.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterable
from xml.etree import ElementTree as ET

from usjapan_facts.catalog import Catalogue
from usjapan_facts.diff import SnapshotDiff
from usjapan_facts.report.escape import xml_text

ATOM_NS = "http://www.w3.org/2005/Atom"
BRIEF_PAGE = "https://www.congress.gov/crs-product/{brief}"
"""Where readers find the brief itself: by default each entry links there."""


def entry_id(diff: SnapshotDiff) -> str:
    """A stable id for the entry of one version: its report, version and the fingerprints of its changes."""
    fingerprints = sorted(change.fingerprint for change in diff.changes)
    digest = hashlib.sha256("\x1f".join(fingerprints).encode("ascii")).hexdigest()[:16]
    return f"urn:usjapan-facts:{diff.new.report_id}:{diff.new.version}:{digest}"


def _stamp(version: str) -> str:
    return f"{version}T00:00:00Z"


def _title(diff: SnapshotDiff) -> str:
    counts = ", ".join(f"{number} {severity}" for severity, number in diff.counts().items() if number)
    total = len(diff.changes)
    return f"{diff.new.report_id} {diff.new.version}: {total} change{'s' if total != 1 else ''} ({counts})"


def _entry(feed: ET.Element, diff: SnapshotDiff, link: str) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
    ET.SubElement(entry, f"{{{ATOM_NS}}}id").text = entry_id(diff)
    ET.SubElement(entry, f"{{{ATOM_NS}}}title").text = _title(diff)
    ET.SubElement(entry, f"{{{ATOM_NS}}}updated").text = _stamp(diff.new.version)
    ET.SubElement(entry, f"{{{ATOM_NS}}}link", rel="alternate", type="text/html", href=link)
    summary = ET.SubElement(entry, f"{{{ATOM_NS}}}summary")
    summary.text = f"{diff.old.version} -> {diff.new.version}: " + "; ".join(c.summary for c in diff.changes)
    # HTML content, escaped once here and once more by the XML writer: what a brief says stays text.
    items = "".join(
        f"<li><strong>{change.severity}</strong> <code>{html.escape(change.fact_id)}</code> "
        f"{html.escape(change.summary)}</li>"
        for change in diff.changes
    )
    intro = f"<p>Changes from {diff.old.version} to {diff.new.version}:</p>"
    ET.SubElement(entry, f"{{{ATOM_NS}}}content", type="html").text = f"{intro}<ul>{items}</ul>"
    for section in dict.fromkeys(change.section for change in diff.changes):
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", term=section)


def render_atom(
    diffs: Iterable[SnapshotDiff],
    *,
    catalogue: Catalogue,
    link: str | None = None,
    link_for: Callable[[str], str] | None = None,
) -> str:
    """Return an Atom 1.0 feed of one brief, one entry per diff that has changes, in the order given (newest first).

    Each entry links to `link_for(version)` when given (a page of the version), else to `link` (by
    default the brief's page on congress.gov).
    """
    link = link or BRIEF_PAGE.format(brief=catalogue.brief)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    ET.SubElement(feed, f"{{{ATOM_NS}}}id").text = f"urn:usjapan-facts:{catalogue.brief}:changes"
    ET.SubElement(feed, f"{{{ATOM_NS}}}title").text = f"{catalogue.brief}, {catalogue.title}: changes of the facts"
    updated = ET.SubElement(feed, f"{{{ATOM_NS}}}updated")
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    ET.SubElement(author, f"{{{ATOM_NS}}}name").text = "usjapan-facts"
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="related", href=link)
    ET.SubElement(feed, f"{{{ATOM_NS}}}generator").text = "usjapan-facts"
    newest = "1970-01-01"
    for diff in diffs:
        if not diff.changes:
            continue
        newest = max(newest, diff.new.version)
        _entry(feed, diff, link_for(diff.new.version) if link_for else link)
    updated.text = _stamp(newest)
    for element in feed.iter():
        # What a brief says may hold characters XML 1.0 forbids, which no feed reader would parse.
        element.text = xml_text(element.text) if element.text else element.text
        element.attrib.update({name: xml_text(value) for name, value in element.attrib.items()})
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
