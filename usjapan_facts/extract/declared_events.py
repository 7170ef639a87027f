"""A brief's declared events (`DatedEvent`: the Abe address, the first negotiating round, ...), each dated from the
sentences that state it by a walk over the document: a sentence's own day, else the year its heading or the sentences
before it stand in. Sentences that disagree leave an event out. Pure, no I/O."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from usjapan_facts.extract.calendar_days import yearless_day
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.dated_events import dated_event_in
from usjapan_facts.extract.event_years import without_statutes
from usjapan_facts.extract.first_chars import gated
from usjapan_facts.extract.occasions import MAX_SENTENCE, day_dates, finer
from usjapan_facts.extract.parsers import MONTH_NAMED, YEAR
from usjapan_facts.extract.pro_verbs import done_so
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.table_rows import dated_rows, row_date
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.word_choice import holds_any


def _context_year(sentence: Sentence, before: tuple[str, set[str]], updated: str) -> tuple[str, ...]:
    """The years a sentence naming none may stand in, the likeliest first: its heading's one year ('Key Dates in
    2025'), else that of the last sentence under the same heading to name years (if it names one), else the cover's
    ('' where that is unsure); then each year that heading or sentence names, and the cover's, for an event declared
    to fall in a closed span of years (`DatedEvent.until`) that the first misses."""
    heading = sorted({found.group("year") for found in YEAR.finditer(sentence.section or "")})
    section, years = before
    named = sorted(years) if section == sentence.section else []
    if heading:
        first = heading[0] if len(heading) == 1 else None
    elif named:
        first = named[0] if len(named) == 1 else None
    else:
        first = updated[:4]
    return (first or "", *dict.fromkeys([*heading, *named, updated[:4]]))


@dataclass(frozen=True)
class _Cues:
    """The declarations' cheap words, gathered once for a walk over a document's sentences."""

    plain: tuple[DatedEvent, ...]
    """The declarations whose own sentence holds their cues (or that have none)."""
    carried: tuple[DatedEvent, ...]
    """The declarations whose subject the sentence before states, and holds their cues."""
    words: tuple[str, ...]
    """The plain declarations' cues, each once."""
    uncued: tuple[DatedEvent, ...]
    """The plain declarations without cues, tried on every sentence."""


@functools.cache
def _gated(spec: DatedEvent) -> DatedEvent:
    """The declaration with its patterns behind the look-ahead for their first characters: the same matches, faster."""
    return replace(spec, words=gated(spec.words), needs=None if spec.needs is None else gated(spec.needs))


@functools.cache
def _cues(specs: tuple[DatedEvent, ...]) -> _Cues:
    """Gather the declarations' cheap words (hashing the declarations is not cheap: once a document), each declaration
    with its patterns gated."""
    specs = tuple(_gated(spec) for spec in specs)
    plain = tuple(spec for spec in specs if not spec.carried)
    words = tuple(sorted({cue for spec in plain for cue in spec.cues}))
    return _Cues(
        plain,
        tuple(spec for spec in specs if spec.carried),
        words,
        tuple(spec for spec in plain if not spec.cues),
    )


_CUES_IN: dict[tuple[int, int], tuple[tuple[DatedEvent, ...], tuple[_Cues, _Cues]]] = {}
"""The cues of a brief's declarations for a cover's year, by the declarations' identity: a brief passes the same tuple
each time, which is cheaper to look up so than to hash again (each declaration's fields, once a document)."""


def _cues_in(specs: tuple[DatedEvent, ...], year: int) -> tuple[_Cues, _Cues]:
    """The cues of the declarations a text of `year` may state (one dated more than a year before an event's first
    year cannot state it: the 2025 talks in a 2022 brief), those tried first and those tried last."""
    kept = _CUES_IN.get((id(specs), year))
    if kept is None or kept[0] is not specs:  # not found, or another tuple since given the same identity
        open_ = tuple(spec for spec in specs if spec.since is None or spec.since <= year + 1)
        tiers = (
            _cues(tuple(spec for spec in open_ if not spec.fallback)),
            _cues(tuple(spec for spec in open_ if spec.fallback)),
        )
        kept = (specs, tiers)
        _CUES_IN[id(specs), year] = kept
    return kept[1]


def _tried(cues: _Cues, folded: str, last: str) -> list[DatedEvent]:
    """The declarations a sentence may state, by their cheap words: in the sentence, or in the sentence before (`last`,
    in lower case) for one whose subject it carries; a declaration without cues is always tried."""
    tried = list(cues.uncued)
    if held := {cue for cue in cues.words if cue in folded}:
        tried = [spec for spec in cues.plain if not spec.cues or not held.isdisjoint(spec.cues)]
    return tried + [spec for spec in cues.carried if not spec.cues or holds_any(last, spec.cues)]


def dated_events(
    specs: tuple[DatedEvent, ...], document: Document, updated: str, warnings: list[str]
) -> dict[str, Fields]:
    """The brief's declared events, each from the sentences that state it (the finest of dates that agree: 'in 2019',
    then 'on September 25, 2019'); sentences that disagree leave it out. A declaration tried last
    (`DatedEvent.fallback`) reads only an event the others read nothing of."""
    first, last = _cues_in(specs, int(updated[:4]))
    sentences = done_so(dated_rows(document.sentences), (spec.words for spec in first.plain + last.plain))
    read = _walk(first, sentences, updated, warnings, None)
    unread = {spec.slug for spec in last.plain + last.carried} - read.keys()
    if unread and (folded := "\n".join(sentence.folded for sentence in sentences)):
        # only the events whose concept words the text holds at all: most texts never tell most events
        tried = [
            spec
            for spec in last.plain + last.carried
            if spec.slug in unread and any(cue in folded for cue in spec.cues)
        ]
        unread = {spec.slug for spec in tried if any(_said(spec, sentence) for sentence in sentences)}
    if unread:
        read.update(_walk(last, sentences, updated, warnings, unread))
    return {slug: fields for slug, fields in read.items() if fields}


def _said(spec: DatedEvent, sentence: Sentence) -> bool:
    """Tell whether a sentence holds a declaration's words: its cheap words first (for one carried, the text's were
    tried), the pattern only then."""
    cued = spec.carried or holds_any(sentence.folded, spec.cues)  # a carried one's cues are the sentence before's
    return cued and spec.words.search(sentence.text) is not None


def _walk(
    cues: _Cues, sentences: list[Sentence], updated: str, warnings: list[str], only: set[str] | None
) -> dict[str, Fields]:
    """The events the declarations of `cues` (those of the slugs `only` names, if given) read from the sentences."""
    read: dict[str, Fields] = {}
    before: tuple[str, set[str]] = ("", set())
    day_before: tuple[str, str | None] = ("", None)
    previous = ("", "", "")
    for index, sentence in enumerate(sentences):
        if ": " in sentence.text and (row := row_date(sentences, index)) is not None:
            sentence = Sentence(f"{sentence.text}, {row}", sentence.section)  # a table row's cell, with its date cell
        same = previous[0] == sentence.section
        last, folded = (previous[1], previous[2]) if same else ("", "")
        previous = (sentence.section, sentence.text, sentence.folded)
        section, day = day_before
        day = day if section == sentence.section else None
        days = set(day_dates(sentence.text))
        context = before
        # a day without its year in the year its context gives ('spoke by telephone on April 7. The same day, ...')
        alone = None if days or not MONTH_NAMED.search(sentence.text) else _context_year(sentence, context, updated)
        own = days.pop() if len(days) == 1 else yearless_day(sentence.text, alone[0], updated) if alone else None
        day_before = (sentence.section, own)
        # a statute's year ('the Trade Act of 1974') names the law, never the time the sentences after it stand in
        plain = without_statutes(sentence.text) if " of " in sentence.text else sentence.text
        named = {found.group("year") for found in YEAR.finditer(plain)}
        before = (sentence.section, named) if named else before
        if len(sentence.text) > MAX_SENTENCE or sentence.cut:
            continue
        borrowed: tuple[str, ...] | None = None
        for spec in _tried(cues, sentence.folded, folded):  # the cheap words first, the patterns only then
            if only is not None and spec.slug not in only:
                continue
            if spec.carried and spec.needs is not None and spec.needs.search(last) is None:
                continue  # the subject the sentence would carry is not the sentence before's
            if (words := spec.words.search(sentence.text)) is None:
                continue
            borrowed = borrowed or _context_year(sentence, context, updated)
            found = dated_event_in(sentence, spec, clauses(sentence.text), updated, borrowed, day, last, words)
            if found is None:
                continue
            slug, fields = found
            kept, said = read.get(slug), {**fields, "quote": sentence.text, "section": sentence.section}
            same = kept is not None and kept.get("status") == fields["status"]
            if kept is None or (same and finer(fields["date"], kept.get("date", ""))):
                read[slug] = said  # the first reading, or the same said more precisely ('in 2019', then the day)
            elif kept and not (same and kept["date"].startswith(fields["date"])):
                warnings.append(f"events.{slug}: sentences disagree on its date; left out")
                read[slug] = {}
    return read
