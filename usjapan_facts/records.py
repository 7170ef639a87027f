"""The records of a version beside its facts: authors, elections and events, and what a unit's value can be."""

from typing import Any

from pydantic import Field

from usjapan_facts.facts import BaseFact, FrozenModel, NonEmpty, PartialDate, Status


class Author(FrozenModel):
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


class Candidate(FrozenModel):
    party: str | None = None
    incumbent: bool = False
    note: str | None = None


class Election(FrozenModel):
    body: NonEmpty
    date: PartialDate
    status: Status
    candidates: dict[NonEmpty, Candidate] = Field(default_factory=dict)
    result: str | None = None
    note: str | None = None
    quote: str | None = None
    section: str | None = None


class Event(FrozenModel):
    what: NonEmpty
    date: PartialDate
    status: Status | None = None
    quote: str | None = None
    section: str | None = None


Authors = dict[str, Author]
"""The report's authors by name, in the brief's order: the value of `report.authors`."""
UnitValue = BaseFact | Election | Event | Authors | str
"""The typed value of a unit, by its kind: a fact's model, an election, an event, the authors, or the
text of other report metadata (its id, title or date)."""
