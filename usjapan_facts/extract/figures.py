"""The general reader of figures: a count or percent of the alliance or defense that no declaration read.

Its lexicon (`briefs/<BRIEF>/figures.toml`) gives each fact the words of the whole its value measures (the concept:
troops, exclusive-use facilities, Japan's land area, Marines, a goal or a cap of GDP). A value of the fact's kind is
taken where its phrase (its words up to the commas, the clause breaks and the other values around it; the whole
clause when the phrase names no concept) names this fact's concept and no other fact's, wherever the value stands in
it (fronted, after the verb, in an appositive: "Small as it is, 0.6% of Japan's land area, Okinawa ..."), the sentence
names the declaration's subject (or points back to the one before that does: "A contingent of roughly 4,000 Marines is
to move there"), and nothing in the phrase rules it out: the declaration's exclude and past words, another country,
the size of a change, a plan or a possibility (for a fact that is no plan), a past tense. It runs only for a fact the
declarations left unread, and keeps a value only when every sentence it reads gives the same one. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.agreed import Readings, fill_agreed
from usjapan_facts.extract.anaphora import points_back, routed
from usjapan_facts.extract.appositives import appositive_head
from usjapan_facts.extract.clauses import SINCE, clause_of, clauses, value_spans
from usjapan_facts.extract.declared import Declaration, declarations
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.parsers import YEAR
from usjapan_facts.extract.partitive import pairs
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.set_apart import set_apart
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.values import Candidate, of_kind
from usjapan_facts.extract.whose import another_country
from usjapan_facts.extract.word_files import word_file
from usjapan_facts.extract.year_roles import FRONTED_PARTICIPLE

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_BREAK = re.compile(r",|\s[-\u2013\u2014]+\s|\u2014|:")
_THERE = re.compile(r"\bthere\b", I)
_OF = re.compile(r"\s*of\s", I)
_OTHERS = re.compile(rf"{OTHER_COUNTRIES}|\bNATO\b|\bPentagon\b")
_ELSEWHERE = re.compile(
    r"\b(?:Hawaii|Alaska|California|Darwin|Iwakuni|Kyushu|Hokkaido|Tinian|Saipan|the\s+U\.S\.\s+mainland)\b"
)
"""Another place 'there' may stand for, named in the sentence before: 'Guam's Camp Blaz opened in 2023, and Hawaii is
building barracks. A contingent of some 2,700 Marines is to move there from Okinawa.'"""
_FIRST_GROUP = re.compile(
    r"\bahead\s+of\s+the\s+(?:rest|others|remainder|main\s+body)\b|\b(?:first|initial|advance|lead)\s+"
    r"(?:group|batch|contingent|wave|tranche|elements?)\b|\bfirst(?=\s*(?:[,;.]|$))",
    I,
)
"""The first group of a move, never the whole of it: 'some 1,300 Marines is to move there from Okinawa first, ahead
of the rest'."""
_CHANGE = re.compile(
    r"\b(?:by|from|rose|grew|fell|dropped|declined|increased|decreased|cut|shrank|change|increase|decrease|"
    r"growth|drop|rise|fall)\s*$",
    I,
)
_UNSURE = re.compile(
    r"\b(?:would|could|might|may|should|proposed|proposal|floated|urged|asked|wants?|demand\w*|if|platform|manifesto|"
    r"campaign\w*|weigh\w*|mull\w*|consider\w*|debat\w*|discuss\w*|stud(?:y|ying|ied)|"
    r"not(?!\s+(?:quite|far|much|more|less|fewer))|no(?!\s+(?:fewer|less|more|greater|larger|bigger)))\b",
    I,
)
_DELAYED = re.compile(r"\bnot\s+(?:\w+\s+){0,5}?(?:until|before)\b", I)
"""A negation of when, not of what: 'are not expected to begin arriving until the next decade'."""
_PLAN = re.compile(r"\b(?:will|plans?|planned|aims?|intends?|is\s+to|are\s+to|by\s+(?:FY\s?)?20\d\d)\b", I)
_PAST = re.compile(
    r"\b(?:was|were|had|once|previously|formerly|originally|at\s+its\s+peak|until|as\s+recently\s+as)\b", I
)
_YEAR = re.compile(rf"(?<!\bsince\s)(?<!\bbeginning\sin\s)(?<!\bstarting\sin\s)\b{YEAR.pattern}", I)
_RANGE = (
    re.compile(r"(?:\d\s*[-\u2013]|\bbetween\s+[\d,.]+\s+and|\bfrom\s+[\d,.]+\s+to)\s*$", I),
    re.compile(r"[-\u2013]\s*\d"),
)
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_BACK = re.compile(
    r"\b(?:of\s+)?(?:them|those|these)\b(?!\s+(?:\w+\s+)?(?:troops|personnel|Marines|facilities|bases))", I
)
"""A whole told by pointing back to the sentence before: 'About 9,000 Marines are to leave Okinawa. Guam's share of
them, about 4,000, will be housed at Camp Blaz.'"""
_WHOLE = re.compile(r"(?:(?!\b(?:is|are|was|were|has|have|lies?|sits?|hosts?|stands?|remains?)\b)[^,;])*")


@dataclass(frozen=True)
class Concept:
    """One fact's words for the general reader: cheap gate words, its concept, and the words its clause must hold."""

    gate: tuple[str, ...]
    concept: tuple[re.Pattern[str], ...]
    also: tuple[re.Pattern[str], ...]
    whole: bool = False
    """The concept is the whole a share is of, said right after it when anywhere after it ('70% of the bases')."""
    after: tuple[re.Pattern[str], ...] = ()
    """Words that rule the value out, read from right after it up to a semicolon: each pattern is matched there, so it
    says itself how far its words may stand from the value. A move's whole, whose destinations are listed with the
    fact's place as the first named ('9,000 Marines are to leave, bound for Guam, Hawaii and Australia'; not 'slated for
    Guam, the largest share of the 9,000 bound for Guam, Hawaii and Australia')."""


@cache
def lexicon(brief: str) -> dict[str, Concept]:
    """The brief's lexicon of figures (empty for a brief that has none)."""
    data = word_file(brief, "figures.toml")
    if data is None:
        return {}
    return {
        fact_id: Concept(
            tuple(entry["gate"]),
            tuple(re.compile(word, I) for word in entry["concept"]),
            tuple(re.compile(word, I) for word in entry.get("also", ())),
            bool(entry.get("whole", False)),
            tuple(re.compile(word, I) for word in entry.get("after", ())),
        )
        for fact_id, entry in data.get("fact", {}).items()
    }


def _whole(text: str, value: Candidate) -> int | None:
    """Where the whole a share is of starts ('70% of the bases', 'more than half of the troops'), if said after it."""
    if text[value.start : value.end].endswith(" of"):
        return value.end
    after = _OF.match(text, value.end)
    return after.end() if after else None


def _named(facts: dict[str, Concept], kind: dict[str, str], value_kind: str, words: str) -> set[str]:
    return {
        fact_id
        for fact_id, concept in facts.items()
        if kind[fact_id] == value_kind and any(p.search(words) for p in concept.concept)
    }


def _ruled_out(declaration: Declaration, words: tuple[str, str, str], cover: int | None) -> bool:
    """Whether the value's words rule it out: `words` are its own (its clause up to the values around it, and on to
    its phrase's end; what the declaration excludes), its clause's (a plan, a doubt, a denial, a past, a year before
    the `cover`'s) and its phrase's before it (a change's size: 'rose by')."""
    own, clause, before = words
    clause = SINCE.sub("", clause)  # 'has barely moved since the islands reverted to Japan in 1972' is of now
    clause = FRONTED_PARTICIPLE.sub("", clause)  # 'Bound by a treaty signed in 1951, Japan hosts': the treaty's
    if any(p.search(own) for p in (*declaration.exclude, *declaration.past)) or _CHANGE.search(before):
        return True
    if declaration.japan and _OTHERS.search(own):
        return True
    if cover and any(int(year) < cover for year in _YEAR.findall(clause)):
        return True
    clause = _DELAYED.sub("", clause)  # 'is not expected to begin arriving until the 2020s': a timing, no denial
    if _UNSURE.search(clause) or _PAST.search(clause) or _FIRST_GROUP.search(clause):
        return True
    return not declaration.planned and bool(_PLAN.search(clause))


def _about(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Whether the sentence is about the subject: it names it, or it points back ('It', 'They', 'there') to a
    sentence that names it and no other country."""
    before = context.preceding.get(sentence.text, "")
    if not points_back(sentence.text) and not _THERE.search(sentence.text) and declaration.names_subject(sentence.text):
        return (
            True  # 'Two percent of GDP by FY2027: that is the defense goal ...': a lead before a colon points nowhere
        )
    if routed(sentence.text) or _THERE.search(sentence.text):
        if _OTHERS.search(before) or (_THERE.search(sentence.text) and _ELSEWHERE.search(before)):
            return False  # 'South Korea is a U.S. ally. It hosts about 28,500 U.S. troops, fewer than Japan does.'
        return declaration.names_subject(sentence.text) or declaration.names_subject(before)
    return declaration.names_subject(sentence.text)


def _set_off(text: str, value: Candidate) -> bool:
    """Whether the value is an end of a range ('50-55,000') or stands in a quotation (a slogan's)."""
    return bool(
        _RANGE[0].search(text, 0, value.start)
        or _RANGE[1].match(text, value.end)
        or len(_QUOTES.findall(text, 0, value.start)) % 2
    )


def _given_to_parts(declaration: Declaration, text: str, found: tuple[Candidate, ...]) -> set[Candidate]:
    """The wholes whose part the fact's clause words name ('Some 9,000 Marines are to leave Okinawa, 4,000 of them for
    Guam'): the part is the fact, the whole is not (`partitive.inherits`' roles)."""
    if declaration.value != "count" or not declaration.clause:
        return set()
    given = set()
    for pair in pairs(text, found):
        whole, part = (text[start:end] for start, end in (pair.whole_span, pair.part_span))
        if any(p.search(part) for p in declaration.clause) and not any(p.search(whole) for p in declaration.clause):
            given.add(pair.whole)
    return given


def read(fact_id: str, brief: str, sentence: Sentence, context: Context) -> Fields | None:
    """The fact's fields from the sentence by its concept words, or None."""
    facts, declared = lexicon(brief), declarations(brief)
    declaration, concept = declared[fact_id], facts[fact_id]
    kind = {other: declared[other].value for other in facts}
    text = sentence.text
    if not _about(declaration, sentence, context):
        return None
    found = of_kind(declaration.value, text, context.preceding.get(text, ""))
    spans = clauses(text) if found else ()
    taken: set[tuple[object, str]] = set()
    given = _given_to_parts(declaration, text, found)
    for value in found:
        if value in given:
            continue  # '9,000 Marines are to leave, 4,000 of them for Guam': the part is Guam's, not the whole
        clause = clause_of(spans, value.start)
        others = [other for other in found if other is not value]
        words, (start, end) = value_spans(text, clause, value, others, _BREAK)
        start = appositive_head(text, value, (start, end))
        words = (min(words[0], start), words[1])
        phrase = text[start:end]
        # A share's whole is said right after it ('15% of its main island'): there, or nowhere, its concept stands.
        # A phrase that names no concept borrows its clause's only when no other value of the kind stands there.
        whole = _whole(text, value) if concept.whole else None
        if whole is not None:
            named = _named(facts, kind, declaration.value, _WHOLE.match(text, whole, end).group(0))  # type: ignore[union-attr]
        else:
            alone = not any(clause[0] <= other.start < clause[1] for other in others)
            named = _named(facts, kind, declaration.value, phrase) or (
                _named(facts, kind, declaration.value, text[clause[0] : clause[1]]) if alone else set()
            )
        before = context.preceding.get(text, "")
        borrowed = not named and bool(before) and bool(_BACK.search(text, clause[0], clause[1]))
        if borrowed:  # the whole the clause points back to ('of them') is the one the sentence before names
            named = _named(facts, kind, declaration.value, before)
        if named != {fact_id} or not declaration.in_bounds(value.value) or _set_off(text, value):
            continue
        scope = text[clause[0] : clause[1]] + (f" {before}" if borrowed else "")
        if concept.also and not any(p.search(scope) for p in concept.also):
            continue
        cover = context.updated.year if context.updated else None
        said = (text[words[0] : end], text[clause[0] : clause[1]], text[start : value.start])
        rest = text[value.end :].split(";", 1)[0]
        if any(p.match(rest) for p in concept.after):
            continue
        if _ruled_out(declaration, said, cover) or set_apart(declaration.value, value.value, text):
            continue
        # 'Germany spends 1.5% of GDP on defense and aims to reach 2%': the clause's subject is another country's (up to
        # the value's phrase: 'to 2% of GDP, a level NATO asks of its members' compares, its NATO no subject).
        if declaration.japan and another_country(text, (clause[0], end), value.start, value.end):
            continue
        taken.add((value.value, value.qualifier))
    if len(taken) != 1:
        return None
    number, qualifier = taken.pop()
    return {"value": number, "qualifier": qualifier}


def fill(brief: str, document: Document, context: Context, readings: Readings) -> None:
    """Add the general reader's value of each fact of the lexicon that no rule or declaration read."""
    gates = ((fact_id, concept.gate) for fact_id, concept in lexicon(brief).items())
    fill_agreed(gates, lambda fact_id, sentence: read(fact_id, brief, sentence, context), document, readings)


__all__ = ["Concept", "fill", "lexicon", "read"]
