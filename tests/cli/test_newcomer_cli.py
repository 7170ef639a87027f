"""The command line behaves like the tools a newcomer knows: pipes, colour, suggestions, facts, dates, filters."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conftest import Run, _command, run_on_terminal

PLAIN_ENV = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "TERM")}


def test_a_pipe_closed_by_head_ends_quietly(tmp_path: object) -> None:
    """`usjapan-facts log --format json | head -1`: one line out, nothing on stderr, exit 0 or 141."""
    program = " ".join(_command())
    done = subprocess.run(
        ["bash", "-c", f"{program} log --format json | head -1; exit ${{PIPESTATUS[0]}}"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.stdout == "[\n"
    assert done.stderr == ""
    assert done.returncode in (0, 141)


def test_a_pipe_closed_before_any_output_exits_141_without_a_message() -> None:
    """A reader that closes at once: exit 141 (128 + SIGPIPE), as `git log | head` does, and no message."""
    process = subprocess.Popen([*_command(), "log", "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # closed long before the command has started, so its first write fails
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 141
    assert stderr == b""


DIFF = ["diff", "2021-05-12", "2021-12-03"]


def test_an_empty_no_color_keeps_colour_on_a_terminal() -> None:
    """`NO_COLOR=` (empty) is not a request: the report on a terminal stays coloured."""
    assert "\x1b[" in run_on_terminal(DIFF, {**PLAIN_ENV, "NO_COLOR": ""})


@pytest.mark.parametrize("setting", [{"NO_COLOR": "1"}, {"TERM": "dumb"}], ids=["NO_COLOR=1", "TERM=dumb"])
def test_no_color_or_a_dumb_terminal_removes_colour(setting: dict[str, str]) -> None:
    """A non-empty NO_COLOR, or TERM=dumb, leaves the report on a terminal uncoloured."""
    assert "\x1b[" not in run_on_terminal(DIFF, {**PLAIN_ENV, **setting})


def test_no_colour_when_not_a_terminal(run_process: Run) -> None:
    """Piped to a file, the report has no escape sequences even without NO_COLOR."""
    result = run_process("usjapan-facts diff 2021-05-12 2021-12-03", env={"TERM": "xterm-256color"})
    assert result.code == 0
    assert "\x1b[" not in result.stdout


def test_a_mistyped_version_suggests_the_nearest(run: Run) -> None:
    """`show 2022-07-12` exits 2 and suggests 2022-07-21 in one line."""
    result = run("usjapan-facts show 2022-07-12")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "did you mean 2022-07-21?" in result.stderr
    assert "run 'usjapan-facts list'" in result.stderr


def test_a_mistyped_fact_id_suggests_the_nearest(run: Run) -> None:
    """`show latest alliance.us_troop_in_japan` suggests alliance.us_troops_in_japan and the facts command."""
    result = run("usjapan-facts show latest alliance.us_troop_in_japan")
    assert result.code == 2
    assert "did you mean 'alliance.us_troops_in_japan'" in result.stderr
    assert "usjapan-facts facts" in result.stderr


@pytest.mark.parametrize("command", ["show latest", "show 2015", "history"])
def test_an_election_slug_no_version_holds_is_a_mistyped_id_with_the_nearest_held(run: Run, command: str) -> None:
    """`elections.lower_hose_2021` is held by no version: exit 2 naming it and suggesting lower_house_2021."""
    result = run(f"usjapan-facts {command} elections.lower_hose_2021")
    assert (result.code, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1
    assert "'elections.lower_hose_2021' (did you mean 'elections.lower_house_2021'" in result.stderr


def test_an_election_a_version_does_not_state_is_still_shown_as_such(run: Run) -> None:
    """A held slug that the version shown does not record is its status there, not an error."""
    result = run("usjapan-facts show 2015 elections.lower_house_2021")
    assert (result.code, result.stderr) == (0, "")
    assert "unknown" in result.stdout


def test_a_brief_id_is_case_insensitive(run: Run) -> None:
    """`--report if11120` works as `--report IF11120` does."""
    lower, upper = run("usjapan-facts --report if11120 list"), run("usjapan-facts --report IF11120 list")
    assert lower.code == 0
    assert lower.stdout == upper.stdout


def test_a_mistyped_brief_id_suggests_the_nearest(run: Run) -> None:
    """`--report IF1120` exits 2 and suggests IF11120."""
    result = run("usjapan-facts --report IF1120 list")
    assert result.code == 2
    assert "did you mean IF11120?" in result.stderr


def test_a_store_of_another_brief_names_the_report_flag(run: Run) -> None:
    """On the command line the same mistake Python explains with for_brief is explained with --report."""
    from usjapan_facts.store import default_store_root

    shown = run(f"usjapan-facts --snapshots-dir {default_store_root('IF11120')} show latest")
    assert shown.code == 2
    assert "pass --report IF11120" in shown.stderr
    assert "for_brief" not in shown.stderr


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
def test_facts_json_lists_every_catalogue_id(run: Run, brief: str) -> None:
    """`facts --format json` lists every catalogue id, in display order, with label, kind and section."""
    from usjapan_facts.catalog import load

    result = run(f"usjapan-facts --report {brief} facts --format json")
    assert result.code == 0
    rows = json.loads(result.stdout)
    specs = load(brief).specs
    assert [row["id"] for row in rows] == [spec.id for spec in specs]
    assert rows[-1] == {
        "id": specs[-1].id,
        "label": specs[-1].label,
        "kind": specs[-1].kind,
        "section": specs[-1].section,
    }


def test_facts_text_shows_one_line_per_fact(run: Run) -> None:
    """`facts` prints a header and one line per catalogue fact, each with its kind, section and label."""
    from usjapan_facts.catalog import load

    result = run("usjapan-facts facts")
    lines = result.stdout.splitlines()
    assert result.code == 0
    assert lines[0].split() == ["fact", "id", "kind", "section", "label"]
    assert len(lines) == 1 + len(load("IF10199").specs)
    troops = next(line for line in lines if line.startswith("alliance.us_troops_in_japan "))
    assert troops.split(None, 3)[1:] == ["count", "Alliance", "U.S. troops in Japan"]


def _versions_in_log(result_stdout: str) -> list[str]:
    return [block["new"]["version"] for block in json.loads(result_stdout)]


def test_log_since_a_year_is_from_its_first_day(run: Run) -> None:
    """`log --since 2025` is accepted, and shows the versions published from 2025-01-01 on."""
    result = run("usjapan-facts log --since 2025 --format json")
    assert result.code == 0
    assert _versions_in_log(result.stdout) == ["2026-10-01", "2025-09-29"]


def test_log_until_a_year_is_to_its_last_day(run: Run) -> None:
    """`log --since 2024-08 --until 2025` covers 2024-08-01 to 2025-12-31."""
    result = run("usjapan-facts log --since 2024-08 --until 2025 --format json")
    assert result.code == 0
    assert _versions_in_log(result.stdout) == ["2025-09-29", "2024-11-05", "2024-08-01"]


def test_log_since_accepts_latest_and_previous(run: Run) -> None:
    """`--since previous` starts at the previous version, `--until latest` is the whole history."""
    result = run("usjapan-facts log --since previous --until latest --format json")
    assert _versions_in_log(result.stdout) == ["2026-10-01", "2025-09-29"]


@pytest.mark.parametrize("bounds", ["--until 1999", "--since 2030-01-01", "--since 2016-01 --until 2016-02"])
def test_log_over_a_range_with_no_version_says_so_instead_of_printing_nothing(run: Run, bounds: str) -> None:
    """A range holding no stored version is no error (a CI run since the last version), but it is said on stderr."""
    result = run(f"usjapan-facts log {bounds} --format json")
    assert result.code == 0
    assert json.loads(result.stdout) == []
    assert result.stderr.splitlines() == [
        f"usjapan-facts: no stored version of IF10199 lies within {bounds} (stored: 2015-04-17 to 2026-10-01); "
        "nothing to show"
    ]


def test_log_since_a_bad_value_names_the_option(run: Run) -> None:
    """A value no VERSION form accepts is one line naming --since; exit 2."""
    result = run("usjapan-facts log --since 2026-02-30")
    assert result.code == 2
    assert "'--since'" in result.stderr
    assert "2026-02-30" in result.stderr


def test_show_as_of_a_date_shows_the_version_in_force(run: Run) -> None:
    """`show --as-of 2024-12-01` shows 2024-11-05, the newest version published by then."""
    as_of = run("usjapan-facts show --as-of 2024-12-01")
    assert as_of.code == 0
    assert as_of.stdout == run("usjapan-facts show 2024-11-05").stdout
    assert "updated 2024-11-05" in as_of.stdout.splitlines()[0]


def test_show_as_of_with_a_fact_id(run: Run) -> None:
    """`show --as-of 2023-01-01 alliance.us_troops_in_japan` shows that fact in 2022-07-21."""
    result = run("usjapan-facts show --as-of 2023-01-01 alliance.us_troops_in_japan")
    assert result.code == 0
    assert result.stdout == run("usjapan-facts show 2022-07-21 alliance.us_troops_in_japan").stdout


def test_show_as_of_before_the_first_version_is_an_error(run: Run) -> None:
    """A date before the first version says which version is the first; exit 2."""
    result = run("usjapan-facts show --as-of 2010-01-01")
    assert result.code == 2
    assert "the first is 2015-04-17" in result.stderr


def test_check_only_stale_lists_only_stale_findings(run: Run) -> None:
    """`check --only stale` keeps the stale findings and drops the changes."""
    every = json.loads(run("usjapan-facts check --as-of 2030-01-01 --format json").stdout)["findings"]
    stale = json.loads(run("usjapan-facts check --as-of 2030-01-01 --only stale --format json").stdout)["findings"]
    assert {finding["kind"] for finding in every} >= {"change", "stale"}
    assert stale == [finding for finding in every if finding["kind"] == "stale"]
    assert run("usjapan-facts check --as-of 2030-01-01 --only stale").stdout.count("stale") >= len(stale)


def test_check_only_changes_lists_only_changes(run: Run) -> None:
    """`check --only changes` keeps the change findings alone."""
    every = json.loads(run("usjapan-facts check --as-of 2030-01-01 --format json").stdout)["findings"]
    changes = json.loads(run("usjapan-facts check --as-of 2030-01-01 --only changes --format json").stdout)["findings"]
    assert changes == [finding for finding in every if finding["kind"] == "change"]
    assert changes
