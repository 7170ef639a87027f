"""`check`, run as a user (or a workflow) types it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import BRIEF_2022, Run, snapshot_files
from usjapan_facts.store import SnapshotStore

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "brief-watch.yml"


@pytest.fixture
def one_version(tmp_path: Path, real_store: SnapshotStore) -> Path:
    """A store holding only the real 2022-07-21 snapshot."""
    root = tmp_path / "one"
    root.mkdir()
    shutil.copy(real_store.root / "2022-07-21.json", root)
    return root


@pytest.fixture
def extracted_store(tmp_path: Path, run: Run) -> Path:
    """A store whose latest version was extracted from the 2022-07-21 text, as a user's `extract --save` makes it."""
    root = tmp_path / "extracted"
    assert run(f"usjapan-facts --snapshots-dir {root} extract {BRIEF_2022} --save").code == 0
    return root


def test_check_reports_stale_facts_of_an_old_version(run: Run, one_version: Path) -> None:
    """`check --as-of 2026-11-27` on the 2022-07-21 snapshot: the Okinawa race and the 2025 deadline are stale."""
    result = run(f"usjapan-facts --snapshots-dir {one_version} check --as-of 2026-11-27")
    assert result.code == 1
    assert "major  stale    elections.okinawa_governor_2022" in result.stdout
    assert "major  stale    politics.next_diet_election_due" in result.stdout
    assert "note: only one stored version (2022-07-21): nothing to compare" in result.stdout


def test_check_on_the_real_history_reports_the_latest_changes(run: Run) -> None:
    """On the shipped history, the latest changes are findings; JSON is the documented envelope."""
    result = run("usjapan-facts check --as-of 2026-11-27 --format json")
    report = json.loads(result.stdout)
    assert result.code == report["exit_code"] == 1
    assert report["compared"] == ["2025-09-29", "2026-10-01"]
    assert {"leaders.japan_prime_minister", "alliance.us_troops_in_japan"} <= {f["subject"] for f in report["findings"]}
    assert all(len(finding["fingerprint"]) == 16 for finding in report["findings"])


def test_check_fail_on_and_stale_age_decide_the_exit_code(run: Run, one_version: Path, tmp_path: Path) -> None:
    """Nothing due yet exits 0; --stale-after-years and a watch list decide what fails at --fail-on."""
    store = f"usjapan-facts --snapshots-dir {one_version} check"
    quiet = run(f"{store} --as-of 2022-08-01")
    assert (quiet.code, "no findings" in quiet.stdout) == (0, True)
    assert "trade.us_exports_to_japan" not in run(f"{store} --as-of 2023-06-01").stdout
    rules = tmp_path / "rules.toml"
    rules.write_text('watch = ["trade.*"]\n', encoding="utf-8")
    watched = f"{store} --as-of 2023-06-01 --stale-after-years 1 --rules {rules}"
    result = run(watched)
    assert "minor  stale    trade.us_exports_to_japan" in result.stdout
    assert "info   stale    elections.okinawa_governor_2022" in result.stdout
    assert result.code == 0
    assert run(f"{watched} --fail-on minor").code == 1


def test_check_brief_with_a_moved_troop_figure_exits_1(run: Run, extracted_store: Path, brief_server: str) -> None:
    """A served brief whose troop figure moved: exit 1, the change named."""
    brief = f"{brief_server}/brief-troops-moved.md"
    result = run(f"usjapan-facts --snapshots-dir {extracted_store} check --brief {brief} --as-of 2022-07-21")
    assert result.code == 1
    assert "U.S. troops in Japan: around 54,000 -> around 56,000 (+2,000, +3.7%)" in result.stdout


def test_check_brief_with_the_stored_text_exits_0(run: Run, extracted_store: Path, brief_server: str) -> None:
    """The same text as stored, checked on its own date: nothing to report."""
    result = run(
        f"usjapan-facts --snapshots-dir {extracted_store} check --brief {brief_server}/brief.md --as-of 2022-07-21"
    )
    assert (result.code, result.stderr) == (0, "")
    assert "no findings; compared 2022-07-21 -> 2022-07-21" in result.stdout


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/slow --timeout 0.1", "no answer within 0.1 seconds"),
        ("/big", "limit for a brief"),
        ("/binary", "not text or HTML"),
    ],
)
def test_check_brief_trouble_exits_2(
    run: Run, extracted_store: Path, brief_server: str, path: str, message: str
) -> None:
    """A 404, a timeout, an oversized or non-text response: exit 2, one clear line, the store untouched."""
    before = snapshot_files(extracted_store)
    result = run(f"usjapan-facts --snapshots-dir {extracted_store} check --brief {brief_server}{path}")
    assert result.code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot_files(extracted_store) == before


def test_check_github_format_writes_commands_and_the_step_summary(run: Run, one_version: Path, tmp_path: Path) -> None:
    """--format github: one workflow command per finding, escaped; the Markdown lands in $GITHUB_STEP_SUMMARY."""
    summary = tmp_path / "summary.md"
    result = run(
        f"usjapan-facts --snapshots-dir {one_version} check --as-of 2026-11-27 --format github",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.code == 1
    lines = result.stdout.splitlines()
    # Major first, then in catalogue order: the catalogue's facts before the elections.
    assert lines[0].startswith("::error title=politics.next_diet_election_due (stale) [")
    assert any(line.startswith("::error title=elections.okinawa_governor_2022 (stale) [") for line in lines)
    for line in lines:
        command, rest = line[2:].split(" ", 1)
        properties, message = rest.split("::", 1)
        assert command in ("error", "warning", "notice")
        assert "," not in properties
        assert ":" not in properties.removeprefix("title=")
        assert "\n" not in message
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("<!-- usjapan-facts:check -->")
    assert "| major | stale | `elections.okinawa_governor_2022` |" in markdown


def test_workflow_is_valid_yaml_with_both_jobs() -> None:
    """The ready workflow parses; pull requests run `check --fail-on invalid`, the weekly job `check --brief` once."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["pull_request"]["paths"] == ["snapshots/**", "usjapan-facts.toml"]
    assert triggers["schedule"][0]["cron"].split()[-1] == "1"
    steps = {name: [step.get("run", "") for step in job["steps"]] for name, job in workflow["jobs"].items()}
    assert any("check --fail-on invalid --format github" in command for command in steps["snapshots"])
    assert sum('check --brief "$BRIEF_FILE"' in command for command in steps["live-brief"]) == 1
    conditions = [step.get("if") for step in workflow["jobs"]["live-brief"]["steps"]]
    assert "steps.check.outputs.status == '1'" in conditions


def test_workflow_pull_request_command_runs_on_this_store(run: Run) -> None:
    """The pull-request job's command, run here on the shipped store, works and exits 0 or 1."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    [command] = [step["run"] for step in workflow["jobs"]["snapshots"]["steps"] if "check" in step.get("run", "")]
    snapshots = Path(__file__).resolve().parents[2] / "snapshots" / "IF10199"
    result = run(command.replace("--snapshots-dir snapshots/IF10199", f"--snapshots-dir {snapshots}"))
    assert result.code == 0  # the shipped store is valid: findings are reported, never failing the pull request
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in result.stdout.splitlines())


def test_check_says_how_many_facts_each_side_could_not_see(run: Run, real_store: SnapshotStore) -> None:
    """`check` on the shipped history: JSON `unknown` per side (old: facts never recorded before), and the footer."""
    report = json.loads(run("usjapan-facts check --as-of 2026-11-27 --format json").stdout)
    assert report["format_version"] == 2
    earlier = [real_store.load(version) for version in real_store.versions()[:-1]]
    recorded = {fact_id for snapshot in earlier for fact_id in (*snapshot.facts, *snapshot.tracked)}
    never = [spec.id for spec in real_store.catalogue.facts if spec.id not in recorded]
    newest = real_store.load("2026-10-01")  # a full text: unknown only where a fact is newer than its record
    unseen = [spec.id for spec in real_store.catalogue.facts if spec.id not in {*newest.facts, *newest.tracked}]
    assert report["unknown"] == {"old": never, "new": unseen}
    total = len(real_store.catalogue.facts)
    text = run("usjapan-facts check --as-of 2026-11-27").stdout
    assert text.splitlines()[-1] == (
        f"unknown: {len(never)} of {total} catalogue facts as of 2025-09-29, {len(unseen)} of {total} in 2026-10-01 "
        "(a change there cannot be seen)"
    )


def test_check_reports_changes_hidden_behind_an_excerpt(run: Run) -> None:
    """The newest version is set against what was last known: the 2026 removals the 2025 excerpt never recorded."""
    report = json.loads(run("usjapan-facts check --as-of 2026-11-27 --format json").stdout)
    [yen] = [finding for finding in report["findings"] if finding["subject"] == "economy.yen"]
    assert (yen["change"]["kind"], yen["change"]["old_version"]) == ("removed", "2022-07-21")
