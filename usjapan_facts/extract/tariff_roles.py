"""The general reader of U.S. tariff rates on Japan and Japan's investment pledge, for what no declaration read.

Its lexicon (`briefs/tariff_roles.toml`) names each fact's concept as data: which tariff (its legal authority, IEEPA or
reciprocal, Section 122 or a surcharge; its product, autos; its reach, most of Japan's goods) and Japan's pledge to
invest in the United States. A value of the fact's kind is taken where its words (its phrase, cut at the commas and at
the other values around it; else its clause so cut; else the sentence, when it holds no other value of the kind) name
the fact's concept and none of its `not` words (autos are not most goods), the sentence names Japan, points back to one
that does or takes as given a rate told of Japan's goods (`extract.given_rates`), and nothing in the value's words rules
it out: a threatened, proposed, earlier or voided rate, another country's, the rate a later one replaced or a
comparison's ('down from 27.5%', 'rather than the 15%'), a change's size, Japan's own tariffs. A rate is read only from
a sentence that says what applies now: one dated or spanned, past ('faced', 'was set'), planned ('will'), said, quoted,
undone ('withdrew', 'stopped collecting') or compared ('down from') anywhere in it gives none, nor does one whose next
sentence, pointing back, names another tariff ('It is levied under Section 232'); a share ('30% of U.S. imports') is no
rate, and a sentence with two amounts gives no pledge. So 'Most Japanese exports to the U.S. are now taxed at 15
percent' reads 15%, and 'At its center was a 15% rate' nothing. It runs only for a fact mentioned but left unread (or
read only as what a framework set, `extract.headline_rates`), and keeps a value only when every sentence it reads gives
the same one. Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.anaphora import routed
from usjapan_facts.extract.changed_after import drop_changed
from usjapan_facts.extract.changed_from import drop_changed_from
from usjapan_facts.extract.clauses import clause_of, clauses, value_spans
from usjapan_facts.extract.first_chars import first_gated
from usjapan_facts.extract.given_rates import Given, on_japan, table_title
from usjapan_facts.extract.headline_rates import (
    drop_given_way,
    mark,
    new_values,
    since_current,
    started_now,
    unread_but_headlines,
)
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.parsers import month_number
from usjapan_facts.extract.row_status import live_sentences, mark_ended_rows
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.subject_before import carried_ours, pronoun_subject, subject_before
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.values import Candidate, of_kind
from usjapan_facts.extract.voided_rates import in_force_facts, mark_voided, take_replaced, take_successor, voided
from usjapan_facts.extract.word_choice import holds_any
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

MAX_SENTENCE = 1500
_BREAK = re.compile(r",|;|\s[-\u2013\u2014]+\s|\u2014|:|\(|\)")
_DIGIT = re.compile(r"\d|\bpercent\b", I)
_BOUNDS = {"percent": (1.0, 60.0), "money": (1e11, 2e12)}
_DATED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|"
    r"last\s+year|this\s+year|week|month)\b"
)
"""A sentence dated or spanned: a rate of a day or a period is an event's, not surely the one in force."""
_PAST = re.compile(
    r"\b(?:was|were|had|faced|paid|bore|(?<!\bis\s)(?<!\bare\s)set|imposed|levied|announced|took|rose|fell|raised|lowered|cut|reduced|"
    r"hiked|slashed|agreed|said|says|named|names|will|to\s+be|expires?|expired|ended|replac\w*|order)\b",
    I,
)
"""A sentence that tells what a rate was, became, will be or someone said: not surely the rate now."""
_SHARE = re.compile(r"\s*(?:of|share|in\s+(?:value|volume)|more|less|higher|lower|increase|decrease|cut|rise)\b", I)


@dataclass(frozen=True)
class Concept:
    """One fact's words: its kind, cheap gate words, its concept, what its clause must hold too, what rules it out."""

    kind: str
    gate: tuple[str, ...]
    concept: tuple[re.Pattern[str], ...]
    also: tuple[re.Pattern[str], ...]
    unlike: tuple[re.Pattern[str], ...]
    low: float | None = None


@dataclass(frozen=True)
class Lexicon:
    facts: dict[str, Concept]
    rule_out: dict[str, tuple[re.Pattern[str], ...]]
    before: dict[str, tuple[re.Pattern[str], ...]]
    participle: tuple[re.Pattern[str], ...]
    law: re.Pattern[str]
    now_dated: tuple[re.Pattern[str], ...]
    compared: re.Pattern[str]
    addend: re.Pattern[str]
    carried: re.Pattern[str]


def _compiled(words: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(first_gated(word, I), I) for word in words)


@cache
def lexicon() -> Lexicon:
    """The lexicon of tariff and pledge concepts."""
    data = word_file("tariff_roles.toml") or {}
    facts = {
        fact_id: Concept(
            entry["kind"],
            tuple(entry["gate"]),
            _compiled(entry["concept"]),
            _compiled(entry.get("also", [])),
            _compiled(entry.get("not", [])),
            entry.get("low"),
        )
        for fact_id, entry in data["fact"].items()
    }
    kinds = {concept.kind for concept in facts.values()}
    out = data["rule_out"]
    reading = data["reading"]
    return Lexicon(
        facts,
        {kind: _compiled(out[kind]) for kind in kinds},
        {kind: _compiled(out[f"{kind}_before"]) for kind in kinds},
        _compiled(reading["participle"]),
        re.compile(reading["law"]),
        tuple(re.compile(one) for one in reading["now_dated"]),
        re.compile(first_gated(reading["compared"], I), I),
        re.compile(first_gated(reading["addend"], I), I),
        re.compile(reading["carried"]),
    )


def _now(text: str, updated: dt.date | None) -> str:
    """The sentence with a month it says a rate is in effect as of cut, where that month lies within three months
    before the cover ('as of November 2025', a table's column 'In effect, Nov. 2025'): such a rate is the one now."""
    if updated is None:
        return text
    for pattern in lexicon().now_dated:
        for found in reversed(list(pattern.finditer(text))):
            months = (updated.year - int(found.group("year"))) * 12 + updated.month - month_number(found.group("month"))
            if 0 <= months <= 3:
                year = re.compile(rf"\s+in\s+{found.group('year')}(?=\W*$)") if found.end() < len(text) else None
                tail = year.sub("", text[found.end() :]) if year else text[found.end() :]
                text = f"{text[: found.start()]}{found.group(1)} now{tail}"
    return text


def _plain(text: str) -> str:
    """The sentence as its roles read: no rate it is compared with, a sum with the MFN duty said by its addend ('the
    MFN rate plus 10 percentage points' -> '10 percent on top of the MFN duty'), no participle that is no past tense
    ('the tariff paid on most imports', 'Japan has paid') and no law's year, so that only a verb or date telling a
    past rate rules it out."""
    lex = lexicon()
    text = lex.compared.sub("", text)  # ', far below the 24% first announced in April': the other rate's words
    text = lex.addend.sub(lambda found: f"{found.group('value')} percent on top of the MFN duty", text)
    for pattern in (*lex.participle, lex.law):
        text = pattern.sub(r"\1", text)  # 'the Trade Act of 1974': a law's year dates no rate
    return re.sub(r"  +", " ", text)


def _carried(sentence: Sentence, context: Context, kind: str) -> tuple[Candidate, ...]:
    """The one rate of the sentence before told as current, for a sentence that points back to it and says what it is
    ('Most goods enter at ten percent. It is also the only IEEPA rate Japan has actually paid.') or what it applies to
    ('That rate has applied to most imports from Japan'); none where it gives no sole current one."""
    lex = lexicon()
    before = context.preceding.get(sentence.text, "")
    if not lex.carried.match(sentence.text) or not carried_ours(sentence.text, before):
        return ()  # 'Japan now charges 7.7% on ... . That rate has applied to most imports from the United States
    year = context.updated.year if context.updated else None
    found = tuple(one for one in of_kind(kind, before, "") if not not_current(before, one.start, year=year))
    return found if len(found) == 1 else ()  # 'After he announced 24% ..., the two sides settled on 15%': the 15%


def _words(text: str, clause: tuple[int, int], value: Candidate, found: tuple[Candidate, ...]) -> tuple[str, str]:
    """The value's clause up to the other values around it, and within that its phrase cut at the commas."""
    (start, end), (left, right) = value_spans(text, clause, value, found, _BREAK)
    return text[start:end], text[left:right]


def _names(concept: Concept, words: str) -> bool:
    return any(p.search(words) for p in concept.concept)


def _not_now(text: str) -> bool:
    """Whether a sentence, as its roles read it, tells a rate past, dated, planned, undone or compared: none now."""
    return bool(_DATED.search(text) or _PAST.search(text)) or any(p.search(text) for p in lexicon().rule_out["percent"])


def read(
    fact_id: str, sentence: Sentence, context: Context, given: Container[str] = frozenset()
) -> set[tuple[object, str]]:
    """The fact's values in the sentence, read by its concept words; empty where none is sure. A sentence in `given`
    takes as given a rate told before of Japan's goods ('The 15% charged on most goods ...')."""
    lex = lexicon()
    concept = lex.facts[fact_id]
    text, before = sentence.text, context.preceding.get(sentence.text, "")
    text = pronoun_subject(text, before, concept.concept) or text  # '..., most goods ... enter ... . Since ..., they'
    told_before = subject_before(text, before, lambda words: _names(concept, words))  # 'subject to it. It is 10%'
    if not (told_before or on_japan(sentence, before, given)) or '"' in text or "\u201c" in text:
        return set()
    text = since_current(text, bool(lex.carried.match(text))) or text  # 'Since July 2026, ... has been': now
    text = started_now(text) or text  # '..., which is set at 10% and took effect on February 24': its start
    text = _plain(_now(text, context.updated))
    lex_out = lex.rule_out[concept.kind]
    if concept.kind == "percent" and _not_now(text):
        return set()  # a past, dated, planned, undone or compared rate anywhere in the sentence: none is sure
    after = context.following.get(text, "")
    if not table_title(sentence) and routed(after) and any(p.search(after) for p in (*concept.unlike, *lex_out, _PAST)):
        return set()  # 'It is levied under Section 232 on cars.' (a table's next cell is its own column's rate)
    found = of_kind(concept.kind, text, context.preceding.get(text, ""))
    carried = () if found else _carried(sentence, context, concept.kind)
    if carried:
        return _carried_value(concept, text, carried[0])
    if concept.kind == "money" and len(found) != 1:
        return set()  # two amounts: which one the pledge is, is not sure
    year = context.updated.year if context.updated else None
    low, high = _BOUNDS[concept.kind]
    low = concept.low or low
    spans = clauses(text) if found else ()
    taken: set[tuple[object, str]] = set()
    for value in found:
        if not isinstance(value.value, (int, float)) or not low <= value.value <= high:
            continue
        clause = clause_of(spans, value.start)
        if not _DIGIT.search(text, value.start, value.end) or _SHARE.match(text, value.end):
            continue  # 'the majority', 'half', '30% of U.S. imports': a share is no rate
        if not_current(text, value.start, year=year):
            continue
        own, phrase = _words(text, clause, value, found)
        words = next((w for w in (phrase, own, text[clause[0] : clause[1]]) if _names(concept, w)), None)
        if words is None and len(found) == 1 and (told_before or _names(concept, text)):
            words = text
        if words is None or any(p.search(text) for p in concept.unlike):
            continue
        if concept.also and not any(p.search(text) or p.search(table_title(sentence)) for p in concept.also):
            continue
        lead = text[max(0, value.start - 40) : value.start]
        if ANOTHER_COUNTRY.search(text) or any(p.search(text) for p in lex_out):
            continue
        if any(p.search(lead) for p in lex.before[concept.kind][:1]) or any(
            p.search(text, value.end, value.end + 25) for p in lex.before[concept.kind][1:]
        ):
            continue
        taken.add((value.value, value.qualifier))
    return taken


def _carried_value(concept: Concept, text: str, value: Candidate) -> set[tuple[object, str]]:
    """The rate carried from the sentence before, where this one names the fact's concept and nothing rules it out."""
    low, high = _BOUNDS[concept.kind]
    if not isinstance(value.value, (int, float)) or not (concept.low or low) <= value.value <= high:
        return set()
    if not _names(concept, text) or any(p.search(text) for p in (*concept.unlike, *lexicon().rule_out[concept.kind])):
        return set()
    return {(value.value, value.qualifier)}


def fill(brief: str, document: Document, context: Context, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Add the general reader's value of each tariff or pledge fact of the brief that no rule or declaration read (or
    read only as what a framework set); then mark the headline rates among disagreeing readings as past. A rate its
    sentence says gave way (`headline_rates.gives_way`) is dropped first."""
    rates = {fact_id for fact_id, concept in lexicon().facts.items() if concept.kind == "percent"}
    drop_given_way(rates, readings)
    drop_changed(document, readings)  # 'a 25% tariff ... The deal lowered that tariff': no rate now
    drop_changed_from(document, readings)  # 'placed a 25% tariff ... Tariffs were cut to 15% from the 27.5%'
    mark_ended_rows(rates, document, readings)  # '| April 5 | Baseline | 10% | replaced |': no rate now
    order = sorted(lexicon().facts, key=lambda fact_id: fact_id in in_force_facts())  # the rates in force last
    first = next((fact_id for fact_id in order if fact_id in in_force_facts()), None)
    ruled = voided(document, readings, context.updated)  # the ruling's fact is no tariff fact: fill reads it not
    live = live_sentences(document)  # no row its status cell says ended ('| 15% | voided |')
    # 'The 15% charged on ...' after a rate told now of Japan's goods (worked out once, if a sentence asks it)
    given = Given(live, lambda text: not _not_now(_plain(_now(text, context.updated))))
    for fact_id in order:
        if fact_id == first:  # each authority's own rate read by now: a rate under one a ruling voided is not now
            mark_voided(ruled, readings)
        concept = lexicon().facts[fact_id]
        if fact_id not in readings or not unread_but_headlines(readings[fact_id]):
            continue  # read by a sentence that says more than what a framework set
        got: list[tuple[Fields, Sentence]] = []
        values: set[tuple[object, str]] = set()
        for sentence in live:
            said = f"{sentence.folded} {context.preceding.get(sentence.text, '').lower()}"  # its subject said before
            if len(sentence.text) > MAX_SENTENCE or not holds_any(said, concept.gate):
                continue
            taken = read(fact_id, sentence, context, given)
            values |= taken
            if len(taken) == 1:
                number, qualifier = next(iter(taken))
                got.append(({"value": number, "qualifier": qualifier}, sentence))
        if len(values) == 1:
            readings[fact_id].extend(new_values(readings[fact_id], got))
    goods = {fact_id: concept.concept for fact_id, concept in lexicon().facts.items()}
    take_successor(ruled, document, readings, goods)  # the rate that followed a voided one
    take_replaced(ruled, document, readings)  # the voided authority's rate the one that followed replaced
    mark(set(lexicon().facts), readings)  # a rate a framework set gives way to the rate said to apply now
    drop_changed(document, readings)  # and so does a rate the general reader took that the text says changed


__all__ = ["Concept", "fill", "lexicon", "read"]
