"""Renderers of a `SnapshotDiff`: text, json, markdown and github, one function per format. Pure.

`report.registry` chooses among them by format; `report.check` renders a check with the same pieces.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import groupby
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.change import report_order
from usjapan_facts.diff import Change, SnapshotDiff
from usjapan_facts.report.escape import markdown_code, markdown_text
from usjapan_facts.report.registry import Rendered, Style, plain, whole
from usjapan_facts.safe_io import printable
from usjapan_facts.severity_levels import Severity, count_by_severity

FORMAT_VERSION = 2
"""Version of the JSON envelope; raised only when a field changes meaning or disappears.

2: a change's `old` is the last value known as of the old version (`old_version` says where it was
recorded); `direction`, the new kinds `restated` and `period`, and `unknown` and `notes` appeared.
Later, without a change of any field's meaning: the kinds `first_recorded` (`old` is null, and so is
`old_version`) and `redefined`, a fact's `basis`, and the check finding kind `contradiction`.
"""
GITHUB_COMMENT_LIMIT = 65_536
MARKDOWN_MARKER = "<!-- usjapan-facts:diff -->"
COLOURS = {"major": "red", "minor": "yellow", "info": "bright_black"}
GITHUB_LEVELS = {"major": "error", "minor": "warning", "info": "notice"}


def _severity_order(catalogue: catalog.Catalogue) -> Callable[[Change], tuple[int, int, str]]:
    """Order changes most severe first, then in catalogue order."""
    return report_order(catalogue)


def by_severity_and_section(
    catalogue: catalog.Catalogue, changes: Iterable[Change]
) -> list[tuple[Severity, str, list[Change]]]:
    """Group changes by severity, most severe first, and within it by section in catalogue order.

    A section appears once per severity it has changes of, so no change is listed before a more severe one.
    """
    ordered = sorted(changes, key=report_order(catalogue))
    return [
        (severity, section, list(items))
        for (severity, section), items in groupby(ordered, key=lambda change: (change.severity, change.section))
    ]


def _counts_text(diff: SnapshotDiff) -> str:
    counts = diff.counts()
    total = len(diff.changes)
    parts = ", ".join(f"{number} {severity}" for severity, number in counts.items() if number)
    return f"{total} change{'s' if total != 1 else ''} ({parts})"


def _recorded(change: Change, old_version: str) -> str:
    """' (last recorded 2024-06-05)' when the old value came from a version before the one compared."""
    if change.old_version is None or change.old_version == old_version:
        return ""
    return f" (last recorded {change.old_version})"


def unknown_text(old: tuple[str, ...], new: tuple[str, ...], old_version: str, new_version: str, total: int) -> str:
    """Say how many catalogue facts each side could not see, so an empty report is not read as 'no change'."""
    return (
        f"unknown: {len(old)} of {total} catalogue facts as of {old_version}, "
        f"{len(new)} of {total} in {new_version} (a change there cannot be seen)"
    )


def _diff_unknown_text(diff: SnapshotDiff) -> str:
    total = len(diff.catalogue.facts)
    return unknown_text(diff.unknown_old, diff.unknown_new, diff.old.version, diff.new.version, total)


def render_text(diff: SnapshotDiff, *, style: Style = plain) -> str:
    """A headline, aligned lines by severity then section, most severe first, and what neither side could see."""
    counts = _counts_text(diff) if diff.changes else "no changes"
    headline = f"{diff.new.report_id} {diff.old.version} -> {diff.new.version}: {counts}"
    lines = [headline, *(f"note: {note}" for note in diff.notes)]
    if diff.schema_changed:
        lines.append(f"schema changed: version {diff.old.schema_version} -> {diff.new.schema_version}")
    width = max((len(change.fact_id) for change in diff.changes), default=0)
    for level, section, changes in by_severity_and_section(diff.catalogue, diff.changes):
        lines += ["", style(f"{section} ({level})", bold=True)]
        for change in changes:
            severity = style(f"{change.severity:<5}", fg=COLOURS[change.severity])
            summary = change.summary + _recorded(change, diff.old.version)
            lines.append(f"  {severity}  {change.kind:<14}  {change.fact_id:<{width}}  {summary}")
    lines += ["", _diff_unknown_text(diff)]
    if diff.unread_new:
        lines.append(f"mentioned but not read in {diff.new.version}: {', '.join(diff.unread_new)}")
    return "\n".join(lines) + "\n"


def diff_json(diff: SnapshotDiff) -> dict[str, Any]:
    """The versioned envelope: both versions' metadata, counts, and every change."""
    return {
        "format_version": FORMAT_VERSION,
        "report_id": diff.new.report_id,
        "old": diff.old.__dict__,
        "new": diff.new.__dict__,
        "schema_changed": diff.schema_changed,
        "notes": list(diff.notes),
        "counts": diff.counts(),
        "unknown": {"old": list(diff.unknown_old), "new": list(diff.unknown_new)},
        "unread": list(diff.unread_new),
        "changes": [change.as_json() for change in diff.changes],
    }


def _cell(text: str | None) -> str:
    # markdown_text escapes `|` with the rest of Markdown's punctuation, so a cell never splits a row.
    return markdown_text(text) or "—"


_FOOTER_ROOM = 200
"""Characters kept free under the limit for the line that says how many rows were left out."""


def _rows_within(head: list[str], rows: list[str], limit: int) -> int:
    """How many of `rows`, most severe first, fit after `head` with room for a footer under `limit`."""
    size = sum(len(line) + 1 for line in head) + _FOOTER_ROOM
    for shown, row in enumerate(rows):
        size += len(row) + 1
        if size > limit:
            return shown
    return len(rows)


def _markdown_kind(change: Change) -> str:
    """The kind, with the move where there is one: 'value (+4,000, +8.0%)', 'value (fell)'."""
    if change.delta_text:
        return f"{change.kind} ({change.delta_text})"
    if change.direction:
        return f"{change.kind} ({'rose' if change.direction == 'up' else 'fell'})"
    return change.kind


def render_markdown(diff: SnapshotDiff, *, limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """A table for a pull-request comment, cut by severity to stay under `limit` characters."""
    head = [MARKDOWN_MARKER, f"### {diff.new.report_id}: {diff.old.version} → {diff.new.version}", ""]
    notes = (f"Note: {markdown_text(note)}." for note in diff.notes)
    head += [*notes, f"_{_diff_unknown_text(diff).capitalize()}._", ""]
    if diff.unread_new:
        named = ", ".join(f"`{fact_id}`" for fact_id in diff.unread_new)
        head += [f"Mentioned but not read in {diff.new.version} (unknown, check them): {named}.", ""]
    if diff.schema_changed:
        head += [f"Schema changed: version {diff.old.schema_version} → {diff.new.schema_version}.", ""]
    if not diff.changes:
        return "\n".join([*head, "No changes."]) + "\n"
    counts = diff.counts()
    head += [
        ", ".join(f"**{counts[severity]} {severity}**" for severity in ("major", "minor", "info")),
        "",
        "| Severity | Fact | Old | New | Change |",
        "| --- | --- | --- | --- | --- |",
    ]
    ordered = sorted(diff.changes, key=_severity_order(diff.catalogue))
    rows = [
        f"| {change.severity} | {_cell(change.label)}<br>{markdown_code(change.fact_id, in_table=True)} | "
        f"{_cell(change.old_text)}"
        f"{_recorded(change, diff.old.version)} | {_cell(change.new_text)} | {_markdown_kind(change)} |"
        for change in ordered
    ]
    shown = _rows_within(head, rows, limit)
    lines = head + rows[:shown]
    left_out = count_by_severity(change.severity for change in ordered[shown:])
    if shown < len(rows):
        severities = ", ".join(f"{number} {severity}" for severity, number in left_out.items() if number)
        lines += ["", f"_{len(rows) - shown} more changes not shown ({severities}); run `usjapan-facts diff` for all._"]
    return "\n".join(lines) + "\n"


def escape_data(text: str) -> str:
    """Escape a workflow command's message: %, CR and LF as GitHub's rules say, other control characters shown.

    Data can then never end a command's line, so no line of the output starts with `::` from data.
    """
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """Escape a workflow command's property value: as data, and also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(diff: SnapshotDiff) -> str:
    """One `::error`/`::warning`/`::notice` workflow command per change (major/minor/info)."""
    lines = []
    if diff.schema_changed:
        message = f"schema changed: version {diff.old.schema_version} -> {diff.new.schema_version}"
        lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(message)}")
    for note in diff.notes:
        lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(note)}")
    for change in sorted(diff.changes, key=_severity_order(diff.catalogue)):
        title = escape_property(f"{change.fact_id} ({change.kind}, {diff.old.version} -> {diff.new.version})")
        message = change.summary + _recorded(change, diff.old.version)
        lines.append(f"::{GITHUB_LEVELS[change.severity]} title={title}::{escape_data(message)}")
    lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(_diff_unknown_text(diff))}")
    return "".join(line + "\n" for line in lines)


def to_json(envelope: dict[str, Any]) -> str:
    """A JSON envelope as the reports print it: indented, UTF-8 as it is, ending in a newline."""
    return json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"


# The registry's entries (`report.registry.RENDERERS`): a diff in each format.


def diff_text(diff: SnapshotDiff, style: Style) -> Rendered:
    return whole(render_text(diff, style=style))


def diff_json_report(diff: SnapshotDiff, style: Style) -> Rendered:
    return whole(to_json(diff_json(diff)))


def diff_markdown(diff: SnapshotDiff, style: Style) -> Rendered:
    return whole(render_markdown(diff))


def diff_github(diff: SnapshotDiff, style: Style) -> Rendered:
    return whole(render_github(diff), step_summary=render_markdown(diff))
