"""Renderers of a `CheckResult` (the CI gate): text, json, markdown and github, one function per format. Pure.

The Markdown table (its cells, its cut under the comment limit) and the workflow commands' escaping are
the diff report's (`report.render`), shared.
"""

from __future__ import annotations

from typing import Any

from usjapan_facts.checks import CheckResult
from usjapan_facts.report.escape import markdown_code, markdown_text
from usjapan_facts.report.registry import Rendered, Style, plain, whole
from usjapan_facts.report.render import (
    COLOURS,
    FORMAT_VERSION,
    GITHUB_COMMENT_LIMIT,
    GITHUB_LEVELS,
    _cell,
    _rows_within,
    escape_data,
    escape_property,
    to_json,
    unknown_text,
)
from usjapan_facts.safe_io import printable

CHECK_MARKER = "<!-- usjapan-facts:check -->"


def _check_headline(result: CheckResult) -> str:
    counts = result.counts()
    parts = ", ".join(f"{number} {severity}" for severity, number in counts.items() if number)
    total = len(result.findings)
    found = f"{total} finding{'s' if total != 1 else ''} ({parts})" if total else "no findings"
    compared = f"; compared {result.compared[0]} -> {result.compared[1]}" if result.compared else ""
    return f"usjapan-facts check as of {result.as_of.isoformat()}: {found}{compared}; fails on {result.fail_on}"


def render_check_text(result: CheckResult, *, style: Style = plain) -> str:
    """One line per finding, most severe first, each with its fingerprint."""
    lines = [_check_headline(result), *(f"note: {note}" for note in result.notes)]
    if result.findings:
        width = max(len(printable(finding.subject)) for finding in result.findings)
        kinds = max(7, *(len(finding.kind) for finding in result.findings))
        for finding in result.findings:
            severity = style(f"{finding.severity:<5}", fg=COLOURS[finding.severity])
            subject = f"{printable(finding.subject):<{width}}"
            message = printable(finding.message)  # an invalid file's name comes from outside
            lines.append(f"  {severity}  {finding.kind:<{kinds}}  {subject}  {message}  [{finding.fingerprint}]")
    if (unknown := _check_unknown_text(result)) is not None:
        lines += ["", unknown]
    if result.unread:
        lines += ["", _unread_text(result), *(f"  {fact_id}  {label}" for fact_id, label in result.unread)]
    return "\n".join(lines) + "\n"


def _unread_text(result: CheckResult) -> str:
    count = len(result.unread)
    return f"mentioned but not read: {count} fact{'s' if count != 1 else ''} the text is about; unknown, check them"


def _check_unknown_text(result: CheckResult) -> str | None:
    if result.unknown is None or result.compared is None:
        return None
    return unknown_text(*result.unknown, *result.compared, result.catalogue_size)


def check_json(result: CheckResult) -> dict[str, Any]:
    """The versioned envelope of a check: what was compared, counts, exit code and findings."""
    return {
        "format_version": FORMAT_VERSION,
        "report_id": result.report_id,
        "as_of": result.as_of.isoformat(),
        "compared": list(result.compared) if result.compared else None,
        "fail_on": result.fail_on,
        "exit_code": result.exit_code,
        "counts": result.counts(),
        "notes": list(result.notes),
        "unknown": {"old": list(result.unknown[0]), "new": list(result.unknown[1])} if result.unknown else None,
        "unread": [fact_id for fact_id, _ in result.unread],
        "findings": [finding.as_json() for finding in result.findings],
    }


def render_check_markdown(result: CheckResult, *, limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """A step summary or comment: headline, then a table of findings cut by severity under `limit`."""
    notes = (f"- {markdown_text(note)}" for note in result.notes)
    head = [CHECK_MARKER, f"### {_check_headline(result)}", "", *notes]
    if (unknown := _check_unknown_text(result)) is not None:
        head.append(f"- {unknown}")
    if result.unread:
        named = ", ".join(f"{_cell(label)} (`{fact_id}`)" for fact_id, label in result.unread)
        head.append(f"- {_unread_text(result).capitalize()}: {named}")
    if not result.findings:
        return "\n".join([*head, "", "Nothing to report."]) + "\n"
    head += ["", "| Severity | Kind | Subject | Finding | Fingerprint |", "| --- | --- | --- | --- | --- |"]
    rows = [
        f"| {f.severity} | {f.kind} | {markdown_code(f.subject, in_table=True)} | {_cell(f.message)} "
        f"| `{f.fingerprint}` |"
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
        lines.append(f"::{GITHUB_LEVELS[finding.severity]} title={title}::{escape_data(finding.message)}")
    if (unknown := _check_unknown_text(result)) is not None:
        lines.append(f"::notice title={escape_property('usjapan-facts')}::{escape_data(unknown)}")
    if result.unread:
        named = ", ".join(fact_id for fact_id, _ in result.unread)
        lines.append(f"::warning title={escape_property('mentioned but not read')}::{escape_data(named)}")
    return "".join(line + "\n" for line in lines)


# The registry's entries (`report.registry.RENDERERS`): a check in each format.


def check_text(result: CheckResult, style: Style) -> Rendered:
    return whole(render_check_text(result, style=style))


def check_json_report(result: CheckResult, style: Style) -> Rendered:
    return whole(to_json(check_json(result)))


def check_markdown(result: CheckResult, style: Style) -> Rendered:
    return whole(render_check_markdown(result))


def check_github(result: CheckResult, style: Style) -> Rendered:
    return whole(render_check_github(result), step_summary=render_check_markdown(result))
