"""The tidy table: one row per version and fact, every value in canonical form; and its CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from usjapan_facts.model import HedgedFact, MoneyFact, PercentFact, Snapshot
from usjapan_facts.report.registry import Rendered, Style
from usjapan_facts.safe_io import terminal_safe
from usjapan_facts.values import canonical

if TYPE_CHECKING:
    from usjapan_facts.report.results import Table

COLUMNS: tuple[str, ...] = (
    "version",
    "fact_id",
    "kind",
    "value",
    "qualifier",
    "unit",
    "period",
    "quote",
    # Context the brief states beside some values, so that no recorded value is lost.
    "by",
    "per",
    "previous",
    "baseline",
    "basis",
    "note",
    "as_written",
    "section",
)
Row = dict[str, str]


def _row(version: str, fact_id: str, kind: str, value: str, **context: str | None) -> Row:
    row = dict.fromkeys(COLUMNS, "")
    row.update(version=version, fact_id=fact_id, kind=kind, value=value)
    row.update({key: item for key, item in context.items() if item is not None})
    return row


def _report_rows(snapshot: Snapshot) -> Iterator[Row]:
    version = snapshot.updated.isoformat()
    yield _row(version, "report.id", "text", snapshot.report_id)
    yield _row(version, "report.title", "text", snapshot.title)
    yield _row(version, "report.updated", "date", version)
    if snapshot.authors:
        names = "; ".join(snapshot.authors)
        yield _row(version, "report.authors", "list", names)
        for name, author in snapshot.authors.items():
            if author.role:
                yield _row(version, f"report.authors.{name}.role", "text", author.role)


def _fact_rows(snapshot: Snapshot) -> Iterator[Row]:
    version = snapshot.updated.isoformat()
    for fact_id, fact in snapshot.facts.items():
        yield _row(
            version,
            fact_id,
            fact.kind,
            canonical(fact),
            qualifier=fact.qualifier if isinstance(fact, HedgedFact) else None,
            unit=snapshot.catalogue.get(fact_id).unit or None,
            period=fact.period,
            quote=fact.quote,
            by=fact.by,
            per=fact.per if isinstance(fact, MoneyFact) else None,
            previous=str(fact.previous) if isinstance(fact, PercentFact) and fact.previous is not None else None,
            baseline=fact.baseline if isinstance(fact, PercentFact) else None,
            basis=fact.basis,
            note=fact.note,
            as_written=fact.as_written,
            section=fact.section,
        )


def _collection_rows(snapshot: Snapshot) -> Iterator[Row]:
    version = snapshot.updated.isoformat()
    for slug, election in snapshot.elections.items():
        base = f"elections.{slug}"
        where = {"quote": election.quote, "section": election.section}
        yield _row(version, f"{base}.body", "text", election.body, **where)
        yield _row(version, f"{base}.date", "date", election.date, **where)
        yield _row(version, f"{base}.status", "status", election.status, **where)
        for name, candidate in election.candidates.items():
            yield _row(version, f"{base}.candidates.{name}", "candidate", name, **where, note=candidate.note)
            if candidate.party:
                yield _row(version, f"{base}.candidates.{name}.party", "text", candidate.party, **where)
            if candidate.incumbent:
                yield _row(version, f"{base}.candidates.{name}.incumbent", "flag", "true", **where)
        for name in ("result", "note"):
            text = getattr(election, name)
            if text:
                yield _row(version, f"{base}.{name}", "text", text, **where)
    for slug, event in snapshot.events.items():
        base = f"events.{slug}"
        where = {"quote": event.quote, "section": event.section}
        yield _row(version, f"{base}.what", "text", event.what, **where)
        yield _row(version, f"{base}.date", "date", event.date, **where)
        if event.status:
            yield _row(version, f"{base}.status", "status", event.status, **where)


def export_rows(snapshots: Iterable[Snapshot]) -> Iterator[Row]:
    """Yield the tidy rows of each snapshot: report metadata, facts, then elections and events."""
    for snapshot in snapshots:
        yield from _report_rows(snapshot)
        yield from _fact_rows(snapshot)
        yield from _collection_rows(snapshot)


# The registry's entries (`report.registry.RENDERERS`): the table as data, a chunk per row, so it streams.


def table_csv(table: Table, style: Style) -> Rendered:
    return Rendered(_csv_lines(table), data=True)


def _csv_lines(rows: Iterable[Row]) -> Iterator[str]:
    line = io.StringIO()
    writer = csv.DictWriter(line, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        yield line.getvalue()
        line.seek(0)
        line.truncate()
    if line.tell():
        yield line.getvalue()  # the header alone: there were no rows


def table_jsonl(table: Table, style: Style) -> Rendered:
    # JSON's own escapes for C1 controls and bidi overrides: the line reads back as the same data.
    return Rendered((terminal_safe(json.dumps(row, ensure_ascii=False)) + "\n" for row in table), data=True)
