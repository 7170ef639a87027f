"""A static web site of the history: an index of versions, a page per version, a page per fact.

Pages are Jinja2 templates with autoescaping on, so every text that came from a brief (quotes, names,
values) is escaped; charts are inline SVG. The one script is the search page's, which reads a prebuilt
index; every page reads whole without it.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from usjapan_facts import catalog
from usjapan_facts.diff import Change, SnapshotDiff, diff_snapshots
from usjapan_facts.errors import FactsError
from usjapan_facts.model import Snapshot
from usjapan_facts.report.atom import render_atom
from usjapan_facts.report.escape import xml_text
from usjapan_facts.report.render import by_severity_and_section
from usjapan_facts.report.site.chart import build_chart
from usjapan_facts.report.site.facts import site_histories
from usjapan_facts.report.site.html import _escaped, chart_bands, chart_gaps, chart_points, history_rows, said
from usjapan_facts.report.site.search import index_script, search_entry
from usjapan_facts.report.site.textpage import compare_texts
from usjapan_facts.report.site.versions import VersionRow, version_main, version_rows
from usjapan_facts.report.site.words import (
    Current,
    change_words,
    current_values,
    in_severity_order,
    pdf_of,
    recent_changes,
    source_parts,
    words_of,
)
from usjapan_facts.texts import BriefText
from usjapan_facts.writing import UnsafeOutputError, write_folder

STATIC = Path(__file__).parent / "static"


class SiteError(FactsError):
    """The site cannot be written."""


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("usjapan_facts.report.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # HTML repeated thousands of times is joined in Python; globals, so imported macros see them too.
    env.globals.update(said=said, chart_gaps=chart_gaps, chart_bands=chart_bands, chart_points=chart_points)
    return env


def by_severity(
    changes: Sequence[Change], catalogue: catalog.Catalogue
) -> list[tuple[str, list[tuple[str, list[Change]]]]]:
    """Group changes by severity, major first, then by section in catalogue order (as the text report)."""
    groups: dict[str, dict[str, list[Change]]] = {}
    for severity, section, items in by_severity_and_section(catalogue, changes):
        groups.setdefault(severity, {})[section] = items
    return [(severity, list(sections.items())) for severity, sections in groups.items()]


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


def build_site(
    snapshots: Sequence[Snapshot],
    diffs: Sequence[SnapshotDiff],
    out_dir: Path,
    *,
    texts: Mapping[str, BriefText] | None = None,
) -> list[Path]:
    """Write the site for `snapshots` (oldest first), the `diffs` between consecutive ones and any kept `texts`."""
    if not snapshots:
        raise SiteError("the store holds no version: nothing to publish")
    target = _check_out_dir(out_dir)
    try:
        written = write_folder(target, _site_files(snapshots, diffs, texts or {}))
    except UnsafeOutputError as exc:
        raise SiteError(f"{exc}; the site was not written") from None
    except OSError as exc:
        raise SiteError(f"{out_dir}: cannot write the site ({exc.strerror}); nothing was changed") from None
    return [out_dir / path.relative_to(target) for path in written]


def _site_files(
    snapshots: Sequence[Snapshot], diffs: Sequence[SnapshotDiff], texts: Mapping[str, BriefText]
) -> Iterator[tuple[str, bytes]]:
    """Yield the site's files (relative path, bytes) one by one, so memory holds a page and a history, not the site."""
    env = _environment()
    by_new = {diff.new.version: diff for diff in diffs}
    by_version = {snapshot.updated.isoformat(): snapshot for snapshot in snapshots}
    with_text = [snapshot for snapshot in snapshots if snapshot.updated.isoformat() in texts]
    compared = {new.updated.isoformat(): old.updated.isoformat() for old, new in itertools.pairwise(with_text)}
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
        "by_severity": lambda changes: by_severity(changes, catalogue),
        "words_of_change": lambda change, version: change_words(change, by_version[version], by_version),
        "source_parts": source_parts,
        "pdf_of": pdf_of,
        "texts": texts,
        "compared": compared,
    }

    def page(relative: str, template: str, **context: Any) -> tuple[str, bytes]:
        depth = relative.count("/")
        html = env.get_template(template).render(root="../" * depth, **common, **context)
        # What a brief says may hold characters XML forbids: replaced once per page, not once per value.
        return relative, xml_text(html).encode("utf-8")

    currents = current_values(snapshots, diffs, ids)
    since, recent = recent_changes(diffs, catalogue)
    table = version_rows(rows[::-1], compared)
    yield page("index.html", "index.html.j2", versions=len(rows), version_rows=table, currents=_grouped(currents),
               since=since, recent=recent, latest=snapshots[-1].updated.isoformat())  # fmt: skip
    before, between, after = _frame(env, "../", common)
    grouped = common["by_severity"]
    words_of_change = common["words_of_change"]
    for row in rows:
        main = version_main(row, compared, grouped, words_of_change)
        html = f"{before}{_escaped(row.version)}{between}{main}{after}"
        yield f"versions/{row.version}.html", xml_text(html).encode("utf-8")
    index: list[dict[str, Any]] = []
    histories = site_histories(snapshots, diffs, ids, catalogue)
    for entries, current in zip(histories, currents, strict=True):
        views = [entry.view for entry in entries]
        # Most versions quote nothing for a fact (unknown, not stated): no sentence to look for there.
        fact_words = [
            words_of(view.item, by_version[view.version], carried=False) if view.quote else None for view in views
        ]
        rows_html = history_rows(entries, fact_words, current.view.fact_id)
        yield page(f"facts/{current.view.fact_id}.html", "fact.html.j2", rows=rows_html,
                   current=current, first=entries[0].view, chart=build_chart(entries))  # fmt: skip
        index.append(search_entry(current, entries))
    for new, old in compared.items():
        changes = by_new[new].changes if by_new.get(new) and by_new[new].old.version == old else ()
        if not changes:
            changes = diff_snapshots(by_version[old], by_version[new]).changes
        comparison = compare_texts(old, new, texts[old].text, texts[new].text, in_severity_order(changes, catalogue))
        yield page(f"texts/{old}_{new}.html", "text.html.j2", comparison=comparison)
    yield page("search.html", "search.html.j2", currents=_grouped(currents))
    yield "search-index.js", index_script(index).encode("utf-8")
    feed = render_atom(
        reversed(diffs), catalogue=catalogue, link="index.html", link_for=lambda version: f"versions/{version}.html"
    )
    yield "feed.xml", feed.encode("utf-8")
    for name in ("style.css", "search.js"):
        yield name, (STATIC / name).read_bytes()


TITLE, MAIN = "<!--title-->", "<!--main-->"
"""Where a page's title and main part go in its frame: comments, which no escaped value can hold ('<')."""


def _frame(env: Environment, root: str, common: Mapping[str, Any]) -> tuple[str, str, str]:
    """The frame `base.html.j2` puts around a page at `root`: its HTML before the title, between, and after the main."""
    blocks = f"{{% block title %}}{TITLE}{{% endblock %}}{{% block main %}}{MAIN}{{% endblock %}}"
    shell = env.from_string('{% extends "base.html.j2" %}' + blocks)
    html = shell.render(root=root, **common)
    before, _, rest = html.partition(TITLE)
    between, _, after = rest.partition(MAIN)
    return before, between, after


def _grouped(currents: Sequence[Current]) -> list[tuple[str, list[Current]]]:
    groups: dict[str, list[Current]] = {}
    for current in currents:
        groups.setdefault(current.view.section, []).append(current)
    return list(groups.items())
