"""The snapshot model: kinds, qualifiers, person identity, and unknown versus not stated."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from tests.strategies import EVERYTHING_TRACKED
from usjapan_facts.model import PercentFact, PersonFact, PersonName, RankFact, Snapshot, precision_of


def snapshot(coverage: str = "excerpt", /, **facts: Any) -> Snapshot:
    tracked = EVERYTHING_TRACKED if coverage == "full" else []
    return Snapshot.model_validate({"updated": "2022-07-21", "coverage": coverage, "tracked": tracked, "facts": facts})


def test_qualifier_is_kept_normalised() -> None:
    """A hedge is one of the normalised qualifiers and is kept as given."""
    made = snapshot(**{"alliance.us_troops_in_japan": {"kind": "count", "value": 54000, "qualifier": "about"}})
    assert made.facts["alliance.us_troops_in_japan"].qualifier == "about"  # type: ignore[union-attr]


def test_unnormalised_qualifier_is_rejected() -> None:
    """'around' must be written as its normal form 'about'."""
    with pytest.raises(ValidationError, match="qualifier"):
        snapshot(**{"alliance.us_troops_in_japan": {"kind": "count", "value": 54000, "qualifier": "around"}})


def test_person_in_either_name_order_is_one_identity() -> None:
    """'Fumio Kishida' and 'Kishida Fumio' differ only in wording, not in identity."""
    western = PersonFact(value=PersonName(family="Kishida", given="Fumio"), as_written="Fumio Kishida")
    japanese = PersonFact(value=PersonName(family="Kishida", given="Fumio"), as_written="Kishida Fumio")
    assert western.identity() == japanese.identity()
    assert western.value.written(family_first=False) == "Fumio Kishida"
    assert str(japanese.value) == "Kishida Fumio"


def test_different_people_have_different_identities() -> None:
    """A new prime minister is a different identity."""
    assert PersonName(family="Suga", given="Yoshihide").key() != PersonName(family="Kishida", given="Fumio").key()


def test_integral_float_is_stored_as_int() -> None:
    """25.0 and 25 serialise alike, so a reload never reads as a change."""
    assert PercentFact(value=25.0).value == 25
    assert isinstance(PercentFact(value=25.0).value, int)
    assert PercentFact(value=12.5).value == 12.5


def test_rank_among_top_has_no_position() -> None:
    """'a top source' is a rank without a position; any other rank needs one."""
    assert RankFact(qualifier="among_top").value is None
    with pytest.raises(ValidationError, match="position"):
        RankFact(qualifier="exact")
    with pytest.raises(ValidationError, match="position"):
        RankFact(value=1, qualifier="among_top")


@pytest.mark.parametrize(("value", "precision"), [("2022-07-08", "day"), ("2022-09", "month"), ("2025", "year")])
def test_partial_date_precision_follows_its_length(value: str, precision: str) -> None:
    """A date's precision is read from how much of it is given."""
    made = snapshot(**{"alliance.host_nation_support_agreement": {"kind": "date", "value": value}})
    assert made.facts["alliance.host_nation_support_agreement"].precision == precision  # type: ignore[union-attr]
    assert precision_of(value) == precision


@pytest.mark.parametrize("value", ["2022-02-30", "2022-13", "22-07-08", "July 2022"])
def test_impossible_or_malformed_date_is_rejected(value: str) -> None:
    """A date that does not exist, or is not ISO, is invalid."""
    with pytest.raises(ValidationError, match=r"alliance\.host_nation_support_agreement"):
        snapshot(**{"alliance.host_nation_support_agreement": {"kind": "date", "value": value}})


def test_negative_troop_count_is_rejected() -> None:
    """A count cannot be negative."""
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        snapshot(**{"alliance.us_troops_in_japan": {"kind": "count", "value": -5}})


def test_fact_id_outside_the_catalogue_is_rejected() -> None:
    """Only catalogue ids may be stored, so a typo cannot create a new fact."""
    with pytest.raises(ValidationError, match=r"alliance\.troops"):
        snapshot(**{"alliance.troops": {"kind": "count", "value": 5}})


def test_kind_must_match_the_catalogue() -> None:
    """A fact is stored with the kind its catalogue entry declares."""
    with pytest.raises(ValidationError, match="is a count fact, not money"):
        snapshot(**{"alliance.us_troops_in_japan": {"kind": "money", "value": 5}})


def test_unknown_field_is_rejected() -> None:
    """Fields are closed: a misspelt field is an error, not silently dropped."""
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        snapshot(**{"alliance.us_troops_in_japan": {"kind": "count", "value": 5, "qualifer": "about"}})


def test_facts_are_kept_in_catalogue_order() -> None:
    """Whatever order facts arrive in, a snapshot holds them in catalogue order."""
    made = snapshot(
        **{
            "trade.fdi_source_rank": {"kind": "rank", "value": 1},
            "leaders.us_president": {"kind": "person", "value": {"family": "Biden", "given": "Joe"}},
        }
    )
    assert list(made.facts) == ["leaders.us_president", "trade.fdi_source_rank"]


def test_missing_fact_is_unknown_in_a_partial_snapshot() -> None:
    """An excerpt that does not record a fact says nothing about it."""
    assert snapshot("excerpt").fact_status("alliance.us_troops_in_japan") == "unknown"


def test_missing_fact_is_not_stated_in_a_full_snapshot() -> None:
    """A full text that lacks a fact it was checked for does not state it."""
    assert snapshot("full").fact_status("alliance.us_troops_in_japan") == "not_stated"


def test_missing_fact_outside_tracked_is_unknown_even_in_a_full_snapshot() -> None:
    """A fact the version was not checked for (an extraction's miss, a fact added later) is unknown."""
    made = Snapshot.model_validate(
        {"updated": "2022-07-21", "coverage": "full", "tracked": ["leaders.us_president", "elections"]}
    )
    assert made.fact_status("leaders.us_president") == "not_stated"
    assert made.fact_status("alliance.us_troops_in_japan") == "unknown"
    assert made.fact_status("elections.upper_house_2022") == "not_stated"
    assert made.fact_status("events.abe_assassination") == "unknown"


def test_tracked_names_only_catalogue_facts_and_collections() -> None:
    """'tracked' refuses unknown ids, metadata and repeats, and keeps catalogue order."""
    for bad in (["no.such_fact"], ["report.title"], ["events", "events"]):
        with pytest.raises(ValidationError):
            Snapshot.model_validate({"updated": "2022-07-21", "coverage": "full", "tracked": bad})
    made = Snapshot.model_validate(
        {"updated": "2022-07-21", "coverage": "full", "tracked": ["events", "leaders.us_president"]}
    )
    assert made.tracked == ["leaders.us_president", "events"]


def test_present_fact_is_stated() -> None:
    """A recorded fact is stated whatever the coverage."""
    made = snapshot(**{"alliance.us_troops_in_japan": {"kind": "count", "value": 1}})
    assert made.fact_status("alliance.us_troops_in_japan") == "stated"
