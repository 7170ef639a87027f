"""The learned scorer: a value for a declared fact the rules gave none, when its best candidate scores high enough.

The rules read first; for each declared fact (`meaning.toml`) they gave no value (none read, or readings that
disagree), every value of the fact's kind in a sentence about it (naming its subject, or carrying it from the
sentence before) is a candidate, and a logistic regression over its features (`candidate_features`) scores it.
The best candidate is read when its probability passes the threshold shipped with the weights
(`learned_weights.json`): the lowest at which the scorer added no wrong value to the benchmark sets scored out of
fold, with a margin. The snapshot's note says the value was read so, with its probability. The weights are data,
trained by `benchmarks/ship_scorer.py` from the benchmark texts' truths; nothing is downloaded. Pure, no I/O
beyond reading the weights once.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import Any

from usjapan_facts.catalog import Catalogue
from usjapan_facts.extract import meaning as m
from usjapan_facts.extract.candidate_features import features
from usjapan_facts.extract.carried import carried_japans
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import Declaration, declarations
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.resolve import marked_by_own_year, resolve
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.rules.readings import period_of
from usjapan_facts.extract.set_apart import set_apart
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import FINDERS, Candidate

WEIGHTS = Path(__file__).with_name("learned_weights.json")


@functools.cache
def _model() -> tuple[float, dict[str, float]]:
    """The threshold (a probability) and each feature's weight."""
    data: dict[str, Any] = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return float(data["threshold"]), {str(name): float(weight) for name, weight in data["weights"].items()}


def _probability(score: float) -> float:
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, score))))


_VETOES = frozenset(
    {"excluded", "not_its", "past", "stale", "past_word", "other_target", "changed_from", "changed_to", "cut"}
)
"""The declaration's own reasons to refuse a value: the scorer never reads a value one of them rules out."""


_JAPAN = re.compile(r"\bJapan|\bTokyo\b")


def _of_another(text: str, before: str) -> bool:
    """Whether a sentence naming neither Japan nor another country follows one naming another country and not Japan,
    or names another country itself and not Japan: whose its figure is, the rules say (their readers of 'it' and
    'there'), not the scorer."""
    if _JAPAN.search(text):
        return False
    return ANOTHER_COUNTRY.search(text) is not None or (
        ANOTHER_COUNTRY.search(before) is not None and _JAPAN.search(before) is None
    )


def _vetoed(names: list[str], declaration: Declaration, text: str, candidate: Candidate, context: Context) -> bool:
    """Whether the rules' own checks rule the candidate out: words the declaration excludes, another country's, past,
    of another target year, a change's start or end, a value a list pairs 'respectively' with its subjects or dated
    before another of its kind (`set_apart`), or one not current (`tense.not_current`: denied, a change's size,
    quoted, long past, a range's end, proposed or pending unless the fact is a goal). A value the rules refuse is
    a trap the scorer has seldom seen in training, where the rules read the current value beside it."""
    if _VETOES.intersection(names) or set_apart(declaration.value, candidate.value, text):
        return True
    year = context.updated.year if context.updated else None
    return not_current(text, candidate.start, year=year, planned=declaration.planned)


def learned_readings(
    brief: str, sentences: list[Sentence], context: Context, unread: set[str]
) -> dict[str, tuple[Fields, Sentence]]:
    """For each declared fact of `unread` (facts no rule read), the best candidate that passes the threshold."""
    declared = {fact_id: d for fact_id, d in declarations(brief).items() if fact_id in unread}
    if not declared:
        return {}
    threshold, weights = _model()
    best: dict[str, tuple[float, Fields, Sentence]] = {}
    for sentence in dict.fromkeys(sentences):
        text = sentence.text
        if len(text) > MAX_SENTENCE or text.endswith("?"):
            continue
        for fact_id, declaration in declared.items():
            found = FINDERS[declaration.value](text)
            named = any(pattern.search(text) for pattern in declaration.subject)
            if not found or not (named or m.about(declaration, sentence, context)):
                continue
            if not declaration.names_subject(text) and not carried_japans(declaration, sentence, context):
                continue  # 'Japan hosts more troops than South Korea. About 28,500 are stationed there': Korea's
            if declaration.japan and _of_another(text, context.preceding.get(text, "")):
                continue  # 'South Korea anchors U.S. posture there. The U.S. military presence, 28,500, ...'
            if declaration.dated and len(found) > 1:
                continue  # which figure the sentence's year dates is the rules' to say ('to $59.7 billion, from ...')
            needed = ["needed"] * any(word in sentence.folded for word in declaration.needs)
            for candidate in found:
                names = [*features(declaration, sentence, context, candidate, found), "about", *needed]
                if _vetoed(names, declaration, text, candidate, context):
                    continue
                score = sum(weights.get(name, 0.0) for name in names)
                if fact_id in best and score <= best[fact_id][0]:
                    continue
                clause = clause_of(clauses(text), candidate.start)
                hints = m._hints(declaration, text, candidate, clause, context)
                fields: Fields = {"qualifier": candidate.qualifier, "value": candidate.value, **hints}
                if declaration.per:
                    fields["per"] = declaration.per
                period = (
                    period_of(text[clause[0] : clause[1]]) or m._period(declaration, text, context)
                    if declaration.period
                    else None
                )
                if period:
                    fields["period"] = period
                best[fact_id] = (score, fields, sentence)
    chosen = {}
    for fact_id, (score, fields, sentence) in best.items():
        probability = _probability(score)
        if probability <= threshold or (declared[fact_id].dated and "period" not in fields):
            continue  # unsure, or an undated figure of a fact read by period (it would read as a change of period)
        note = f"read by the learned scorer (p = {probability:.3f}): the rules gave no value"
        chosen[fact_id] = ({**fields, "note": note}, sentence)
    return chosen


def learned_facts(
    catalogue: Catalogue, sentences: list[Sentence], context: Context, missing: set[str], warnings: list[str]
) -> dict[str, dict[str, Any]]:
    """The facts of `missing` the scorer reads, as the reader publishes a fact: a value of long ago gives way (as any
    reader's does, `resolve.marked_by_own_year`), and a sentence cut by another column's lines is never quoted."""
    kinds = {spec.id: str(spec.kind) for spec in catalogue.facts}
    facts = {}
    for fact_id, reading in learned_readings(catalogue.brief, sentences, context, missing).items():
        marked = [reading]
        if context.updated is not None:
            marked = marked_by_own_year(marked, context.updated.year, rank=kinds[fact_id] == "rank")
        chosen = resolve(fact_id, marked, warnings)
        if chosen is not None and not chosen[1].cut:
            fields, sentence = chosen
            facts[fact_id] = {"kind": kinds[fact_id], **fields, "quote": sentence.text, "section": sentence.section}
    return facts
