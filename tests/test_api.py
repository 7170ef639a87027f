"""The public Python API: what `import usjapan_facts` offers, as the README shows it."""

from __future__ import annotations

import subprocess
import sys

import usjapan_facts


def test_readme_example_runs() -> None:
    """Open the shipped history, diff two versions, follow one fact: the Python example of the docs."""
    store = usjapan_facts.SnapshotStore.for_brief("IF10199")
    result = usjapan_facts.diff_versions(store, "2021-05-12", "2021-12-03")
    assert result.changes[0].summary == "Prime Minister of Japan: Suga Yoshihide -> Kishida Fumio"
    assert len(result.changes) == 4  # against what the store last knew, with one election first recorded here
    values = [entry.view.display for entry in usjapan_facts.fact_history(store, "alliance.us_troops_in_japan")]
    assert values[11] == "around 54,000"


def test_every_name_in_all_is_importable() -> None:
    """`__all__` names only what exists."""
    for name in usjapan_facts.__all__:
        assert getattr(usjapan_facts, name) is not None
    assert sorted(usjapan_facts.__all__) == sorted(usjapan_facts._HOMES)


def test_reading_snapshots_does_not_import_deepdiff() -> None:
    """Loading a version, and a diff whose changes plain comparison names, leave DeepDiff unloaded."""
    code = (
        "import sys, usjapan_facts as u; s = u.SnapshotStore(u.default_store_root()); s.load('latest'); "
        "print('deepdiff' in sys.modules); u.diff_versions(s, '2021-05-12', '2021-12-03'); "
        "print('deepdiff' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_dir_and_help_list_the_public_api() -> None:
    """`dir()` shows every public name (lazily loaded ones too) and no helper; `help()` names them with an example."""
    import pydoc

    listed = dir(usjapan_facts)
    assert set(usjapan_facts.__all__) <= set(listed)
    assert not {"importlib", "Any", "TYPE_CHECKING", "_HOMES"} & set(listed)
    text = pydoc.render_doc(usjapan_facts, renderer=pydoc.TextDoc())
    for name in ("SnapshotStore", "diff_snapshots", "fact_history", "write_sqlite", "build_site", "render_atom"):
        assert name in text
    assert '>>> store = uf.SnapshotStore.for_brief("IF10199")' in text
    assert text.index("uf.diff_versions(store") < text.index("diff_snapshots(old, new)")


def test_module_docstring_example_runs() -> None:
    """The usage example in `help(usjapan_facts)` runs as written (doctest)."""
    import doctest

    outcome = doctest.testmod(usjapan_facts, report=False)
    assert (outcome.attempted, outcome.failed) == (6, 0)


def test_diff_snapshots_on_a_summary_version_warns_and_reports_its_unknowns() -> None:
    """A pairwise diff with a summary side warns (PartialSnapshotWarning) and counts the facts it could not see."""
    import pytest

    store = usjapan_facts.SnapshotStore.for_brief("IF10199")
    with pytest.warns(usjapan_facts.PartialSnapshotWarning, match=r"2024-11-05 is partial \(summary\).*diff_versions"):
        result = usjapan_facts.diff_snapshots(store.load("2024-11-05"), store.load("latest"))
    facts = len(store.catalogue.facts)
    assert result.unknown_counts == (facts - 1, 0)
    assert len(result.unknown_old) == facts - 1
    assert usjapan_facts.diff_versions(store, "2024-11-05", "latest").changes


def test_diff_snapshots_of_two_full_versions_does_not_warn() -> None:
    """Two full texts compared as they are raise no PartialSnapshotWarning."""
    import warnings

    store = usjapan_facts.SnapshotStore.for_brief("IF10199")
    with warnings.catch_warnings():
        warnings.simplefilter("error", usjapan_facts.PartialSnapshotWarning)
        result = usjapan_facts.diff_snapshots(store.load("2022-07-21"), store.load("2026-10-01"))
    assert result.changes


def test_for_brief_opens_the_shipped_store_of_that_brief() -> None:
    """`SnapshotStore.for_brief("IF11120")` names the brief once, and loads that brief's versions."""
    store = usjapan_facts.SnapshotStore.for_brief("IF11120")
    assert store.brief == "IF11120"
    assert {snapshot.report_id for snapshot in store} == {"IF11120"}


def test_a_store_of_another_brief_names_the_python_fix_not_a_flag() -> None:
    """Opening IF11120's folder as IF10199 fails with a hint naming for_brief, never the --report flag."""
    import pytest

    store = usjapan_facts.SnapshotStore(usjapan_facts.default_store_root("IF11120"))
    with pytest.raises(usjapan_facts.SnapshotFileError) as caught:
        list(store)
    assert "SnapshotStore.for_brief('IF11120')" in str(caught.value)
    assert "--" not in str(caught.value).split("report_id:")[1]


def test_saving_over_a_version_names_the_overwrite_argument(tmp_path: object) -> None:
    """Saving a stored version again says `overwrite=True`, not `--force`."""
    import pathlib

    import pytest

    root = pathlib.Path(str(tmp_path))
    store = usjapan_facts.SnapshotStore(root)
    snapshot = usjapan_facts.SnapshotStore.for_brief("IF10199").load("latest")
    store.save(snapshot)
    with pytest.raises(usjapan_facts.SnapshotExistsError, match="pass overwrite=True") as caught:
        store.save(snapshot)
    assert "--force" not in str(caught.value)


def test_an_unknown_version_suggests_the_nearest_stored_one() -> None:
    """`load("2022-07-12")` says: did you mean 2022-07-21? and names `versions()`."""
    import pytest

    store = usjapan_facts.SnapshotStore.for_brief("IF10199")
    with pytest.raises(usjapan_facts.VersionNotFoundError, match=r"did you mean 2022-07-21\?.*versions\(\)"):
        store.load("2022-07-12")


def test_in_force_gives_the_newest_version_on_or_before_a_date() -> None:
    """`in_force(2024-12-01)` is 2024-11-05; a stored date is in force on its own day."""
    import datetime as dt

    store = usjapan_facts.SnapshotStore.for_brief("IF10199")
    assert store.in_force(dt.date(2024, 12, 1)) == dt.date(2024, 11, 5)
    assert store.in_force(dt.date(2024, 11, 5)) == dt.date(2024, 11, 5)


def test_functions_named_like_their_modules_stay_functions() -> None:
    """`uf.lookup` and `uf.notify` are the functions even after their modules are imported (by `load`)."""
    code = (
        "import usjapan_facts as uf, usjapan_facts.lookup, usjapan_facts.notify; "
        "uf.SnapshotStore.for_brief('IF10199').load('latest'); print(callable(uf.lookup), callable(uf.notify))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]


def test_for_brief_takes_the_brief_id_in_any_case() -> None:
    """`SnapshotStore.for_brief("if11120")` opens IF11120's history, as `--report if11120` does."""
    store = usjapan_facts.SnapshotStore.for_brief("if11120")
    assert store.brief == "IF11120"
    assert store.versions() == usjapan_facts.SnapshotStore.for_brief("IF11120").versions()
