"""The one registry of renderers: which function renders which type of result in which format.

Every report a command prints goes through `render(result, fmt)`. A renderer is named by its module
and function and imported the first time it is used, so that a command loads only what it prints
with: `list` imports no diff engine, `show` no DeepDiff.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, cast


class Style(Protocol):
    """How to colour a piece of text: the CLI passes click's `style` on a terminal, else text stays plain."""

    def __call__(
        self,
        text: str,
        *,
        fg: str | None = None,
        bold: bool | None = None,
        underline: bool | None = None,
        strikethrough: bool | None = None,
    ) -> str: ...


def plain(
    text: str,
    *,
    fg: str | None = None,
    bold: bool | None = None,
    underline: bool | None = None,
    strikethrough: bool | None = None,
) -> str:
    """Leave text as it is: the style of output that is not a terminal."""
    return text


@dataclass(frozen=True, slots=True)
class Rendered:
    """A report: its text in chunks, written one after another (so a long log or export streams)."""

    chunks: Iterable[str]
    step_summary: str | None = None
    """The Markdown for a GitHub job's step summary, where the format has one."""
    data: bool = False
    """Rows (CSV, JSON lines): written as they are when stdout is not a terminal, so the file reads back as data."""

    @property
    def text(self) -> str:
        """The whole report as one string (reading the chunks, which can be read once)."""
        return "".join(self.chunks)


def whole(text: str, *, step_summary: str | None = None) -> Rendered:
    """A report made in one piece."""
    return Rendered((text,), step_summary=step_summary)


Renderer = Callable[[Any, Style], Rendered]

_DIFF = "usjapan_facts.diff:SnapshotDiff"
_CHECK = "usjapan_facts.checks:CheckResult"
_SNAPSHOT = "usjapan_facts.model:Snapshot"
_FACT = "usjapan_facts.lookup:FactView"
_CATALOGUE = "usjapan_facts.catalog:Catalogue"
_RESULTS = "usjapan_facts.report.results"

RENDERERS: dict[tuple[str, str], str] = {
    (_DIFF, "text"): "usjapan_facts.report.render:diff_text",
    (_DIFF, "json"): "usjapan_facts.report.render:diff_json_report",
    (_DIFF, "markdown"): "usjapan_facts.report.render:diff_markdown",
    (_DIFF, "github"): "usjapan_facts.report.render:diff_github",
    (_CHECK, "text"): "usjapan_facts.report.check:check_text",
    (_CHECK, "json"): "usjapan_facts.report.check:check_json_report",
    (_CHECK, "markdown"): "usjapan_facts.report.check:check_markdown",
    (_CHECK, "github"): "usjapan_facts.report.check:check_github",
    (f"{_RESULTS}:Changelog", "text"): "usjapan_facts.report.log:log_text",
    (f"{_RESULTS}:Changelog", "json"): "usjapan_facts.report.log:log_json",
    (f"{_RESULTS}:Changelog", "atom"): "usjapan_facts.report.log:log_atom",
    (f"{_RESULTS}:FactHistory", "text"): "usjapan_facts.report.history:history_text_report",
    (f"{_RESULTS}:FactHistory", "json"): "usjapan_facts.report.history:history_json_report",
    (f"{_RESULTS}:FactHistory", "csv"): "usjapan_facts.report.history:history_csv_report",
    (f"{_RESULTS}:VersionList", "text"): "usjapan_facts.report.show:list_text",
    (f"{_RESULTS}:VersionList", "json"): "usjapan_facts.report.show:list_json",
    (_CATALOGUE, "text"): "usjapan_facts.report.show:facts_text",
    (_CATALOGUE, "json"): "usjapan_facts.report.show:facts_json",
    (_SNAPSHOT, "text"): "usjapan_facts.report.show:snapshot_text",
    (_SNAPSHOT, "json"): "usjapan_facts.report.show:snapshot_json",
    (_FACT, "text"): "usjapan_facts.report.show:fact_text",
    (_FACT, "json"): "usjapan_facts.report.show:fact_json",
    (f"{_RESULTS}:TextComparison", "text"): "usjapan_facts.report.texts:comparison_text",
    (f"{_RESULTS}:Table", "csv"): "usjapan_facts.report.export:table_csv",
    (f"{_RESULTS}:Table", "jsonl"): "usjapan_facts.report.export:table_jsonl",
}
"""Each renderer by (result type, format), both as "module:name": a new format is one entry here, never a
branch in a command. A renderer takes the result and a `Style` and returns a `Rendered`.

A type is named where the library offers it, not imported, so that this table costs no import of the
engine or the models; a name is imported only to confirm a result's type that bears it."""


def load(spec: str) -> Any:
    """Import what a "module:name" of `RENDERERS` names."""
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def _is(kind: str, cls: type) -> bool:
    """Whether the type named `kind` ("module:name") is `cls`; its module is imported only if the names agree."""
    return kind.rpartition(":")[2] == cls.__name__ and load(kind) is cls


def _kinds(result_type: type | str) -> list[str]:
    """The registry's names for this type of result: its own, then its base classes'."""
    if isinstance(result_type, str):
        return [result_type]
    kinds = {kind for kind, _ in RENDERERS}
    return [kind for cls in result_type.__mro__ for kind in kinds if _is(kind, cls)]


def formats(result_type: type | str) -> tuple[str, ...]:
    """Name the formats a type of result (a type, or its "module:name" in `RENDERERS`) can be rendered in."""
    kinds = _kinds(result_type)
    return tuple(dict.fromkeys(fmt for kind in kinds for named, fmt in RENDERERS if named == kind))


def renderer(result_type: type | str, fmt: str) -> Renderer:
    """The function that renders a result of `result_type` in `fmt`; `ValueError` naming the formats if none."""
    for kind in _kinds(result_type):
        spec = RENDERERS.get((kind, fmt))
        if spec is not None:
            return cast("Renderer", load(spec))
    shown = result_type if isinstance(result_type, str) else result_type.__name__
    raise ValueError(f"no {fmt!r} report for a {shown}; formats: {', '.join(formats(result_type)) or 'none'}")


def render(result: object, fmt: str, *, style: Style = plain) -> Rendered:
    """Render any result a command prints in `fmt`; with `github`, also the Markdown for the job's step summary."""
    return renderer(type(result), fmt)(result, style)
