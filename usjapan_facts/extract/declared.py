"""Facts declared by meaning: what a sentence stating each fact is about, and what value it carries.

A brief's `meaning.toml` (beside its catalogue) declares, per fact id, the subject's words and their
synonyms, the kind of value, the words that tie a value to the subject (a unit after it, a cue before
it) and what rules a sentence out. `extract.meaning` reads every declared fact with one reader; see
docs/declared-facts.md for the keys.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.catalog import CatalogueError

VALUES = ("count", "percent", "money", "year", "rank", "month")
_KEYS = frozenset(
    {
        "value", "subject", "clause", "unit", "cue", "exclude", "past", "japan", "planned", "historic", "per",
        "period", "dated", "by", "baseline", "min", "max", "needs", "window", "row", "table", "negative", "rival",
        "target_year",
    }
)  # fmt: skip


FILLER = (
    r"(?:of|the|all|among|its|their|total|U\.S\.|American|military|foreign|overall|single|direct|annual|current|"
    r"active-duty|uniformed|about|some|roughly|approximately|nearly|around|just|only|still|now|currently|world\W?s)"
)
"""Words that may stand between a value and its unit or cue without changing what it counts."""
VERB = (
    r"(?:is|was|are|were|(?:has|have|had)\s+been|remains|remained|ranks|ranked|stands|stood|placed|places|"
    r"c(?:a|o)mes?(?:\s+in)?|sits|sat|finished)"
)
"""A verb that may stand between a cue ending on the subject and a rank: 'as a market for U.S. goods, Japan ranked
behind only three others'."""


def _patterns(entry: dict[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    words = entry.get(key, [])
    if isinstance(words, str):
        words = [words]
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise CatalogueError(f"{where}: {key} is a list of patterns")
    try:
        return tuple(re.compile(word, re.IGNORECASE) for word in words)
    except re.error as exc:
        raise CatalogueError(f"{where}: {key}: not a valid pattern ({exc})") from None


@dataclass(frozen=True)
class Declaration:
    """How one fact reads: its value kind, the words that tie a value to it, and what rules a value out."""

    fact_id: str
    value: str
    subject: tuple[re.Pattern[str], ...]
    """One must stand in the sentence, or in the one before when this sentence opens on 'It', 'They'..."""
    clause: tuple[re.Pattern[str], ...]
    """One must stand in the value's own clause ('Guam' for the Marines slated to move there)."""
    unit: tuple[re.Pattern[str], ...]
    """What follows the value ('U.S. troops', 'of GDP'); with `cue`, at least one of the two must tie it."""
    cue: tuple[re.Pattern[str], ...]
    """What comes right before the value ('since', 'ranked')."""
    exclude: tuple[re.Pattern[str], ...]
    """Words in the value's clause that rule it out ('threatened', 'South Korea')."""
    past: tuple[re.Pattern[str], ...]
    """Words in the value's clause that mark it as no longer current."""
    rival: tuple[re.Pattern[str], ...] = ()
    """A subject the value may belong to instead ('Lower House' for the Upper House's share): when the sentence
    names one, the value's own clause must name the fact's subject."""
    japan: bool = True
    planned: bool = False
    historic: bool = False
    """A long-standing norm ('the roughly 1% long treated as a cap'): a value it changed from, or of the past, is it."""
    per: str | None = None
    period: bool = False
    dated: bool = False
    """The value is withheld unless the sentence, or the one before for 'that year', dates it."""
    by: bool = False
    target_year: str | None = None
    """The year a pledge is for ('by 2030'): a value tied to another year ('60% by FY2035') is another pledge."""
    baseline: bool = False
    low: float | None = None
    high: float | None = None
    needs: tuple[str, ...] = ()
    window: int = 40
    row: tuple[re.Pattern[str], ...] = ()
    """Labels of a table's row that states the fact in a column per year ('U.S. exports, total')."""
    table: tuple[re.Pattern[str], ...] = ()
    """Words one of which the table's title or the row's label must hold ('goods and services', 'total')."""
    negative: bool = False
    """The row gives the fact as a negative number (a deficit as a balance): read it without its sign."""
    unit_near: tuple[re.Pattern[str], ...] = ()
    """The units as matched right after a value: a few filler words ('of the') may come first."""
    cue_near: tuple[re.Pattern[str], ...] = ()
    """The cues as searched right before a value: only filler words may stand between."""

    def __post_init__(self) -> None:
        near = tuple(re.compile(rf"\W*(?:{FILLER}\s+){{0,3}}?(?:{p.pattern})", re.IGNORECASE) for p in self.unit)
        verb = rf"(?:(?:(?<=Japan\s)|(?<=\bit\s)){VERB}\s+)?" if self.value == "rank" else ""
        cued = tuple(re.compile(rf"(?:{p.pattern})\W*{verb}(?:{FILLER}\s+){{0,3}}?$", re.IGNORECASE) for p in self.cue)
        object.__setattr__(self, "unit_near", near)
        object.__setattr__(self, "cue_near", cued)


def _declaration(fact_id: str, entry: Any, where: str) -> Declaration:
    if not isinstance(entry, dict) or entry.keys() - _KEYS or entry.get("value") not in VALUES:
        raise CatalogueError(f"{where}: {fact_id}: a declaration has a value ({', '.join(VALUES)}) and known keys")
    subject = _patterns(entry, "subject", where)
    needs = entry.get("needs", [])
    if not subject or not needs or not all(isinstance(word, str) and word == word.lower() for word in needs):
        raise CatalogueError(f"{where}: {fact_id}: needs a subject and lower-case needs words")
    return Declaration(
        fact_id,
        entry["value"],
        subject,
        _patterns(entry, "clause", where),
        _patterns(entry, "unit", where),
        _patterns(entry, "cue", where),
        _patterns(entry, "exclude", where),
        _patterns(entry, "past", where),
        rival=_patterns(entry, "rival", where),
        japan=bool(entry.get("japan", True)),
        planned=bool(entry.get("planned", False)),
        historic=bool(entry.get("historic", False)),
        per=entry.get("per"),
        period=bool(entry.get("period", False)) or bool(entry.get("dated", False)),
        dated=bool(entry.get("dated", False)),
        by=bool(entry.get("by", False)),
        target_year=entry.get("target_year"),
        baseline=bool(entry.get("baseline", False)),
        low=entry.get("min"),
        high=entry.get("max"),
        needs=tuple(needs),
        window=int(entry.get("window", 40)),
        row=_patterns(entry, "row", where),
        table=_patterns(entry, "table", where),
        negative=bool(entry.get("negative", False)),
    )


@cache
def declarations(brief: str) -> dict[str, Declaration]:
    """Return the declared facts of `brief` (fact id -> declaration), none when it has no meaning.toml."""
    path = catalog.BRIEFS_DIR / brief / "meaning.toml"
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path}: not valid TOML ({exc})") from None
    return {fact_id: _declaration(fact_id, entry, str(path)) for fact_id, entry in data.get("fact", {}).items()}
