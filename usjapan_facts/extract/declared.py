"""Facts declared by meaning: what a sentence stating each fact is about, and what value it carries.

A brief's `meaning.toml` (beside its catalogue) declares, per fact id, the subject's words and their
synonyms, the kind of value, the words that tie a value to the subject (a unit after it, a cue before
it) and what rules a sentence out. `extract.meaning` reads every declared fact with one reader; see
docs/declared-facts.md for the keys.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.catalog import CatalogueError
from usjapan_facts.extract.date_forms import MONTH_NAME
from usjapan_facts.extract.first_chars import first_gated
from usjapan_facts.extract.phrases import phrases_of, words_of
from usjapan_facts.extract.word_choice import any_of

VALUES = ("count", "percent", "money", "year", "rank", "month")
KEYS = frozenset(
    {
        "value", "subject", "clause", "unit", "cue", "exclude", "past", "japan", "planned", "historic", "per",
        "period", "dated", "by", "baseline", "min", "max", "needs", "window", "row", "table", "negative", "rival",
        "target_year", "term",
    }
)  # fmt: skip
"""The keys a declaration may hold (docs/declared-facts.md explains each); any other is refused."""


FILLER = "(?:" + any_of(
    (
        "of", "the", "all", "among", "its", "their", "total", "U.S.", "American", "military", "foreign",
        "overall", "single", "direct", "annual", "current", "active-duty", "uniformed", "about", "some", "roughly",
        "approximately", "nearly", "around", "just", "only", "still", "now", "currently",
    )
) + r"|world\W?s)"  # fmt: skip
"""Words that may stand between a value and its unit or cue without changing what it counts."""
VERB = (
    r"(?:is|was|are|were|(?:has|have|had)\s+been|remains|remained|ranks|ranked|stands|stood|placed|places|"
    r"c(?:a|o)mes?(?:\s+in)?|sits|sat|finished)"
)
"""A verb that may stand between a cue ending on the subject and a rank: 'as a market for U.S. goods, Japan ranked
behind only three others'."""


_PART_OF_YEAR = (
    r"(?:(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end)\s+of|(?:early|late|mid-?)\s*"
    rf"|{MONTH_NAME}(?:\s+\d{{1,2}},)?)\s+)?"
)
"""What may stand between a cue and the year it dates: a season, a part of the year, a month and day."""
_PATTERN_KEYS = ("subject", "clause", "unit", "cue", "exclude", "past", "rival", "row", "table")
_AFTER_HEDGE = r"(?:(?:or\s+so|give\s+or\s+take|or\s+thereabouts|more\s+or\s+less)\b\W*)"
"""A hedge after the value, before its unit: 'Four thousand or so of them', 'fifty thousand or so U.S. troops'."""


@dataclass(frozen=True)
class Declaration:
    """How one fact reads: its value kind, the words that tie a value to it, and what rules a value out.

    Its patterns are compiled when first asked for: a text seldom needs them all, and a process that reads one
    text would otherwise spend most of its first extraction compiling them. A pattern that does not compile is
    an error naming the file, the fact and the key when it is first needed.
    """

    fact_id: str
    value: str
    words: dict[str, tuple[str, ...]] = field(hash=False)
    """The patterns of each key ('subject', 'unit', ...) as written, compiled below when first asked for."""
    where: str = "meaning.toml"
    """The file that declares the fact, which an error names."""
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
    negative: bool = False
    """The row gives the fact as a negative number (a deficit as a balance): read it without its sign."""
    term: int | None = None
    """Years between elections at most: a value dated by an election longer ago is no current one ('In the 2017
    election, the coalition won two-thirds' in a 2025 brief)."""

    def _compiled(self, key: str, patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
        try:
            return tuple(re.compile(first_gated(pattern), re.IGNORECASE) for pattern in patterns)
        except re.error as exc:
            raise CatalogueError(f"{self.where}: {self.fact_id}: {key}: not a valid pattern ({exc})") from None

    def _one_of(self, key: str, template: str) -> tuple[re.Pattern[str], ...]:
        """The patterns of `key` as one, each an alternative set in `template` where '{}' stands; each apart if
        one holds a group (whose number or name would clash with another's)."""
        words = self.words[key]
        if not words:
            return ()
        either = "|".join(f"(?:{word})" for word in words)
        try:
            combined = re.compile(first_gated(template.replace("{}", either)), re.IGNORECASE)
        except re.error:
            combined = None
        if combined is not None and not combined.groups:
            return (combined,)
        return self._compiled(key, (template.replace("{}", word) for word in words))

    @cached_property
    def subject(self) -> tuple[re.Pattern[str], ...]:
        """One must stand in the sentence, or in the one before when this sentence opens on 'It', 'They'..."""
        return self._compiled("subject", self.words["subject"])

    @cached_property
    def _subjects(self) -> re.Pattern[str] | None:
        """The subject patterns as one, when they join without a group: one scan of a text instead of one a pattern."""
        either = "|".join(f"(?:{word})" for word in self.words["subject"])
        try:
            joined = re.compile(first_gated(either), re.IGNORECASE) if either else None
        except re.error:
            return None
        return joined if joined is not None and not joined.groups else None

    def in_bounds(self, value: object) -> bool:
        """Tell whether a number lies within `min` and `max`, both inclusive (anything not a number does)."""
        low, high = self.low, self.high
        return not isinstance(value, (int, float)) or (
            (low is None or value >= low) and (high is None or value <= high)
        )

    def names_subject(self, text: str) -> bool:
        """Tell whether one of the subject patterns stands in `text`."""
        if (joined := self._subjects) is not None:
            return joined.search(text) is not None
        return any(pattern.search(text) for pattern in self.subject)

    @cached_property
    def clause(self) -> tuple[re.Pattern[str], ...]:
        """One must stand in the value's own clause ('Guam' for the Marines slated to move there)."""
        return self._compiled("clause", self.words["clause"])

    @cached_property
    def unit(self) -> tuple[re.Pattern[str], ...]:
        """What follows the value ('U.S. troops', 'of GDP'); with `cue`, at least one of the two must tie it."""
        return self._compiled("unit", self.words["unit"])

    @cached_property
    def cue(self) -> tuple[re.Pattern[str], ...]:
        """What comes right before the value ('since', 'ranked')."""
        return self._compiled("cue", self.words["cue"])

    @cached_property
    def exclude(self) -> tuple[re.Pattern[str], ...]:
        """Words in the value's clause that rule it out ('threatened', 'South Korea')."""
        return self._compiled("exclude", self.words["exclude"])

    @cached_property
    def past(self) -> tuple[re.Pattern[str], ...]:
        """Words in the value's clause that mark it as no longer current."""
        return self._compiled("past", self.words["past"])

    @cached_property
    def rival(self) -> tuple[re.Pattern[str], ...]:
        """A subject the value may belong to instead ('Lower House' for the Upper House's share): when the sentence
        names one, the value's own clause must name the fact's subject."""
        return self._compiled("rival", self.words["rival"])

    @cached_property
    def row(self) -> tuple[re.Pattern[str], ...]:
        """Labels of a table's row that states the fact in a column per year ('U.S. exports, total')."""
        return self._compiled("row", self.words["row"])

    @cached_property
    def table(self) -> tuple[re.Pattern[str], ...]:
        """Words one of which the table's title or the row's label must hold ('goods and services', 'total')."""
        return self._compiled("table", self.words["table"])

    @cached_property
    def unit_near(self) -> tuple[re.Pattern[str], ...]:
        """The units as matched right after a value: a few filler words ('of the') may come first. Only whether one
        matches is asked, so the units are one pattern (the filler words are then compiled once, not once a unit)."""
        # 'ranked fourth as a trading partner', 'first as a source of FDI': a rank may name the role it is held in.
        role = r"(?:(?:both\s+)?as\s+(?:an?|the)\s+)?" if self.value == "rank" else ""
        return self._one_of("unit", rf"\W*{_AFTER_HEDGE}?{role}(?:{FILLER}\s+){{0,3}}?(?:{{}})")

    @cached_property
    def cue_near(self) -> tuple[re.Pattern[str], ...]:
        """The cues as searched right before a value: only filler words may stand between (one pattern, as units),
        and before a rank a verb after the subject ('Japan ranked')."""
        # 'Japan sat a rung higher on the list, in fifth place': a phrase set off by a comma may stand after the verb;
        # 'Japan stood at number five': 'at' before a numbered place.
        after = r"(?:at\s+(?=No\.|number\b)|[^,;]{1,40},\s+)?"
        verb = rf"(?:(?:(?<=Japan\s)|(?<=\bit\s)){VERB}\s+{after})?" if self.value == "rank" else ""
        # 'since September 8, 1951', 'in the spring of 1952': a year's month, day or season may stand before it.
        part = _PART_OF_YEAR if self.value == "year" else ""
        return self._one_of("cue", rf"(?:{{}})\W*{verb}(?:{FILLER}\s+){{0,3}}?{part}$")


def _declaration(fact_id: str, entry: Any, where: str, phrases: dict[str, tuple[str, ...]]) -> Declaration:
    if not isinstance(entry, dict) or entry.keys() - KEYS or entry.get("value") not in VALUES:
        raise CatalogueError(f"{where}: {fact_id}: a declaration has a value ({', '.join(VALUES)}) and known keys")
    words = {key: words_of(entry, key, f"{where}: {fact_id}", phrases) for key in _PATTERN_KEYS}
    needs = entry.get("needs", [])
    if not words["subject"] or not needs or not all(isinstance(word, str) and word == word.lower() for word in needs):
        raise CatalogueError(f"{where}: {fact_id}: needs a subject and lower-case needs words")
    return Declaration(
        fact_id,
        entry["value"],
        words,
        where,
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
        negative=bool(entry.get("negative", False)),
        term=entry.get("term"),
    )


def _meaning(brief: str) -> tuple[str, dict[str, Any]]:
    """The path of `brief`'s meaning.toml and its data (empty when it has none)."""
    path = catalog.BRIEFS_DIR / brief / "meaning.toml"
    if not path.is_file():
        return str(path), {}
    try:
        return str(path), tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path}: not valid TOML ({exc})") from None


@cache
def declarations(brief: str) -> dict[str, Declaration]:
    """Return the declared facts of `brief` (fact id -> declaration), none when it has no meaning.toml."""
    where, data = _meaning(brief)
    shared = phrases_of(data, where)
    return {fact_id: _declaration(fact_id, entry, where, shared) for fact_id, entry in data.get("fact", {}).items()}


@cache
def phrase(brief: str, name: str) -> re.Pattern[str]:
    """The named phrase of `brief`'s meaning.toml as one case-insensitive pattern, for a hand rule ruling out the same
    words its declarations do (one list of words, not a copy in code); read once a process."""
    where, data = _meaning(brief)
    if name not in (shared := phrases_of(data, where)):
        raise CatalogueError(f"{where}: no phrase named {name!r} in [phrases]")
    return re.compile("|".join(f"(?:{pattern})" for pattern in shared[name]), re.IGNORECASE)
