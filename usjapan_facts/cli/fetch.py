"""`usjapan-facts fetch`: ask the sources for the newest version of the brief, and keep it when it is new."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from usjapan_facts.cli._base import cli, pass_store
from usjapan_facts.cli._options import MAX_TIMEOUT, finite
from usjapan_facts.cli._output import EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, append_step_summary, out, say
from usjapan_facts.config import configured_fetch, settings_file
from usjapan_facts.store import SnapshotStore, default_store_root

if TYPE_CHECKING:
    from usjapan_facts.extract.sources.chain import Outcome

API_KEY_ENV = "CONGRESS_API_KEY"
KEY_ADVICE = (
    "No Congress.gov API key was given (CONGRESS_API_KEY), so the brief's own addresses were asked directly; "
    "congress.gov often refuses CI machines. A free api.data.gov key, stored as the repository secret "
    "CONGRESS_API_KEY, would make the watch reliable (see docs/watch.md)."
)


def memory_path(store: SnapshotStore) -> Path:
    """Return where fetch remembers validators: the watch folder's `.usjapan-facts/`, else the user's cache."""
    from usjapan_facts.extract.sources.memory import MEMORY_FILE
    from usjapan_facts.trust import cache_home, digest

    found = settings_file(Path.cwd())
    if found is not None:
        return found.parent / ".usjapan-facts" / MEMORY_FILE
    name = digest(str(store.root.resolve()).encode("utf-8"))[:32]
    return cache_home() / "fetch" / f"{name}-{MEMORY_FILE}"


@cli.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path(),
    show_default=True,
    help="Where a new version's PDF or page is written.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1, max=MAX_TIMEOUT),
    callback=finite,
    help="Seconds for the whole chain of sources (default: [fetch] timeout of usjapan-facts.toml, else 60).",
)
@pass_store
def fetch(store: SnapshotStore, out_dir: Path, timeout: float | None) -> None:
    """Ask the sources for the newest version of the brief; write it to --out when it is newer than the store's.

    Prints one JSON line (brief, version, updated, source, url, path) and exits 1 for a new version; exits 0
    when nothing is newer; exits 2, with one line per source tried, when no source gives the text.
    """
    from dataclasses import replace

    from usjapan_facts.extract.sources.newest import fetch_newest_version

    if store.root == default_store_root(store.brief):
        say("usjapan-facts: fetch compares with the shipped history; run it in a watch folder (usjapan-facts init)")
    settings = configured_fetch(Path.cwd())
    if timeout is not None:
        settings = replace(settings, timeout=timeout)
    key = os.environ.get(API_KEY_ENV) or None
    outcome = fetch_newest_version(store, settings=settings, key=key, memory=memory_path(store))
    append_step_summary(_summary(outcome))
    if outcome.status == "current":
        where = f" ({outcome.source}: {outcome.url})" if outcome.url else ""
        say(f"{outcome.brief}: nothing newer than the stored version{where}")
        sys.exit(EXIT_OK)
    if outcome.status == "new" and outcome.document is not None:
        document = outcome.document
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{outcome.brief}-{document.updated}.{document.extension}"
        path.write_bytes(document.body)
        out(json.dumps(_line(outcome, str(path))))
        sys.exit(EXIT_FINDINGS)
    for attempt in outcome.attempts:
        say(f"usjapan-facts: fetch: {attempt.source} {attempt.url}: {attempt.outcome}")
    if outcome.version is not None:
        # The API named a newer version that no source would give: say which, for the workflow's issue.
        out(json.dumps(_line(outcome, None)))
    sys.exit(EXIT_TROUBLE)


def _line(outcome: Outcome, path: str | None) -> dict[str, object]:
    return {
        "brief": outcome.brief,
        "version": outcome.version,
        "updated": outcome.updated,
        "source": outcome.source if path else None,
        "url": outcome.url if path else None,
        "path": path,
    }


def _summary(outcome: Outcome) -> str:
    """The Markdown for a CI job's summary: what each source answered, and a word on the API key."""
    heading = {"new": "a new version", "current": "nothing newer", "unreadable": "no source gave the text"}
    lines = [f"### usjapan-facts fetch {outcome.brief}: {heading[outcome.status]}", ""]
    lines += [f"- {a.source} `{a.url}`: {a.outcome}" for a in outcome.attempts]
    if not outcome.api_used:
        lines += ["", f"> {KEY_ADVICE}"]
    return "\n".join(lines) + "\n\n"
