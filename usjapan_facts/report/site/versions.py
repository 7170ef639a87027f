"""The HTML of each version, joined in Python: its page, and its row in the index's table of versions.

A 5,000-version store makes 5,000 pages and rows; through Jinja's loops and attribute lookups they cost
seconds, joined here a fraction. As in `html`, every value from a snapshot or a diff passes through
markupsafe's `escape`, as the templates' autoescaping passed it, and the bytes are those the templates
wrote (tests/test_site_html.py holds them to it); the page's frame stays the `base.html.j2` template's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from usjapan_facts.change import Change, SnapshotDiff
from usjapan_facts.model import Snapshot
from usjapan_facts.report.site.html import _escaped, said
from usjapan_facts.report.site.words import Words, pdf_of, source_parts


@dataclass(frozen=True)
class VersionRow:
    """A version on the index: itself, the version before it, and the changes between them."""

    snapshot: Snapshot
    previous: str | None
    diff: SnapshotDiff | None

    @property
    def version(self) -> str:
        return self.snapshot.updated.isoformat()


NONE = "\N{EN DASH}"
"""What a cell of the table of versions holds where there is nothing to show."""
_OLD_SENTENCE = "The old value's sentence:"

Grouped = Callable[[Sequence[Change]], list[tuple[str, list[tuple[str, list[Change]]]]]]
"""Changes grouped by severity, then by section, as `by_severity` groups them."""
WordsOf = Callable[[Change, str], "Words | None"]
"""The words under a change in a version, as `change_words` finds them."""


def version_main(row: VersionRow, compared: Mapping[str, str], grouped: Grouped, words_of: WordsOf) -> str:
    """The main part of a version's page: its sources, its text comparison, and its changes grouped by severity."""
    snapshot, version = row.snapshot, _escaped(row.version)
    crs = f"; CRS version {escape(snapshot.crs_version)}" if snapshot.crs_version else ""
    parts = [
        f"<h1>Version of {version}</h1>\n",
        f'<p class="meta">Coverage: {escape(snapshot.coverage)}{crs}; {len(snapshot.facts)} facts recorded.</p>\n',
    ]
    add = parts.append
    if snapshot.sources:
        add('<ul class="sources">\n')
        pdf = pdf_of(snapshot)
        for source in snapshot.sources:
            link, _, note = source_parts(source)
            kind = "PDF" if link and link.partition("#")[0] == pdf else "Source"
            if link:
                said_note = f" {escape(note)}" if note else ""
                add(f'<li>{kind}: <a href="{escape(link)}">{escape(link)}</a>{said_note}</li>\n')
            else:
                add(f"<li>{kind}: {escape(source)}</li>\n")
        add("</ul>\n")
    else:
        add('<p class="meta">No source address recorded.</p>\n')
    if row.version in compared:
        old = escape(compared[row.version])
        link = f'<a href="../texts/{old}_{version}.html">What the brief says differently from {old}</a>'
        add(f"<p>{link}, word by word.</p>\n")
    previous = _escaped(row.previous) if row.previous is not None else None
    if previous is None or row.diff is None:
        add("<p>The first recorded version: nothing to compare it with.</p>\n")
    elif not row.diff.changes:
        add(f'<p>No change from <a href="{previous}.html">{previous}</a>.</p>\n')
    else:
        count = len(row.diff.changes)
        plural = "s" if count != 1 else ""
        add(f'<p>{count} change{plural} from <a href="{previous}.html">{previous}</a>, the most severe first.</p>\n')
        for severity, groups in grouped(row.diff.changes):
            add(f'<section class="severity-group" data-severity="{_escaped(severity)}">\n')
            add(f"<h2>{escape(severity.capitalize())}</h2>\n")
            for section, changes in groups:
                add(f'<section class="section" data-section="{_escaped(section)}">\n<h3>{_escaped(section)}</h3>\n')
                for change in changes:
                    add(_change(change, row, words_of(change, row.version)))
                add("</section>\n")
            add("</section>\n")
    return "".join(parts)


def _change(change: Change, row: VersionRow, words: Words | None) -> str:
    severity, fact_id = _escaped(change.severity), _escaped(change.fact_id)
    kind, kind_words = _escaped(change.kind), _escaped(change.kind.replace("_", " "))  # "first recorded" to a reader
    old = change.old_text or ("not recorded before" if change.kind == "first_recorded" else "(not stated)")
    recorded = ""
    if change.old_version and change.old_version != row.previous:
        recorded = f' <span class="recorded">(last recorded {escape(change.old_version)})</span>'
    delta = change.delta_text
    delta_html = f' <span class="delta">({escape(delta)})</span>' if delta else ""
    version = _escaped(row.version)
    if words and words.carried:
        before = f'<p class="no-words">No sentence of {version} is recorded for the new value. {_OLD_SENTENCE}</p>'
    else:
        before = ""
    sentence = said(words, change.fact_id) if words else (
        f'<p class="no-words">No sentence of {version} is recorded for this value.</p>'
    )  # fmt: skip
    return (
        f'<article class="change {severity}" data-fact="{fact_id}" data-fingerprint="{escape(change.fingerprint)}" '
        f'data-severity="{severity}">\n'
        f'<h4><span class="severity">{severity}</span> <span class="kind" data-kind="{kind}">{kind_words}</span>\n'
        f'<a href="../facts/{fact_id}.html">{_escaped(change.label)}</a></h4>\n'
        f'<p class="values"><span class="old">{escape(old)}</span>{recorded} → '
        f'<span class="new">{escape(change.new_text or "(not stated)")}</span>{delta_html}</p>\n'
        f"{before}{sentence}</article>\n"
    )


def version_rows(rows: Sequence[VersionRow], compared: Mapping[str, str]) -> Markup:
    """The rows of the index's table of versions, newest first as given: sources, text, coverage and counts."""
    parts: list[str] = []
    add = parts.append
    for row in rows:
        snapshot, version = row.snapshot, _escaped(row.version)
        changes = len(row.diff.changes) if row.diff else 0
        add(f'<tr data-version="{version}" data-changes="{changes}">\n')
        add(f'<td><a href="versions/{version}.html">{version}</a></td>\n')
        add(f'<td class="sources">{_sources(snapshot, version)}</td>\n')
        if row.version in compared:
            old = escape(compared[row.version])
            add(f'<td><a href="texts/{old}_{version}.html">what it says differently<span class="visually-hidden"> '
                f"from {old}</span></a></td>\n")  # fmt: skip
        else:
            add(f"<td>{NONE}</td>\n")
        add(f"<td>{_escaped(snapshot.coverage)}</td>\n<td>{len(snapshot.facts)}</td>\n")
        if row.diff:
            counts = row.diff.counts()
            add(f'<td class="changes">{changes}</td>\n')
            add(f"<td>{counts['major']}</td><td>{counts['minor']}</td><td>{counts['info']}</td>\n")
        else:
            add('<td class="changes" colspan="4">first recorded version</td>\n')
        add("</tr>\n")
    return Markup("".join(parts))  # noqa: S704 -- every value in it passed through escape()


def _sources(snapshot: Snapshot, version: str) -> str:
    if not snapshot.sources:
        return NONE
    pdf = pdf_of(snapshot)
    parts = []
    for source in snapshot.sources:
        link, name, note = source_parts(source)
        if link:
            text = "PDF" if link.partition("#")[0] == pdf else escape(name)
            hidden = f'<span class="visually-hidden"> ({version})</span>'
            noted = f' <span class="note">{escape(note)}</span>' if note else ""
            parts.append(f'<a href="{escape(link)}">{text}{hidden}</a>{noted}')
        else:
            parts.append(str(escape(source)))
    return "; ".join(parts)
