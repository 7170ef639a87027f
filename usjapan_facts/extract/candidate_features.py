"""The features of one candidate value of a declared fact: what the learned scorer (`extract.learned`) weighs.

A candidate is a value of the fact's kind in a sentence about the fact (`values.FINDERS`). Its features are the
declared reader's own predicates (subject named, unit and cue ties, clause words, exclude words, whose the value
is, how current it is, bounds), a few counts, and the words within three tokens of the value, alone and paired with
the fact. The benchmark that trains the weights (`benchmarks/learn_scorer.py`) computes them with this function, so
the product scores what the weights were trained on. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import meaning as m
from usjapan_facts.extract.clause_subjects import with_subject
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.ownership import not_its, target_year, without_others
from usjapan_facts.extract.partitive import inherits, own_span, pairs
from usjapan_facts.extract.rules.base import PAST, PLAIN, Context
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.ties import tied_to
from usjapan_facts.extract.values import Candidate

_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*|[%$]")


def _words(text: str, start: int, end: int) -> list[str]:
    """The three words either side of the value, numbers folded to '#'."""
    left = _TOKEN.findall(text[max(0, start - 60) : start])[-3:]
    right = _TOKEN.findall(text[end : end + 60])[:3]
    fold = [re.sub(r"\d[\d,.]*", "#", word.lower()) for word in (*left, *right)]
    return [f"L:{word}" for word in fold[: len(left)]] + [f"R:{word}" for word in fold[len(left) :]]


def _bucket(number: int, edges: tuple[int, ...]) -> str:
    return next((f"<={edge}" for edge in edges if number <= edge), f">{edges[-1]}")


def _subject_distance(declaration: Declaration, text: str, candidate: Candidate) -> str:
    """How many words stand between the value and the nearest of the subject's words, and on which side."""
    spots = [hit.start() for pattern in declaration.subject for hit in pattern.finditer(text)]
    if not spots:
        return "none"
    nearest = min(spots, key=lambda at: abs(at - candidate.start))
    low, high = sorted((nearest, candidate.start))
    side = "before" if nearest < candidate.start else "after"
    return f"{side}{_bucket(len(_TOKEN.findall(text[low:high])), (3, 8, 15))}"


def features(
    declaration: Declaration, sentence: Sentence, context: Context, candidate: Candidate, found: tuple[Candidate, ...]
) -> list[str]:
    """The names of the features one candidate has (binary: a name present is a feature on)."""
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
        "changed_from": bool(m._CHANGED_FROM.search(text, max(0, candidate.start - 30), candidate.start)),
        "changed_to": bool(m._CHANGED_TO.search(text, max(0, candidate.start - 60), candidate.start)),
        "hedged": candidate.qualifier != "exact",
        "first": index == 0,
        "last": index == len(found) - 1,
        "cut": sentence.cut,
        "is_part": pair is not None,
        "planned_fact": declaration.planned,
    }
    if declaration.target_year:
        on["other_target"] = target_year(text, candidate, found) not in (None, declaration.target_year)
    hints = m._hints(declaration, text, candidate, clause, context)
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
