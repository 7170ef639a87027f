"""Render what one version holds, one fact, the catalogue and the list of versions: `show`, `facts` and `list`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from usjapan_facts.lookup import STATUS_WORDS, FactView, fact_ids, lookup
from usjapan_facts.report.registry import Rendered, Style, whole
from usjapan_facts.store import canonical_json, content_hash
from usjapan_facts.trust import VersionSummary

if TYPE_CHECKING:
    from usjapan_facts.catalog import Catalogue
    from usjapan_facts.model import Snapshot
    from usjapan_facts.report.results import VersionList


def render_list(rows: Iterable[VersionSummary]) -> str:
    lines = [f"{'version':<10}  {'crs':>3}  {'coverage':<8}  {'facts':>5}  hash"]
    for row in rows:
        crs = str(row.crs_version) if row.crs_version is not None else "-"
        lines.append(f"{row.version:<10}  {crs:>3}  {row.coverage:<8}  {row.facts:>5}  {row.hash[:12]}")
    return "\n".join(lines) + "\n"


def render_facts(catalogue: Catalogue) -> str:
    """One line per catalogue fact, in display order: id, kind, section, label."""
    id_width = max(len(spec.id) for spec in catalogue.specs)
    kind_width = max(len(spec.kind) for spec in catalogue.specs)
    section_width = max(len(spec.section) for spec in catalogue.specs)
    lines = [f"{'fact id':<{id_width}}  {'kind':<{kind_width}}  {'section':<{section_width}}  label"]
    lines += [
        f"{spec.id:<{id_width}}  {spec.kind:<{kind_width}}  {spec.section:<{section_width}}  {spec.label}"
        for spec in catalogue.specs
    ]
    return "\n".join(lines) + "\n"


def render_fact(view: FactView) -> str:
    lines = [f"{view.fact_id}  {view.label} ({view.section}, {view.version})"]
    if view.status != "stated":
        lines.append(f"  {STATUS_WORDS[view.status]}")
        return "\n".join(lines) + "\n"
    lines.append(f"  value:      {view.display}")
    for key in ("qualifier", "as_written", "period", "by", "basis", "note"):
        detail = getattr(view.item, key, None)
        if detail is not None:
            lines.append(f"  {key.replace('_', ' ') + ':':<11} {detail}")
    if view.quote:
        lines.append(f"  quote:      {view.quote}")
    if view.quoted_section:
        lines.append(f"  section:    {view.quoted_section}")
    page, column = getattr(view.item, "page", None), getattr(view.item, "column", None)
    if page is not None:
        lines.append(f"  in the PDF: page {page}" + (f", column {column}" if column else ""))
    return "\n".join(lines) + "\n"


def render_snapshot(snapshot: Snapshot) -> str:
    crs = f", CRS version {snapshot.crs_version}" if snapshot.crs_version else ""
    lines = [
        f"{snapshot.report_id} {snapshot.title}, updated {snapshot.updated.isoformat()}{crs}",
        f"coverage: {snapshot.coverage}   facts: {len(snapshot.facts)}   hash: {content_hash(snapshot)[:12]}",
    ]
    lines += [f"source: {source}" for source in snapshot.sources]
    if snapshot.notes:
        lines.append(f"notes: {snapshot.notes}")
    refs = [snapshot.catalogue.resolve(fact_id) for fact_id in fact_ids(snapshot)]
    views = [lookup(snapshot, ref) for ref in refs]
    width = max(len(view.fact_id) for view in views)
    section = None
    for view in views:
        if view.status != "stated":
            continue
        if view.section != section:
            section = view.section
            lines += ["", section]
        lines.append(f"  {view.fact_id:<{width}}  {view.display}")
    unread = set(snapshot.unread or ())
    if unread:
        lines += ["", f"mentioned but not read: {len(unread)}", *(f"  {fact_id}" for fact_id in snapshot.unread or ())]
    for status, word in (("not_stated", "not stated"), ("unknown", "unknown (not recorded)")):
        missing = [
            view
            for ref, view in zip(refs, views, strict=True)
            if view.status == status and not ref.in_collection and view.fact_id not in unread
        ]
        if missing:
            lines += ["", f"{word}: {len(missing)}", *(f"  {view.fact_id}" for view in missing)]
    return "\n".join(lines) + "\n"


# The registry's entries (`report.registry.RENDERERS`): each result in text and JSON.


def list_text(versions: VersionList, style: Style) -> Rendered:
    return whole(render_list(versions.rows))


def list_json(versions: VersionList, style: Style) -> Rendered:
    return whole(json.dumps([row.__dict__ for row in versions.rows], indent=2) + "\n")


def facts_text(catalogue: Catalogue, style: Style) -> Rendered:
    return whole(render_facts(catalogue))


def facts_json(catalogue: Catalogue, style: Style) -> Rendered:
    rows = [{"id": s.id, "label": s.label, "kind": s.kind, "section": s.section} for s in catalogue.specs]
    return whole(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


def snapshot_text(snapshot: Snapshot, style: Style) -> Rendered:
    return whole(render_snapshot(snapshot))


def snapshot_json(snapshot: Snapshot, style: Style) -> Rendered:
    return whole(canonical_json(snapshot))


def fact_text(view: FactView, style: Style) -> Rendered:
    return whole(render_fact(view))


def fact_json(view: FactView, style: Style) -> Rendered:
    # Without a final newline, as `show VERSION FACT_ID --format json` has always printed it.
    return whole(json.dumps(view.as_json(), indent=2, ensure_ascii=False))
