"""A document's elections and events: each from the sentences that state it, left out where they disagree."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from usjapan_facts.extract.chamber_cycle import in_cycle
from usjapan_facts.extract.chamber_votes import unread_votes
from usjapan_facts.extract.clause_chambers import named_back
from usjapan_facts.extract.contest_roles import contest_by_roles
from usjapan_facts.extract.contest_vetoes import ruled_in
from usjapan_facts.extract.contests import contest_in
from usjapan_facts.extract.deeds import event_in
from usjapan_facts.extract.dissolved_votes import dissolved_votes
from usjapan_facts.extract.elections import elections_of
from usjapan_facts.extract.parsers import DAY_DATE, MONTH, MONTH_NAMED, dates, month_number
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.schedules import more_elections
from usjapan_facts.extract.table_rows import dated_rows
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.vote_counted import counted_vote
from usjapan_facts.extract.vote_hedges import unhedged

MAX_SENTENCE = 3000
"""The longest sentence the rules read; a brief's run to some 600 characters."""


def _keep(elections: dict[str, Fields], slug: str, fields: Fields, warnings: list[str]) -> None:
    """Keep an election a sentence states, unless another sentence gave it another status."""
    kept = elections.get(slug)
    if kept and kept["status"] != fields["status"]:
        warnings.append(f"elections.{slug}: sentences disagree on its status; left out")
        elections[slug] = {}
    elif kept and finer(fields["date"], kept["date"]):
        elections[slug] = fields  # 'in October 2024' then 'on October 27, 2024': the day, as precise as written
    elections.setdefault(slug, fields)


def _new(elections: dict[str, Fields], slug: str, fields: Fields) -> bool:
    """Tell whether a reading states an election not kept yet, or the one kept more precisely."""
    return slug not in elections or finer(fields["date"], elections[slug].get("date", ""))


def finer(date: str, than: str) -> bool:
    """Tell whether `date` states the date `than` states more precisely: '2031-07' of '2031'."""
    return len(date) > len(than) and date.startswith(than)


@functools.lru_cache(maxsize=512)
def day_dates(text: str) -> tuple[str, ...]:
    """The dates given to the day in `text`, in order; each names its month, so that cheap test comes first. Asked
    of each sentence by both the elections' walk and the events' one: kept, so that it is found once."""
    if MONTH_NAMED.search(text) is None or not DAY_DATE.search(text):
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
        if not read and (contest := contest_in(sentence, updated)) and (kept := unhedged(sentence, [contest])):
            read = kept  # a contest the readers left unread, by its concept words, not only urged, its date as told
        elif (roles := contest_by_roles(sentences, index, updated, read)) and _new(elections, *roles):
            read = [*read, roles]  # the party's or Okinawa's contest by its roles: none read, or in a clause of its own
        for slug, fields in ruled_in(read, sentences, index):  # a deed's date, another place's or body's
            _keep(elections, slug, {**fields, "quote": sentence.text, "section": sentence.section}, warnings)
        dates = {slug: fields["date"] for slug, fields in read}
        for slug, fields in more_elections(sentences, index, updated):
            if slug not in dates or finer(fields["date"], dates[slug]):
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
