"""The public Python API: what `import usjapan_facts` offers, as the README shows it."""

from __future__ import annotations

import subprocess
import sys

import usjapan_facts


def test_readme_example_runs() -> None:
    """Load the shipped history, diff two versions, follow one fact: the README's Python section."""
    store = usjapan_facts.SnapshotStore(usjapan_facts.default_store_root())
    result = usjapan_facts.diff_snapshots(store.load("2021-05-12"), store.load("2021-12-03"))
    assert result.changes[0].summary == "Prime Minister of Japan: Suga Yoshihide -> Kishida Fumio"
    # Without history, what the older file did not record is news where the newer one states it.
    assert {change.kind for change in result.changes[1:]} == {"first_recorded"}
    values = [entry.view.display for entry in usjapan_facts.fact_history(store, "alliance.us_troops_in_japan")]
    assert values[11] == "around 54,000"


def test_every_name_in_all_is_importable() -> None:
    """`__all__` names only what exists."""
    for name in usjapan_facts.__all__:
        assert getattr(usjapan_facts, name) is not None
    assert sorted(usjapan_facts.__all__) == sorted(usjapan_facts._HOMES)


def test_reading_snapshots_does_not_import_deepdiff() -> None:
    """Importing the package and loading a version leaves DeepDiff unloaded until a diff is asked for."""
    code = (
        "import sys, usjapan_facts as u; s = u.SnapshotStore(u.default_store_root()); s.load('latest'); "
        "print('deepdiff' in sys.modules); u.diff_snapshots; print('deepdiff' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_dir_and_help_list_the_public_api() -> None:
    """`dir()` shows every public name (lazily loaded ones too) and no helper; `help()` names them with an example."""
    import pydoc

    listed = dir(usjapan_facts)
    assert set(usjapan_facts.__all__) <= set(listed)
    assert not {"importlib", "Any", "TYPE_CHECKING", "_HOMES"} & set(listed)
    text = pydoc.render_doc(usjapan_facts, renderer=pydoc.TextDoc())
    for name in ("SnapshotStore", "diff_snapshots", "fact_history", "write_sqlite", "build_site", "render_atom"):
        assert name in text
    assert ">>> store = uf.SnapshotStore(uf.default_store_root())" in text


def test_module_docstring_example_runs() -> None:
    """The usage example in `help(usjapan_facts)` runs as written (doctest)."""
    import doctest

    outcome = doctest.testmod(usjapan_facts, report=False)
    assert (outcome.attempted, outcome.failed) == (5, 0)
