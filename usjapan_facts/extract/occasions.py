"""A document's elections and events: each from the sentences that state it, left out where they disagree."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from usjapan_facts.extract.calendar_days import yearless_day
from usjapan_facts.extract.chamber_cycle import in_cycle
from usjapan_facts.extract.chamber_votes import unread_votes
from usjapan_facts.extract.clause_chambers import named_back
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.contest_roles import contest_by_roles
from usjapan_facts.extract.contest_vetoes import ruled_in
from usjapan_facts.extract.contests import contest_in
from usjapan_facts.extract.dated_events import dated_event_in
from usjapan_facts.extract.deeds import event_in
from usjapan_facts.extract.dissolved_votes import dissolved_votes
from usjapan_facts.extract.elections import elections_of
from usjapan_facts.extract.event_years import without_statutes
from usjapan_facts.extract.first_chars import gated
from usjapan_facts.extract.parsers import DAY_DATE, MONTH, MONTHS, YEAR, dates, month_number
from usjapan_facts.extract.pro_verbs import done_so
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.schedules import more_elections
from usjapan_facts.extract.table_rows import dated_rows, row_date
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.vote_counted import counted_vote
from usjapan_facts.extract.vote_hedges import unhedged
from usjapan_facts.extract.word_choice import holds_any

MAX_SENTENCE = 3000
"""The longest sentence the rules read; a brief's run to some 600 characters."""


def _keep(elections: dict[str, Fields], slug: str, fields: Fields, warnings: list[str]) -> None:
    """Keep an election a sentence states, unless another sentence gave it another status."""
    kept = elections.get(slug)
    if kept and kept["status"] != fields["status"]:
        warnings.append(f"elections.{slug}: sentences disagree on its status; left out")
        elections[slug] = {}
    elif kept and _finer(fields["date"], kept["date"]):
        elections[slug] = fields  # 'in October 2024' then 'on October 27, 2024': the day, as precise as written
    elections.setdefault(slug, fields)


def _new(elections: dict[str, Fields], slug: str, fields: Fields) -> bool:
    """Tell whether a reading states an election not kept yet, or the one kept more precisely."""
    return slug not in elections or _finer(fields["date"], elections[slug].get("date", ""))


def _finer(date: str, than: str) -> bool:
    """Tell whether `date` states the date `than` states more precisely: '2031-07' of '2031'."""
    return len(date) > len(than) and date.startswith(than)


_MONTH_NAMED = re.compile("|".join(MONTHS))
"""A month's name anywhere: one scan, where a test a month took twelve."""


@functools.lru_cache(maxsize=512)
def day_dates(text: str) -> tuple[str, ...]:
    """The dates given to the day in `text`, in order; each names its month, so that cheap test comes first. Asked
    of each sentence by both the elections' walk and the events' one: kept, so that it is found once."""
    if _MONTH_NAMED.search(text) is None or not DAY_DATE.search(text):
        return ()
    return tuple(value for value, _ in dates(text) if len(value) == 10)


def gathered_collections(
    document: Document, context: Context, updated: str, warnings: list[str], *, people: bool = True
) -> tuple[Fields, Fields]:
    """The elections and (with `people`) the events of people a document's sentences state, each by its slug."""
    elections: dict[str, Fields] = {}
    events: dict[str, Fields] = {}
    last_day: str | None = None
    read_last: list[str] = []  # the elections the sentence before stated, by slug
    sentences = named_back(dated_rows(document.sentences))  # 'that chamber', named
    for index, sentence in enumerate(sentences):
        if len(sentence.text) > MAX_SENTENCE or sentence.cut:
            continue
        read = elections_of(sentences, index, last_day, updated)
        read = unhedged(sentence, read)  # not a vote only urged, nor a hedged vote's own date
        if not read and (contest := contest_in(sentence, updated)) and unhedged(sentence, [contest]):
            read = [contest]  # a contest the readers left unread, by its concept words, and not only urged
        elif (roles := contest_by_roles(sentences, index, updated, read)) and _new(elections, *roles):
            read = [*read, roles]  # the party's or Okinawa's contest by its roles: none read, or in a clause of its own
        for slug, fields in ruled_in(read, sentences, index):  # a deed's date, another place's or body's
            _keep(elections, slug, {**fields, "quote": sentence.text, "section": sentence.section}, warnings)
        dates = {slug: fields["date"] for slug, fields in read}
        for slug, fields in more_elections(sentences, index, updated):
            if slug not in dates or _finer(fields["date"], dates[slug]):
                _keep(elections, slug, {**fields, "quote": sentence.text, "section": sentence.section}, warnings)
                dates.setdefault(slug, fields["date"])
        before, read_last = read_last, [*dates]
        event = event_in(counted_vote(sentence, before, elections, updated), context) if people else None
        if event is not None:
            slug, fields = event
            events.setdefault(slug, {**fields, "quote": sentence.text, "section": sentence.section})
        days = day_dates(sentence.text)
        last_day = days[-1] if days else last_day
    unread_votes(sentences, elections, updated)  # each chamber's vote no reader gave, by its roles
    dissolved_votes(sentences, elections, updated)  # the general election beside the dissolution, its chamber unnamed
    if any(len(fields.get("date", "")) == 4 for fields in elections.values()):
        _month_of_seats_won(elections, sentences, updated)
    return in_cycle({slug: fields for slug, fields in elections.items() if fields}, sentences), events


_SEATS_WON_IN = re.compile(
    rf"\b(?:seats|majority)\b[^.;,]{{0,30}}?\b(?:won|took|taken|captured|secured|gained)\s+in\s+"
    rf"(?P<month>{MONTH})\s+(?P<year>(?:19|20)\d\d)\b"
)
"""A chamber's seats dated by the month they were won: 'the seats they had won in October 2021'."""


def _month_of_seats_won(elections: dict[str, Fields], sentences: Sequence[Sentence], updated: str) -> None:
    """Date a chamber's election read to its year alone ('after the 2021 vote') to the month the text gives the seats
    won that year ('the seats they had won in October 2021'): the finer of two dates that agree. Never where two
    months are given for that year, or two chambers' elections stand in it, nor for an election not yet held."""
    months: dict[str, set[str]] = {}
    for sentence in sentences:
        if "seats" in sentence.folded or "majority" in sentence.folded:
            for found in _SEATS_WON_IN.finditer(sentence.text):
                month = f"{month_number(found.group('month')):02d}"
                months.setdefault(found.group("year"), set()).add(month)
    for year, said in months.items():
        chambers = [slug for slug in elections if slug.endswith(f"house_{year}")]
        kept = elections[chambers[0]] if len(chambers) == 1 else {}
        if len(said) != 1 or kept.get("date") != year or kept.get("status") != "held":
            continue
        month = said.pop()
        upper_in_july = chambers[0].startswith("lower") or month == "07"  # the Upper House is chosen in July
        if f"{year}-{month}" <= updated[:7] and upper_in_july:
            elections[chambers[0]] = {**elections[chambers[0]], "date": f"{year}-{month}"}


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
        alone = None if days or not _MONTH_NAMED.search(sentence.text) else _context_year(sentence, context, updated)
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
            if kept is None or (same and _finer(fields["date"], kept.get("date", ""))):
                read[slug] = said  # the first reading, or the same said more precisely ('in 2019', then the day)
            elif kept and not (same and kept["date"].startswith(fields["date"])):
                warnings.append(f"events.{slug}: sentences disagree on its date; left out")
                read[slug] = {}
    return read
