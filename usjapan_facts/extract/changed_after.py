"""A rate the text goes on to say was changed gives way: it is not the rate now.

A brief often tells a rate as it was set ('Japanese autos are subject to a 25% Section 232 tariff, in addition to the
2.5% MFN duty'), then tells, without a figure the readers take, that it changed ('The deal lowered that tariff,
effective September 16', 'The President suspended it for 90 days', 'although the higher rate has been paused'). The
reading of the first rate is then no rate now, and is dropped: where no other sentence gives the rate now, the fact is
left unread rather than read wrong.

The change is told in the rest of the rate's own sentence (after the rate, in a later clause pointing back to it or
a relative clause: ', which the deal lowered') or in one of the next `_AHEAD` sentences of its section. Its words must
tell a change as done (`changed`, none of `unsure` up to its clause's end: not sought, refused, conditional or
compared) and act on the reading's rate: the rate changed is one pointed back to ('that tariff', 'it', 'the higher
rate') as the verb's object, its subject in the passive, or its subject with no object ('the rate fell'), never a
rate named by its fact ('The deal lowered the autos tariff': that may be how the rate read came to be), nor Japan's
own tariffs, nor a clause naming another subject (another product, country or tariff fact's subject). A reading its
own clause tells as the rate now ('now', 'since' not of a date, a reader's CURRENT mark) stands, and so does one the
change names as its outcome ('lowered to that level', 'to 15%' when 15% is read) or one the change does not touch (it
names another rate as the one changed: 'down from 27.5%' after a reading of 15%), and one whose drop would let an
older reading of another value win. A ruling's voiding is not among the
change words: the readers of a voided authority weigh it (`extract.voided_rates`). Words are data:
`briefs/tariff_roles.toml`, `[changed_after]`. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from usjapan_facts.extract.parsers import percents
from usjapan_facts.extract.rules.base import CURRENT, Fields
from usjapan_facts.extract.sentence_places import place_of, sentence_places
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
_PASSIVE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|was|were|is|are|be|been|being|gets?|got)\s+(?:[a-z]+ly\s+|later\s+)?$"
)
"""Before a change verb, the words that make it passive: its subject is what changed ('that rate has been paused')."""
_WHICH = re.compile(r"[^,;]{0,60}?,\s*which\b(?=[^,;.]*$|[^,;.]*[,;.])", I)
"""After the reading's rate, a relative clause of it ('..., which the deal lowered on September 16')."""
_DATE = re.compile(
    r"\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)"
)
"""After 'since', a start date, not the rate told as now."""
_TARGET_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:took\s+its\s+place|in\s+its\s+place|in\s+place|replaced\s+it|appl(?:y|ies)\s+instead)\b", I
)
"""After a figure, the words that make it a change's outcome: 'the framework's 15% rate took its place'."""


@dataclass(frozen=True)
class Words:
    changed: re.Pattern[str]
    lower: re.Pattern[str]
    ended: re.Pattern[str]
    voided: re.Pattern[str]
    ends: frozenset[str]
    unsure: re.Pattern[str]
    back: re.Pattern[str]
    pointer: re.Pattern[str]
    agents: re.Pattern[str]
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
    subjects = {name: _one(subject) for name, subject in data["subjects"].items()}
    facts = {fact_id: subjects[name] for fact_id, name in data["facts"].items()}
    keys = ("changed", "lower", "ended", "voided", "unsure", "agents", "kept", "now", "others")
    role = {key: _one(data[key]) for key in keys}
    role |= {key: _one([*data["named"], *data[key]]) for key in ("back", "pointer")}  # 'that tariff', or a pronoun
    return Words(
        role["changed"],
        role["lower"],
        role["ended"],
        role["voided"],
        frozenset(data["ends"]),
        role["unsure"],
        role["back"],
        role["pointer"],
        role["agents"],
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
        if _same(number, value):
            return match.span()
    return None


def _same(number: Decimal, value: object) -> bool:
    """Whether a percent figure of the text is the reading's value."""
    return isinstance(value, int | float) and abs(float(number) - float(value)) < 1e-9


def _outcome(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a change's outcome ('lowered to 15%', 'the 15% rate took its place')."""
    return bool(_TARGET_BEFORE.search(text, max(0, start - 40), start) or _TARGET_AFTER.match(text, end))


def _changes(fact_id: str, part: str, value: object) -> bool:
    """Whether `part` tells, as done, that the reading's rate changed."""
    wanted = words()
    if wanted.voided.search(part):
        return False  # a court's ruling: `extract.voided_rates` weighs it
    verbs = [*wanted.changed.finditer(part), *(wanted.ended.finditer(part) if fact_id in wanted.ends else ())]
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(part)), len(part)]
    for found in [*verbs, *wanted.lower.finditer(part)]:
        start = max(b for b in bounds if b <= found.start())
        end = min(b for b in bounds if b > found.start())
        # Planned, sought, refused, conditional or compared: told anywhere up to the change's clause's end.
        if wanted.unsure.search(part, 0, end) or wanted.kept.search(part, found.end()):
            continue
        if any(other.search(part, start, end) for other in _others(fact_id)):
            continue  # another country's, product's or fact's rate ('The UK's tariff on autos was lowered')
        if found in verbs and not _acted_on(part[start : found.start()], part[found.end() : end]):
            continue  # not the rate pointed back to ('Tariff revenue fell', 'The deal lowered the autos tariff')
        if found not in verbs and not (wanted.facts[fact_id].search(part) or re.search(r"\bthe[ym]\b", part, I)):
            continue  # 'now pay a lower rate' of another subject
        if _touches(part, value, (start, end)):
            return True
    return False


def _acted_on(before: str, after: str) -> bool:
    """Whether the change verb between `before` and `after` (its clause's words) acts on a rate pointed back to ('that
    tariff', 'it', 'the higher rate'): its object ('The deal lowered that tariff'), its subject in the passive ('that
    rate has been suspended') or, with no object, its subject ('the rate fell'); never a rate it produced ('That rate
    replaced the stacked duties'), nor Japan's own tariffs ('Japan lowered its tariffs')."""
    wanted = words()
    tail = re.split(r"\b(?:and|then)\b", before)[-1]
    passive = _PASSIVE.search(tail)
    if passive:
        return bool(wanted.pointer.match(tail[: passive.start()].strip()))
    if re.match(r"\s+(?:the|that|this|its|their|these|those|an?|it|them)\b", after):
        return bool(wanted.pointer.match(after.strip())) and not wanted.agents.search(before)
    subject = tail.strip()
    found = wanted.pointer.match(subject)
    return found is not None and not subject[found.end() :].strip(" ,")


def _touches(part: str, value: object, clause: tuple[int, int]) -> bool:
    """Whether the change leaves the reading's rate among the ones it changed: not where the reading's is an outcome
    anywhere in `part`, nor where another rate stands as the one changed, up to the end of the change's own clause
    (`clause`: 'lowered from 27.5%', 'A 24% rate ... was suspended'); a rate told in a later clause ('..., and a 10%
    rate applies') is no rate changed."""
    changed_from: list[float] = []
    for number, _, match in percents(part):
        outcome = _outcome(part, *match.span())
        same = _same(number, value)
        if outcome and same:
            return False
        if not outcome and match.start() < clause[1]:
            if same:
                return True
            changed_from.append(float(number))
    return not changed_from


def _antecedent(relative: str) -> str:
    """A relative clause of the rate, its 'which' put back as 'that tariff': its subject ('which was paused' -> 'that
    tariff was paused') or, after another subject, its object ('which the deal lowered' -> 'the deal lowered that
    tariff')."""
    verb = words().changed.search(relative) or words().ended.search(relative)
    if (
        verb is None
        or re.match(r"\s*(?:(?:has|have|had)\s+been|was|were|is|are)\b", relative)
        or not relative[: verb.start()].strip()
    ):
        return "that tariff " + relative
    return f"{relative[: verb.end()]} that tariff{relative[verb.end() :]}"


def _told_now(text: str, span: tuple[int, int] | None) -> bool:
    """Whether the reading's own clause tells it as the rate now ('Japanese autos now pay 15%'); not a start date
    ('Since April 3, ...') nor a 'now' of another clause ('Japanese autos, now the largest import, face ...')."""
    if span is None:
        return bool(words().now.search(text))
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    start = max(b for b in bounds if b <= span[0])
    end = min((b for b in bounds if b > span[1]), default=len(text))
    return any(not _DATE.match(text, m.end()) for m in words().now.finditer(text, start, end))


def _same_row(text: str, later: str) -> bool:
    """Whether `later` is another cell of the table row `text` is read from ('Framework rate under IEEPA: raised August
    7' after 'Framework rate under IEEPA rate: 17%'): a status cell tells how the row's rate came to be, and the
    reader of rows' statuses (`extract.row_status`) weighs it."""
    head = later.split(":", 1)[0]
    return ":" in later and ":" in text and len(head) < len(later) and text.startswith(head)


def changed_later(fact_id: str, fields: Fields, sentence: Sentence, document: Document, at: int | None) -> bool:
    """Whether the reading `fields` of `sentence` (at `at` among the document's sentences) is a rate the text goes on
    to say was changed."""
    value = fields.get("value")
    span = _value_at(sentence.text, value)
    if fields.get("_when") == CURRENT or _told_now(sentence.text, span):
        return False
    if span is not None and _outcome(sentence.text, *span):
        return False  # 'until September 16, when the framework's rate of 15% took its place': the change's outcome
    if span is not None:
        rest = sentence.text[span[1] :]
        cut = _CLAUSE.search(rest)
        # In the rate's own sentence, a later clause that points back to it ('although the higher rate has been
        # paused'), not a table row's status ('| 17% | raised August 7 |': how the rate came to be).
        if cut and words().back.search(rest, cut.start()) and _changes(fact_id, rest[cut.start() :], value):
            return True
        which = _WHICH.match(rest)
        if which and _changes(fact_id, _antecedent(rest[which.end() :]), value):
            return True  # ', which the deal lowered on September 16': the relative clause's object is the rate
    if at is None:
        return False
    ahead = [
        later
        for later in document.sentences[at + 1 : at + 1 + _AHEAD]
        if later.section == sentence.section and not _same_row(sentence.text, later.text)
    ]
    return any(_changes(fact_id, later.text, value) for later in ahead)


def drop_changed(document: Document, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Drop each reading of a rate fact (`[changed_after.facts]`) that the text goes on to say was changed, unless an
    older reading of another value, told before it, would then stand in its place (a right later rate dropped so
    that an older one wins is worse than a stale rate kept)."""
    where = sentence_places(document)
    for fact_id in words().facts:
        read = readings.get(fact_id) or []
        at = [place_of(where, sentence) for _, sentence in read]
        changed = [
            changed_later(fact_id, fields, sentence, document, place)
            for (fields, sentence), place in zip(read, at, strict=True)
        ]
        places = [-1 if place is None else place for place in at]
        stays = [
            was_changed
            and any(
                not changed[other] and -1 < places[other] < place and read[other][0].get("value") != fields.get("value")
                for other in range(len(read))
            )
            for (fields, _), place, was_changed in zip(read, places, changed, strict=True)
        ]
        kept = [
            reading for reading, was_changed, stay in zip(read, changed, stays, strict=True) if stay or not was_changed
        ]
        if len(kept) < len(read):
            readings[fact_id] = kept


__all__ = ["changed_later", "drop_changed"]
