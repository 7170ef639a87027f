"""The diff engine: kinds of change, unknown versus removed, severities, and its agreement with itself."""

from __future__ import annotations

import logging
from typing import Any

import deepdiff
import pytest
from hypothesis import given, settings

from tests.strategies import EVERYTHING_TRACKED, snapshots
from usjapan_facts.compare import DETAILS, snapshot_units
from usjapan_facts.diff import Change, DiffError, diff_pairs, diff_snapshots
from usjapan_facts.model import Snapshot
from usjapan_facts.severity import Rule, Rules
from usjapan_facts.store import SnapshotStore, consecutive_pairs


def make(coverage: str = "full", updated: str = "2022-07-21", **parts: Any) -> Snapshot:
    tracked = EVERYTHING_TRACKED if coverage == "full" else []
    return Snapshot.model_validate({"updated": updated, "coverage": coverage, "tracked": tracked, **parts})


def troops(value: int, qualifier: str = "about", **more: Any) -> dict[str, Any]:
    return {"alliance.us_troops_in_japan": {"kind": "count", "value": value, "qualifier": qualifier, **more}}


def only_change(old: Snapshot, new: Snapshot, rules: Rules | None = None) -> Change:
    changes = diff_snapshots(old, new, rules=rules).changes
    assert len(changes) == 1, changes
    return changes[0]


def test_number_move_is_a_value_change_with_delta() -> None:
    """around 50,000 -> around 54,000 reads with its absolute and relative move."""
    change = only_change(make(facts=troops(50000)), make(facts=troops(54000)))
    assert (change.kind, change.delta, change.relative) == ("value", 4000, 0.08)
    assert change.summary == "U.S. troops in Japan: around 50,000 -> around 54,000 (+4,000, +8.0%)"


def test_hedge_alone_between_points_is_a_qualifier_change() -> None:
    """exact 50,000 -> around 50,000: the same point, stated loosely, is a qualifier change, minor by default."""
    change = only_change(make(facts=troops(50000, "exact")), make(facts=troops(50000)))
    assert (change.kind, change.severity, change.delta) == ("qualifier", "minor", None)
    assert change.summary == "U.S. troops in Japan: 50,000 -> around 50,000"


def test_person_in_the_other_name_order_is_no_change(real_store: SnapshotStore) -> None:
    """'Fumio Kishida' (2022-03-30) and 'Kishida Fumio' (2022-07-21) are the same prime minister."""
    result = diff_snapshots(real_store.load("2022-03-30"), real_store.load("2022-07-21"))
    assert not [change for change in result.changes if change.fact_id.startswith("leaders.")]


def test_new_prime_minister_is_major(real_store: SnapshotStore) -> None:
    """Suga Yoshihide -> Kishida Fumio between 2021-05-12 and 2021-12-03 is a major value change."""
    result = diff_snapshots(real_store.load("2021-05-12"), real_store.load("2021-12-03"))
    [change] = [change for change in result.changes if change.fact_id == "leaders.japan_prime_minister"]
    assert (change.kind, change.severity) == ("value", "major")
    assert (change.old_text, change.new_text) == ("Suga Yoshihide", "Kishida Fumio")


def test_fact_missing_from_a_partial_snapshot_is_not_removed() -> None:
    """An excerpt that did not record a fact is unknown about it: no change."""
    assert diff_snapshots(make(facts=troops(54000)), make("excerpt")).changes == ()


def test_fact_missing_from_a_full_snapshot_is_removed() -> None:
    """A full text that no longer states a fact: removed, minor."""
    change = only_change(make(facts=troops(54000)), make("full"))
    assert (change.kind, change.severity, change.new_text) == ("removed", "minor", None)


def test_fact_new_after_a_full_snapshot_is_added_and_after_a_partial_is_not() -> None:
    """Added needs the older version to be known not to state the fact; after a partial one it is a first record."""
    assert only_change(make("full"), make(facts=troops(54000))).kind == "added"
    first = only_change(make("excerpt"), make(facts=troops(54000)))
    assert (first.kind, first.severity, first.old_text, first.old_version) == ("first_recorded", "info", None, None)
    assert first.summary == "U.S. troops in Japan: around 54,000 (first recorded in this version; not recorded before)"


def test_treaty_year_change_is_a_correction(real_store: SnapshotStore) -> None:
    """1951 -> 1952 between 2024-06-05 and 2024-08-01 is a correction; FDI rank 1st -> among the top restated."""
    result = diff_snapshots(real_store.load("2024-06-05"), real_store.load("2024-08-01"))
    kinds = {change.fact_id: (change.kind, change.severity) for change in result.changes}
    assert kinds["alliance.treaty_ally_since"] == ("correction", "major")
    assert kinds["trade.fdi_source_rank"] == ("restated", "minor")


def test_election_held_is_a_status_change_with_result() -> None:
    """upcoming -> held is a major status change that carries the result."""
    upcoming = {"okinawa_governor_2022": {"body": "Okinawa governor", "date": "2022-09", "status": "upcoming"}}
    held = {"okinawa_governor_2022": {**upcoming["okinawa_governor_2022"], "status": "held", "result": "Tamaki won"}}
    change = only_change(make(elections=upcoming), make(elections=held))
    assert (change.kind, change.severity, change.label) == ("status", "major", "Okinawa governor election")
    assert change.summary == "Okinawa governor election: upcoming (September 2022) -> held (September 2022): Tamaki won"


def test_new_election_is_a_status_change() -> None:
    """An election that appears in a version after a full one is reported as status."""
    new = {"upper_house_2028": {"body": "Upper House", "date": "2028-07", "status": "upcoming"}}
    change = only_change(make(), make(elections=new))
    assert (change.kind, change.old_text, change.new_text) == ("status", None, "upcoming (July 2028)")


def test_changed_quote_is_provenance_and_a_new_quote_is_no_change() -> None:
    """Both versions quoting different sentences is provenance (info); a quote appearing is nothing."""
    assert diff_snapshots(make(facts=troops(1)), make(facts=troops(1, quote="A."))).changes == ()
    change = only_change(make(facts=troops(1, quote="A.")), make(facts=troops(1, quote="B.")))
    assert (change.kind, change.severity, change.fields) == ("provenance", "info", ("quote",))


def test_wording_alone_is_no_change() -> None:
    """'around 54,000' rewritten 'about 54,000' with the same value and hedge is not a change."""
    old = make(facts=troops(54000, as_written="around 54,000"))
    assert diff_snapshots(old, make(facts=troops(54000, as_written="about 54,000"))).changes == ()


def test_coalition_listed_in_another_order_is_no_change() -> None:
    """A list of parties in another order is the same coalition."""

    def coalition(*parties: str) -> Snapshot:
        return make(facts={"politics.ruling_coalition": {"kind": "list", "value": list(parties)}})

    assert diff_snapshots(coalition("LDP", "Komeito"), coalition("Komeito", "LDP")).changes == ()


@pytest.mark.parametrize(
    ("fact_id", "old", "new", "severity"),
    [
        ("alliance.us_troops_in_japan", 54000, 54100, "major"),  # any troop move is major
        ("alliance.marines_relocating_to_guam", 4000, 4100, "minor"),  # 2.5% < 5%
        ("alliance.marines_relocating_to_guam", 4000, 4200, "major"),  # 5% is major
    ],
)
def test_default_severity_of_numeric_moves(fact_id: str, old: int, new: int, severity: str) -> None:
    """Troop moves are always major; other numbers are major from 5%."""

    def count(value: int) -> Snapshot:
        return make(facts={fact_id: {"kind": "count", "value": value}})

    assert only_change(count(old), count(new)).severity == severity


def test_rules_override_severity_and_threshold_by_glob() -> None:
    """A rule fixes a severity or moves the threshold for the facts its glob matches; later rules win."""

    def count(value: int) -> Snapshot:
        return make(facts={"alliance.marines_relocating_to_guam": {"kind": "count", "value": value}})

    loose = Rules(rules=[Rule(match="alliance.*", threshold=0.5)])
    assert only_change(count(4000), count(4200), loose).severity == "minor"
    fixed = Rules(rules=[Rule(match="alliance.*", threshold=0.5), Rule(match="*guam", severity="info")])
    assert only_change(count(4000), count(8000), fixed).severity == "info"


def test_filter_keeps_matching_ids_at_or_above_severity(real_store: SnapshotStore) -> None:
    """--only and --min-severity narrow the same diff."""
    result = diff_snapshots(real_store.load("2022-07-21"), real_store.load("2026-10-01"))
    assert {c.fact_id for c in result.filter(only=["leaders.*"]).changes} == {
        "leaders.japan_prime_minister",
        "leaders.us_president",
    }
    assert {c.severity for c in result.filter(min_severity="major").changes} == {"major"}
    assert len(result.filter(min_severity="minor").changes) < len(result.changes)


def test_logged_deepdiff_error_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error DeepDiff only logs (here on an election's nested candidates) fails the diff, never 'no changes'."""
    real = deepdiff.DeepDiff

    def logging_deepdiff(*args: Any, **kwargs: Any) -> Any:
        logging.getLogger("deepdiff.diff").error("cannot hash an item")
        return real(*args, **kwargs)

    def race(party: str) -> Snapshot:
        candidates = {"Tamaki": {"party": party, "incumbent": True}}
        election = {"body": "Okinawa governor", "date": "2022-09", "status": "upcoming", "candidates": candidates}
        return make(elections={"okinawa_governor_2022": election})

    monkeypatch.setattr(deepdiff, "DeepDiff", logging_deepdiff)  # imported where the nested walk needs it
    monkeypatch.setattr("usjapan_facts.diff.RECORD_DEPTH", 0)  # records go to DeepDiff, as deeper data would
    with pytest.raises(DiffError, match="cannot hash an item"):
        diff_snapshots(race("All Okinawa"), race("independent"))


def test_fingerprint_is_stable_and_names_the_change() -> None:
    """The same change gets the same fingerprint; another change another one."""
    first = only_change(make(facts=troops(1)), make(facts=troops(2)))
    again = only_change(make(facts=troops(1)), make(facts=troops(2)))
    other = only_change(make(facts=troops(1)), make(facts=troops(3)))
    assert first.fingerprint == again.fingerprint != other.fingerprint


def test_batched_pairs_agree_with_single_diffs(real_store: SnapshotStore) -> None:
    """`log`'s batched engine and `diff` give the same changes for every consecutive pair."""
    pairs = list(consecutive_pairs(real_store))
    batched = list(diff_pairs(pairs))
    assert batched == [diff_snapshots(old, new) for old, new in pairs]
    assert sum(len(result.changes) for result in batched) >= 15


def test_records_are_named_by_plain_comparison_as_deepdiff_names_them(
    real_store: SnapshotStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The paths of changed names, authors and candidates are the same whether DeepDiff or the plain walk finds them."""
    pairs = [(real_store.load("2022-07-21"), real_store.load("2026-10-01")), *consecutive_pairs(real_store)]
    plain = [[change.fields for change in result.changes] for result in diff_pairs(pairs)]
    monkeypatch.setattr("usjapan_facts.diff.RECORD_DEPTH", 0)
    deep = [[change.fields for change in result.changes] for result in diff_pairs(pairs)]
    assert plain == deep
    # Most severe first: the prime minister (major) leads; the authors (info) come among the last.
    assert "value.family" in plain[0][0]
    assert any("value.Cathleen D. Cimino-Isaacs.title" in fields for fields in plain[0])


def _meanings(snapshot: Snapshot) -> dict[str, Any]:
    return {unit_id: unit.meaning for unit_id, unit in snapshot_units(snapshot).items()}


def _same_meanings(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Equal meanings, an election's details (result, candidates) counting only where both sides give them."""
    if old.keys() != new.keys():
        return False
    for unit_id, before in old.items():
        after = new[unit_id]
        both = {key for key in DETAILS if before.get(key) and after.get(key)}
        if {k: v for k, v in before.items() if k not in DETAILS or k in both} != {
            k: v for k, v in after.items() if k not in DETAILS or k in both
        }:
            return False
    return True


@settings(max_examples=80, deadline=None)
@given(snapshot=snapshots())
def test_diff_of_a_snapshot_with_itself_is_empty(snapshot: Snapshot) -> None:
    """diff(a, a) has no changes."""
    assert diff_snapshots(snapshot, snapshot).changes == ()


@settings(max_examples=80, deadline=None)
@given(old=snapshots(), new=snapshots())
def test_diff_of_full_snapshots_is_empty_exactly_when_facts_are_equal(old: Snapshot, new: Snapshot) -> None:
    """Between full texts, no change means the same facts, and the same facts mean no change."""
    full = {"coverage": "full", "tracked": EVERYTHING_TRACKED}
    old, new = old.model_copy(update=full), new.model_copy(update=full)
    old_meanings, new_meanings = _meanings(old), _meanings(new)
    changes = [change for change in diff_snapshots(old, new).changes if change.kind != "provenance"]
    assert (changes == []) == _same_meanings(old_meanings, new_meanings)


def _mirrored_kind(change: Change) -> str:
    collection = change.fact_id.startswith(("elections.", "events."))
    if change.kind == "added":
        return "removed"
    if change.kind == "removed":
        return "status" if collection else "added"
    if change.kind == "status" and change.old_text is None:
        return "removed"
    return change.kind


@settings(max_examples=80, deadline=None)
@given(old=snapshots(), new=snapshots())
def test_swapping_old_and_new_mirrors_every_change(old: Snapshot, new: Snapshot) -> None:
    """diff(b, a) has diff(a, b)'s facts but first records: texts swapped, deltas negated, added/removed swapped."""
    forward = {change.fact_id: change for change in diff_snapshots(old, new).changes}
    backward = {change.fact_id: change for change in diff_snapshots(new, old).changes}
    # A first record has no mirror: the other way round, the newer side does not record the unit at all.
    firsts = {key for key, change in (forward | backward).items() if change.kind == "first_recorded"}
    assert forward.keys() ^ backward.keys() == firsts
    for fact_id, change in forward.items():
        if fact_id in firsts:
            continue
        mirrored = backward[fact_id]
        assert mirrored.kind == _mirrored_kind(change)
        assert (mirrored.old_text, mirrored.new_text) == (change.new_text, change.old_text)
        assert mirrored.delta == (-change.delta if change.delta is not None else None)


# Hedged figures compared as the claims they make ------------------------------------------------


def percent(value: float | None, qualifier: str = "exact", fact_id: str = "politics.upper_house_coalition_share",
            **more: Any) -> dict[str, Any]:  # fmt: skip
    return {fact_id: {"kind": "percent", "value": value, "qualifier": qualifier, **more}}


def rank(value: int | None, qualifier: str = "exact", **more: Any) -> dict[str, Any]:
    fact = {"kind": "rank", "qualifier": qualifier, **more} | ({"value": value} if value is not None else {})
    return {"trade.overall_partner_rank": fact}


HEDGE_PAIRS = [
    # (old, new, kind, direction): each pair in both orders below, compatible and not.
    (troops(54000, "about"), troops(50000, "over"), "restated", None),
    (troops(40000, "about"), troops(50000, "over"), "value", "up"),
    (troops(50000, "exact"), troops(50000, "over"), "value", "up"),  # an open bound leaves out its own figure
    (troops(50000, "exact"), troops(50000, "at_least"), "restated", None),  # a closed one keeps it
    (troops(49000, "exact"), troops(50000, "at_least"), "value", "up"),
    (percent(40), percent(50, "under"), "restated", None),
    (percent(60), percent(50, "under"), "value", "down"),
    (percent(50, "over"), percent(50, "under"), "value", "down"),
    (percent(50, "over"), percent(60, "at_least"), "restated", None),
    (percent(50, "under"), percent(40, "under"), "restated", None),
    (percent(50, "over"), percent(60, "nearly"), "restated", None),
    (percent(50, "under"), percent(60, "nearly"), "value", "up"),
    (troops(20000, "nearly"), troops(19000, "about"), "restated", None),
    (troops(20000, "nearly"), troops(15000, "exact"), "value", "down"),
    (troops(20000, "nearly"), troops(20000, "exact"), "value", "up"),  # nearly is just below
    (troops(20000, "nearly"), troops(21000, "at_least"), "value", "up"),
    (rank(None, "among_top"), rank(1), "restated", None),
    (rank(None, "among_top"), rank(15), "value", "down"),  # a higher number is a fall
    (rank(4), rank(6), "value", "down"),
]


def _swapped(direction: str | None) -> str | None:
    return {"up": "down", "down": "up"}.get(direction) if direction else None


@pytest.mark.parametrize(
    ("old", "new", "kind", "direction"),
    [*HEDGE_PAIRS, *((new, old, kind, _swapped(way)) for old, new, kind, way in HEDGE_PAIRS)],
)
def test_hedged_figures_compare_as_claims(old: dict[str, Any], new: dict[str, Any], kind: str, direction: str) -> None:
    """A bound on either side: compatible claims are restated, others a value change with its direction, no delta."""
    change = only_change(make(facts=old), make(facts=new))
    assert (change.kind, change.direction, change.delta, change.relative) == (kind, direction, None, None)
    if kind == "restated":
        assert change.severity == "minor"
        assert change.summary.endswith(
            f"{change.old_text} -> {change.new_text} (restated; the two claims are compatible)"
        )


def test_incompatible_bound_says_its_direction_in_words() -> None:
    """60% -> under 50%: 'now under 50%, was 60%', a fall, no fabricated -10 points, major (at least 10 points)."""
    change = only_change(make(facts=percent(60)), make(facts=percent(50, "under")))
    assert change.summary == "Ruling coalition's share of Upper House seats: fell: now under 50%, was 60%"
    assert (change.delta_text, change.severity) == ("", "major")


def test_incompatible_bound_severity_follows_the_least_move_it_implies() -> None:
    """51% -> under 50% implies a move of at least 2%: minor under the 5% threshold."""
    change = only_change(make(facts=percent(51)), make(facts=percent(50, "under")))
    assert (change.kind, change.direction, change.severity) == ("value", "down", "minor")


def test_points_keep_their_delta_in_both_orders() -> None:
    """Both sides exact or about: a value change with its delta and direction, negated when swapped."""
    forward = only_change(make(facts=troops(54000)), make(facts=troops(50000, "exact")))
    backward = only_change(make(facts=troops(50000, "exact")), make(facts=troops(54000)))
    assert (forward.kind, forward.delta, forward.direction) == ("value", -4000, "down")
    assert (backward.kind, backward.delta, backward.direction) == ("value", 4000, "up")


def test_rank_move_says_rose_or_fell_without_a_plus_sign() -> None:
    """4th -> 6th 'fell', 6th -> 4th 'rose': a lower number is a rise; major; no '+2'."""
    fell = only_change(make(facts=rank(4)), make(facts=rank(6)))
    rose = only_change(make(facts=rank(6)), make(facts=rank(4)))
    assert fell.summary == "Japan's rank among U.S. trading partners, overall: fell from 4th to 6th"
    assert rose.summary == "Japan's rank among U.S. trading partners, overall: rose from 6th to 4th"
    assert (fell.direction, rose.direction, fell.severity, fell.delta) == ("down", "up", "major", None)
    assert "+" not in fell.summary + rose.summary


def test_period_alone_is_a_period_change_at_info() -> None:
    """6th -> 6th (2025): the same rank, its year given: kind period, info, no value change."""
    change = only_change(make(facts=rank(6)), make(facts=rank(6, period="2025")))
    assert (change.kind, change.severity, change.delta, change.direction) == ("period", "info", None, None)
    assert change.summary == "Japan's rank among U.S. trading partners, overall: 6th; period not given -> 2025"
    moved = only_change(make(facts=rank(6, period="2021")), make(facts=rank(6, period="2025")))
    assert (moved.kind, moved.summary.rsplit(";", 1)[1]) == ("period", " period 2021 -> 2025")


def test_money_for_different_periods_is_a_different_figure_without_delta() -> None:
    """Two supplementary budgets (May 2022, spring 2026): a value change, no delta, said so."""

    def budget(value: int, period: str, qualifier: str = "exact") -> dict[str, Any]:
        fact = {"kind": "money", "value": value, "qualifier": qualifier, "period": period}
        return {"economy.supplementary_budget": fact}

    change = only_change(make(facts=budget(21 * 10**9, "2022-05")), make(facts=budget(20 * 10**9, "spring 2026")))
    assert (change.kind, change.delta, change.relative, change.direction) == ("value", None, None, None)
    assert change.summary.endswith("(figures for different periods: no delta)")
    same_period = only_change(make(facts=budget(21 * 10**9, "2022")), make(facts=budget(25 * 10**9, "2022")))
    assert same_period.delta == 4 * 10**9


def test_percent_for_different_periods_has_no_delta_even_with_a_bound() -> None:
    """60% (2022) -> under 50% (2026): different figures, so neither restated nor given a direction."""
    old = make(facts=percent(60, period="2022"))
    change = only_change(old, make(facts=percent(50, "under", period="2026")))
    assert (change.kind, change.delta, change.direction) == ("value", None, None)


def test_an_election_detail_one_side_leaves_out_is_no_change() -> None:
    """A version that gives no result or candidates (an extraction) has not changed them; a new result is a change."""
    base = {"body": "Upper House", "date": "2022-07", "status": "held"}
    told = {"upper_house_2022": {**base, "result": "coalition 57% -> 60%", "candidates": {"Tamaki": {}}}}
    assert diff_snapshots(make(elections=told), make(elections={"upper_house_2022": base})).changes == ()
    assert diff_snapshots(make(elections={"upper_house_2022": base}), make(elections=told)).changes == ()
    other = {"upper_house_2022": {**told["upper_house_2022"], "result": "coalition lost its majority"}}
    change = only_change(make(elections=told), make(elections=other))
    assert (change.kind, change.fields) == ("value", ("result",))


def test_a_candidates_note_is_no_change() -> None:
    """A note on a candidate ('opposes the base relocation') is comment, like a fact's note; the party is not."""
    base = {"body": "Okinawa governor", "date": "2022-09", "status": "upcoming"}
    noted = {"okinawa_governor_2022": {**base, "candidates": {"Denny Tamaki": {"incumbent": True, "note": "x"}}}}
    plain = {"okinawa_governor_2022": {**base, "candidates": {"Denny Tamaki": {"incumbent": True}}}}
    assert diff_snapshots(make(elections=noted), make(elections=plain)).changes == ()
    party = {"okinawa_governor_2022": {**base, "candidates": {"Denny Tamaki": {"incumbent": True, "party": "LDP"}}}}
    assert only_change(make(elections=plain), make(elections=party)).kind == "value"


def test_a_percent_moving_by_one_says_point_and_by_more_says_points() -> None:
    """60% -> 59% is '-1 point'; 60% -> 58% is '-2 points': the unit agrees with its number."""
    one = only_change(make(facts=percent(60, "exact")), make(facts=percent(59, "exact")))
    two = only_change(make(facts=percent(60, "exact")), make(facts=percent(58, "exact")))
    assert one.delta_text.startswith("-1 point,")
    assert two.delta_text.startswith("-2 points,")
