"""Commands that publish beyond the terminal: init (a watch folder of one's own) and site (static pages)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from usjapan_facts.cli._base import cli, pass_store
from usjapan_facts.cli._options import rules_option
from usjapan_facts.cli._output import say
from usjapan_facts.store import SnapshotStore

if TYPE_CHECKING:
    from usjapan_facts.change import SnapshotDiff
    from usjapan_facts.model import Snapshot
    from usjapan_facts.texts import BriefText


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--install",
    "install",
    metavar="SPEC",
    help="The pip requirement the workflow installs (default: usjapan-facts==THIS_VERSION; a git URL at a commit, "
    "a wheel's path...).",
)
@click.option(
    "--ref",
    metavar="REF",
    help="A git tag or commit of the repository this usjapan-facts was installed from, for the workflow to install.",
)
@pass_store
def init(store: SnapshotStore, directory: Path, install: str | None, ref: str | None) -> None:
    """Start a watch of the brief (--report) in DIRECTORY: its shipped history, usjapan-facts.toml, the CI workflow."""
    from usjapan_facts.watch import init_watch

    for path in init_watch(directory, install=install, ref=ref, brief=store.brief):
        say(f"wrote {path}")
    say(f"next: cd {directory} && usjapan-facts check")
    say(
        "then: push it to GitHub and add the repository secret CONGRESS_API_KEY (a free api.data.gov key), "
        "so the weekly job can learn of new versions where congress.gov refuses CI machines"
    )


@cli.command()
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@rules_option
@pass_store
def site(store: SnapshotStore, out_dir: Path, rules_file: Path | None) -> None:
    """Write a static web site of the history into OUT_DIR: facts now, versions, charts, text comparisons, search."""
    from usjapan_facts.diff import log_diffs
    from usjapan_facts.report.site import build_site, collector
    from usjapan_facts.severity import find_rules
    from usjapan_facts.texts import load_texts

    rules = find_rules(rules_file, Path.cwd())

    def load() -> tuple[list[Snapshot], list[SnapshotDiff], dict[str, BriefText]]:
        snapshots = list(store)
        diffs = list(log_diffs(snapshots, rules=rules))
        return snapshots, diffs, load_texts(store.root, [snapshot.updated.isoformat() for snapshot in snapshots])

    with collector.kept_out(load) as (snapshots, diffs, texts):
        pages = build_site(snapshots, diffs, out_dir, texts=texts)
    say(f"wrote {len(pages)} files to {out_dir}; open {out_dir / 'index.html'}")
