"""`site` keeps the loaded versions out of the garbage collector for the build only, whether it succeeds or fails."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Run
from usjapan_facts.store import SnapshotStore


class _Held:
    """An object the collector tracks (it refers to itself), to tell whether it is frozen."""

    def __init__(self) -> None:
        self.me = self


def _frozen(held: _Held) -> bool:
    """Frozen objects are in no generation the collector walks, so `gc.get_objects` leaves them out."""
    return not any(tracked is held for tracked in gc.get_objects())


@pytest.fixture
def frozen_elsewhere() -> Iterator[_Held]:
    """An object someone else froze before `site` ran (as a server that forks might); thawed after the test."""
    held = _Held()
    gc.freeze()
    try:
        yield held
    finally:
        gc.unfreeze()


def test_site_command_leaves_nothing_frozen_from_the_collector(run: Run, tmp_path: Path) -> None:
    """The site command freezes the loaded versions for the build only: after it, the collector sees everything."""
    before = gc.get_freeze_count()
    result = run(f"usjapan-facts site {tmp_path / 'site'}")
    assert result.code == 0, result.stderr
    assert gc.get_freeze_count() == before
    assert gc.isenabled()


def test_site_that_cannot_load_a_version_leaves_nothing_frozen(
    run: Run, store_copy: SnapshotStore, tmp_path: Path
) -> None:
    """A bad snapshot stops `site` while loading (exit 2, its file named): nothing frozen, the collector on."""
    newest = sorted(store_copy.root.glob("*.json"))[-1]
    newest.write_text("{\n", encoding="utf-8")
    before = gc.get_freeze_count()
    result = run(f"usjapan-facts --snapshots-dir {store_copy.root} site {tmp_path / 'site'}")
    assert result.code == 2
    assert result.stdout == ""
    assert newest.name in result.stderr
    assert "Traceback" not in result.stderr
    assert gc.get_freeze_count() == before
    assert gc.isenabled()
    assert not (tmp_path / "site").exists()


def test_site_that_cannot_write_its_pages_leaves_nothing_frozen(run: Run, tmp_path: Path) -> None:
    """A folder that is no site stops `site` after loading, during the build (exit 2): everything thawed again."""
    out = tmp_path / "notes"
    out.mkdir()
    (out / "mine.txt").write_text("keep me\n", encoding="utf-8")
    before = gc.get_freeze_count()
    result = run(f"usjapan-facts site {out}")
    assert result.code == 2
    assert "holds files but no site" in result.stderr
    assert gc.get_freeze_count() == before
    assert gc.isenabled()
    assert sorted(path.name for path in out.iterdir()) == ["mine.txt"]


def test_site_leaves_what_others_froze_frozen(run: Run, tmp_path: Path, frozen_elsewhere: _Held) -> None:
    """Objects frozen before `site` ran stay frozen after it, and it leaves none of its own frozen."""
    before = gc.get_freeze_count()
    result = run(f"usjapan-facts site {tmp_path / 'site'}")
    assert result.code == 0, result.stderr
    assert _frozen(frozen_elsewhere)
    # Frozen objects freed meanwhile leave the count (a few dozen); the site's own would be tens of thousands.
    assert 0 < gc.get_freeze_count() <= before
    assert gc.isenabled()


def test_site_leaves_the_collector_off_if_it_was_off(run: Run, tmp_path: Path) -> None:
    """A caller that turned the collector off finds it off after `site`, with nothing left frozen."""
    before = gc.get_freeze_count()
    gc.disable()
    try:
        result = run(f"usjapan-facts site {tmp_path / 'site'}")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert result.code == 0, result.stderr
    assert gc.get_freeze_count() == before
