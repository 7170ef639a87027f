"""How changes are judged, through the commands as typed: first records, order, definitions, precision."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import feedparser
import pytest

from tests.conftest import Run
from usjapan_facts import catalog

TARIFF_AND_PLEDGE = (
    "tariffs.us_tariff_most_imports",
    "tariffs.ieepa_rate",
    "tariffs.section232_autos",
    "tariffs.section122_surcharge",
    "framework.investment_pledge",
)


def _changes(run: Run, command: str) -> dict[str, dict[str, Any]]:
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


RANK = {"major": 0, "minor": 1, "info": 2}
SEVERITY_WORD = re.compile(r"\b(major|minor|info)\b")
GITHUB_LEVEL = {"error": 0, "warning": 1, "notice": 2}


def _never_rises(severities: list[str], where: str) -> None:
    ranks = [RANK[severity] for severity in severities]
    assert ranks == sorted(ranks), f"{where}: a change is listed before one of higher severity: {severities}"


@pytest.mark.parametrize(("brief", "old", "new"), [("IF10199", "2025-09-29", "2026-10-01"),
                                                  ("IF10199", "2022-07-21", "2026-10-01"),
                                                  ("IF11120", "2025-07-15", "2026-09-22")])  # fmt: skip
def test_every_diff_format_lists_the_most_severe_changes_first(run: Run, brief: str, old: str, new: str) -> None:
    """Text, JSON, Markdown and GitHub: no change is listed before one of higher severity."""
    base = f"usjapan-facts --report {brief} diff {old} {new}"
    report = json.loads(run(base + " --format json").stdout)
    _never_rises([change["severity"] for change in report["changes"]], "json")
    text = run(base).stdout.splitlines()
    _never_rises([line.split()[0] for line in text if line.startswith("  ")], "text")
    rows = [line for line in run(base + " --format markdown").stdout.splitlines() if line.startswith("| m") or
            line.startswith("| i")]  # fmt: skip
    _never_rises([row.split("|")[1].strip() for row in rows], "markdown")
    commands = [line for line in run(base + " --format github").stdout.splitlines() if "(" in line.split("::")[1]]
    levels = [GITHUB_LEVEL[line.split()[0].strip(":")] for line in commands]
    assert levels == sorted(levels), "github"


def test_log_atom_site_and_sqlite_list_the_most_severe_changes_first(run: Run, tmp_path: Path) -> None:
    """log JSON, the Atom feed, each site page and the SQLite change table: severity never rises within a version."""
    for entry in json.loads(run("usjapan-facts log --format json").stdout):
        _never_rises([change["severity"] for change in entry["changes"]], f"log {entry['new']['version']}")
    feed = feedparser.parse(run("usjapan-facts log --format atom").stdout)
    for item in feed.entries:
        _never_rises(re.findall(r"<strong>(major|minor|info)</strong>", item.content[0].value), f"atom {item.id}")
    assert run(f"usjapan-facts site {tmp_path / 'site'}").code == 0
    for page in sorted((tmp_path / "site" / "versions").glob("*.html")):
        found = re.findall(r'<article class="change (major|minor|info)"', page.read_text(encoding="utf-8"))
        _never_rises(found, page.name)
    database = tmp_path / "all.db"
    assert run(f"usjapan-facts export --format sqlite {database}").code == 0
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT new_version, severity FROM changes ORDER BY rowid").fetchall()
    for version in {version for version, _ in rows}:
        _never_rises([severity for v, severity in rows if v == version], f"sqlite {version}")


def test_check_lists_findings_most_severe_first_then_in_catalogue_order(run: Run) -> None:
    """`check --format json` on the trade brief: severities never rise, and within one the catalogue order holds."""
    result = run("usjapan-facts --report IF11120 check --as-of 2026-12-01 --format json")
    findings = json.loads(result.stdout)["findings"]
    _never_rises([finding["severity"] for finding in findings], "check")
    order = catalog.load("IF11120").order
    for severity in RANK:
        subjects = [f["subject"] for f in findings if f["severity"] == severity and f["subject"] in order]
        assert subjects == sorted(subjects, key=order.__getitem__)


def test_check_of_a_brief_giving_the_agreements_dates_to_the_day_raises_nothing_major(run: Run) -> None:
    """The 2027 columns text gives 'January 1, 2020' where the store says 2020: restated, minor, never a correction."""
    result = run(
        "usjapan-facts --report IF11120 check --as-of 2027-05-10 --format json "
        "--brief tests/fixtures/IF11120-2027-05-03-columns.txt"
    )
    findings = {finding["subject"]: finding for finding in json.loads(result.stdout)["findings"]}
    for fact_id in ("agreements.usjta_in_force", "agreements.digital_trade_in_force"):
        finding = findings[fact_id]
        assert (finding["severity"], finding["change"]["kind"]) == ("minor", "restated")
    assert not [f for f in findings.values() if f["severity"] == "major" and f["subject"].startswith("agreements.")]


def test_the_okinawa_share_on_a_new_definition_is_redefined_with_no_percentage(run: Run) -> None:
    """diff 2025-09-29 2026-10-01: around 25% -> around 70% is redefined, minor, no delta, both definitions shown."""
    change = _changes(run, "usjapan-facts diff 2025-09-29 2026-10-01")["alliance.okinawa_share_of_usfj_facilities"]
    assert (change["kind"], change["severity"], change["delta"], change["relative"]) == (
        "redefined",
        "minor",
        None,
        None,
    )
    assert change["old"]["basis"] == "facilities used by USFJ"
    assert change["new"]["basis"] == "all facilities and areas used by USFJ"
    assert "%," not in str(change["summary"])
    assert "points" not in str(change["summary"])
    for text in (change["old_text"], change["new_text"]):
        assert " of " in str(text)  # each value with its definition
    line = next(line for line in run("usjapan-facts diff 2025-09-29 2026-10-01").stdout.splitlines()
                if "okinawa_share_of_usfj_facilities" in line)  # fmt: skip
    assert "major" not in line
    assert "+180" not in line


def test_a_definition_stated_on_one_side_only_changes_nothing() -> None:
    """A version that adds a basis to the same figure is no change; one with another basis is redefined."""
    from usjapan_facts.diff import diff_snapshots
    from usjapan_facts.model import Snapshot

    def version(**fact: object) -> Snapshot:
        data = {"kind": "percent", "value": 25, "qualifier": "about", **fact}
        facts = {"alliance.okinawa_share_of_usfj_facilities": data}
        return Snapshot.model_validate({"updated": "2024-01-01", "coverage": "excerpt", "facts": facts})

    assert diff_snapshots(version(), version(basis="facilities used by USFJ")).changes == ()
    moved = diff_snapshots(version(basis="facilities used by USFJ"), version(value=30, basis="all facilities"))
    assert [(change.kind, change.delta) for change in moved.changes] == [("redefined", None)]


def _store_pair(root: Path, ours: dict[str, Any], theirs: dict[str, Any], their_date: str = "2026-10-15") -> Path:
    """A store of each brief side by side: IF10199 stating `ours` on 2026-10-01, IF11120 `theirs` on `their_date`."""
    from usjapan_facts.model import Snapshot
    from usjapan_facts.store import SnapshotStore

    for brief, updated, facts in (("IF10199", "2026-10-01", ours), ("IF11120", their_date, theirs)):
        snapshot = Snapshot.model_validate(
            {"report_id": brief, "updated": updated, "coverage": "excerpt", "facts": facts}
        )
        SnapshotStore(root / brief, brief=brief).save(snapshot)
    return root / "IF10199"


def tariff(value: float) -> dict[str, Any]:
    return {"kind": "percent", "value": value}


def test_two_briefs_stating_different_current_tariffs_for_one_month_contradict(run: Run, tmp_path: Path) -> None:
    """IF10199 says 12.5% and IF11120 says 15% in October 2026: check --all-briefs gives a major contradiction."""
    store = _store_pair(
        tmp_path,
        {"trade.us_tariff_on_most_imports_from_japan": tariff(12.5)},
        {"tariffs.us_tariff_most_imports": tariff(15)},
    )
    result = run(f"usjapan-facts --snapshots-dir {store} check --all-briefs --as-of 2026-11-01 --format json")
    assert result.code == 1, result.stderr
    report = json.loads(result.stdout)
    found = [f for f in report["findings"] if f["kind"] == "contradiction"]
    assert [(f["severity"], f["subject"]) for f in found] == [("major", "trade.us_tariff_on_most_imports_from_japan")]
    assert "12.5%" in found[0]["message"]
    assert "15%" in found[0]["message"]
    assert "IF11120 (2026-10-15)" in found[0]["message"]
    text = run(f"usjapan-facts --snapshots-dir {store} check --all-briefs --as-of 2026-11-01").stdout
    assert "contradiction" in text
    without = run(f"usjapan-facts --snapshots-dir {store} check --as-of 2026-11-01 --format json")
    assert not [f for f in json.loads(without.stdout)["findings"] if f["kind"] == "contradiction"]


def test_briefs_that_agree_or_speak_of_other_months_do_not_contradict(run: Run, tmp_path: Path) -> None:
    """The same tariff is no contradiction; a different one a month earlier is not for the same time."""
    ours = {"trade.us_tariff_on_most_imports_from_japan": tariff(12.5)}
    agree = _store_pair(tmp_path / "agree", ours, {"tariffs.us_tariff_most_imports": tariff(12.5)})
    earlier = _store_pair(tmp_path / "earlier", ours, {"tariffs.us_tariff_most_imports": tariff(15)}, "2026-09-22")
    for store, compared in ((agree, 1), (earlier, 0)):
        report = json.loads(run(f"usjapan-facts --snapshots-dir {store} check --all-briefs --format json").stdout)
        assert not [f for f in report["findings"] if f["kind"] == "contradiction"]
        [note] = [note for note in report["notes"] if "stated for the same time by IF11120" in note]
        assert note.startswith(f"across briefs: {compared} shared fact(s)"), note


def test_the_shipped_briefs_do_not_contradict_each_other(run: Run) -> None:
    """The newest shipped versions of both briefs share a rank for 2025 and agree on it, from either side."""
    for brief, other in (("IF10199", "IF11120"), ("IF11120", "IF10199")):
        report = json.loads(run(f"usjapan-facts --report {brief} check --all-briefs --format json").stdout)
        assert not [f for f in report["findings"] if f["kind"] == "contradiction"]
        note = next(note for note in report["notes"] if note.startswith("across briefs:"))
        assert f"stated for the same time by {other}" in note
        assert not note.startswith("across briefs: 0 ")


def test_every_shared_concept_has_one_kind_in_both_catalogues() -> None:
    """A concept both catalogues declare measures the same kind of value, so the two can be compared."""
    specs = [spec for brief in catalog.available() for spec in catalog.load(brief).specs if spec.concept]
    kinds: dict[str, set[str]] = {}
    for spec in specs:
        kinds.setdefault(str(spec.concept), set()).add(spec.kind)
    assert all(len(found) == 1 for found in kinds.values()), kinds
    assert {"us_tariff_on_most_imports_from_japan", "japan_investment_pledge", "us_president"} <= kinds.keys()


def test_history_json_marks_the_first_record(run: Run) -> None:
    """`history --format json`: the version of the first record is changed and first_recorded; no other is."""
    entries = json.loads(run("usjapan-facts history alliance.marines_in_guam --format json").stdout)
    marked = [(entry["version"], entry["changed"], entry["first_recorded"]) for entry in entries if entry["changed"]]
    assert marked == [("2026-10-01", True, True)]
