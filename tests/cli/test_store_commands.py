"""`list`, `show`, `validate`, `schema` and `export`, run as a user types them."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, snapshot_files
from usjapan_facts.store import SnapshotStore


def test_list_shows_the_22_versions(run: Run, record: dict[str, Any]) -> None:
    """`list` prints one row per stored version, oldest first, with CRS version, coverage, facts and hash."""
    result = run("usjapan-facts list")
    assert (result.code, result.stderr) == (0, "")
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == 22
    assert rows[0].startswith("2015-04-17")
    latest = record["versions"][-1]
    assert rows[-1].split()[:4] == ["2026-10-01", "49", "full", str(len(latest["facts"]))]


def test_list_refuses_a_store_of_another_brief_naming_the_report_it_needs(run: Run, tmp_path: Path) -> None:
    """`--report IF11120 list` on IF10199's snapshots (files the record vouches for) is exit 2, not IF10199's rows."""
    shipped = Path(__file__).resolve().parents[2] / "snapshots" / "IF10199"
    store = tmp_path / "store"
    store.mkdir()
    for path in sorted(shipped.glob("*.json"))[-2:]:
        (store / path.name).write_bytes(path.read_bytes())
    before = snapshot_files(store)
    result = run(f"usjapan-facts --report IF11120 --snapshots-dir {store} list")
    assert (result.code, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1
    assert "2025-09-29.json" in result.stderr
    assert "pass --report IF10199" in result.stderr
    assert snapshot_files(store) == before


def test_validate_of_a_file_that_does_not_exist_is_bad_input_not_a_finding(run: Run) -> None:
    """`validate nope good.json`: exit 2 and one stderr line naming nope, before anything is validated."""
    good = Path(__file__).resolve().parents[2] / "snapshots" / "IF10199" / "2022-07-21.json"
    result = run(f"usjapan-facts validate nope {good}")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == ["usjapan-facts: error: nope: no such file; nothing was validated"]


def test_list_json_is_parseable(run: Run) -> None:
    """`list --format json` is a JSON array of version records."""
    result = run("usjapan-facts list --format json")
    rows = json.loads(result.stdout)
    assert result.code == 0
    assert [row["version"] for row in rows][-2:] == ["2025-09-29", "2026-10-01"]
    assert rows[11] == {
        "version": "2022-07-21",
        "crs_version": None,
        "coverage": "full",
        "facts": 30,
        "hash": rows[11]["hash"],
    }
    assert len(rows[11]["hash"]) == 64


def test_show_fact_gives_value_qualifier_and_quote(run: Run) -> None:
    """`show 2022-07-21 alliance.us_troops_in_japan` shows about 54,000 with its sentence."""
    result = run("usjapan-facts show 2022-07-21 alliance.us_troops_in_japan")
    assert (result.code, result.stderr) == (0, "")
    assert "around 54,000" in result.stdout
    assert "qualifier:  about" in result.stdout
    assert "currently numbering around 54,000" in result.stdout


def test_show_fact_json_holds_the_stored_fact(run: Run) -> None:
    """`show ... --format json` gives the fact's stored fields and its status."""
    result = run("usjapan-facts show 2022-07 alliance.us_troops_in_japan --format json")
    view = json.loads(result.stdout)
    assert result.code == 0
    assert view["status"] == "stated"
    assert view["data"]["value"] == 54000
    assert view["data"]["qualifier"] == "about"
    assert view["quoted_section"] == "Overview"


def test_show_fact_not_recorded_says_unknown(run: Run) -> None:
    """A fact an excerpt did not record reads as unknown, not as absent."""
    result = run("usjapan-facts show 2024-08-01 leaders.japan_prime_minister")
    assert result.code == 0
    assert "unknown (not recorded from this version)" in result.stdout


def test_show_election_by_slug(run: Run) -> None:
    """Elections are shown by their dotted id."""
    result = run("usjapan-facts show 2022-07-21 elections.okinawa_governor_2022")
    assert result.code == 0
    assert "Okinawa governor, September 2022: upcoming" in result.stdout
    assert "Denny Tamaki (incumbent)" in result.stdout


def test_show_whole_version_reads_by_section(run: Run) -> None:
    """`show VERSION` lists every stated fact by section, then those not stated."""
    result = run("usjapan-facts show 2026-10-01")
    assert result.code == 0


def test_show_whole_version_json_is_the_canonical_file(run: Run, real_store: SnapshotStore) -> None:
    """`show VERSION --format json` prints exactly the stored canonical JSON."""
    result = run("usjapan-facts show latest --format json")
    assert result.stdout == real_store.path_for(real_store.versions()[-1]).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("usjapan-facts show 2022-07-21 alliance.troops", "'alliance.troops'"),
        ("usjapan-facts show 2030-01-01", "2030-01-01"),
        ("usjapan-facts show 2022", "2022-03-30, 2022-07-21"),
        ("usjapan-facts show ../etc/passwd.json", "passwd.json"),
    ],
)
def test_show_bad_input_exits_2_with_one_line(run: Run, command: str, needle: str) -> None:
    """An unknown fact id, date, ambiguous prefix or missing file: exit 2, one line on stderr, no traceback."""
    result = run(command)
    assert result.code == 2
    assert result.stdout == ""
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_validate_real_store_exits_0(run: Run) -> None:
    """The shipped store is valid."""
    result = run("usjapan-facts validate")
    assert (result.code, result.stdout) == (0, "")
    assert "22 of 22 snapshot files valid" in result.stderr


def test_validate_reports_each_problem_with_file_and_field(run: Run, store_copy: SnapshotStore) -> None:
    """An invalid file gives one line per problem naming file and field, and exit 1."""
    path = store_copy.root / "2022-07-21.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"]["alliance.us_troops_in_japan"]["value"] = -54000
    data["coverage"] = "most"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(f"usjapan-facts --snapshots-dir {store_copy.root} validate")
    assert result.code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(str(path)) for line in lines)
    assert any("coverage" in line for line in lines)
    assert any("facts.alliance.us_troops_in_japan.count.value" in line for line in lines)


def test_validate_given_files_checks_only_those(run: Run, tmp_path: Path, real_store: SnapshotStore) -> None:
    """`validate PATH` checks the named files, including that the name matches `updated`."""
    wrong = tmp_path / "2022-07-22.json"
    wrong.write_bytes(real_store.path_for(real_store.resolve("2022-07-21")).read_bytes())
    result = run(f"usjapan-facts validate {wrong}")
    assert result.code == 1
    assert "updated: file name says 2022-07-22 but the snapshot says 2022-07-21" in result.stdout


def test_schema_is_a_json_schema_of_a_snapshot(run: Run) -> None:
    """`schema` prints a JSON Schema naming the snapshot's fields."""
    result = run("usjapan-facts schema")
    schema = json.loads(result.stdout)
    assert result.code == 0
    assert schema["title"] == "Snapshot"
    assert {"schema_version", "updated", "coverage", "facts", "elections"} <= set(schema["properties"])


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _canonical(fact_id: str, data: dict[str, Any]) -> str:
    if "family" in data:
        return f"{data['family']} {data['given']}"
    value = data.get("value")
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, dict):
        return "; ".join(f"{year}={number}" for year, number in value.items())
    return "" if value is None else str(value)


def test_export_csv_holds_every_recorded_value(run: Run, record: dict[str, Any]) -> None:
    """`export --format csv` has a row, in canonical form, for each value of the gathered record."""
    result = run("usjapan-facts export --format csv")
    assert result.code == 0
    rows = {(row["version"], row["fact_id"]): row for row in _csv_rows(result.stdout)}
    for version in record["versions"]:
        for fact_id, data in version["facts"].items():
            row = rows[(version["updated"], fact_id)]
            assert row["value"] == _canonical(fact_id, data), (version["updated"], fact_id)
            assert row["qualifier"] == data.get("qualifier", ""), (version["updated"], fact_id)
            assert row["period"] == data.get("period", "")
        for slug, election in version.get("elections", {}).items():
            assert rows[(version["updated"], f"elections.{slug}.status")]["value"] == election["status"]
            assert rows[(version["updated"], f"elections.{slug}.date")]["value"] == election["date"]
        for slug, event in version.get("events", {}).items():
            assert rows[(version["updated"], f"events.{slug}.date")]["value"] == event["date"]


def test_export_canonical_forms(run: Run) -> None:
    """Money in plain dollars, persons family first, month dates kept at month precision."""
    rows = {row["fact_id"]: row for row in _csv_rows(run("usjapan-facts export 2022-07-21").stdout)}
    assert rows["trade.us_exports_to_japan"]["value"] == "112200000000"
    assert rows["trade.us_exports_to_japan"]["unit"] == "USD"
    assert rows["leaders.japan_prime_minister"]["value"] == "Kishida Fumio"
    assert rows["elections.okinawa_governor_2022.date"]["value"] == "2022-09"
    assert rows["politics.ruling_coalition"]["value"] == "LDP; Komeito"
    assert rows["alliance.us_troops_in_japan"]["quote"].startswith("The U.S.-Japan mutual defense treaty")
    assert list(rows["report.id"]) == [
        "version", "fact_id", "kind", "value", "qualifier", "unit", "period", "quote",
        "by", "per", "previous", "baseline", "basis", "note", "as_written", "section",
    ]  # fmt: skip
    assert rows["alliance.okinawa_share_of_usfj_facilities"]["basis"] == "facilities used by USFJ"


def test_export_has_no_rows_for_unknown_facts(run: Run) -> None:
    """A version that recorded nothing exports only its report metadata."""
    rows = _csv_rows(run("usjapan-facts export 2018-10-03").stdout)
    assert [row["fact_id"] for row in rows] == ["report.id", "report.title", "report.updated"]


def test_export_jsonl_is_one_object_per_line(run: Run) -> None:
    """`--format jsonl` gives the same rows as JSON lines."""
    lines = run("usjapan-facts export 2026-10-01 --format jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    pledge = next(row for row in rows if row["fact_id"] == "trade.japan_investment_pledge")
    assert (pledge["version"], pledge["value"], pledge["by"], pledge["unit"]) == (
        "2026-10-01",
        "550000000000",
        "2029",
        "USD",
    )
    assert len(rows) == len(run("usjapan-facts export 2026-10-01").stdout.splitlines()) - 1


def test_snapshots_dir_and_environment_point_at_another_store(
    run: Run, tmp_path: Path, real_store: SnapshotStore
) -> None:
    """`--snapshots-dir` and USJAPAN_FACTS_SNAPSHOTS select the store."""
    other = tmp_path / "mine"
    other.mkdir()
    (other / "2022-07-21.json").write_bytes(real_store.path_for(real_store.resolve("2022-07-21")).read_bytes())
    by_option = run(f"usjapan-facts --snapshots-dir {other} list")
    by_env = run("usjapan-facts list", env={"USJAPAN_FACTS_SNAPSHOTS": str(other)})
    assert by_option.stdout == by_env.stdout
    assert len(by_option.stdout.splitlines()) == 2


def test_missing_store_exits_2(run: Run, tmp_path: Path) -> None:
    """A store that is not there: exit 2 and a line saying how to point at one."""
    result = run(f"usjapan-facts --snapshots-dir {tmp_path / 'none'} list")
    assert result.code == 2
    assert "no snapshot store here" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["list", "history alliance.us_troops_in_japan", "log"])
def test_a_folder_with_no_snapshots_is_a_wrong_store_not_an_empty_report(
    run: Run, tmp_path: Path, command: str
) -> None:
    """`--snapshots-dir` at a folder holding no snapshot (say /etc): exit 2 and one line naming it, no bare header."""
    (tmp_path / "notes.txt").write_text("not a snapshot\n")
    result = run(f"usjapan-facts --snapshots-dir {tmp_path} {command}")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"usjapan-facts: error: {tmp_path}: holds no stored version of IF10199 (a store holds YYYY-MM-DD.json "
        "snapshots); pass the store's folder as --snapshots-dir, or add a version with 'usjapan-facts extract --save'"
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{broken", "is not valid JSON"),
        ('{"updated": "2022-07-21", "coverage": "full", "colour": "red"}', "colour: Extra inputs are not permitted"),
        ('{"updated": "2022-07-21", "coverage": 7}', "coverage"),
        ('{"schema_version": 3, "updated": "2022-07-21", "coverage": "full"}', "schema version 3"),
    ],
)
def test_bad_stored_file_exits_2_and_changes_nothing(
    run: Run, store_copy: SnapshotStore, content: str, needle: str
) -> None:
    """Malformed JSON, unknown field, wrong type, future schema: exit 2 naming the file; the store is untouched."""
    path = store_copy.root / "2022-07-21.json"
    path.write_text(content, encoding="utf-8")
    before = snapshot_files(store_copy.root)
    result = run(f"usjapan-facts --snapshots-dir {store_copy.root} show 2022-07-21")
    assert result.code == 2
    assert str(path) in result.stderr
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot_files(store_copy.root) == before


def test_python_module_runs_the_same_command(run: Run) -> None:
    """`python -m usjapan_facts` is the same command."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "usjapan_facts", "list"], capture_output=True, text=True, check=False)
    assert done.stdout == run("usjapan-facts list").stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_output_writes_the_table_to_a_file_instead_of_stdout(run: Run, tmp_path: Path, fmt: str) -> None:
    """`--output FILE` holds exactly what stdout would, stdout stays empty, and stderr counts the rows."""
    target = tmp_path / f"facts.{fmt}"
    shown = run(f"usjapan-facts export 2022-07-21 --format {fmt}").stdout
    result = run(f"usjapan-facts export 2022-07-21 --format {fmt} --output {target}")
    assert (result.code, result.stdout) == (0, "")
    assert target.read_text(encoding="utf-8") == shown
    rows = len(shown.splitlines()) - (fmt == "csv")
    assert result.stderr == f"wrote {target}: {rows} rows\n"


def test_export_output_refuses_a_special_file(run: Run, tmp_path: Path) -> None:
    """`--output` naming a named pipe is refused in one line, exit 2, and nothing is written to it."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run(f"usjapan-facts export 2022-07-21 --output {fifo}")
    assert result.code == 2
    assert result.stderr.startswith("usjapan-facts: error: ")
    assert "named pipe" in result.stderr
    assert len(result.stderr.splitlines()) == 1
