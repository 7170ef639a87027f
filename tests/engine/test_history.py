"""`history` and `log` share one notion of "changed": each fact's starred versions are where `log` reports it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Run
from tests.strategies import EVERYTHING_TRACKED
from usjapan_facts import catalog
from usjapan_facts.diff import log_diffs
from usjapan_facts.history import fact_history
from usjapan_facts.model import Snapshot
from usjapan_facts.report.history import CSV_COLUMNS, render_history
from usjapan_facts.report.site import fact_ids
from usjapan_facts.report.site.facts import site_histories
from usjapan_facts.store import SnapshotStore, default_store_root


def _logged(snapshots: Sequence[Snapshot]) -> dict[str, set[str]]:
    """The versions at which `log` reports each unit; provenance alone (a new quote) is not a change of meaning."""
    versions: dict[str, set[str]] = defaultdict(set)
    for diff in log_diffs(snapshots):
        for change in diff.changes:
            if change.kind != "provenance":
                versions[change.fact_id].add(diff.new.version)
    return versions


def _starred(snapshots: Sequence[Snapshot], unit_id: str) -> set[str]:
    return {entry.view.version for entry in fact_history(snapshots, unit_id) if entry.changed}


def _units(snapshots: Sequence[Snapshot]) -> list[str]:
    slugs = {f"{name}.{slug}" for s in snapshots for name in catalog.COLLECTIONS for slug in getattr(s, name)}
    specs = catalog.load(snapshots[0].report_id).specs
    return [*(spec.id for spec in specs if spec.id != "report.updated"), *sorted(slugs)]


def _assert_history_matches_log(snapshots: Sequence[Snapshot]) -> None:
    logged = _logged(snapshots)
    for unit_id in _units(snapshots):
        assert _starred(snapshots, unit_id) == logged.get(unit_id, set()), unit_id


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
def test_history_stars_exactly_where_log_reports_on_the_real_store(brief: str) -> None:
    """For every catalogue fact, election and event of each shipped brief's history, history and log agree."""
    _assert_history_matches_log(list(SnapshotStore(default_store_root(brief), brief=brief)))


@pytest.mark.parametrize(
    ("brief", "unit_id", "version"),
    [
        ("IF10199", "alliance.marines_in_guam", "2026-10-01"),
        ("IF11120", "tariffs.us_tariff_most_imports", "2026-09-22"),
        ("IF11120", "framework.investment_pledge", "2026-09-22"),
    ],
)
def test_a_first_record_is_starred_by_history_and_logged_as_first_recorded(
    brief: str, unit_id: str, version: str
) -> None:
    """A fact no earlier version recorded is starred where it first appears, and log says first_recorded there."""
    snapshots = list(SnapshotStore(default_store_root(brief), brief=brief))
    assert version in _starred(snapshots, unit_id)
    kinds = {
        (diff.new.version, change.kind)
        for diff in log_diffs(snapshots)
        for change in diff.changes
        if change.fact_id == unit_id
    }
    assert (version, "first_recorded") in kinds
    assert all(kind != "added" for _, kind in kinds if _ == version)


def test_log_has_the_leaders_changes_history_shows(real_store: SnapshotStore) -> None:
    """Kishida -> Ishiba and Biden -> Trump at 2025-09-29, Obama -> Trump at 2018-10-23: each once."""
    seen = [
        (diff.new.version, change.old_text, change.new_text)
        for diff in log_diffs(real_store)
        for change in diff.changes
        if change.fact_id.startswith("leaders.")
    ]
    for expected in [
        ("2025-09-29", "Kishida Fumio", "Ishiba Shigeru"),
        ("2025-09-29", "Joe Biden", "Donald Trump"),
        ("2018-10-23", "Barack Obama", "Donald Trump"),
    ]:
        assert seen.count(expected) == 1, expected


# Generated histories: a few facts, values from small pools (so they repeat), and random gaps.

POOLS: dict[str, list[dict[str, Any]]] = {
    "leaders.japan_prime_minister": [{"kind": "person", "value": {"family": name}} for name in ("Abe", "Suga")],
    "alliance.us_troops_in_japan": [
        {"kind": "count", "value": value, "qualifier": qualifier}
        for value, qualifier in ((50000, "about"), (54000, "about"), (50000, "over"), (60000, "exact"))
    ],
    "trade.overall_partner_rank": [
        {"kind": "rank", "value": 4},
        {"kind": "rank", "value": 4, "period": "2021"},
        {"kind": "rank", "value": 6},
        {"kind": "rank", "qualifier": "among_top"},
    ],
    "economy.supplementary_budget": [
        {"kind": "money", "value": 21 * 10**9, "period": "2022-05"},
        {"kind": "money", "value": 20 * 10**9, "qualifier": "nearly", "period": "2026"},
    ],
}
ELECTIONS = [
    {"body": "Upper House", "date": "2028-07", "status": "upcoming"},
    {"body": "Upper House", "date": "2028-07", "status": "held", "result": "won"},
]
# Each strategy is built once, outside the draws: Hypothesis validates every new strategy object it meets.
fact = st.sampled_from(sorted(POOLS)).flatmap(
    {
        fact_id: st.tuples(st.just(fact_id), st.sampled_from(POOLS[fact_id]), st.sampled_from([None, "A.", "B."]))
        for fact_id in POOLS
    }.__getitem__
)
_facts = st.lists(fact, max_size=4, unique_by=lambda item: item[0])
_elections = st.sampled_from(ELECTIONS)
_tracked = st.lists(st.sampled_from(sorted(POOLS)), unique=True)


@st.composite
def version(draw: st.DrawFn, updated: dt.date) -> Snapshot:
    """One version: full (checked for everything) or an excerpt, stating some of the pooled facts."""
    full = draw(st.booleans())
    facts = {fact_id: {**value, **({"quote": quote} if quote else {})} for fact_id, value, quote in draw(_facts)}
    elections = {"upper_house_2028": draw(_elections)} if draw(st.booleans()) else {}
    return Snapshot.model_validate(
        {
            "updated": updated.isoformat(),
            "coverage": "full" if full else "excerpt",
            "tracked": EVERYTHING_TRACKED if full else draw(_tracked),
            "facts": facts,
            "elections": elections,
        }
    )


histories = st.integers(2, 9).flatmap(
    {
        count: st.tuples(*(version(dt.date(2020, 1, 1) + dt.timedelta(days=30 * day)) for day in range(count)))
        for count in range(2, 10)
    }.__getitem__
)


@settings(max_examples=150, deadline=None)
@given(snapshots=histories)
def test_history_stars_exactly_where_log_reports_on_generated_histories(snapshots: tuple[Snapshot, ...]) -> None:
    """Random gaps, full texts and excerpts, repeats and returns: history's stars are log's versions, fact by fact."""
    _assert_history_matches_log(snapshots)


@settings(max_examples=100, deadline=None)
@given(snapshots=histories)
def test_log_reports_each_change_once(snapshots: tuple[Snapshot, ...]) -> None:
    """Each unit changes at most once per version in the log, and never at the first version."""
    diffs = list(log_diffs(snapshots))
    assert [diff.new.version for diff in diffs] == [s.updated.isoformat() for s in snapshots[1:]]
    for diff in diffs:
        ids = [change.fact_id for change in diff.changes]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_the_history_command_prints_what_report_history_renders(run: Run, real_store: SnapshotStore, fmt: str) -> None:
    """`history --format F` is `render_history(fact_history(store, id), F)` of the report layer, byte for byte."""
    fact_id = "alliance.us_troops_in_japan"
    shown = run(f"usjapan-facts history {fact_id} --format {fmt}")
    assert shown.code == 0
    assert shown.stdout == render_history(fact_history(real_store, fact_id), fmt)


def test_history_renderings_hold_one_line_or_row_per_version(real_store: SnapshotStore) -> None:
    """Text has a title line then a line per version, CSV a header then a row, JSON an entry; '*' marks changes."""
    entries = list(fact_history(real_store, "leaders.japan_prime_minister"))
    text = render_history(entries).splitlines()
    rows = list(csv.DictReader(io.StringIO(render_history(entries, "csv"))))
    assert text[0] == "leaders.japan_prime_minister  Prime Minister of Japan (Leaders)"
    assert len(text) - 1 == len(rows) == len(json.loads(render_history(entries, "json"))) == len(real_store.versions())
    assert [line.startswith("*") for line in text[1:]] == [row["changed"] == "true" for row in rows]
    assert tuple(rows[0]) == CSV_COLUMNS
    with pytest.raises(ValueError, match="no history format 'xml'"):
        render_history(entries, "xml")


@settings(max_examples=30, deadline=None)
@given(snapshots=histories)
def test_site_histories_give_fact_history_entries_whole_on_any_history(snapshots: tuple[Snapshot, ...]) -> None:
    """On generated histories, the entries the site takes from the diffs equal `fact_history`'s for every id."""
    catalogue = snapshots[-1].catalogue
    ids = fact_ids(snapshots, catalogue)
    found = site_histories(snapshots, list(log_diffs(snapshots)), ids, catalogue)
    for fact_id, entries in zip(ids, found, strict=True):
        assert entries == list(fact_history(snapshots, fact_id, catalogue=catalogue)), fact_id
