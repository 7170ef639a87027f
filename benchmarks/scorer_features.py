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
from usjapan_facts.extract.clause_subjects import with_subject
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import Declaration, declarations
from usjapan_facts.extract.declared_when import _CHANGED_FROM, _CHANGED_TO, value_hints
from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.ownership import not_its, target_year, without_others
from usjapan_facts.extract.partitive import inherits, own_span, pairs
from usjapan_facts.extract.rules.base import PAST, PLAIN, Context
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.ties import tied_to
from usjapan_facts.extract.values import FINDERS, Candidate
from usjapan_facts.report.export import export_rows

_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*|[%$]")


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


def _words(text: str, start: int, end: int) -> list[str]:
    left = _TOKEN.findall(text[max(0, start - 60) : start])[-3:]
    right = _TOKEN.findall(text[end : end + 60])[:3]
    fold = [re.sub(r"\d[\d,.]*", "#", word.lower()) for word in (*left, *right)]
    return [f"L:{word}" for word in fold[: len(left)]] + [f"R:{word}" for word in fold[len(left) :]]


def _bucket(number: int, edges: tuple[int, ...]) -> str:
    return next((f"<={edge}" for edge in edges if number <= edge), f">{edges[-1]}")


def _subject_distance(declaration: Declaration, text: str, candidate: Candidate) -> str:
    spots = [hit.start() for pattern in declaration.subject for hit in pattern.finditer(text)]
    if not spots:
        return "none"
    nearest = min(spots, key=lambda at: abs(at - candidate.start))
    lo, hi = sorted((nearest, candidate.start))
    side = "before" if nearest < candidate.start else "after"
    return f"{side}{_bucket(len(_TOKEN.findall(text[lo:hi])), (3, 8, 15))}"


def features(
    declaration: Declaration, sentence: Sentence, context: Context, candidate: Candidate, found: tuple[Candidate, ...]
) -> list[str]:
    """The features of one candidate: the declared reader's predicates, a few counts, the words around it."""
    text, fact = sentence.text, declaration.fact_id
    named = any(pattern.search(text) for pattern in declaration.subject)
    spans = clauses(text)
    wholes = pairs(text, found) if declaration.value == "count" else ()
    span, pair = own_span(wholes, candidate)
    clause = span or clause_of(spans, candidate.start)
    clause_text = text[clause[0] : clause[1]]
    others = [other for other in found if other != candidate]
    index = found.index(candidate)
    on: dict[str, bool] = {
        "named": named,
        "carried": not named,
        "named_in_clause": any(pattern.search(clause_text) for pattern in declaration.subject),
        "section_named": any(pattern.search(sentence.section) for pattern in declaration.subject),
        "clause_declared": bool(declaration.clause),
        "clause_ok": not declaration.clause
        or any(pattern.search(with_subject(text, spans, clause)) for pattern in declaration.clause),
        "tie_declared": bool(declaration.unit or declaration.cue),
        "tied": tied_to(declaration, text, candidate, clause, others),
        "unit_after": any(pattern.match(text[candidate.end : candidate.end + 60]) for pattern in declaration.unit_near),
        "cue_before": any(
            pattern.search(text[max(0, candidate.start - 60) : candidate.start]) for pattern in declaration.cue_near
        ),
        "inherits": inherits(
            declaration.clause, text, pair, lambda v, s: tied_to(declaration, text, v, s, [o for o in found if o != v])
        ),
        "excluded": any(
            pattern.search(without_others(text, 0 if not named else clause[0], clause[1], candidate, found))
            for pattern in declaration.exclude
        ),
        "not_its": not_its(declaration, text, candidate, clause, context),
        "in_bounds": declaration.in_bounds(candidate.value),
        "past_word": any(pattern.search(clause_text) for pattern in declaration.past),
        "now_word": bool(m._NOW.search(clause_text)),
        "changed_from": bool(_CHANGED_FROM.search(text, max(0, candidate.start - 30), candidate.start)),
        "changed_to": bool(_CHANGED_TO.search(text, max(0, candidate.start - 60), candidate.start)),
        "hedged": candidate.qualifier != "exact",
        "first": index == 0,
        "last": index == len(found) - 1,
        "cut": sentence.cut,
        "is_part": pair is not None,
        "planned_fact": declaration.planned,
    }
    if declaration.target_year:
        on["other_target"] = target_year(text, candidate, found) not in (None, declaration.target_year)
    hints = value_hints(declaration, text, candidate, clause, context)
    when = int(hints.get("_when", PLAIN))
    names = [name for name, value in on.items() if value]
    names += [f"kind={declaration.value}", f"when={when}", f"qual={candidate.qualifier}", f"fact={fact}"]
    names += [f"kin={_bucket(len(found), (1, 2, 3))}", f"subj={_subject_distance(declaration, text, candidate)}"]
    names += ["dated"] * ("_date" in hints) + ["stale"] * bool(hints.get("_stale"))
    names += ["past"] * (when == PAST)
    lexical = _words(text, candidate.start, candidate.end)
    names += lexical + [f"{fact}|{word}" for word in lexical]
    names += [f"{fact}|tied"] * on["tied"] + [f"{fact}|named"] * named
    return names


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
