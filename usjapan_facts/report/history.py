"""The text, CSV and JSON of `history`: one fact's entries, a line or a row per version, oldest first."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from usjapan_facts.report.registry import Rendered, Style, formats, render, whole
from usjapan_facts.report.results import FactHistory

if TYPE_CHECKING:
    from usjapan_facts.history import HistoryEntry

CSV_COLUMNS = ("version", "status", "value", "display", "changed", "quote")


def history_text(entries: Iterable[HistoryEntry]) -> str:
    """A line per version, oldest first: date, value (or unknown / not stated), '*' where it changed."""
    lines: list[str] = []
    for entry in entries:
        view = entry.view
        if not lines:
            lines.append(f"{view.fact_id}  {view.label} ({view.section})")
        value = view.display if view.status == "stated" else view.status.replace("_", " ")
        lines.append(f"{'*' if entry.changed else ' '} {view.version}  {value}")
    return "\n".join(lines) + "\n"


def history_row(entry: HistoryEntry) -> dict[str, str]:
    """One version's CSV row: the value in canonical form and as shown, whether it changed, the quote."""
    view = entry.view
    return {
        "version": view.version,
        "status": view.status,
        "value": view.canonical,
        "display": view.display,
        "changed": "true" if entry.changed else "false",
        "quote": view.quote or "",
    }


def history_csv(entries: Iterable[HistoryEntry]) -> str:
    """A header, then a row per version (`CSV_COLUMNS`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(history_row(entry) for entry in entries)
    return out.getvalue()


def history_json(entries: Iterable[HistoryEntry]) -> str:
    """A JSON array of the entries (`HistoryEntry.as_json`), indented, ending in a newline."""
    return json.dumps([entry.as_json() for entry in entries], indent=2, ensure_ascii=False) + "\n"


def render_history(entries: Iterable[HistoryEntry], fmt: str = "text") -> str:
    """Render one fact's history in `fmt`: text (a line per version), json or csv, as `history --format` does."""
    if fmt not in formats(FactHistory):
        raise ValueError(f"no history format {fmt!r} (choose from {', '.join(formats(FactHistory))})")
    return render(FactHistory(tuple(entries)), fmt).text


# The registry's entries (`report.registry.RENDERERS`): a fact's history in each format.


def history_text_report(history: FactHistory, style: Style) -> Rendered:
    return whole(history_text(history.entries))


def history_json_report(history: FactHistory, style: Style) -> Rendered:
    return whole(history_json(history.entries))


def history_csv_report(history: FactHistory, style: Style) -> Rendered:
    return whole(history_csv(history.entries))
