"""The fact catalogues: what is tracked in each brief, read from `briefs/<ID>/catalog.toml`.

A brief is data: its catalogue file declares each fact (stable id, label, kind, invariance, name
order) in display order, and the titles of its sections. Ids are a public contract (users type them,
CI rules name them): once released, an id never changes meaning and is never reused.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args

from usjapan_facts.errors import FactsError, UnknownFactError, close_matches

Kind = Literal["count", "money", "percent", "rank", "year", "date", "person", "text", "list", "yearly_percent"]
MetaKind = Literal["authors"]
UnitKind = Literal["fact", "metadata", "election", "event"]
"""What a unit id names: a catalogue fact, a piece of report metadata, an election or an event."""
NUMERIC_KINDS: frozenset[Kind] = frozenset({"count", "money", "percent", "rank", "year"})
BRIEFS_DIR = Path(__file__).resolve().parent / "briefs"
DEFAULT_BRIEF = "IF10199"
COLLECTIONS: tuple[str, ...] = ("elections", "events")
COLLECTION_KINDS: dict[str, UnitKind] = {"elections": "election", "events": "event"}
_COLLECTION_ID = re.compile(r"^(elections|events)\.([a-z0-9]+(?:_[a-z0-9]+)*)$")
METADATA_SECTION = "report"
METADATA_NAMES = ("id", "title", "updated", "authors")
"""What a snapshot says of itself, and so the only names a `report.` entry of a catalogue may have."""
UNITS: dict[str, str] = {"money": "USD", "percent": "%", "yearly_percent": "%"}
_KINDS = frozenset(get_args(Kind)) | frozenset(get_args(MetaKind))
_FACT_KEYS = frozenset(
    {"id", "label", "kind", "invariant", "family_first", "concept", "mentions", "deadline", "threshold"}
)
_DEADLINE_KINDS = frozenset({"date", "year"})
_CONCEPT = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


class CatalogueError(FactsError):
    """A brief's catalogue file is missing or malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class FactSpec:
    """One tracked fact: its stable id, label, kind, and the title of its section."""

    id: str
    label: str
    kind: Kind | MetaKind
    section: str
    invariant: bool = False
    """A fact that should never change between versions; a change is reported as a correction."""
    family_first: bool = True
    """For a person: write the family name first, as the brief does for Japanese names."""
    concept: str | None = None
    """The quantity this fact measures, named alike in every catalogue that tracks it (`us_president`):
    `check --all-briefs` sets the briefs' statements of one concept against each other."""
    mentions: tuple[str, ...] = ()
    """Words and phrases (lower case) a sentence about the fact's subject contains: whether a text mentions it."""
    deadline: bool = False
    """A date or year by which something must happen: once it has passed, `check` reports the fact stale."""
    threshold: float | None = None
    """For a number: the share of the old value (0.05 = 5%) a move must reach to be major, if not the default."""

    @property
    def unit(self) -> str:
        return UNITS.get(self.kind, "")

    @property
    def is_metadata(self) -> bool:
        """Report metadata lives in the snapshot's header fields, not in its `facts`."""
        return self.id.startswith(METADATA_SECTION + ".")


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A unit id resolved against its brief's catalogue, once, where it enters: its kind, entry and slug.

    Elections and events are keyed by a slug of their own, not declared in the catalogue: their `spec`
    is None, their `label` the slug in words and their `section` the collection's title.
    """

    id: str
    kind: UnitKind
    group: str
    """The part of the id before the dot: a section key, or `elections` / `events`."""
    slug: str
    """The part of the id after the dot."""
    label: str
    section: str
    spec: FactSpec | None = None

    @property
    def fact_kind(self) -> Kind | MetaKind | None:
        """The catalogue kind (count, person...) of a fact or metadata; None for an election or event."""
        return self.spec.kind if self.spec is not None else None

    @property
    def family_first(self) -> bool:
        return self.spec.family_first if self.spec is not None else True

    @property
    def in_collection(self) -> bool:
        """An election or an event: one item of a collection a version can be checked for as a whole."""
        return self.spec is None


@dataclass(frozen=True)
class Catalogue:
    """Every fact one brief tracks, in display order, with its section titles."""

    brief: str
    title: str
    sections: dict[str, str]
    specs: tuple[FactSpec, ...]
    by_id: dict[str, FactSpec] = field(init=False, repr=False)
    order: dict[str, int] = field(init=False, repr=False)
    facts: tuple[FactSpec, ...] = field(init=False, repr=False)
    """The facts a snapshot holds in `facts`: every entry but the report metadata."""
    _refs: dict[str, UnitRef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Derived once: the engine asks for them for every version it compares.
        object.__setattr__(self, "by_id", {spec.id: spec for spec in self.specs})
        object.__setattr__(self, "order", {spec.id: index for index, spec in enumerate(self.specs)})
        object.__setattr__(self, "facts", tuple(spec for spec in self.specs if not spec.is_metadata))
        object.__setattr__(self, "_refs", {})

    def resolve(self, unit_id: str) -> UnitRef:
        """Resolve a fact, metadata, election (`elections.SLUG`) or event (`events.SLUG`) id; else `UnknownFactError`.

        The one place an id is read; a resolved id is kept, so an id the engine meets in every version
        is resolved once per process.
        """
        ref = self._refs.get(unit_id)
        if ref is None:
            ref = self._refs[unit_id] = self._resolve(unit_id)
        return ref

    def _resolve(self, unit_id: str) -> UnitRef:
        collection = _COLLECTION_ID.match(unit_id)
        if collection is not None:
            group, slug = collection.groups()
            kind = COLLECTION_KINDS[group]
            return UnitRef(unit_id, kind, group, slug, slug.replace("_", " "), self.sections[group])
        spec = self.get(unit_id)
        group, _, slug = unit_id.partition(".")
        return UnitRef(unit_id, "metadata" if spec.is_metadata else "fact", group, slug, spec.label, spec.section, spec)

    def get(self, fact_id: str) -> FactSpec:
        """Return the entry for `fact_id`, or raise `UnknownFactError`."""
        try:
            return self.by_id[fact_id]
        except KeyError:
            raise UnknownFactError(fact_id, close_matches(fact_id, tuple(self.by_id))) from None

    def glob_can_match(self, pattern: str) -> bool:
        """Tell whether a fact-id glob can match an id of this catalogue, or any election or event."""
        if any(fnmatch.fnmatchcase(fact_id, pattern) for fact_id in self.by_id):
            return True
        head, dot, _ = pattern.partition(".")
        return bool(dot) and any(fnmatch.fnmatchcase(name, head) for name in COLLECTIONS)


def _spec(entry: Any, sections: dict[str, str], where: str) -> FactSpec:
    if not isinstance(entry, dict) or not {"id", "label", "kind"} <= entry.keys() or entry.keys() - _FACT_KEYS:
        raise CatalogueError(
            f"{where}: a fact needs id, label and kind, and may have invariant, family_first, concept, mentions,"
            " deadline and threshold"
        )
    fact_id, kind = entry["id"], entry["kind"]
    head, dot, name = str(fact_id).partition(".")
    if not dot or not name or head not in sections or head in COLLECTIONS:
        raise CatalogueError(f"{where}: {fact_id!r} is not SECTION.NAME with a section of [sections]")
    if head == METADATA_SECTION and name not in METADATA_NAMES:
        raise CatalogueError(
            f"{where}: {fact_id!r}: a snapshot says only its {', '.join(METADATA_NAMES)} of itself;"
            " a fact of the brief goes in another section"
        )
    if kind not in _KINDS:
        raise CatalogueError(f"{where}: {fact_id!r} has kind {kind!r}, not one of {', '.join(sorted(_KINDS))}")
    flags = {key: entry[key] for key in ("invariant", "family_first", "deadline") if key in entry}
    if not all(isinstance(value, bool) for value in flags.values()):
        raise CatalogueError(f"{where}: {fact_id!r}: invariant, family_first and deadline are true or false")
    if flags.get("deadline") and kind not in _DEADLINE_KINDS:
        raise CatalogueError(f"{where}: {fact_id!r}: a deadline is a fact of kind date or year, not {kind!r}")
    threshold = _threshold(entry.get("threshold"), kind, f"{where}: {fact_id!r}")
    concept = entry.get("concept")
    if concept is not None and (not isinstance(concept, str) or not _CONCEPT.match(concept)):
        raise CatalogueError(f"{where}: {fact_id!r}: concept is a lower-case name with underscores")
    mentions = entry.get("mentions", [])
    if not isinstance(mentions, list) or not all(isinstance(word, str) and word.strip() for word in mentions):
        raise CatalogueError(f"{where}: {fact_id!r}: mentions is a list of words or phrases")
    return FactSpec(
        fact_id,
        str(entry["label"]),
        kind,
        sections[head],
        **flags,
        concept=concept,
        mentions=tuple(mentions),
        threshold=threshold,
    )


def _threshold(value: object, kind: str, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CatalogueError(f"{where}: threshold is a share of the old value, 0 or more (0.05 = 5%)")
    if kind not in NUMERIC_KINDS:
        raise CatalogueError(f"{where}: a threshold is for a number (count, money, percent, rank, year), not {kind!r}")
    return float(value)


def parse(text: str, where: str) -> Catalogue:
    """Read a catalogue from TOML text; `where` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{where}: not valid TOML ({exc})") from None
    brief, sections = data.get("brief", {}), data.get("sections", {})
    if not isinstance(brief.get("id"), str) or not isinstance(brief.get("title"), str):
        raise CatalogueError(f"{where}: [brief] needs an id and a title")
    if not all(isinstance(title, str) for title in sections.values()) or not set(COLLECTIONS) <= sections.keys():
        raise CatalogueError(f"{where}: [sections] maps each section key to a title, elections and events included")
    specs = tuple(_spec(entry, sections, f"{where}: fact {index + 1}") for index, entry in enumerate(data["fact"]))
    if len({spec.id for spec in specs}) != len(specs):
        raise CatalogueError(f"{where}: a fact id is declared twice")
    concepts = [spec.concept for spec in specs if spec.concept]
    if len(set(concepts)) != len(concepts):
        raise CatalogueError(f"{where}: a concept is declared by two facts")
    return Catalogue(brief["id"], brief["title"], dict(sections), specs)


@cache
def available() -> tuple[str, ...]:
    """Name every brief this release has a catalogue for (package data: looked up once per process)."""
    return tuple(sorted(path.parent.name for path in BRIEFS_DIR.glob("*/catalog.toml")))


@cache
def load(brief: str = DEFAULT_BRIEF) -> Catalogue:
    """Return the catalogue of `brief` (read once per process), or raise `CatalogueError` naming the choices."""
    path = BRIEFS_DIR / brief / "catalog.toml"
    if "/" in brief or brief.startswith(".") or not path.is_file():
        raise CatalogueError(f"{brief!r} is not a brief this release tracks (known: {', '.join(available())})")
    catalogue = parse(path.read_text(encoding="utf-8"), str(path))
    if catalogue.brief != brief:
        raise CatalogueError(f"{path}: declares brief {catalogue.brief!r}, not {brief!r}")
    return catalogue


load_catalogue = load
"""`load` under the name the package's public API gives it."""


def glob_can_match_any(pattern: str) -> bool:
    """Tell whether a fact-id glob can match an id of any tracked brief's catalogue, or an election or event."""
    return any(load(brief).glob_can_match(pattern) for brief in available())


def matches(fact_id: str, patterns: Iterable[str]) -> bool:
    """Tell whether `fact_id` matches any of the globs (`*` spans dots: `trade.*`, `*_rank`)."""
    return any(fnmatch.fnmatchcase(fact_id, pattern) for pattern in patterns)
