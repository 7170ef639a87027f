"""How changes are judged, through the commands as typed: first records, order, definitions, precision."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run

TARIFF_AND_PLEDGE = (
    "tariffs.us_tariff_most_imports",
    "tariffs.ieepa_rate",
    "tariffs.section232_autos",
    "tariffs.section122_surcharge",
    "framework.investment_pledge",
)


def _changes(run: Run, command: str) -> dict[str, dict[str, object]]:
    result = run(command + " --format json")
    assert result.code in (0, 1), result.stderr
    return {change["fact_id"]: change for change in json.loads(result.stdout)["changes"]}


def test_the_tariffs_and_the_pledge_are_first_recorded_in_the_trade_brief(run: Run) -> None:
    """IF11120 2025-07-15 -> 2026-09-22: each tariff and the pledge, unknown before, is first_recorded at info."""
    changes = _changes(run, "usjapan-facts --report IF11120 diff 2025-07-15 2026-09-22")
    for fact_id in TARIFF_AND_PLEDGE:
        change = changes[fact_id]
        assert (change["kind"], change["severity"], change["old"], change["old_version"]) == (
            "first_recorded", "info", None, None
        ), fact_id  # fmt: skip
        assert str(change["summary"]).endswith("(first recorded in this version; not recorded before)")


def test_marines_in_guam_is_first_recorded_in_the_newest_version(run: Run) -> None:
    """IF10199 2025-09-29 -> 2026-10-01 names the Marines already on Guam as a first record, in the text report too."""
    assert (
        _changes(run, "usjapan-facts diff 2025-09-29 2026-10-01")["alliance.marines_in_guam"]["kind"]
        == "first_recorded"
    )
    text = run("usjapan-facts diff 2025-09-29 2026-10-01").stdout
    line = next(line for line in text.splitlines() if "alliance.marines_in_guam" in line)
    assert line.split()[:2] == ["info", "first_recorded"]


def test_a_rule_sets_the_severity_of_a_first_record(run: Run, tmp_path: Path) -> None:
    """`first_recorded = "major"` in a rule makes the matching facts' first records major, and no others."""
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nmatch = "tariffs.*"\nfirst_recorded = "major"\n', encoding="utf-8")
    changes = _changes(run, f"usjapan-facts --report IF11120 diff 2025-07-15 2026-09-22 --rules {rules}")
    assert changes["tariffs.us_tariff_most_imports"]["severity"] == "major"
    assert changes["framework.investment_pledge"]["severity"] == "info"
    assert changes["trade.fdi_source_rank"]["severity"] == "minor"  # its other changes keep their policy


def test_log_reports_a_first_record_once_where_history_stars_it(run: Run) -> None:
    """`log --format json` has the pledge's first record at 2026-09-22, where `history` puts its star."""
    log = json.loads(run("usjapan-facts --report IF11120 log --format json").stdout)
    logged = [
        (version["new"]["version"], change["kind"])
        for version in log
        for change in version["changes"]
        if change["fact_id"] == "framework.investment_pledge"
    ]
    assert logged == [("2026-09-22", "first_recorded")]
    history = run("usjapan-facts --report IF11120 history framework.investment_pledge").stdout
    assert [line.split()[1] for line in history.splitlines() if line.startswith("*")] == ["2026-09-22"]
