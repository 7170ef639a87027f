"""Pydantic v2 models of one version of the brief: the `Snapshot`, its facts, elections and events.

The models of its parts live in `facts` (one per catalogue kind) and `records` (authors, elections,
events); they are importable from here as before.
"""

import datetime as dt
import json
import weakref
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
from usjapan_facts.facts import (
    MAX_COUNT,
    MAX_DOLLARS,
    MAX_MEASURE,
    MAX_RANK,
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


_VERIFIED_JSON: dict[int, str] = {}
"""The canonical JSON of each live snapshot built from verified content, by `id`: a side table, so
that equality and copies of a snapshot are those of its fields alone (a copy is not verified)."""


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

    @classmethod
    def from_verified(cls, canonical: str, data: dict[str, Any] | None = None) -> "Snapshot":
        """Build a snapshot from canonical JSON that passed full validation before, without validating again.

        The caller vouches for the text (the store checks its hash against the record of validated
        content and its values with `recheck.within_bounds`); `data` is the text already parsed.
        """
        data = json.loads(canonical) if data is None else data
        snapshot = cls.model_construct(
            **{
                **data,
                "updated": dt.date.fromisoformat(data["updated"]),
                "authors": {name: Author.model_construct(**item) for name, item in data.get("authors", {}).items()},
                "facts": {fact_id: _construct_fact(fact) for fact_id, fact in data.get("facts", {}).items()},
                "elections": {slug: _construct_election(item) for slug, item in data.get("elections", {}).items()},
                "events": {slug: Event.model_construct(**item) for slug, item in data.get("events", {}).items()},
            }
        )
        _VERIFIED_JSON[id(snapshot)] = canonical
        weakref.finalize(snapshot, _VERIFIED_JSON.pop, id(snapshot), None)
        return snapshot

    def fits_catalogue(self) -> bool:
        """Tell whether every fact and tracked id is in the brief's catalogue with its kind (a cheap re-check)."""
        if self.report_id not in catalog.available():
            return False
        by_id = self.catalogue.by_id
        facts_fit = all(fact_id in by_id and by_id[fact_id].kind == fact.kind for fact_id, fact in self.facts.items())
        return facts_fit and all(item in by_id or item in catalog.COLLECTIONS for item in self.tracked)

    def verified_json(self) -> str | None:
        """Return the canonical JSON this snapshot was built from by `from_verified`, else None."""
        return _VERIFIED_JSON.get(id(self))

    def model_dump(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Dump as pydantic does; the JSON dump without None of a verified snapshot comes from its text."""
        # The comparing engine dumps each snapshot this way; from the verified text it is the same dict,
        # field for field and in the same order, without building the serializer.
        canonical = _VERIFIED_JSON.get(id(self)) if not args and kwargs == _JSON_DUMP else None
        if canonical is None:
            return super().model_dump(*args, **kwargs)
        data: dict[str, Any] = json.loads(canonical)
        data["facts"] = {fact_id: _in_model_order(fact) for fact_id, fact in data["facts"].items()}
        return data

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


_JSON_DUMP: dict[str, Any] = {"mode": "json", "exclude_none": True}
_FACT_CLASSES: dict[str, type[BaseFact]] = {
    fact_class.model_fields["kind"].default: fact_class
    for fact_class in (
        CountFact,
        MoneyFact,
        PercentFact,
        RankFact,
        YearFact,
        DateFact,
        PersonFact,
        TextFact,
        ListFact,
        YearlyPercentFact,
    )
}


def _construct_fact(data: dict[str, Any]) -> BaseFact:
    fact_class = _FACT_CLASSES[data["kind"]]
    if fact_class is PersonFact:
        return PersonFact.model_construct(**{**data, "value": PersonName.model_construct(**data["value"])})
    return fact_class.model_construct(**data)


def _construct_election(data: dict[str, Any]) -> Election:
    candidates = {name: Candidate.model_construct(**item) for name, item in data.get("candidates", {}).items()}
    return Election.model_construct(**{**data, "candidates": candidates})


def _in_model_order(fact: dict[str, Any]) -> dict[str, Any]:
    # On disk a fact's fields read in reading order; a dump gives them in the model's field order.
    return {name: fact[name] for name in _FACT_CLASSES[fact["kind"]].model_fields if name in fact}
