"""Explicit migrations from older snapshot shapes to the current one, a step per schema version.

Schema 0 is the shape in which the facts of each published version were first gathered (the record
in tests/fixtures/if10199_versions.json): facts without their kind, persons as flat family and given
names, a precision beside each date, authors and candidates as lists, the report's id and title apart.
Schema 1 added the kinds and nested shapes; in it a full-coverage version stated every fact it did not
hold was absent. Schema 2 says so explicitly in `tracked`, so that a fact added to the catalogue later is
unknown in older versions rather than dropped. A file says its shape in `schema_version`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.model import SCHEMA_VERSION, Author, precision_of

Data = dict[str, Any]


class MigrationError(ValueError):
    """The data does not have the shape its schema version says; the message names the field."""


def _without_precision(record: Data, date_field: str, where: str) -> Data:
    record = dict(record)
    precision = record.pop("precision", None)
    if date_field not in record:
        raise MigrationError(f"{where}: has no {date_field!r}")
    if precision is not None and precision != precision_of(str(record[date_field])):
        raise MigrationError(f"{where}: precision {precision!r} disagrees with {record[date_field]!r}")
    return record


def _author(record: Data) -> tuple[str, Data]:
    return record["name"], Author.fields_from_role(record.get("role"))


def _fact(catalogue: catalog.Catalogue, fact_id: str, record: Data, where: str) -> Data:
    spec = catalogue.by_id.get(fact_id)
    if spec is None or spec.is_metadata:
        raise MigrationError(f"{where}: {fact_id!r} is not a fact id of the {catalogue.brief} catalogue")
    if spec.kind == "date":
        record = _without_precision(record, "value", where)
    if spec.kind == "person":
        record = dict(record)
        name = {"family": record.pop("family", None), "given": record.pop("given", None)}
        record["value"] = name
    return {"kind": spec.kind, **record}


def from_record(data: Data) -> Data:
    """Schema 0 -> 1: type a gathered record into the snapshot's shape."""
    updated = data.get("updated", "?")
    report = data.get("report", {})
    try:
        catalogue = catalog.load(report.get("id", catalog.DEFAULT_BRIEF))
    except catalog.CatalogueError as exc:
        raise MigrationError(f"report.id: {exc}") from None
    facts = {
        fact_id: _fact(catalogue, fact_id, record, f"facts.{fact_id}")
        for fact_id, record in data.get("facts", {}).items()
    }
    elections = {}
    for slug, record in data.get("elections", {}).items():
        record = _without_precision(record, "date", f"elections.{slug}")
        candidates = {
            candidate["name"]: {key: value for key, value in candidate.items() if key != "name"}
            for candidate in record.pop("candidates", [])
        }
        elections[slug] = {**record, "candidates": candidates}
    events = {
        slug: _without_precision(record, "date", f"events.{slug}") for slug, record in data.get("events", {}).items()
    }
    migrated: Data = {
        "schema_version": 1,
        "report_id": catalogue.brief,
        "title": data.get("title") or report.get("title") or catalogue.title,
        "updated": updated,
        "crs_version": data.get("crs_version"),
        "coverage": data.get("coverage"),
        "tracked": data.get("tracked"),
        "sources": data.get("sources", []),
        "authors": dict(_author(author) for author in data.get("authors", [])),
        "facts": facts,
        "elections": elections,
        "events": events,
        "notes": data.get("notes"),
    }
    return {key: value for key, value in migrated.items() if value is not None}


SCHEMA_1_TRACKED: tuple[str, ...] = (
    "leaders.japan_prime_minister",
    "leaders.us_president",
    "alliance.treaty_ally_since",
    "alliance.us_troops_in_japan",
    "alliance.host_nation_support_per_year",
    "alliance.host_nation_support_agreement",
    "alliance.okinawa_share_of_usfj_facilities",
    "alliance.okinawa_share_of_usfj_personnel",
    "alliance.okinawa_share_of_land_area",
    "alliance.marines_relocating_to_guam",
    "defense.spending_goal_pct_gdp",
    "defense.traditional_limit_pct_gdp",
    "defense.tomahawk_purchase",
    "politics.ruling_coalition",
    "politics.upper_house_coalition_share",
    "politics.lower_house_coalition_share",
    "politics.next_diet_election_due",
    "politics.lower_house_election_due",
    "trade.overall_partner_rank",
    "trade.export_partner_rank",
    "trade.us_exports_to_japan",
    "trade.import_partner_rank",
    "trade.us_imports_from_japan",
    "trade.fdi_source_rank",
    "trade.treasury_holder_rank",
    "trade.us_tariff_on_most_imports_from_japan",
    "trade.japan_investment_pledge",
    "economy.gdp_growth",
    "economy.supplementary_budget",
    "economy.emissions_cut_target",
    "economy.yen",
    "diplomacy.quad_leader_meetings",
    "diplomacy.ipef_other_partners",
    "diplomacy.ukraine_humanitarian_aid",
    "diplomacy.ukraine_financial_support",
    "elections",
    "events",
)
"""What a full-coverage version of schema 1 was checked for: the catalogue of that release, frozen here
so that facts added to the catalogue later stay unknown in it."""


SCHEMA_1_BRIEF = "IF10199"
"""Schema 1 knew one brief; its catalogue is the one frozen above."""


def track_coverage(data: Data) -> Data:
    """Schema 1 -> 2: a full-coverage version tracked the whole catalogue of schema 1; any other, nothing.

    A gathered record may say what a version tracked; that is kept as it is.
    """
    if not isinstance(data, dict):
        raise MigrationError("a snapshot is a JSON object")
    if "tracked" in data:
        return {**data, "schema_version": 2}
    full = data.get("coverage") == "full" and data.get("report_id", SCHEMA_1_BRIEF) == SCHEMA_1_BRIEF
    return {**data, "schema_version": 2, "tracked": list(SCHEMA_1_TRACKED) if full else []}


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: from_record, 1: track_coverage}
"""Each step takes data of schema N to schema N + 1."""


def migrate(data: Data) -> tuple[Data, int]:
    """Bring data of any known older schema to the current one; return it and the schema it was written in."""
    written = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(written, int) or isinstance(written, bool) or written < 0:
        raise MigrationError(f"schema_version: {written!r} is not a schema version (a whole number from 0)")
    version = written
    while version < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise MigrationError(f"not in the shape of schema version {version} ({exc!r})") from None
        version += 1
    return data, written
