"""The typed facts of a version: one pydantic model per catalogue kind, and the value types they share."""

import datetime as dt
import math
import re
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from usjapan_facts.bounds import MAX_COUNT, MAX_DOLLARS, MAX_MEASURE, MAX_RANK

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


class FrozenModel(BaseModel):
    # Schemas are built on first use: a command pays only for the models it validates.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


PROVENANCE_FIELDS = ("quote", "section", "page", "column")


class BaseFact(FrozenModel):
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


class PersonName(FrozenModel):
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
