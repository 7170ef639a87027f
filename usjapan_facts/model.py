"""Pydantic v2 models of one version of the brief: the `Snapshot`, its facts, elections and events."""

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictFloat,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from usjapan_facts import _version, catalog
from usjapan_facts.bounds import MAX_COUNT, MAX_DOLLARS, MAX_MEASURE, MAX_RANK

SCHEMA_VERSION = _version.SCHEMA_VERSION


Qualifier = Literal["exact", "about", "over", "under", "nearly", "at_least", "among_top"]
Coverage = Literal["full", "excerpt", "summary", "none"]
Precision = Literal["day", "month", "year"]
Status = Literal["upcoming", "held"]
FactStatus = Literal["stated", "not_stated", "unknown"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:_[a-z0-9]+)*$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.match(value)
    if match is None:
        raise ValueError("must be an ISO date, 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date ({exc})") from None
    return value


def _normalise_number(value: int | float) -> int | float:
    # 25.0 and 25 must serialise alike, or a reload would read as a change.
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
        if value.is_integer():
            return int(value)
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
"""An ISO date whose length is its precision: `2022-07-08` (day), `2022-09` (month), `2022` (year)."""
Number = Annotated[StrictInt | StrictFloat, Field(ge=-MAX_MEASURE, le=MAX_MEASURE), AfterValidator(_normalise_number)]
"""A percentage or rate: a JSON number, never a boolean or a numeral in a string."""
Count = Annotated[StrictInt, Field(ge=0, le=MAX_COUNT)]


def precision_of(value: str) -> Precision:
    """Return the precision of a `PartialDate`."""
    return {10: "day", 7: "month", 4: "year"}[len(value)]  # type: ignore[return-value]


class _Model(BaseModel):
    # Schemas are built on first use: a command pays only for the models it validates.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


PROVENANCE_FIELDS = ("quote", "section", "page", "column")


class BaseFact(_Model):
    """Fields every fact has: its kind, the brief's wording, context it states, and provenance."""

    kind: str
    value: object = None
    as_written: str | None = None
    period: str | None = None
    by: str | None = None
    basis: Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)] | None = None
    """The definition the value is measured on ("all facilities and areas used by USFJ"): values on
    different bases are different figures, never compared as numbers."""
    note: str | None = None
    quote: str | None = None
    section: str | None = None
    page: Annotated[StrictInt, Field(ge=1, le=MAX_RANK)] | None = None
    """The page of the PDF the quote stands on, when the text came from a PDF."""
    column: Annotated[StrictInt, Field(ge=1, le=4)] | None = None
    """The column of that page (1 the left), when the page has columns."""

    def identity(self) -> object:
        """Return what makes two values of this fact equal; wording and provenance never count."""
        return self.value


class HedgedFact(BaseFact):
    qualifier: Qualifier = "exact"

    def identity(self) -> object:
        return (self.value, self.qualifier)


class CountFact(HedgedFact):
    kind: Literal["count"] = "count"
    value: Count


class MoneyFact(HedgedFact):
    """An amount in US dollars."""

    kind: Literal["money"] = "money"
    value: Annotated[StrictInt, Field(ge=0, le=MAX_DOLLARS)]
    per: Literal["year"] | None = None


class PercentFact(HedgedFact):
    kind: Literal["percent"] = "percent"
    value: Number
    previous: Number | None = None
    baseline: str | None = None


class RankFact(HedgedFact):
    """An ordinal position; `among_top` ("a top source") carries no position."""

    kind: Literal["rank"] = "rank"
    value: Annotated[StrictInt, Field(ge=1, le=MAX_RANK)] | None = None

    @model_validator(mode="after")
    def _position_unless_among_top(self) -> Self:
        if (self.value is None) != (self.qualifier == "among_top"):
            raise ValueError("a rank needs a position unless its qualifier is 'among_top', and then none")
        return self


class YearFact(HedgedFact):
    kind: Literal["year"] = "year"
    value: Annotated[StrictInt, Field(ge=1000, le=2999)]


class DateFact(HedgedFact):
    kind: Literal["date"] = "date"
    value: PartialDate

    @property
    def precision(self) -> Precision:
        return precision_of(self.value)


class PersonName(_Model):
    """A person as family and given name, so "Fumio Kishida" and "Kishida Fumio" are one person."""

    family: NonEmpty
    given: NonEmpty | None = None

    def __str__(self) -> str:
        return self.written()

    def written(self, *, family_first: bool = True) -> str:
        """Return the name in either order: 'Kishida Fumio' (family first) or 'Joe Biden'."""
        if not self.given:
            return self.family
        return f"{self.family} {self.given}" if family_first else f"{self.given} {self.family}"

    def key(self) -> tuple[str, str]:
        return (self.family.casefold(), (self.given or "").casefold())


class PersonFact(BaseFact):
    kind: Literal["person"] = "person"
    value: PersonName

    def identity(self) -> object:
        return self.value.key()


class TextFact(BaseFact):
    kind: Literal["text"] = "text"
    value: NonEmpty


class ListFact(BaseFact):
    kind: Literal["list"] = "list"
    value: Annotated[list[NonEmpty], Field(min_length=1)]

    @field_validator("value")
    @classmethod
    def _unique(cls, items: list[str]) -> list[str]:
        if len(set(items)) != len(items):
            raise ValueError("items must be unique")
        return items

    def identity(self) -> object:
        return frozenset(self.value)


class YearlyPercentFact(BaseFact):
    """A percentage per calendar year, such as GDP growth."""

    kind: Literal["yearly_percent"] = "yearly_percent"
    value: Annotated[dict[Annotated[str, StringConstraints(pattern=r"^\d{4}$")], Number], Field(min_length=1)]


Fact = Annotated[
    CountFact
    | MoneyFact
    | PercentFact
    | RankFact
    | YearFact
    | DateFact
    | PersonFact
    | TextFact
    | ListFact
    | YearlyPercentFact,
    Field(discriminator="kind"),
]


class Author(_Model):
    """A CRS author; `coordinator` marks the one who coordinates the brief."""

    title: str | None = None
    coordinator: bool = False

    @staticmethod
    def fields_from_role(role: str | None) -> dict[str, Any]:
        """Split the brief's 'Coordinator, Specialist in Asian Affairs' into coordinator and title."""
        parts = [part.strip() for part in role.split(",", 1)] if role else []
        coordinator = bool(parts) and parts[0] == "Coordinator"
        title = (parts[1] if len(parts) > 1 else None) if coordinator else role
        return {"title": title or None, "coordinator": coordinator}

    @property
    def role(self) -> str | None:
        parts = (["Coordinator"] if self.coordinator else []) + ([self.title] if self.title else [])
        return ", ".join(parts) or None


class Candidate(_Model):
    party: str | None = None
    incumbent: bool = False
    note: str | None = None


class Election(_Model):
    body: NonEmpty
    date: PartialDate
    status: Status
    candidates: dict[NonEmpty, Candidate] = Field(default_factory=dict)
    result: str | None = None
    note: str | None = None
    quote: str | None = None
    section: str | None = None


class Event(_Model):
    what: NonEmpty
    date: PartialDate
    status: Status | None = None
    quote: str | None = None
    section: str | None = None


def _catalogue_of(info: ValidationInfo) -> catalog.Catalogue:
    # report_id is validated before facts and tracked (field order), so it is there unless it was invalid.
    report_id = info.data.get("report_id")
    if report_id is None:
        raise ValueError("cannot be checked without a valid report_id")
    try:
        return catalog.load(report_id)
    except catalog.CatalogueError as exc:
        raise ValueError(str(exc)) from None


class Snapshot(_Model):
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
    def _by_slug(cls, items: dict[str, _Model]) -> dict[str, _Model]:
        return dict(sorted(items.items()))

    def fact_status(self, fact_id: str) -> FactStatus:
        """Say whether a fact (or `elections.SLUG`, `events.SLUG`) is stated, known not stated, or unknown."""
        head, _, slug = fact_id.partition(".")
        if head in catalog.COLLECTIONS:
            items: dict[str, Election] | dict[str, Event] = self.elections if head == "elections" else self.events
            return "stated" if slug in items else self.absence_of(head)
        spec = self.catalogue.get(fact_id)
        if spec.is_metadata:
            return "stated" if fact_id != "report.authors" or self.authors else "unknown"
        return "stated" if fact_id in self.facts else self.absence_of(fact_id)

    def absence_of(self, tracked_id: str) -> Literal["not_stated", "unknown"]:
        """Say what it means that this version lacks a fact or a collection's item: not stated only if tracked."""
        return "not_stated" if tracked_id in self.tracked else "unknown"
