"""Releases: the sdist and wheel build, pass twine, hold the data files, and `init` from the wheel pins it."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import check_dist  # noqa: E402 - a script, imported from its folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel of this checkout, built once, with the test environment's backend (not isolated)."""
    return check_dist.build(tmp_path_factory.mktemp("dist"), isolated=False)


def test_built_wheel_holds_the_data_and_init_from_it_pins_its_version(built: tuple[Path, Path], tmp_path: Path) -> None:
    """twine passes, every snapshot, catalogue and template is inside, and init pins usjapan-facts==VERSION."""
    sdist, wheel = built
    assert check_dist.problems_of(sdist, wheel, tmp_path) == []
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "usjapan_facts/snapshots/IF10199/2026-10-01.json" in names
    assert "usjapan_facts/briefs/IF11120/catalog.toml" in names
    assert "usjapan_facts/report/site/templates/index.html.j2" in names
    workflow = yaml.safe_load((tmp_path / "watch/.github/workflows/brief-watch.yml").read_text(encoding="utf-8"))
    assert workflow["env"]["USJAPAN_FACTS"] == f"usjapan-facts=={wheel.name.split('-')[1]}"


def test_wheel_check_finds_a_missing_snapshot(built: tuple[Path, Path], tmp_path: Path) -> None:
    """A wheel without one of the shipped snapshots is reported by name (the content check `problems_of` runs)."""
    _, wheel = built
    broken = tmp_path / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            if item.filename != "usjapan_facts/snapshots/IF10199/2026-10-01.json":
                target.writestr(item, source.read(item))
    assert check_dist.content_problems(wheel) == []
    assert check_dist.content_problems(broken) == [
        f"{wheel.name}: lacks usjapan_facts/snapshots/IF10199/2026-10-01.json"
    ]


def test_release_workflow_publishes_tags_with_trusted_publishing() -> None:
    """release.yml runs on version tags, builds with check_dist, and publishes with an OIDC token, no secret."""
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow[True]["push"]["tags"] == ["v*"]
    publish = workflow["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert any(step.get("uses", "").startswith("pypa/gh-action-pypi-publish@") for step in publish["steps"])
    assert "secrets." not in text
    build = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "python scripts/check_dist.py --dist dist" in build
