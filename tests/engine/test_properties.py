"""Properties across the whole tool: concurrent saves, and the extractor on arbitrary text at length."""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.savers import race_for_one_date, save_versions
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.store import SnapshotStore


def _processes() -> multiprocessing.context.ForkServerContext:
    """Processes forked from one server that imported the store once (a spawned interpreter apiece took 0.3 s)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.savers"])
    return context


def test_concurrent_saves_of_different_versions_never_corrupt_a_file(tmp_path: Path) -> None:
    """Four processes saving 25 versions each into one store: 100 valid files, no temporary left behind."""
    context = _processes()
    workers = [context.Process(target=save_versions, args=(str(tmp_path), offset * 25, 25)) for offset in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    store = SnapshotStore(tmp_path)
    assert len(store.versions()) == 100
    assert store.check() == []
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_racing_saves_of_one_date_leave_one_whole_file(tmp_path: Path) -> None:
    """Eight processes saving the same date: exactly one wins, and the file is one of theirs, whole."""
    context = _processes()
    coverages = ["full", "excerpt", "summary", "none"] * 2
    workers = [context.Process(target=race_for_one_date, args=(str(tmp_path), coverage)) for coverage in coverages]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    store = SnapshotStore(tmp_path)
    assert store.check() == []
    assert store.load("2022-07-21").coverage in coverages
    assert [path.name for path in tmp_path.iterdir()] == ["2022-07-21.json"]


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_extractor_never_raises_on_arbitrary_text(text: str) -> None:
    """10,000 random texts: each gives a snapshot or an ExtractError, never anything else."""
    with contextlib.suppress(ExtractError):
        extract_snapshot(text, updated=dt.date(2024, 1, 1))
