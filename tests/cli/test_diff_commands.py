"""`diff`, `history` and `log`, run as a user types them."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run, _command, run_on_terminal
from usjapan_facts.store import SnapshotStore


def test_diff_reports_the_new_prime_minister_as_major(run: Run) -> None:
    """`diff 2021-05-12 2021-12-03`: Suga Yoshihide -> Kishida Fumio, major."""
    result = run("usjapan-facts diff 2021-05-12 2021-12-03")
    assert (result.code, result.stderr) == (0, "")
    [line] = [line.split() for line in result.stdout.splitlines() if "leaders.japan_prime_minister" in line]
    assert line[:3] == ["major", "value", "leaders.japan_prime_minister"]
    assert " ".join(line[3:]) == "Prime Minister of Japan: Suga Yoshihide -> Kishida Fumio"


def test_diff_ignores_the_other_name_order(run: Run) -> None:
    """`diff 2022-03-30 2022-07-21` has nothing on the prime minister written in the other order."""
    result = run("usjapan-facts diff 2022-03-30 2022-07-21 --format json")
    assert result.code == 0
    assert not [c for c in json.loads(result.stdout)["changes"] if c["fact_id"].startswith("leaders.")]


def test_diff_reports_correction_and_restatement(run: Run) -> None:
    """`diff 2024-06-05 2024-08-01`: treaty year as correction, FDI rank 1st -> among the top as restated."""
    changes = json.loads(run("usjapan-facts diff 2024-06-05 2024-08-01 --format json").stdout)["changes"]
    kinds = {change["fact_id"]: change["kind"] for change in changes}
    assert kinds == {"alliance.treaty_ally_since": "correction", "trade.fdi_source_rank": "restated"}


def test_diff_reports_troops_around_54000_to_over_50000_as_restated(run: Run) -> None:
    """`diff 2023-01-11 2023-05-15`: 'over 50,000' restates around 54,000: minor, no delta, no fall."""
    [change] = json.loads(run("usjapan-facts diff 2023-01-11 2023-05-15 --format json").stdout)["changes"]
    assert (change["fact_id"], change["kind"], change["severity"]) == (
        "alliance.us_troops_in_japan",
        "restated",
        "minor",
    )
    assert (change["delta"], change["relative"], change["direction"]) == (None, None, None)
    text = run("usjapan-facts diff 2023-01-11 2023-05-15").stdout
    assert "U.S. troops in Japan: around 54,000 -> over 50,000 (restated; the two claims are compatible)" in text


def test_diff_from_a_version_that_recorded_little_compares_with_what_was_last_known(run: Run) -> None:
    """`diff 2024-11-05 latest`: Kishida -> Takaichi (last recorded 2024-06-05), Biden -> Trump, troops; exit 1."""
    result = run("usjapan-facts diff 2024-11-05 latest --exit-code")
    assert (result.code, result.stderr) == (1, "")
    assert "Prime Minister of Japan: Kishida Fumio -> Takaichi Sanae (last recorded 2024-06-05)" in result.stdout
    changes = {
        c["fact_id"]: c for c in json.loads(run("usjapan-facts diff 2024-11-05 latest --format json").stdout)["changes"]
    }
    prime_minister, president = changes["leaders.japan_prime_minister"], changes["leaders.us_president"]
    assert (prime_minister["kind"], prime_minister["severity"], prime_minister["old_version"]) == (
        "value",
        "major",
        "2024-06-05",
    )
    assert (president["old_text"], president["new_text"], president["severity"]) == (
        "Joe Biden",
        "Donald Trump",
        "major",
    )
    troops = changes["alliance.us_troops_in_japan"]
    assert troops["kind"] in ("restated", "value")
    assert troops["old_text"] == "over 50,000"


def test_diff_gives_a_period_only_rank_change_as_period(run: Run) -> None:
    """`diff 2025-09-29 2026-10-01`: 6th -> 6th (2025) is a period change at info, never a value change."""
    changes = json.loads(run("usjapan-facts diff 2025-09-29 2026-10-01 --format json").stdout)["changes"]
    [rank] = [change for change in changes if change["fact_id"] == "trade.overall_partner_rank"]
    assert (rank["kind"], rank["severity"], rank["delta"]) == ("period", "info", None)


def test_diff_says_how_many_facts_each_side_could_not_see(run: Run, real_store: SnapshotStore) -> None:
    """An excerpt that recorded one fact: no changes, and the footer and JSON name what it did not record."""
    catalogue = real_store.catalogue
    total = len(catalogue.facts)
    new = [spec.id for spec in catalogue.facts if real_store.load("2024-11-05").fact_status(spec.id) == "unknown"]
    never = [spec.id for spec in catalogue.facts if spec.id not in _recorded_up_to(real_store, "2024-08-01")]
    text = run("usjapan-facts diff 2024-08-01 2024-11-05").stdout
    assert text.splitlines()[-1].startswith(
        f"unknown: {len(never)} of {total} catalogue facts as of 2024-08-01, {len(new)} of {total} in 2024-11-05"
    )
    report = json.loads(run("usjapan-facts diff 2024-08-01 2024-11-05 --format json").stdout)
    assert (report["changes"], report["unknown"]["old"], report["unknown"]["new"]) == ([], never, new)
    assert len(new) == total - 1
    assert "leaders.japan_prime_minister" in report["unknown"]["new"]


def test_diff_of_loose_files_compares_them_as_they_are_and_says_so(
    run: Run, tmp_path: Path, real_store_path: Path
) -> None:
    """Two files outside the store have no history: the diff says so, and sees only what they hold."""
    for name in ("2024-06-05.json", "2024-11-05.json"):
        (tmp_path / name).write_bytes((real_store_path / name).read_bytes())
    result = run(f"usjapan-facts diff {tmp_path / '2024-11-05.json'} {tmp_path / '2024-06-05.json'} --format json")
    report = json.loads(result.stdout)
    assert result.code == 0
    assert report["notes"] == [
        f"{tmp_path / '2024-11-05.json'} is not a stored version: compared as it is, without the store's history"
    ]
    moved = [change["fact_id"] for change in report["changes"] if change["kind"] != "first_recorded"]
    assert moved == ["alliance.treaty_ally_since"]
    # What the older file alone did not record is a first record; the store knew those facts before.
    assert all(change["old"] is None for change in report["changes"] if change["kind"] == "first_recorded")
    stored = json.loads(run("usjapan-facts diff 2024-11-05 2024-06-05 --format json").stdout)
    assert (stored["notes"], len(stored["changes"])) == ([], 2)  # the store also knew 2024-08-01's FDI rank
    text = run(f"usjapan-facts diff {tmp_path / '2024-11-05.json'} {tmp_path / '2024-06-05.json'}").stdout
    assert text.splitlines()[1] == report["notes"][0].join(("note: ", ""))


def test_diff_across_the_years_lists_what_is_no_longer_stated(run: Run) -> None:
    """`diff 2022-07-21 2026-10-01`: leaders, rank, treaty year, Okinawa, elections, and removed facts."""
    result = run("usjapan-facts diff 2022-07-21 2026-10-01 --format json")
    changes = {change["fact_id"]: change for change in json.loads(result.stdout)["changes"]}
    for fact_id in (
        "leaders.japan_prime_minister",
        "leaders.us_president",
        "trade.overall_partner_rank",
        "alliance.treaty_ally_since",
        "alliance.okinawa_share_of_usfj_facilities",
        "alliance.okinawa_share_of_usfj_personnel",
        "elections.upper_house_2028",
        "elections.lower_house_2026",
        "elections.okinawa_governor_2022",
    ):
        assert fact_id in changes
    removed = {fact_id for fact_id, change in changes.items() if change["kind"] == "removed"}
    assert {"diplomacy.quad_leader_meetings", "economy.yen", "trade.us_exports_to_japan"} <= removed


def test_diff_of_a_version_with_itself_has_no_changes_and_exits_0(run: Run, real_store: SnapshotStore) -> None:
    """`diff 2022-07-21 2022-07-21 --exit-code`: 'no changes', what neither side knows, exit 0."""
    catalogue = real_store.catalogue
    unknown = [spec.id for spec in catalogue.facts if real_store.load("2022-07-21").fact_status(spec.id) == "unknown"]
    result = run("usjapan-facts diff 2022-07-21 2022-07-21 --exit-code")
    assert (result.code, result.stderr) == (0, "")
    n, total = len(unknown), len(catalogue.facts)
    assert result.stdout == (
        "IF10199 2022-07-21 -> 2022-07-21: no changes\n\n"
        f"unknown: {n} of {total} catalogue facts as of 2022-07-21, {n} of {total} in 2022-07-21 "
        "(a change there cannot be seen)\n"
    )


def test_diff_exit_code_is_1_when_changes_remain(run: Run) -> None:
    """With --exit-code, changes after filtering exit 1; filtered away, 0."""
    assert run("usjapan-facts diff 2021-05-12 2021-12-03 --exit-code").code == 1
    assert run("usjapan-facts diff 2021-05-12 2021-12-03 --exit-code --only 'trade.*'").code == 0
    assert run("usjapan-facts diff 2024-06-05 2024-08-01 --exit-code --min-severity major").code == 1


def test_diff_defaults_to_previous_and_latest(run: Run) -> None:
    """With no versions, `diff` compares previous with latest."""
    assert run("usjapan-facts diff").stdout == run("usjapan-facts diff 2025-09-29 2026-10-01").stdout
    assert run("usjapan-facts diff 2025-09").stdout == run("usjapan-facts diff previous latest").stdout


def test_diff_accepts_snapshot_file_paths(run: Run, real_store_path: Path) -> None:
    """OLD and NEW may be snapshot files."""
    by_path = run(f"usjapan-facts diff {real_store_path / '2021-05-12.json'} {real_store_path / '2021-12-03.json'}")
    assert by_path.stdout == run("usjapan-facts diff 2021-05-12 2021-12-03").stdout


@pytest.fixture
def real_store_path() -> Path:
    from usjapan_facts.store import default_store_root

    return default_store_root()


def test_diff_markdown_and_github_formats(run: Run, tmp_path: Path) -> None:
    """markdown prints the table; github prints commands and appends the table to $GITHUB_STEP_SUMMARY."""
    markdown = run("usjapan-facts diff 2021-05-12 2021-12-03 --format markdown").stdout
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    github = run("usjapan-facts diff 2021-05-12 2021-12-03 --format github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert github.stdout.startswith("::error title=leaders.japan_prime_minister")
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + markdown


def test_diff_rules_file_changes_severity(run: Run, tmp_path: Path) -> None:
    """--rules FILE overrides the default severity."""
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nmatch = "leaders.*"\nseverity = "info"\n', encoding="utf-8")
    result = run(f"usjapan-facts diff 2021-05-12 2021-12-03 --rules {rules} --format json")
    severities = {change["fact_id"]: change["severity"] for change in json.loads(result.stdout)["changes"]}
    assert severities["leaders.japan_prime_minister"] == "info"
    assert severities["politics.next_diet_election_due"] == "major"


def test_diff_reads_rules_from_pyproject_in_the_working_directory(tmp_path: Path) -> None:
    """Without --rules, [tool.usjapan-facts] in ./pyproject.toml applies."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.usjapan-facts]\n[[tool.usjapan-facts.rules]]\nmatch = "leaders.*"\nseverity = "minor"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [*_command(), "diff", "2021-05-12", "2021-12-03", "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    severities = {change["fact_id"]: change["severity"] for change in json.loads(done.stdout)["changes"]}
    assert severities["leaders.japan_prime_minister"] == "minor"


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("usjapan-facts diff 2021-05-12 2021-12-03 --only nothing.here", "'nothing.here'"),
        ("usjapan-facts diff 2021-05-12 2031-01-01", "2031-01-01"),
        ("usjapan-facts diff 2021-05-12 2021-12-03 --rules /nonexistent/rules.toml", "no such rules file"),
        ("usjapan-facts diff --min-severity critical", "critical"),
    ],
)
def test_diff_bad_input_exits_2(run: Run, command: str, needle: str) -> None:
    """Unknown glob, unknown version, missing rules file, unknown severity: exit 2, clear message, no traceback."""
    result = run(command)
    assert result.code == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_diff_colours_a_terminal_unless_no_color() -> None:
    """On a terminal the text report is coloured; with NO_COLOR it is not."""
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    assert "\x1b[" in run_on_terminal(["diff", "2021-05-12", "2021-12-03"], env)
    assert "\x1b[" not in run_on_terminal(["diff", "2021-05-12", "2021-12-03"], {**env, "NO_COLOR": "1"})


def test_history_shows_every_version_with_unknowns(run: Run) -> None:
    """`history alliance.us_troops_in_japan`: 22 versions, unknown where not recorded, '*' where it moved."""
    result = run("usjapan-facts history alliance.us_troops_in_japan")
    assert result.code == 0
    lines = result.stdout.splitlines()[1:]
    assert len(lines) == 22
    assert lines[0] == "  2015-04-17  unknown"
    assert "* 2023-05-15  over 50,000" in lines


def test_history_csv_parses(run: Run) -> None:
    """`--format csv` parses with the csv module: one row per version."""
    rows = list(
        csv.DictReader(io.StringIO(run("usjapan-facts history alliance.us_troops_in_japan --format csv").stdout))
    )
    assert len(rows) == 22
    assert rows[11] == {
        "version": "2022-07-21",
        "status": "stated",
        "value": "54000",
        "display": "around 54,000",
        "changed": "false",
        "quote": rows[11]["quote"],
    }
    assert [row["version"] for row in rows if row["changed"] == "true"] == [
        "2018-10-23",
        "2022-03-30",
        "2023-05-15",
        "2025-09-29",
        "2026-10-01",
    ]  # fmt: skip  (2018-10-23: the first version that records the figure)


def test_history_json_and_elections(run: Run) -> None:
    """`history elections.upper_house_2022 --format json` follows an election by its slug."""
    entries = json.loads(run("usjapan-facts history elections.upper_house_2022 --format json").stdout)
    stated = [(entry["version"], entry["value"]) for entry in entries if entry["status"] == "stated"]
    assert stated == [("2021-12-03", "upcoming"), ("2022-07-21", "held")]


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_history_plot_writes_a_chart(run: Run, tmp_path: Path, suffix: str, magic: bytes) -> None:
    """`--plot FILE` writes a PNG or SVG chart of a numeric fact."""
    chart = tmp_path / f"troops{suffix}"
    result = run(f"usjapan-facts history alliance.us_troops_in_japan --plot {chart}")
    assert result.code == 0
    assert chart.read_bytes().startswith(magic)


def test_history_plot_of_a_person_is_refused(run: Run, tmp_path: Path) -> None:
    """A fact with no numbers cannot be charted: exit 2, no file."""
    result = run(f"usjapan-facts history leaders.us_president --plot {tmp_path / 'x.png'}")
    assert result.code == 2
    assert "no numeric value" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_history_plot_without_matplotlib_says_how_to_install(run_process: Run, tmp_path: Path) -> None:
    """Without matplotlib, --plot exits 2 naming the extra to install (a real process: its import path differs)."""
    fake = tmp_path / "site" / "matplotlib"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named matplotlib')\n", encoding="utf-8")
    result = run_process(
        f"usjapan-facts history alliance.us_troops_in_japan --plot {tmp_path / 'x.png'}",
        env={"PYTHONPATH": str(tmp_path / "site")},
    )
    assert result.code == 2
    assert "pip install 'usjapan-facts[plot]'" in result.stderr


def test_history_unknown_fact_exits_2(run: Run) -> None:
    """An id outside the catalogue: exit 2 naming it."""
    result = run("usjapan-facts history alliance.troops")
    assert result.code == 2
    assert "'alliance.troops'" in result.stderr


def test_log_lists_changes_newest_first(run: Run) -> None:
    """`log` walks the whole history, newest pair first."""
    result = run("usjapan-facts log")
    headers = [line for line in result.stdout.splitlines() if line.startswith("IF10199 ")]
    assert result.code == 0
    assert headers[0].startswith("IF10199 2025-09-29 -> 2026-10-01")
    dates = [header.split()[3].rstrip(":") for header in headers]
    assert dates == sorted(dates, reverse=True)


def test_log_since_and_only_narrow_it(run: Run) -> None:
    """--since keeps the pairs ending on or after the date; --only the matching facts."""
    result = run("usjapan-facts log --since 2024-01-01 --only 'alliance.*' --format json")
    entries = json.loads(result.stdout)
    assert [entry["new"]["version"] for entry in entries] == ["2026-10-01", "2025-09-29", "2024-11-05", "2024-08-01",
                                                                "2024-06-05", "2024-03-27"]  # fmt: skip
    found = {
        (entry["new"]["version"], change["fact_id"], change["kind"]) for entry in entries for change in entry["changes"]
    }
    assert {fact_id for _, fact_id, _ in found} == {
        "alliance.us_troops_in_japan",
        "alliance.treaty_ally_since",
        "alliance.host_nation_support_per_year",
        "alliance.host_nation_support_agreement",
        "alliance.okinawa_share_of_usfj_facilities",
        "alliance.okinawa_share_of_usfj_personnel",
        "alliance.marines_relocating_to_guam",
        "alliance.marines_in_guam",
    }
    assert ("2025-09-29", "alliance.us_troops_in_japan", "restated") in found
    assert ("2026-10-01", "alliance.marines_in_guam", "first_recorded") in found


def test_log_json_has_each_leader_change_once_at_the_first_version_that_shows_it(run: Run) -> None:
    """`log --format json`: Kishida -> Ishiba and Biden -> Trump at 2025-09-29, Obama -> Trump at 2018-10-23."""
    entries = json.loads(run("usjapan-facts log --format json").stdout)
    seen = [(entry["new"]["version"], change["old_text"], change["new_text"]) for entry in entries
            for change in entry["changes"] if change["fact_id"].startswith("leaders.")]  # fmt: skip
    for expected in [
        ("2025-09-29", "Kishida Fumio", "Ishiba Shigeru"),
        ("2025-09-29", "Joe Biden", "Donald Trump"),
        ("2018-10-23", "Barack Obama", "Donald Trump"),
    ]:
        assert seen.count(expected) == 1, expected
    [troops] = [c for e in entries if e["new"]["version"] == "2025-09-29" for c in e["changes"]
                if c["fact_id"] == "alliance.us_troops_in_japan"]  # fmt: skip
    assert (troops["old_text"], troops["new_text"], troops["old_version"]) == (
        "over 50,000",
        "around 60,000",
        "2024-08-01",
    )


def test_log_agrees_with_diff_for_each_pair(run: Run) -> None:
    """`log` and `diff` share one engine: the same changes for every consecutive pair."""
    entries = json.loads(run("usjapan-facts log --format json").stdout)
    for entry in entries[:6]:
        alone = json.loads(
            run(f"usjapan-facts diff {entry['old']['version']} {entry['new']['version']} --format json").stdout
        )
        assert alone["changes"] == entry["changes"]


def _recorded_up_to(store: SnapshotStore, version: str) -> set[str]:
    """Every fact id some version up to `version` stated or was checked for."""
    return {
        fact_id
        for snapshot in store
        if snapshot.updated.isoformat() <= version
        for fact_id in (*snapshot.facts, *snapshot.tracked)
    }
