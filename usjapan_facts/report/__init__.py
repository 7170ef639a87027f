"""Renderers of a `SnapshotDiff`: text, json, markdown and github, one function per format. Pure."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from itertools import groupby
from typing import Any

import click

from usjapan_facts import catalog
from usjapan_facts.checks import CheckResult
from usjapan_facts.diff import Change, SnapshotDiff
from usjapan_facts.rules import SEVERITY_RANK, count_by_severity
from usjapan_facts.safe_io import printable

FORMAT_VERSION = 2
"""Version of the JSON envelope; raised only when a field changes meaning or disappears.

2: a change's `old` is the last value known as of the old version (`old_version` says where it was
recorded); `direction`, the new kinds `restated` and `period`, and `unknown` and `notes` appeared.
"""
GITHUB_COMMENT_LIMIT = 65_536
MARKDOWN_MARKER = "<!-- usjapan-facts:diff -->"
_COLOURS = {"major": "red", "minor": "yellow", "info": "bright_black"}
_GITHUB_LEVELS = {"major": "error", "minor": "warning", "info": "notice"}
_SECTION_ORDER = {title: index for index, title in enumerate(catalog.SECTION_TITLES.values())}


def _severity_order(change: Change) -> tuple[int, int]:
    return (SEVERITY_RANK[change.severity], catalog.ORDER.get(change.fact_id, len(catalog.ORDER)))


def _by_section(changes: Iterable[Change]) -> list[tuple[str, list[Change]]]:
    """Group by section, most severe section first, and within each the most severe change first."""
    ordered = sorted(changes, key=lambda change: _SECTION_ORDER.get(change.section, 99))
    groups = [
        (section, sorted(items, key=_severity_order)) for section, items in groupby(ordered, key=lambda c: c.section)
    ]
    return sorted(groups, key=lambda group: (SEVERITY_RANK[group[1][0].severity], _SECTION_ORDER.get(group[0], 99)))


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


def unknown_text(old: tuple[str, ...], new: tuple[str, ...], old_version: str, new_version: str) -> str:
    """Say how many catalogue facts each side could not see, so an empty report is not read as 'no change'."""
    total = len(catalog.FACT_SPECS)
    return (
        f"unknown: {len(old)} of {total} catalogue facts as of {old_version}, "
        f"{len(new)} of {total} in {new_version} (a change there cannot be seen)"
    )


def _diff_unknown_text(diff: SnapshotDiff) -> str:
    return unknown_text(diff.unknown_old, diff.unknown_new, diff.old.version, diff.new.version)


def render_text(diff: SnapshotDiff, *, color: bool = False) -> str:
    """A headline, aligned lines grouped by section, most severe first, and what neither side could see."""
    counts = _counts_text(diff) if diff.changes else "no changes"
    lines = [f"IF10199 {diff.old.version} -> {diff.new.version}: {counts}", *(f"note: {note}" for note in diff.notes)]
    if diff.schema_changed:
        lines.append(f"schema changed: version {diff.old.schema_version} -> {diff.new.schema_version}")
    width = max((len(change.fact_id) for change in diff.changes), default=0)
    for section, changes in _by_section(diff.changes):
        lines += ["", click.style(section, bold=True) if color else section]
        for change in changes:
            severity = f"{change.severity:<5}"
            if color:
                severity = click.style(severity, fg=_COLOURS[change.severity])
            summary = change.summary + _recorded(change, diff.old.version)
            lines.append(f"  {severity}  {change.kind:<10}  {change.fact_id:<{width}}  {summary}")
    lines += ["", _diff_unknown_text(diff)]
    return "\n".join(lines) + "\n"


def diff_json(diff: SnapshotDiff) -> dict[str, Any]:
    """The versioned envelope: both versions' metadata, counts, and every change."""
    return {
        "format_version": FORMAT_VERSION,
        "report_id": "IF10199",
        "old": diff.old.__dict__,
        "new": diff.new.__dict__,
        "schema_changed": diff.schema_changed,
        "notes": list(diff.notes),
        "counts": diff.counts(),
        "unknown": {"old": list(diff.unknown_old), "new": list(diff.unknown_new)},
        "changes": [change.as_json() for change in diff.changes],
    }


def _cell(text: str | None) -> str:
    if not text:
        return "—"
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


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
    head = [MARKDOWN_MARKER, f"### IF10199: {diff.old.version} → {diff.new.version}", ""]
    head += [*(f"Note: {note}." for note in diff.notes), f"_{_diff_unknown_text(diff).capitalize()}._", ""]
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
    ordered = sorted(diff.changes, key=_severity_order)
    rows = [
        f"| {change.severity} | {_cell(change.label)}<br>`{change.fact_id}` | {_cell(change.old_text)}"
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
    for change in sorted(diff.changes, key=_severity_order):
        title = escape_property(f"{change.fact_id} ({change.kind}, {diff.old.version} -> {diff.new.version})")
        message = change.summary + _recorded(change, diff.old.version)
        lines.append(f"::{_GITHUB_LEVELS[change.severity]} title={title}::{escape_data(message)}")
    lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(_diff_unknown_text(diff))}")
    return "".join(line + "\n" for line in lines)


# check --------------------------------------------------------------------------------------------

CHECK_MARKER = "<!-- usjapan-facts:check -->"


def _check_headline(result: CheckResult) -> str:
    counts = result.counts()
    parts = ", ".join(f"{number} {severity}" for severity, number in counts.items() if number)
    total = len(result.findings)
    found = f"{total} finding{'s' if total != 1 else ''} ({parts})" if total else "no findings"
    compared = f"; compared {result.compared[0]} -> {result.compared[1]}" if result.compared else ""
    return f"usjapan-facts check as of {result.as_of.isoformat()}: {found}{compared}; fails on {result.fail_on}"


def render_check_text(result: CheckResult, *, color: bool = False) -> str:
    """One line per finding, most severe first, each with its fingerprint."""
    lines = [_check_headline(result), *(f"note: {note}" for note in result.notes)]
    if result.findings:
        width = max(len(printable(finding.subject)) for finding in result.findings)
        for finding in result.findings:
            severity = f"{finding.severity:<5}"
            if color:
                severity = click.style(severity, fg=_COLOURS[finding.severity])
            subject = f"{printable(finding.subject):<{width}}"
            message = printable(finding.message)  # an invalid file's name comes from outside
            lines.append(f"  {severity}  {finding.kind:<7}  {subject}  {message}  [{finding.fingerprint}]")
    if (unknown := _check_unknown_text(result)) is not None:
        lines += ["", unknown]
    return "\n".join(lines) + "\n"


def _check_unknown_text(result: CheckResult) -> str | None:
    if result.unknown is None or result.compared is None:
        return None
    return unknown_text(*result.unknown, *result.compared)


def check_json(result: CheckResult) -> dict[str, Any]:
    """The versioned envelope of a check: what was compared, counts, exit code and findings."""
    return {
        "format_version": FORMAT_VERSION,
        "as_of": result.as_of.isoformat(),
        "compared": list(result.compared) if result.compared else None,
        "fail_on": result.fail_on,
        "exit_code": result.exit_code,
        "counts": result.counts(),
        "notes": list(result.notes),
        "unknown": {"old": list(result.unknown[0]), "new": list(result.unknown[1])} if result.unknown else None,
        "findings": [finding.as_json() for finding in result.findings],
    }


def render_check_markdown(result: CheckResult, *, limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """A step summary or comment: headline, then a table of findings cut by severity under `limit`."""
    head = [CHECK_MARKER, f"### {_check_headline(result)}", "", *(f"- {note}" for note in result.notes)]
    if (unknown := _check_unknown_text(result)) is not None:
        head.append(f"- {unknown}")
    if not result.findings:
        return "\n".join([*head, "", "Nothing to report."]) + "\n"
    head += ["", "| Severity | Kind | Subject | Finding | Fingerprint |", "| --- | --- | --- | --- | --- |"]
    rows = [
        f"| {f.severity} | {f.kind} | `{_cell(f.subject)}` | {_cell(f.message)} | `{f.fingerprint}` |"
        for f in result.findings
    ]
    shown = _rows_within(head, rows, limit)
    lines = head + rows[:shown]
    if shown < len(rows):
        lines += ["", f"_{len(rows) - shown} more findings not shown; run `usjapan-facts check` for all._"]
    return "\n".join(lines) + "\n"


def render_check_github(result: CheckResult) -> str:
    """One workflow command per finding: ::error (major), ::warning (minor), ::notice (info)."""
    lines = []
    for finding in result.findings:
        title = escape_property(f"{finding.subject} ({finding.kind}) [{finding.fingerprint}]")
        lines.append(f"::{_GITHUB_LEVELS[finding.severity]} title={title}::{escape_data(finding.message)}")
    if (unknown := _check_unknown_text(result)) is not None:
        lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(unknown)}")
    return "".join(line + "\n" for line in lines)


def render(result: SnapshotDiff | CheckResult, fmt: str, *, color: bool = False) -> tuple[str, str | None]:
    """Render a diff or a check in `fmt`; with `github`, also the Markdown for the job's step summary."""
    if isinstance(result, CheckResult):
        if fmt == "json":
            return json.dumps(check_json(result), indent=2, ensure_ascii=False) + "\n", None
        if fmt == "markdown":
            return render_check_markdown(result), None
        if fmt == "github":
            return render_check_github(result), render_check_markdown(result)
        return render_check_text(result, color=color), None
    if fmt == "json":
        return json.dumps(diff_json(result), indent=2, ensure_ascii=False) + "\n", None
    if fmt == "markdown":
        return render_markdown(result), None
    if fmt == "github":
        return render_github(result), render_markdown(result)
    return render_text(result, color=color), None
