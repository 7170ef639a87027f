"""Pydantic v2 models of one version of the brief: the `Snapshot`, its facts, elections and events.

The models of its parts live in `facts` (one per catalogue kind) and `records` (authors, elections,
events); they are importable from here as before.
"""

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    Field,
    PrivateAttr,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from usjapan_facts import _version, catalog
from usjapan_facts.bounds import MAX_COUNT, MAX_DOLLARS, MAX_MEASURE, MAX_RANK
from usjapan_facts.facts import (
    PROVENANCE_FIELDS,
    BaseFact,
    Count,
    CountFact,
    Coverage,
    DateFact,
    Fact,
    FactStatus,
    FrozenModel,
    HedgedFact,
    ListFact,
    MoneyFact,
    NonEmpty,
    Number,
    PartialDate,
    PercentFact,
    PersonFact,
    PersonName,
    Precision,
    Qualifier,
    RankFact,
    Slug,
    Status,
    TextFact,
    YearFact,
    YearlyPercentFact,
    precision_of,
)
from usjapan_facts.records import Author, Authors, Candidate, Election, Event, UnitValue

if TYPE_CHECKING:
    from usjapan_facts.catalog import UnitRef

# fmt: off
__all__ = [
    "MAX_COUNT", "MAX_DOLLARS", "MAX_MEASURE", "MAX_RANK", "PROVENANCE_FIELDS", "SCHEMA_VERSION", "Author",
    "Authors", "BaseFact", "BaseModel", "Candidate", "Count", "CountFact", "Coverage", "DateFact", "Election",
    "Event", "Fact", "FactStatus", "HedgedFact", "ListFact", "MoneyFact", "NonEmpty", "Number", "PartialDate",
    "PercentFact", "PersonFact", "PersonName", "Precision", "Qualifier", "RankFact", "Slug", "Snapshot", "Status",
    "TextFact", "UnitValue", "YearFact", "YearlyPercentFact", "precision_of",
]
# fmt: on

SCHEMA_VERSION = _version.SCHEMA_VERSION


def _catalogue_of(info: ValidationInfo) -> catalog.Catalogue:
    # report_id is validated before facts and tracked (field order), so it is there unless it was invalid.
    report_id = info.data.get("report_id")
    if report_id is None:
        raise ValueError("cannot be checked without a valid report_id")
    try:
        return catalog.load(report_id)
    except catalog.CatalogueError as exc:
        raise ValueError(str(exc)) from None


class Snapshot(FrozenModel):
    """One published version of the brief, as typed facts; a fact it does not hold is unknown."""

    schema_version: Annotated[int, Field(ge=SCHEMA_VERSION, le=SCHEMA_VERSION)] = SCHEMA_VERSION
    report_id: NonEmpty = catalog.DEFAULT_BRIEF
    """The CRS product number; its catalogue is what the facts are checked against."""
    title: NonEmpty = catalog.load(catalog.DEFAULT_BRIEF).title
    """The version's own title; when not given, its brief's current title."""
    updated: dt.date
    crs_version: Annotated[StrictInt, Field(ge=1, le=MAX_RANK * 100)] | None = None
    coverage: Coverage
    tracked: list[str] = Field(default_factory=list)
    """What this version was checked for: catalogue fact ids, and `elections` or `events` for a whole
    collection. Something tracked but absent is *not stated*; anything else absent is *unknown*, so a
    fact added to the catalogue later, or one an extraction missed, is never read as dropped."""
    sources: list[NonEmpty] = Field(default_factory=list)
    text_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    authors: dict[NonEmpty, Author] = Field(default_factory=dict)
    facts: dict[str, Fact] = Field(default_factory=dict)
    elections: dict[Slug, Election] = Field(default_factory=dict)
    events: dict[Slug, Event] = Field(default_factory=dict)
    unread: list[str] | None = None
    """Facts the version's text is about but whose value no rule read with confidence: unknown, and named
    in every report so that a reviewer reads them. None for versions not extracted from a text."""
    notes: str | None = None
    _written_schema_version: int = PrivateAttr(default=SCHEMA_VERSION)

    @property
    def written_schema_version(self) -> int:
        """The schema version of the file this snapshot was read from (older ones are migrated on load)."""
        return self._written_schema_version

    def with_written_schema_version(self, version: int) -> Self:
        """Return this snapshot marked as read from a file of schema `version`."""
        marked = self.model_copy()
        marked._written_schema_version = version
        return marked

    @model_validator(mode="before")
    @classmethod
    def _title_of_the_brief(cls, data: Any) -> Any:
        # Most versions carry their brief's current title; a renamed version states its own.
        if isinstance(data, dict) and "title" not in data:
            report_id = data.get("report_id", catalog.DEFAULT_BRIEF)
            if isinstance(report_id, str) and report_id in catalog.available():
                return {**data, "title": catalog.load(report_id).title}
        return data

    @property
    def catalogue(self) -> catalog.Catalogue:
        """The catalogue of this snapshot's brief."""
        return catalog.load(self.report_id)

    @field_validator("facts")
    @classmethod
    def _catalogue_facts_in_order(cls, facts: dict[str, BaseFact], info: ValidationInfo) -> dict[str, BaseFact]:
        catalogue = _catalogue_of(info)
        for fact_id, fact in facts.items():
            spec = catalogue.by_id.get(fact_id)
            if spec is None or spec.is_metadata:
                raise ValueError(f"{fact_id!r} is not a fact id of the {catalogue.brief} catalogue")
            if spec.kind != fact.kind:
                raise ValueError(f"{fact_id!r} is a {spec.kind} fact, not {fact.kind}")
        return dict(sorted(facts.items(), key=lambda item: catalogue.order[item[0]]))

    @field_validator("tracked")
    @classmethod
    def _tracked_in_catalogue_order(cls, tracked: list[str], info: ValidationInfo) -> list[str]:
        catalogue = _catalogue_of(info)
        for item in tracked:
            spec = catalogue.by_id.get(item)
            if item not in catalog.COLLECTIONS and (spec is None or spec.is_metadata):
                raise ValueError(f"{item!r} is neither a fact id of the {catalogue.brief} catalogue nor a collection")
        if len(set(tracked)) != len(tracked):
            raise ValueError("items must be unique")
        return sorted(tracked, key=lambda item: (catalogue.order.get(item, len(catalogue.order)), item))

    @field_validator("unread")
    @classmethod
    def _unread_in_catalogue_order(cls, unread: list[str] | None, info: ValidationInfo) -> list[str] | None:
        if unread is None:
            return None
        catalogue = _catalogue_of(info)
        if any(item not in catalogue.by_id or catalogue.by_id[item].is_metadata for item in unread):
            raise ValueError(f"names a fact that is not in the {catalogue.brief} catalogue")
        if set(unread) & (set(info.data.get("tracked", ())) | set(info.data.get("facts", {}))):
            raise ValueError("a fact mentioned but not read is neither stated nor tracked")
        return sorted(set(unread), key=catalogue.order.__getitem__)

    @field_validator("elections", "events")
    @classmethod
    def _by_slug(cls, items: dict[str, FrozenModel]) -> dict[str, FrozenModel]:
        return dict(sorted(items.items()))

    def fact_status(self, fact_id: "str | UnitRef") -> FactStatus:
        """Say whether a fact (or `elections.SLUG`, `events.SLUG`) is stated, known not stated, or unknown."""
        from usjapan_facts.units import rules_for  # noqa: PLC0415  # the table of unit kinds imports this module

        ref = fact_id if isinstance(fact_id, catalog.UnitRef) else self.catalogue.resolve(fact_id)
        return rules_for(ref).status(self, ref)

    def absence_of(self, tracked_id: str) -> Literal["not_stated", "unknown"]:
        """Say what it means that this version lacks a fact or a collection's item: not stated only if tracked."""
        return "not_stated" if tracked_id in self.tracked else "unknown"
