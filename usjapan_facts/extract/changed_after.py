"""A rate the text goes on to say was changed gives way: it is not the rate now.

A brief often tells a rate as it was set ('Japanese autos are subject to a 25% Section 232 tariff, in addition to the
2.5% MFN duty'), then tells, without a figure the readers take, that it changed ('The deal lowered that tariff,
effective September 16', 'The President suspended it for 90 days', 'although the higher rate has been paused'). The
reading of the first rate is then no rate now, and is dropped: where no other sentence gives the rate now, the fact is
left unread rather than read wrong.

The change is told in the rest of the rate's own sentence (after the rate, in a later clause) or in one of the next
`_AHEAD` sentences of its section. Its words must tell a change as done (`changed`, none of `unsure` in its clause)
and be of the reading's rate: the change names the fact's subject (`facts`, 'autos') or points back to a rate ('that
tariff', 'it', 'the higher rate') and names no other subject (another product, country or tariff fact's subject). A
reading its own sentence tells as the rate now ('now', 'since', a reader's CURRENT mark) stands, and so does one the
change names as its outcome ('lowered to that level', 'to 15%' when 15% is read) or one the change does not touch (it
names another rate as the one changed: 'down from 27.5%' after a reading of 15%). A ruling's voiding is not among the
change words: the readers of a voided authority weigh it (`extract.voided_rates`). Words are data:
`briefs/tariff_roles.toml`, `[changed_after]`. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.parsers import percents
from usjapan_facts.extract.rules.base import CURRENT, Fields
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_AHEAD = 2
"""How many sentences after a rate's own one may tell that it changed."""
_CLAUSE = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s|\u2014|\b(?:but|while|whereas|though|although|however|when)\b", I)
_TARGET_BEFORE = re.compile(
    r"\b(?:lowered|reduced|cut|slashed|fell|dropped|eased|down|raised|increased|hiked|rose|set|moved|capped|changed)\b"
    r"[^.;%]{0,30}?\b(?:to|at)\s+(?:an?\s+|the\s+|[\w-]+\W?s\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:replaced|superseded)\s+(?:by|with)\s+(?:an?\s+|the\s+|[\w-]+\W?s\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:leaving|left)\s+(?:an?\s+|the\s+|[\w-]+\W?s\s+)?(?:[\w-]+\s+){0,2}$",
    I,
)
"""Before a figure, the words that make it a change's outcome: 'lowered to 15%', 'replaced by the deal's 15% rate'."""
_RATE = re.compile(
    r"\b(?:tariffs?|rates?|dut(?:y|ies)|charges?|levy|levies|surcharge|terms|stacking|arrangement|treatment|it)\b"
    r"|\bits\s+(?:collection|application|implementation)\b",
    I,
)
"""A change's subject is a rate: a rate's noun, or a pronoun standing for one ('suspended it', 'its collection'), not
whatever else a possessive holds ('Toyota stopped its shipments')."""
_TARGET_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:took\s+its\s+place|in\s+its\s+place|in\s+place|replaced\s+it|appl(?:y|ies)\s+instead)\b", I
)
"""After a figure, the words that make it a change's outcome: 'the framework's 15% rate took its place'."""


@dataclass(frozen=True)
class Words:
    changed: re.Pattern[str]
    ended: re.Pattern[str]
    voided: re.Pattern[str]
    ends: frozenset[str]
    unsure: re.Pattern[str]
    back: re.Pattern[str]
    kept: re.Pattern[str]
    now: re.Pattern[str]
    others: re.Pattern[str]
    facts: dict[str, re.Pattern[str]]


def _one(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{word})" for word in words), I)


@cache
def words() -> Words:
    """The words of `briefs/tariff_roles.toml`'s `[changed_after]`, one pattern per role."""
    data = (word_file("tariff_roles.toml") or {})["changed_after"]
    facts = {fact_id: _one(subject) for fact_id, subject in data["facts"].items()}
    role = {key: _one(data[key]) for key in ("changed", "ended", "voided", "unsure", "back", "kept", "now", "others")}
    return Words(
        role["changed"],
        role["ended"],
        role["voided"],
        frozenset(data["ends"]),
        role["unsure"],
        role["back"],
        role["kept"],
        role["now"],
        role["others"],
        facts,
    )


def _others(fact_id: str) -> list[re.Pattern[str]]:
    """The subjects a change of another rate names: other products and countries, and the other facts' subjects."""
    own = words().facts[fact_id].pattern
    return [words().others, *(pattern for pattern in words().facts.values() if pattern.pattern != own)]


def _value_at(text: str, value: object) -> tuple[int, int] | None:
    """Where the sentence gives the reading's value as a percent: the span of its first such figure."""
    for number, _, match in percents(text):
        if isinstance(value, int | float) and abs(float(number) - float(value)) < 1e-9:
            return match.span()
    return None


def _outcome(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a change's outcome ('lowered to 15%', 'the 15% rate took its place')."""
    return bool(_TARGET_BEFORE.search(text, max(0, start - 40), start) or _TARGET_AFTER.match(text, end))


def _changes(fact_id: str, part: str, value: object) -> bool:
    """Whether `part` tells, as done, that the reading's rate changed."""
    wanted = words()
    if wanted.voided.search(part):
        return False  # a court's ruling: `extract.voided_rates` weighs it
    verbs = [*wanted.changed.finditer(part), *(wanted.ended.finditer(part) if fact_id in wanted.ends else ())]
    for found in verbs:
        bounds = [0, *(m.end() for m in _CLAUSE.finditer(part)), len(part)]
        start = max(b for b in bounds if b <= found.start())
        end = min(b for b in bounds if b > found.start())
        # The clause of the change, with what follows it to the sentence's end (the outcome may stand after a comma).
        clause = part[start:end]
        if wanted.unsure.search(clause) or wanted.kept.search(part, found.end()):
            continue
        # Whose rate changed: told up to the change's clause's end ('The deal lowered that tariff', not what follows).
        subject = part[: max(end, found.end())]
        if not _RATE.search(subject) or not (wanted.facts[fact_id].search(subject) or wanted.back.search(subject)):
            continue  # a rate changed, not the cars' sales ('Japanese car sales fell')
        if any(other.search(subject) for other in _others(fact_id)) and not wanted.facts[fact_id].search(subject):
            continue  # 'The IEEPA tariff on most goods was lowered' after a reading of the autos' rate
        if _touches(part, value, (start, end)):
            return True
    return False


def _touches(part: str, value: object, clause: tuple[int, int]) -> bool:
    """Whether the change leaves the reading's rate among the ones it changed: not where the reading's is an outcome
    anywhere in `part`, nor where another rate stands as the one changed, up to the end of the change's own clause
    (`clause`: 'lowered from 27.5%', 'A 24% rate ... was suspended'); a rate told in a later clause ('..., and a 10%
    rate applies') is no rate changed."""
    changed_from: list[float] = []
    for number, _, match in percents(part):
        outcome = _outcome(part, *match.span())
        same = isinstance(value, int | float) and abs(float(number) - float(value)) < 1e-9
        if outcome and same:
            return False
        if not outcome and match.start() < clause[1]:
            if same:
                return True
            changed_from.append(float(number))
    return not changed_from


def _index(document: Document) -> dict[int, int]:
    """Each sentence's place, by the object and by its text (a reader may hand back an equal copy)."""
    where: dict[int, int] = {}
    for at, sentence in enumerate(document.sentences):
        where.setdefault(id(sentence), at)
        where.setdefault(hash((sentence.text, sentence.section)), at)
    return where


def _same_row(text: str, later: str) -> bool:
    """Whether `later` is another cell of the table row `text` is read from ('Framework rate under IEEPA: raised August
    7' after 'Framework rate under IEEPA rate: 17%'): a status cell tells how the row's rate came to be, and the
    reader of rows' statuses (`extract.row_status`) weighs it."""
    head = later.split(":", 1)[0]
    return ":" in later and ":" in text and len(head) < len(later) and text.startswith(head)


def changed_later(fact_id: str, fields: Fields, sentence: Sentence, document: Document, at: int | None) -> bool:
    """Whether the reading `fields` of `sentence` (at `at` among the document's sentences) is a rate the text goes on
    to say was changed."""
    if fields.get("_when") == CURRENT or words().now.search(sentence.text):
        return False
    value = fields.get("value")
    span = _value_at(sentence.text, value)
    if span is not None and _outcome(sentence.text, *span):
        return False  # 'until September 16, when the framework's rate of 15% took its place': the change's outcome
    if span is not None:
        rest = sentence.text[span[1] :]
        cut = _CLAUSE.search(rest)
        # In the rate's own sentence, a later clause that points back to it ('although the higher rate has been
        # paused'), not a table row's status ('| 17% | raised August 7 |': how the rate came to be).
        if cut and words().back.search(rest, cut.start()) and _changes(fact_id, rest[cut.start() :], value):
            return True
    if at is None:
        return False
    ahead = [
        later
        for later in document.sentences[at + 1 : at + 1 + _AHEAD]
        if later.section == sentence.section and not _same_row(sentence.text, later.text)
    ]
    return any(_changes(fact_id, later.text, value) for later in ahead)


def drop_changed(document: Document, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Drop each reading of a rate fact (`[changed_after.facts]`) that the text goes on to say was changed."""
    where = _index(document)
    for fact_id in words().facts:
        read = readings.get(fact_id) or []
        kept = [
            (fields, sentence)
            for fields, sentence in read
            if not changed_later(
                fact_id,
                fields,
                sentence,
                document,
                where.get(id(sentence), where.get(hash((sentence.text, sentence.section)))),
            )
        ]
        if len(kept) < len(read):
            readings[fact_id] = kept


__all__ = ["changed_later", "drop_changed"]
