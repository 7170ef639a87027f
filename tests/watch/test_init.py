"""`usjapan-facts init DIR`: a watch folder of one's own that works at once."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import yaml

from tests.conftest import Run, _command, snapshot_files
from usjapan_facts.severity import load_rules
from usjapan_facts.store import SnapshotStore


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "USJAPAN_FACTS_SNAPSHOTS"}
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=environment, capture_output=True, text=True, timeout=120, check=False
    )


def test_init_then_check_works_in_a_fresh_folder(tmp_path: Path) -> None:
    """`usjapan-facts init watch && cd watch && usjapan-facts check` as typed: watch/snapshots, watch's rules."""
    done = _shell("usjapan-facts init watch && cd watch && usjapan-facts check --as-of 2026-11-27", tmp_path)
    assert done.returncode == 1, done.stderr
    assert "compared 2025-09-29 -> 2026-10-01" in done.stdout
    assert "major  change   alliance.us_troops_in_japan" in done.stdout
    # trade.* is off the watch list that init writes: reported, but at info.
    assert "info   change   trade.fdi_source_rank" in done.stdout
    (tmp_path / "watch" / "snapshots" / "2026-10-01.json").unlink()
    again = _shell("cd watch && usjapan-facts check --as-of 2026-11-27", tmp_path)
    assert "compared 2024-11-05 -> 2025-09-29" in again.stdout, again.stderr


def test_init_writes_the_history_settings_and_workflow(run: Run, tmp_path: Path, real_store: SnapshotStore) -> None:
    """The shipped history byte for byte, settings that load as rules, and a workflow pinning this version."""
    target = tmp_path / "watch"
    result = run(f"usjapan-facts init {target}")
    assert (result.code, result.stdout) == (0, "")
    assert snapshot_files(target / "snapshots") == snapshot_files(real_store.root)
    rules = load_rules(target / "usjapan-facts.toml")
    assert rules.is_watched("alliance.us_troops_in_japan")
    assert not rules.is_watched("trade.us_exports_to_japan")
    assert "# " in (target / "usjapan-facts.toml").read_text(encoding="utf-8")
    workflow = yaml.safe_load((target / ".github" / "workflows" / "brief-watch.yml").read_text(encoding="utf-8"))
    assert workflow["env"]["USJAPAN_FACTS"] == f"usjapan-facts=={metadata.version('usjapan-facts')}"


def test_init_install_replaces_the_requirement(run: Run, tmp_path: Path) -> None:
    """--install SPEC writes any pip requirement into the workflow; one that cannot be quoted is refused."""
    spec = "usjapan-facts @ git+https://example.test/me/usjapan-facts@0123abcd"
    assert run(f"usjapan-facts init {tmp_path / 'a'} --install {shlex.quote(spec)}").code == 0
    workflow = yaml.safe_load((tmp_path / "a" / ".github" / "workflows" / "brief-watch.yml").read_text("utf-8"))
    assert workflow["env"]["USJAPAN_FACTS"] == spec
    for bad in ('x"y', "--index-url=https://evil.test", "a$(id)"):
        refused = run(f"usjapan-facts init {tmp_path / 'b'} --install {shlex.quote(bad)}")
        assert refused.code == 2
        assert "not a pip requirement the workflow can install" in refused.stderr
    assert not (tmp_path / "b").exists()


def test_init_refuses_to_replace_a_watch(run: Run, tmp_path: Path) -> None:
    """A second init into the same folder: exit 2 naming the file, and nothing changed."""
    target = tmp_path / "watch"
    assert run(f"usjapan-facts init {target}").code == 0
    (target / "usjapan-facts.toml").write_text('watch = ["leaders.*"]\n', encoding="utf-8")
    before = {path: path.read_bytes() for path in target.rglob("*") if path.is_file()}
    again = run(f"usjapan-facts init {target}")
    assert again.code == 2
    assert again.stderr == (
        f"usjapan-facts: error: {target / 'snapshots'}: already exists; init starts a new watch, "
        "so choose an empty folder\n"
    )
    assert {path: path.read_bytes() for path in target.rglob("*") if path.is_file()} == before


def test_snapshots_dir_in_settings_must_be_a_path(run: Run, tmp_path: Path) -> None:
    """A settings file whose snapshots_dir is not a path is one clear error, exit 2."""
    (tmp_path / "usjapan-facts.toml").write_text("snapshots_dir = 3\n", encoding="utf-8")
    done = _shell("usjapan-facts list", tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"usjapan-facts: error: {tmp_path / 'usjapan-facts.toml'}: snapshots_dir: should be the path of a folder, "
        'such as "snapshots"'
    )


def test_init_of_another_brief_watches_that_brief(tmp_path: Path) -> None:
    """`--report IF11120 init DIR`: its history, `report` in the settings, a workflow naming it; check works there."""
    watch = tmp_path / "trade"
    command = f"{shlex.join(_command())} --report IF11120 init {watch} && cd {watch} && {shlex.join(_command())} check"
    done = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        env={key: value for key, value in os.environ.items() if not key.startswith("USJAPAN_FACTS_")},
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert 'report = "IF11120"' in (watch / "usjapan-facts.toml").read_text(encoding="utf-8")
    assert sorted(path.name for path in (watch / "snapshots").iterdir())[-1] == "2026-09-22.json"
    workflow = (watch / ".github" / "workflows" / "brief-watch.yml").read_text(encoding="utf-8")
    assert "IF11120" in workflow
    assert "IF10199" not in workflow
    assert "Traceback" not in done.stderr
