"""The examples of the scorer experiment: each (declared fact, sentence, candidate value) of a text, its features.

Used by `scorer_experiment.py`; see its docstring. A text is read as `extract_snapshot` reads it (the same
sentences and context), and a candidate is every value of the fact's kind that `values.FINDERS` finds in a
sentence. The features are the declared reader's own predicates (subject, unit and cue ties, clause words,
exclude words, whose the value is, how current it is, bounds) and the words within three tokens of the value.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from usjapan_facts.errors import FactsError
from usjapan_facts.extract import extract_snapshot, parse_text
from usjapan_facts.extract import meaning as m
from usjapan_facts.extract.candidate_features import features
from usjapan_facts.extract.declared import Declaration, declarations
from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.rules.base import Context
from usjapan_facts.extract.values import FINDERS
from usjapan_facts.report.export import export_rows


def canon(value: Any) -> Any:
    """A value as the benchmark compares it: numbers as floats, the rest as lower-case text."""
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text.lower()


Reading = tuple[Any, str]
"""A value (canonical) and its hedge."""


def agrees(got: Reading, want: Reading) -> bool:
    """Whether a reading is right as eval_sets counts it: the value, and the hedge when the truth gives one."""
    return got[0] == want[0] and (want[1] in ("", "exact") or got[1] == want[1])


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w$%]+", " ", text.casefold()).split())


def states(quote: str, as_written: str | None) -> bool:
    """Whether a sentence is the one the truth quotes: a piece of its `as_written` (cut at '...') of two words or
    more stands in it, or it stands in the `as_written`. True when the truth quotes nothing."""
    if not as_written:
        return True
    whole, sentence = _folded(as_written), _folded(quote)
    pieces = [_folded(piece) for piece in re.split(r"\.\.\.|…", as_written)]
    return sentence in whole or any(len(piece.split()) >= 2 and piece in sentence for piece in pieces)


@dataclass
class Example:
    """One candidate value of one fact in one sentence: its features and whether it is the truth's."""

    fact_id: str
    reading: Reading
    features: list[str]
    label: bool
    """The value is the truth's, read from the sentence the truth quotes (or any, when it quotes none)."""
    subject_named: bool
    about: bool
    needed: bool
    """The sentence holds one of the fact's `needs` words (the cheap gate every rule has)."""
    quote: str = ""


@dataclass
class Text:
    """One text of a set: the truth of each declared fact, what the hand reader read, and the candidates."""

    set_name: str
    name: str
    brief: str
    truth: dict[str, Reading]
    """Declared fact id -> the truth's reading, for each declared fact the text states."""
    hand: dict[str, Reading]
    """Declared fact id -> what extract_snapshot read."""
    quoted: dict[str, str] = field(default_factory=dict)
    """Declared fact id -> the truth's `as_written`, when it gives one."""
    hand_quotes: dict[str, str] = field(default_factory=dict)
    unscored: set[str] = field(default_factory=set)
    """Declared facts the truth gives without one plain value (a table by year, a hedge alone): left out."""
    examples: list[Example] = field(default_factory=list)


@dataclass(frozen=True)
class Variant:
    """Which candidates the scorer weighs, which features it sees, and how strongly weights are held to zero."""

    name: str = "predicates + words"
    pool: str = "about"
    """'about': sentences naming the subject or carrying it; 'needs': also those holding a needs word."""
    words: bool = True
    """The words within three tokens of the value, alone and with the fact's id."""
    l2: float = 1.0

    def takes(self, example: Example) -> bool:
        return example.about or (self.pool == "needs" and example.needed)

    def features(self, example: Example) -> list[str]:
        if self.words:
            return example.features
        return [name for name in example.features if not (name[:2] in ("L:", "R:") or "|L:" in name or "|R:" in name)]


VARIANTS = (
    Variant(),
    Variant("predicates only", words=False),
    Variant("predicates + words, needs-word sentences too", pool="needs"),
    Variant("predicates + words, l2 0.1", l2=0.1),
    Variant("predicates + words, l2 10", l2=10.0),
)


def _context(document: Any, version: dt.date) -> Context:
    following: dict[str, str] = {}
    preceding: dict[str, str] = {}
    for before, after in itertools.pairwise(document.sentences):
        following.setdefault(before.text, after.text)
        preceding.setdefault(after.text, before.text)
    return Context(document.text, version, document.figure_years, following, tuple(document.captions), preceding)


def _truth(version: dict[str, Any], declared: dict[str, Declaration]) -> dict[str, Reading]:
    truth = {}
    for fact_id, fact in version.get("facts", {}).items():
        if fact_id in declared and "value" in fact and not isinstance(fact["value"], (dict, list)):
            truth[fact_id] = (canon(fact["value"]), fact.get("qualifier") or "exact")
    return truth


def read_text(set_name: str, name: str, text: str, truth_record: dict[str, Any]) -> Text:
    """Read one text: the hand reader's facts, and every candidate of each declared fact with its features."""
    brief = truth_record["report"]["id"]
    version = truth_record["versions"][0]
    updated = dt.date.fromisoformat(version["updated"])
    declared = declarations(brief)
    item = Text(set_name, name, brief, _truth(version, declared), {})
    item.unscored = {fact_id for fact_id in version.get("facts", {}) if fact_id in declared} - set(item.truth)
    item.quoted = {
        f: fact["as_written"] for f, fact in version["facts"].items() if f in item.truth and fact.get("as_written")
    }
    try:
        snapshot = extract_snapshot(text, brief=brief, updated=updated).snapshot
        for row in export_rows([snapshot]):
            if row["fact_id"] in declared and row["value"] not in (None, ""):
                item.hand[row["fact_id"]] = (canon(row["value"]), row.get("qualifier") or "exact")
                item.hand_quotes[row["fact_id"]] = row.get("quote") or ""
    except FactsError as exc:  # a text the hand reader refuses: it reads nothing by hand
        print(f"  {name}: hand reader: {exc}")
    document = parse_text(text)
    context = _context(document, updated)
    for sentence in dict.fromkeys(document.sentences):
        if len(sentence.text) > MAX_SENTENCE:
            continue
        for fact_id, declaration in declared.items():
            found = FINDERS[declaration.value](sentence.text)
            if not found:
                continue
            named = any(pattern.search(sentence.text) for pattern in declaration.subject)
            about = named or m.about(declaration, sentence, context)
            needed = any(word in sentence.folded for word in declaration.needs)
            for candidate in found:
                reading = (canon(candidate.value), candidate.qualifier)
                want = item.truth.get(fact_id)
                label = want is not None and agrees(reading, want) and states(sentence.text, item.quoted.get(fact_id))
                feats = features(declaration, sentence, context, candidate, found) if about or needed else []
                feats += ["about"] * about + ["needed"] * needed
                item.examples.append(Example(fact_id, reading, feats, label, named, about, needed, sentence.text))
    return item
