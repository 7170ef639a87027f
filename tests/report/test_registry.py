"""The renderer registry: every result a command prints, in every format the command offers, from one table."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import click
import pytest

from usjapan_facts.cli import cli
from usjapan_facts.diff import diff_versions
from usjapan_facts.history import fact_history
from usjapan_facts.report.registry import RENDERERS, formats, load, render
from usjapan_facts.report.render import render_markdown, render_text
from usjapan_facts.report.results import Changelog, FactHistory, Table
from usjapan_facts.store import SnapshotStore

# What each command prints: the type of its result, by the registry's name for it.
PRINTS: dict[str, tuple[str, ...]] = {
    "diff": ("usjapan_facts.diff:SnapshotDiff",),
    "check": ("usjapan_facts.checks:CheckResult",),
    "history": ("usjapan_facts.report.results:FactHistory",),
    "log": ("usjapan_facts.report.results:Changelog",),
    "list": ("usjapan_facts.report.results:VersionList",),
    "facts": ("usjapan_facts.catalog:Catalogue",),
    "show": ("usjapan_facts.model:Snapshot", "usjapan_facts.lookup:FactView"),
    "extract": ("usjapan_facts.model:Snapshot",),
    "export": ("usjapan_facts.report.results:Table",),
}
WRITTEN_AS_FILES = {("export", "sqlite")}
"""Formats that are files of their own, written by a library function, not reports on stdout."""


def test_every_name_in_the_registry_imports() -> None:
    """Each result type named in the table is a class where it is named, and each renderer a function."""
    for kind, fmt in RENDERERS:
        assert isinstance(load(kind), type), kind
        assert callable(load(RENDERERS[kind, fmt])), (kind, fmt)


@pytest.mark.parametrize("command", sorted(PRINTS))
def test_each_format_a_command_offers_has_a_renderer(command: str) -> None:
    """A command's --format choices are exactly the formats the registry renders its results in."""
    option = next(param for param in cli.commands[command].params if param.name == "fmt")
    assert isinstance(option.type, click.Choice)
    files = {fmt for name, fmt in WRITTEN_AS_FILES if name == command}
    offered = {str(choice) for choice in option.type.choices} - files
    for kind in PRINTS[command]:
        assert set(formats(kind)) == offered, kind


def test_an_unknown_format_is_refused_naming_the_formats(real_store: SnapshotStore) -> None:
    """Asking for a format the type has no renderer for raises ValueError listing the ones it has."""
    result = diff_versions(real_store, "2021-05-12", "2021-12-03")
    with pytest.raises(ValueError, match=r"no 'atom' report for a SnapshotDiff; formats: text, json, markdown, github"):
        render(result, "atom")


def test_a_subclass_is_rendered_as_its_base(real_store: SnapshotStore) -> None:
    """A result of a subclass of a registered type finds its base's renderers."""

    @dataclass(frozen=True)
    class Mine(FactHistory):
        pass

    entries = tuple(fact_history(real_store, "alliance.us_troops_in_japan"))
    assert render(Mine(entries), "csv").text == render(FactHistory(entries), "csv").text
    assert formats(Mine) == formats(FactHistory) == ("text", "json", "csv")


def test_github_comes_with_the_markdown_for_the_step_summary(real_store: SnapshotStore) -> None:
    """Only `github` carries a step summary, and it is the Markdown report of the same result."""
    result = diff_versions(real_store, "2021-05-12", "2021-12-03")
    github = render(result, "github")
    assert github.step_summary == render_markdown(result)
    assert all(render(result, fmt).step_summary is None for fmt in ("text", "json", "markdown"))


def test_a_table_streams_and_counts_its_rows() -> None:
    """Rendering a table reads no row until its chunks are read; then `count` says how many rows were."""
    rows = ({"version": "2020-01-01", "fact_id": f"x.{n}", "kind": "text", "value": str(n)} for n in range(3))
    table = Table(rows)
    rendered = render(table, "jsonl")
    assert rendered.data
    assert table.count == 0
    assert len(rendered.text.splitlines()) == table.count == 3


def test_a_log_is_rendered_newest_first(real_store: SnapshotStore) -> None:
    """The log's text is each version's diff text, newest first, a blank line between them."""
    from usjapan_facts.diff import log_diffs

    diffs = [result for result in log_diffs(real_store) if result.changes]
    text = render(Changelog(iter(diffs), real_store.catalogue), "text").text
    assert text == "\n".join(render_text(result) for result in reversed(diffs))


def test_the_registry_costs_no_engine_or_model_import() -> None:
    """Importing the registry and rendering a list in a fresh process load neither DeepDiff nor pydantic."""
    program = (
        "import sys\n"
        "from usjapan_facts.report.registry import render\n"
        "from usjapan_facts.report.results import VersionList\n"
        "from usjapan_facts.store import SnapshotStore, default_store_root\n"
        "render(VersionList(tuple(SnapshotStore(default_store_root()).summaries())), 'text').text\n"
        "print(sorted({'deepdiff', 'pydantic', 'usjapan_facts.diff'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_type_the_registry_does_not_know_is_refused_by_name() -> None:
    """A result of a type with no renderer at all raises ValueError saying it has no formats."""
    with pytest.raises(ValueError, match="no 'text' report for a int; formats: none"):
        render(3, "text")
