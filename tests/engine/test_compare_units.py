"""`compare`: what of a unit is its meaning, when two states of it mean the same, and what kind of change one is."""

from __future__ import annotations

import pytest

from usjapan_facts import catalog
from usjapan_facts.compare import changed_provenance, judge, meanings_differ, same_meaning, split
from usjapan_facts.json_values import JsonObject

TROOPS = "alliance.us_troops_in_japan"


@pytest.fixture(scope="module")
def catalogue() -> catalog.Catalogue:
    return catalog.load("IF10199")


def test_split_keeps_meaning_and_provenance_apart_and_drops_wording() -> None:
    """Value, hedge and period are meaning; quote, section and note provenance; wording, page and column neither."""
    data: JsonObject = {"value": 1, "qualifier": "about", "period": "2020", "as_written": "one", "page": 2}
    data |= {"column": 1, "quote": "q", "section": "s", "note": "n"}
    unit = split(data)
    assert unit.meaning == {"value": 1, "qualifier": "about", "period": "2020"}
    assert unit.provenance == {"quote": "q", "section": "s", "note": "n"}


def test_order_of_a_list_and_a_candidates_note_carry_no_meaning() -> None:
    """A list's meaning is its sorted items; a note on a candidate is a comment, like a fact's note."""
    assert split({"value": ["b", "a"]}).meaning == {"value": ["a", "b"]}
    assert split({"candidates": {"X": {"party": "P", "note": "n"}}}).meaning == {"candidates": {"X": {"party": "P"}}}


def test_same_meaning_ignores_provenance_and_order_but_not_absence() -> None:
    """Two unstated states agree; stated and unstated never do; a new quote or a reordered list is no change."""
    assert same_meaning(None, None)
    assert not same_meaning(None, {"value": 1})
    assert not same_meaning({"value": 1}, None)
    assert same_meaning({"value": 1, "quote": "a"}, {"value": 1, "quote": "b"})
    assert same_meaning({"value": ["a", "b"]}, {"value": ["b", "a"]})
    assert not same_meaning({"value": 1}, {"value": 2})


def test_a_definition_or_detail_stated_on_one_side_only_is_no_difference() -> None:
    """A basis or an election result one version leaves unsaid changes nothing; two different bases do."""
    assert not meanings_differ({"value": 1, "basis": "x"}, {"value": 1})
    assert not meanings_differ({"result": "won"}, {})
    assert meanings_differ({"value": 1, "basis": "x"}, {"value": 1, "basis": "y"})


def test_changed_provenance_names_only_fields_both_sides_give() -> None:
    """A quote that differs is named; a quote that appears, or a section one side drops, is not."""
    assert changed_provenance({"quote": "a", "section": "s"}, {"quote": "b"}) == ["quote"]
    assert changed_provenance({"value": 1}, {"value": 1, "quote": "x"}) == []


def test_a_count_that_moves_has_a_direction_a_delta_and_a_relative_move(catalogue: catalog.Catalogue) -> None:
    """Around 54,000 to around 56,000 troops: up by 2,000, about 3.7%."""
    judged = judge(
        catalogue, TROOPS, {"value"}, {"value": 54000, "qualifier": "about"}, {"value": 56000, "qualifier": "about"}
    )
    assert (judged.kind, judged.direction, judged.delta) == ("value", "up", 2000)
    assert judged.relative == pytest.approx(2000 / 54000)


def test_a_rank_rises_when_its_number_falls_and_has_no_delta(catalogue: catalog.Catalogue) -> None:
    """6th to 4th trading partner is up, with no '+2': a position, not a quantity."""
    judged = judge(catalogue, "trade.overall_partner_rank", {"value"}, {"value": 6}, {"value": 4})
    assert (judged.kind, judged.direction, judged.delta, judged.relative) == ("value", "up", None, None)


def test_a_year_moves_by_years_never_by_a_percentage(catalogue: catalog.Catalogue) -> None:
    """An election due in 2025, then 2026: one year later, no relative move."""
    judged = judge(catalogue, "politics.next_diet_election_due", {"value"}, {"value": 2025}, {"value": 2026})
    assert (judged.kind, judged.direction, judged.delta, judged.relative) == ("value", "up", 1, None)


def test_an_invariant_that_moves_is_a_correction(catalogue: catalog.Catalogue) -> None:
    """A treaty ally since 1951 cannot become one since 1960: the brief corrected itself."""
    judged = judge(catalogue, "alliance.treaty_ally_since", {"value"}, {"value": 1951}, {"value": 1960})
    assert (judged.kind, judged.direction, judged.delta) == ("correction", "up", 9)


def test_period_basis_and_finer_statements_have_their_own_kinds(catalogue: catalog.Catalogue) -> None:
    """Only the period moved: 'period'; two definitions: 'redefined'; a name given more fully: 'restated'."""
    moved = judge(catalogue, TROOPS, {"period"}, {"value": 54000, "period": "2021"}, {"value": 54000, "period": "2022"})
    assert moved.kind == "period"
    bases = judge(catalogue, TROOPS, {"basis", "value"}, {"value": 54000, "basis": "a"}, {"value": 56000, "basis": "b"})
    assert bases.kind == "redefined"
    fuller = judge(
        catalogue,
        "leaders.us_president",
        {"value"},
        {"value": {"family": "Biden"}},
        {"value": {"family": "Biden", "given": "Joe"}},
    )
    assert fuller.kind == "restated"


def test_collections_and_report_metadata_change_in_status_or_value(catalogue: catalog.Catalogue) -> None:
    """An election held is a status change; anything else of an election, an event or the report is a value change."""
    assert judge(catalogue, "elections.upper_house_2022", {"status"}, {}, {}).kind == "status"
    assert judge(catalogue, "events.summit", {"what"}, {}, {}).kind == "value"
    assert judge(catalogue, "report.title", {"value"}, {}, {}).kind == "value"
