"""A static web site of the history: an index of versions, a page per version, a page per fact.

Pages are Jinja2 templates with autoescaping on, so every text that came from a brief (quotes, names,
values) is escaped; charts are inline SVG; there is no JavaScript at all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from usjapan_facts import catalog
from usjapan_facts.diff import Change, SnapshotDiff
from usjapan_facts.errors import FactsError
from usjapan_facts.history import fact_histories
from usjapan_facts.model import Snapshot
from usjapan_facts.report.atom import render_atom
from usjapan_facts.report.escape import xml_text
from usjapan_facts.report.site.chart import build_chart
from usjapan_facts.severity_levels import SEVERITY_RANK
from usjapan_facts.writing import UnsafeOutputError, write_folder

STATIC = Path(__file__).parent / "static"


class SiteError(FactsError):
    """The site cannot be written."""


@dataclass(frozen=True)
class VersionRow:
    """A version on the index: itself, the version before it, and the changes between them."""

    snapshot: Snapshot
    previous: str | None
    diff: SnapshotDiff | None

    @property
    def version(self) -> str:
        return self.snapshot.updated.isoformat()


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("usjapan_facts.report.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # thousands of pages per build: the templates are read once, never checked again
    )


def quote_of(change: Change) -> str | None:
    """The sentence the change's new value came from, or for a removal the old one's."""
    for side in (change.new, change.old):
        quote = getattr(side, "quote", None)
        if isinstance(quote, str) and quote:
            return quote
    return None


def by_section(changes: Sequence[Change], catalogue: catalog.Catalogue) -> list[tuple[str, list[Change]]]:
    """Group changes by section in catalogue order, the most severe first within each."""
    order = {title: index for index, title in enumerate(catalogue.sections.values())}
    groups: dict[str, list[Change]] = {}
    for change in sorted(changes, key=lambda c: (order.get(c.section, 99), SEVERITY_RANK[c.severity])):
        groups.setdefault(change.section, []).append(change)
    return list(groups.items())


def fact_ids(snapshots: Sequence[Snapshot], catalogue: catalog.Catalogue) -> list[str]:
    """Every catalogue fact, then each election and event any version holds."""
    ids = [spec.id for spec in catalogue.specs]
    for name in catalog.COLLECTIONS:
        slugs = sorted({slug for snapshot in snapshots for slug in getattr(snapshot, name)})
        ids += [f"{name}.{slug}" for slug in slugs]
    return ids


def _check_out_dir(out_dir: Path) -> Path:
    """Return the folder to replace: `out_dir` itself (a link to a folder, followed), empty or an earlier site."""
    if out_dir.is_symlink() and out_dir.is_dir():
        out_dir = out_dir.resolve()
    if not out_dir.exists():
        return out_dir
    if not out_dir.is_dir():
        raise SiteError(f"{out_dir}: exists and is not a folder; give a new or empty folder, or an earlier site")
    try:
        names = set(os.listdir(out_dir))
    except OSError as exc:
        raise SiteError(f"{out_dir}: cannot be read ({exc.strerror})") from None
    if names and not names >= SITE_MARKS:
        raise SiteError(
            f"{out_dir}: holds files but no site (no index.html and feed.xml); give a new or empty folder, "
            "or an earlier site, which is replaced whole"
        )
    return out_dir


SITE_MARKS = frozenset({"index.html", "feed.xml"})
"""Files every site holds: a folder with them is an earlier build, which a new one replaces whole."""


def build_site(snapshots: Sequence[Snapshot], diffs: Sequence[SnapshotDiff], out_dir: Path) -> list[Path]:
    """Write the site for `snapshots` (oldest first) and the `diffs` between consecutive ones; return its pages."""
    if not snapshots:
        raise SiteError("the store holds no version: nothing to publish")
    env = _environment()
    by_new = {diff.new.version: diff for diff in diffs}
    rows = [
        VersionRow(snapshot, snapshots[index - 1].updated.isoformat() if index else None,
                   by_new.get(snapshot.updated.isoformat()))
        for index, snapshot in enumerate(snapshots)
    ]  # fmt: skip
    catalogue = snapshots[-1].catalogue
    ids = fact_ids(snapshots, catalogue)
    common: dict[str, Any] = {
        "sections": catalogue.sections,
        "brief": catalogue.brief,
        "brief_title": catalogue.title,
        "quote_of": quote_of,
        "by_section": lambda changes: by_section(changes, catalogue),
    }
    files: dict[str, bytes] = {}

    def page(relative: str, template: str, **context: Any) -> None:
        depth = relative.count("/")
        html = env.get_template(template).render(root="../" * depth, **common, **context)
        # What a brief says may hold characters XML forbids: replaced once per page, not once per value.
        files[relative] = xml_text(html).encode("utf-8")

    page("index.html", "index.html.j2", rows=list(reversed(rows)), facts=_fact_links(ids, catalogue))
    for row in rows:
        page(f"versions/{row.version}.html", "version.html.j2", row=row)
    for fact_id, entries in fact_histories(snapshots, ids, catalogue=catalogue):
        page(f"facts/{fact_id}.html", "fact.html.j2", entries=entries, first=entries[0].view,
             chart=build_chart(entries))  # fmt: skip
    feed = render_atom(
        reversed(diffs), catalogue=catalogue, link="index.html", link_for=lambda version: f"versions/{version}.html"
    )
    files["feed.xml"] = feed.encode("utf-8")
    files["style.css"] = (STATIC / "style.css").read_bytes()
    target = _check_out_dir(out_dir)
    try:
        write_folder(target, files)
    except UnsafeOutputError as exc:
        raise SiteError(f"{exc}; the site was not written") from None
    except OSError as exc:
        raise SiteError(f"{out_dir}: cannot write the site ({exc.strerror}); nothing was changed") from None
    return [out_dir / relative for relative in files]


def _fact_links(ids: Sequence[str], catalogue: catalog.Catalogue) -> list[tuple[str, list[tuple[str, str]]]]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for fact_id in ids:
        head = fact_id.partition(".")[0]
        spec = catalogue.by_id.get(fact_id)
        label = spec.label if spec else fact_id.partition(".")[2].replace("_", " ")
        groups.setdefault(catalogue.sections[head], []).append((fact_id, label))
    return list(groups.items())
