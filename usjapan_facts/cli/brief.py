"""Commands that read a brief's text: extract, and check (the CI gate)."""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import click

from usjapan_facts.cli._base import cli, pass_store
from usjapan_facts.cli._options import format_option, rules_option, timeout_option
from usjapan_facts.cli._output import emit, fail, say, text_style
from usjapan_facts.report.registry import render
from usjapan_facts.store import SnapshotStore

if TYPE_CHECKING:
    from usjapan_facts.checks import FailOn
    from usjapan_facts.extract import Extraction
    from usjapan_facts.extract.sources import Source
    from usjapan_facts.model import Snapshot


def _extracted(got: Source, brief: str, *, updated: dt.date | None = None, source_url: str | None) -> Extraction:
    """Extract a snapshot from a source's text; a text that yields none is named in the error."""
    from usjapan_facts.errors import ReadingFailureWarning
    from usjapan_facts.extract import ExtractError, extract_snapshot

    try:
        with warnings.catch_warnings():  # a reader's failure is said once, among the extraction's warnings
            warnings.simplefilter("ignore", ReadingFailureWarning)
            return extract_snapshot(got.text, brief=brief, updated=updated, source_url=source_url)
    except ExtractError as exc:
        raise ExtractError(f"{got.name}: {exc.message}", hint=exc.hint, cli_hint=exc.cli_hint) from None


def _read_brief(source: str, timeout: float) -> tuple[Source, bytes | None]:
    """Read a brief's text from a PDF file, another file, '-' or a URL (what `fetch` writes is one of these).

    A PDF's bytes come back too, so that its facts can be placed on its pages.
    """
    from usjapan_facts.extract.pdf import looks_like_pdf, pdf_text, read_pdf_bytes
    from usjapan_facts.extract.sources import Source, read_source

    if not looks_like_pdf(source):
        return read_source(source, timeout=timeout), None
    pdf = read_pdf_bytes(source)
    return Source(pdf_text(pdf, Path(source).name), source), pdf


@cli.command()
@click.argument("source")
@click.option(
    "--updated", type=click.DateTime(formats=["%Y-%m-%d"]), help="The version's date, if the text has no cover date."
)
@click.option("--source-url", help="Where the text was published, recorded in the snapshot's sources.")
@timeout_option("Seconds a URL's whole fetch may take, redirects included.")
@format_option("json", "text")
@click.option("--save", is_flag=True, help="Store the snapshot (atomically).")
@click.option("--force", is_flag=True, help="With --save, replace a stored version of the same date.")
@pass_store
def extract(
    store: SnapshotStore,
    source: str,
    updated: dt.datetime | None,
    source_url: str | None,
    timeout: float,
    fmt: str,
    save: bool,
    force: bool,
) -> None:
    """Propose a snapshot from a version's text: a file (text, HTML or PDF), '-' for stdin, or an http(s) URL."""
    if force and not save:
        raise click.UsageError("--force replaces a stored version, so it goes with --save")
    got, pdf = _read_brief(source, timeout)
    from usjapan_facts.extract.brief_text import normalised_text, place_on_pages  # the reader: once there is a text
    from usjapan_facts.extract.pdf import page_map

    result = _extracted(got, store.brief, updated=updated.date() if updated else None, source_url=source_url or got.url)
    snapshot = place_on_pages(result.snapshot, page_map(pdf)) if pdf else result.snapshot
    emit(render(snapshot, fmt, style=text_style()))
    say(f"{len(result.found)} of {len(store.catalogue.facts)} catalogue facts found in {got.name}")
    if result.full:
        if result.mentioned:
            say(f"mentioned but not read (unknown): {', '.join(result.mentioned)}")
        if result.not_mentioned:
            say(f"not mentioned (not stated): {', '.join(result.not_mentioned)}")
    elif result.not_found:
        say(f"not found (an excerpt: unknown): {', '.join(result.not_found)}")
    for warning in result.warnings:
        say(f"warning: {warning}")
    if save:
        from usjapan_facts.texts import save_text

        say(f"saved {store.save(snapshot, overwrite=force)}")
        # The text is kept after the snapshot, so a refused save leaves no text behind.
        kept = save_text(store.root, snapshot.updated, normalised_text(got.text), source_url or got.url)
        say(f"kept its text in {kept}")


@cli.command()
@click.option(
    "--brief", "brief_source", metavar="SOURCE", help="Compare this text (file, PDF or URL) with the latest version."
)
@click.option(
    "--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="Judge staleness on this date (default: today)."
)
@click.option(
    "--stale-after-years", type=click.IntRange(min=1), help="Data older than this is stale (default: rules, else 3)."
)
@rules_option
@click.option(
    "--fail-on",
    type=click.Choice(["info", "minor", "major", "invalid"]),
    default="major",
    show_default=True,
    help="Exit 1 when a finding has this severity or more; 'invalid': only when a snapshot is invalid.",
)
@timeout_option("Seconds a URL's whole fetch may take, redirects included.")
@format_option("text", "markdown", "json", "github")
@click.option(
    "--output-json",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the JSON report to this file (same run, same fetch).",
)
@click.option(
    "--output-markdown",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the Markdown report to this file (same run, same fetch).",
)
@click.option(
    "--notify", "notify_url", metavar="URL", help="POST each failing finding as JSON to this webhook, once each."
)
@click.option(
    "--only",
    "only_kind",
    type=click.Choice(["stale", "changes"]),
    help="Keep only the stale facts, or only the changes; the exit code follows what is kept.",
)
@click.option(
    "--all-briefs",
    is_flag=True,
    help="Also set the shared facts against the newest version of every other brief (a sibling store folder "
    "named for it, else its shipped history): incompatible values for the same time are a contradiction.",
)
@pass_store
def check(
    store: SnapshotStore,
    brief_source: str | None,
    as_of: dt.datetime | None,
    stale_after_years: int | None,
    rules_file: Path | None,
    fail_on: FailOn,
    timeout: float,
    fmt: str,
    output_json: Path | None,
    output_markdown: Path | None,
    notify_url: str | None,
    only_kind: str | None,
    all_briefs: bool,
) -> None:
    """The CI gate: validate the store, compare the newest version, and find stale facts."""
    from usjapan_facts.checks import check as run_check
    from usjapan_facts.severity import find_rules

    rules = find_rules(rules_file, Path.cwd())
    if stale_after_years is not None:
        rules = rules.model_copy(update={"stale_after_years": stale_after_years})
    brief = not_found = None
    if brief_source is not None:
        got, _ = _read_brief(brief_source, timeout)
        extraction = _extracted(got, store.brief, source_url=got.url)
        # A fact the text does not mention is not stated, so reported removed; one it mentions stays unknown.
        brief, not_found = extraction.snapshot, extraction.mentioned
    others: tuple[Snapshot, ...] = ()
    if all_briefs:
        from usjapan_facts.across import newest_of, other_brief_stores

        others = tuple(newest_of(other_brief_stores(store)))
    result = run_check(
        store, brief=brief, brief_not_found=not_found or (), as_of=as_of.date() if as_of else None, rules=rules,
        fail_on=fail_on, others=others,
    )  # fmt: skip
    if only_kind is not None:
        result = result.only("stale" if only_kind == "stale" else "change")
    emit(render(result, fmt, style=text_style()))
    for target, extra in ((output_json, "json"), (output_markdown, "markdown")):
        if target is not None:
            _write(target, render(result, extra).text)
    if notify_url is not None:
        from usjapan_facts.notify import notify
        from usjapan_facts.posting import shown_webhook

        delivered = notify(result, notify_url, timeout=timeout).delivered
        say(f"notified {shown_webhook(notify_url)}: {len(delivered)} finding(s)")
    sys.exit(result.exit_code)


def _write(target: Path, text: str) -> None:
    from usjapan_facts.writing import UnsafeOutputError, write_file

    try:
        write_file(target, text)
    except UnsafeOutputError as exc:
        fail(f"{exc}; the report was not written")
