"""Every rendered report, whole, against tests/golden/: rendered from the frozen catalogue and store.

The inputs are frozen (tests/fixtures/frozen/) so that a fact added to the shipped catalogue or record
changes no golden file; only a change of how a report is rendered does. `python scripts/refresh.py`
rewrites these files (it runs this module with UPDATE_GOLDEN=1); read the diff before committing it.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import FROZEN, Run, check_golden
from usjapan_facts.diff import diff_versions
from usjapan_facts.report.render import MARKDOWN_MARKER, diff_json, render_github, render_markdown, render_text
from usjapan_facts.store import SnapshotStore

PAIRS = [("2021-05-12", "2021-12-03"), ("2022-07-21", "2026-10-01"), ("2024-11-05", "2026-10-01")]
FROZEN_ENV = {"USJAPAN_FACTS_SNAPSHOTS": str(FROZEN / "snapshots" / "IF10199")}


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_text_report_matches_golden(frozen_store: SnapshotStore, old: str, new: str) -> None:
    """The text report, whole, its 'unknown' footer counted against the frozen catalogue."""
    check_golden(f"diff-{old}-{new}.txt", render_text(diff_versions(frozen_store, old, new)))


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_markdown_report_matches_golden(frozen_store: SnapshotStore, old: str, new: str) -> None:
    """The Markdown report, whole, with its marker line first."""
    markdown = render_markdown(diff_versions(frozen_store, old, new))
    assert markdown.startswith(MARKDOWN_MARKER + "\n")
    check_golden(f"diff-{old}-{new}.md", markdown)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_github_report_matches_golden(frozen_store: SnapshotStore, old: str, new: str) -> None:
    """The workflow commands, whole."""
    check_golden(f"diff-{old}-{new}.github", render_github(diff_versions(frozen_store, old, new)))


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_json_report_matches_golden(frozen_store: SnapshotStore, old: str, new: str) -> None:
    """The JSON envelope, whole, in its documented shape."""
    actual = diff_json(diff_versions(frozen_store, old, new))
    check_golden(f"diff-{old}-{new}.json", json.dumps(actual, indent=2, ensure_ascii=False) + "\n")
    assert actual["format_version"] == 2
    assert actual["old"]["version"] == old
    assert set(actual["unknown"]) == {"old", "new"}


@pytest.mark.parametrize(
    ("golden", "command"),
    [
        ("list.txt", "usjapan-facts list"),
        ("show-2022-07-21-troops.txt", "usjapan-facts show 2022-07-21 alliance.us_troops_in_japan"),
        ("show-2026-10-01.txt", "usjapan-facts show 2026-10-01"),
        ("history-troops.txt", "usjapan-facts history alliance.us_troops_in_japan"),
    ],
)
def test_command_output_matches_golden(frozen_store: SnapshotStore, run: Run, golden: str, command: str) -> None:
    """`list`, `show` and `history` as typed, on the frozen store, print their golden file exactly."""
    result = run(command, env=FROZEN_ENV)
    assert (result.code, result.stderr) == (0, "")
    check_golden(golden, result.stdout)
