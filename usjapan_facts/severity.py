"""Severity rules: the default policy, and per-fact overrides read from a TOML file or pyproject.toml.

A rules file (`--rules FILE`, or `[tool.usjapan-facts]` in ./pyproject.toml) looks like:

    watch = ["leaders.*", "alliance.us_troops_in_japan"]

    [[rules]]
    match = "trade.*"
    threshold = 0.10

    [[rules]]
    match = "economy.yen"
    severity = "info"

    [[rules]]
    match = "trade.*"
    first_recorded = "major"

Later rules override earlier ones, setting by setting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from usjapan_facts import catalog
from usjapan_facts.catalog import NUMERIC_KINDS, Catalogue, UnitRef
from usjapan_facts.config import CONFIG_FILE, MAX_TOML_BYTES, SETTINGS_KEYS, read_toml, settings_file
from usjapan_facts.errors import FactsError, UnknownFactError
from usjapan_facts.severity_levels import Severity

DEFAULT_THRESHOLD = 0.05
PYPROJECT_TABLE = "usjapan-facts"


class RulesError(FactsError):
    """A rules file cannot be read or does not follow the rules format."""


def _known_glob(pattern: str) -> str:
    if not catalog.glob_can_match_any(pattern):
        raise ValueError(f"{pattern!r} matches no fact id of a catalogue, election or event")
    return pattern


FactGlob = Annotated[str, Field(min_length=1)]


class Rule(BaseModel):
    """An override for the facts matching `match`: a fixed severity, a relative threshold, or both."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    match: FactGlob
    severity: Severity | None = None
    threshold: Annotated[float, Field(ge=0)] | None = None
    """A numeric move of at least this share of the old value (0.05 = 5%) is major, a smaller one minor."""
    first_recorded: Severity | None = None
    """The severity of the facts' first record (default info), apart from their other changes."""

    @field_validator("match")
    @classmethod
    def _known_match(cls, pattern: str) -> str:
        return _known_glob(pattern)


class Rules(BaseModel):
    """The whole policy: watched facts, severity overrides, and how old a data period may be."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    watch: list[FactGlob] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    stale_after_years: Annotated[int, Field(ge=1)] = 3
    """`check`: a fact whose data period is older than this many years is stale."""

    @field_validator("watch")
    @classmethod
    def _known_watch(cls, patterns: list[str]) -> list[str]:
        return [_known_glob(pattern) for pattern in patterns]

    def settings_for(self, fact_id: str | UnitRef, catalogue: Catalogue | None = None) -> tuple[Severity | None, float]:
        """Return the fixed severity (if any) and the threshold for a fact, the catalogue's first, later rules winning.

        The default threshold is the one `catalogue` (by default the default brief's) declares for the
        fact, else 5%.
        """
        severity: Severity | None = None
        if isinstance(fact_id, UnitRef):
            spec, fact_id = fact_id.spec, fact_id.id
        else:
            spec = (catalogue or catalog.load()).by_id.get(fact_id)
        threshold = spec.threshold if spec is not None and spec.threshold is not None else DEFAULT_THRESHOLD
        for rule in self.rules:
            if catalog.matches(fact_id, [rule.match]):
                severity = rule.severity if rule.severity is not None else severity
                threshold = rule.threshold if rule.threshold is not None else threshold
        return severity, threshold

    def first_recorded_severity(self, fact_id: str) -> Severity:
        """Return the severity of a fact's first record: info, unless a rule sets `first_recorded`."""
        severity: Severity = "info"
        for rule in self.rules:
            if rule.first_recorded is not None and catalog.matches(fact_id, [rule.match]):
                severity = rule.first_recorded
        return severity

    def severity_of(
        self,
        fact_id: str | UnitRef,
        change_kind: str,
        *,
        fact_kind: str | None = None,
        delta: float | None,
        relative: float | None,
        direction: str | None = None,
        catalogue: Catalogue | None = None,
    ) -> Severity:
        """Say how much a change matters: the default policy, unless a rule fixes it or moves the threshold.

        Leaders, corrections, election and event status, rank and year moves, and numeric moves past
        the threshold (5%, or what `catalogue` declares for the fact) are major; smaller moves, qualifier
        changes, restated or redefined figures and added or removed facts are minor; a figure's period moving
        alone, provenance, report metadata and a first record (unless a rule's `first_recorded` says
        otherwise) are info. `relative` is the move against the old value;
        for claims that cannot both hold ("60%" -> "under 50%") the least move they imply.
        """
        ref = fact_id if isinstance(fact_id, UnitRef) else _lenient_ref(fact_id, catalogue or catalog.load())
        unit_id = fact_id if isinstance(fact_id, str) else fact_id.id
        if change_kind == "provenance":
            return "info"
        if change_kind == "first_recorded":
            return self.first_recorded_severity(unit_id)
        fixed, threshold = self.settings_for(ref or unit_id, catalogue)
        if fixed is not None:
            return fixed
        if (ref is not None and ref.kind == "metadata") or change_kind == "period":
            return "info"
        if change_kind in ("correction", "status"):
            return "major"
        in_collection = ref is not None and ref.in_collection
        if change_kind in ("added", "removed", "qualifier", "restated", "redefined") or in_collection:
            return "minor"
        kind = fact_kind
        if kind not in NUMERIC_KINDS:
            return "major"
        if kind in ("rank", "year"):
            return "major" if delta or direction else "minor"
        if relative is not None:
            return "major" if abs(relative) >= threshold else "minor"
        # No move to measure: only context beside the number moved, or figures for different periods.
        return "major" if delta else "minor"

    def is_watched(self, fact_id: str) -> bool:
        """With no watch list every fact is watched."""
        return not self.watch or catalog.matches(fact_id, self.watch)


def _parse(path: Path, data: object) -> Rules:
    try:
        return Rules.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise RulesError(f"{path}: {field}: {first['msg']}; see 'Severity rules' in docs/severity.md") from None


MAX_RULES_BYTES = MAX_TOML_BYTES
"""A rules file (or pyproject.toml) is a few hundred bytes; a megabyte is ample."""


def _read_toml(path: Path) -> dict[str, object]:
    return read_toml(path, RulesError, missing="no such rules file")


def load_rules(path: Path) -> Rules:
    """Read a rules file: the keys at its top level, or under [tool.usjapan-facts] if it is a pyproject.toml."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get(PYPROJECT_TABLE, {}) if isinstance(tool, dict) else {}
    elif path.name == CONFIG_FILE:
        # A watch folder's settings name its store beside the rules; the store is not a rule.
        data = {key: value for key, value in data.items() if key not in SETTINGS_KEYS}
    return _parse(path, data)


def find_rules(explicit: Path | None, cwd: Path) -> Rules:
    """Return the rules of `--rules FILE`, else of the nearest usjapan-facts.toml (here or above), else of
    ./pyproject.toml, else the defaults."""
    if explicit is not None:
        return load_rules(explicit)
    settings = settings_file(cwd)
    if settings is not None:
        return load_rules(settings)
    if (cwd / "pyproject.toml").is_file():
        return load_rules(cwd / "pyproject.toml")
    return default_rules()


def default_rules() -> Rules:
    """Return the default policy, equal to `Rules()`, without building the rules validator."""
    # Given explicitly, the lists spare pydantic inspecting their default factories' signatures.
    return Rules.model_construct(watch=[], rules=[])


def _lenient_ref(unit_id: str, catalogue: Catalogue) -> UnitRef | None:
    """Resolve an id a caller gave as text; None for one of another brief's catalogue (judged as a plain fact)."""
    try:
        return catalogue.resolve(unit_id)
    except UnknownFactError:
        return None
