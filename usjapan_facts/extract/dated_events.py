"""Events a brief reports by what happened and when ('the first negotiating round, in April 2019'): the date its own
clause gives, and whether it has happened by the cover date. Like the fact rules, these return nothing when unsure.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.counted_back import counted_back, past_semicolon, semicolon_stretch
from usjapan_facts.extract.deed_owners import without_others_days
from usjapan_facts.extract.event_clauses import (
    CARRIED,
    LATER,
    NOT_DONE,
    anothers,
    coordinated_after,
    counted_ahead,
    deed_relative,
    only_planned,
    others_blanked,
    pronoun_subject,
)
from usjapan_facts.extract.event_times import (
    COUNTED_FROM,
    WHEN_CLAUSE,
    bracketed_day,
    counted_from,
    day_of_deed,
    own_day_counted,
    qualifying_date,
    span_start,
    when_after,
    when_before,
)
from usjapan_facts.extract.event_years import BARE_DAY, MONTH_NAME, WILL, bare_months, that_year, year_alone, yearless
from usjapan_facts.extract.rules.base import DatedEvent, Fields
from usjapan_facts.extract.text import Sentence

_HEDGED = re.compile(r"\b(?:may|might|could|would|if|unless|whether|expected\s+to|hopes?\s+to|aims?\s+to)\b")
_ANCHOR = re.compile(
    r"\b(?:(?:when|after|before|until|as\s+soon\s+as)\s+(?:the\s+|its\s+|that\s+|this\s+)?|once\s+(?:the|its|that|this)\s+)$",
    re.IGNORECASE,
)
"""The event as the time of another act: 'a new tariff, to take effect when the surcharge ends'."""


_WHO = re.compile(r",\s+(?:who|whose|which)\b[^,;()]{1,160}(?=,\s)")
"""A relative clause set off by commas: 'Abe, who in April 2015 addressed Congress, is to visit on December 27'."""
_PART = r"(?:[^,;]|,\s*\d{4}|,\s*[A-Z][a-z]+,(?=\s+(?:in|on|at|during)\b))*"
"""Up to a comma, past one inside a date ('April 28, 2015') or a place ('in Biarritz, France, on August 25')."""
_OTHER_DEED = re.compile(rf"^\s*(?:After|Before|Following)\b{_PART},|,\s+who\s+had\b{_PART}(?=,)")


def _own_relative(text: str, own: tuple[int, int], at: int, deed: int = -1) -> tuple[str, int]:
    """The clause of the event's words, narrowed to the relative clause that holds them, or rid of those that do
    not (the month of 'is to visit on December 27' is not the address's, nor is 'who took office in October'); and
    where the text before it, that may date it, ends."""
    clause = text[own[0] : own[1]]
    for relative in _WHO.finditer(text, own[0], own[1]):
        if relative.start() <= at < relative.end():
            return relative.group(0), relative.start()
        clause = clause.replace(relative.group(0), " " * len(relative.group(0)))
    return deed_relative(text, at, deed) or (clause, own[1])


_RIGHT_AFTER = re.compile(
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?(?!{p.MONTH}\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+(?:in|on)\s+(?:(?:early|mid|late)[- ])?(?=[A-Z])|,\s+(?=[A-Z][a-z]+\s+\d)|\s*\((?=[A-Z][a-z]+\s+\d)"
    rf"|\s+(?={p.MONTH}\s+\d{{1,2}},\s*(?:19|20)\d\d)"
)
"""The date the event's words run straight into, past a place: 'opened in mid-April 2019, seven months after ...
September 2018', 'declared complete in New York on September 25, 2019', a table cell's 'expired, July 2026', a date
set in parentheses after them ('... of Congress (April 29, 2015)'), a full day straight after them ('the accords,
finalized September 25, 2019, took effect on January 1, 2020')."""
_THAT_DAY = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+day\b", re.IGNORECASE)
"""A day the sentence before named: 'accepted a finding on May 17, 2019. In a proclamation that day, ...'."""


def _right_after(text: str, end: int) -> str | None:
    """The date the event's words run straight into, if any."""
    lead = _RIGHT_AFTER.match(text, end)
    if lead is None:
        return None
    return next((value for value, match in p.dates(text) if match.start() == lead.end()), None)


def _mine(part: str, found: re.Match[str]) -> str:
    """`part` rid of another's deed before the event's words, whose date is not the event's: a fronted 'After meeting
    Obama on April 28, 2015, Abe told ...', an aside 'Abe, who had met Obama on April 28, 2015, later told ...'."""
    part = _OTHER_DEED.sub(lambda other: other.group(0) if found.group(0) in other.group(0) else " ", part)
    return others_blanked(part, found.group(0))


def _one_date(text: str) -> str | None:
    found = {value for value, _ in p.dates(text)}
    return found.pop() if len(found) == 1 else None


_CLEFT = re.compile(
    rf"\b[Ii]t\s+was\s+(?:on|in)\s+(?P<when>(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})\b"
    r"(?=[^.;]{0,80}\bthat\s)"
)
"""A cleft sentence's date: 'it was on September 25, 2019, at a meeting in New York, that the leaders ...' is the
deed's, whatever date the clause before it names."""
_AFTER_ANOTHER = re.compile(
    r"(?:,\s+|\s+)(?:(?:just|only|some|a\s+few|several|mere|\w+)\s+)?(?:days?|weeks?|months?)\s+(?:after|before)\b"
    r"|(?:,\s+|\s+)(?:shortly|soon|right|just|immediately)\s+after\b"
    r"|\s+after\s+(?=(?-i:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:had\s+)?(?!(?:tele)?phoned|called|talked)[a-z]+ed)\b)",
    re.IGNORECASE,
)
"""Another deed the event is timed by, after its words: 'opened talks on April 7, days after the announcement of April
2' (the announcement's date is not the talks'), 'agreed to negotiate after President Trump announced tariffs on
April 2' (a clause of another doer's deed; never a call, which
opens talks: 'after Ishiba phoned Trump on April 7')."""


_AND_THEN = re.compile(
    r",?\s+(?:and|then)\s+(?:(?:was|were|had\s+been|later)\s+)?(?:[a-z]+ed|held|begun|won)\s+"
    r"(?:by\s+[^.;,]{1,40}?\s+)?(?:on|in)\s+(?=[A-Z])"
)
"""A later deed coordinated after the event's, with a date of its own: 'finalized on September 25 and signed on October
7' (October 7 is the signing's)."""


_EARLIER_DOER = re.compile(r"\b(?:since|as|like|after|than|following|echoing|when)\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
"""What sets an earlier doer apart from the one of the words' clause: 'since Abe', 'as Abe had', 'years after Abe',
'an honor last accorded ... when Abe'."""


def _doer_dated(text: str, event: DatedEvent, at: int) -> str | None:
    """For an event whose `needs` name its doer, the date of the doer's own deed when the words' part of the sentence
    (up to a comma) is undated and another's, compared with the doer's ('On April 11 he addressed Congress, something
    no leader had done since Abe in April 2015' is April 2015); '' when that deed has no one date; None when the
    words' part names the doer, is dated, or is compared with no earlier one."""
    cuts = [0, *(match.end() for match in re.finditer(r"[,;]\s+", text)), len(text) + 2]
    parts = [text[start : end - 2] for start, end in itertools.pairwise(cuts)]
    own = next(part for start, part in zip(cuts, parts, strict=False) if start <= at < start + len(part) + 2)
    if event.needs is None or event.needs.search(own) or p.dates(own):
        return None
    needs = event.needs
    earlier = [part for part in parts if any(_EARLIER_DOER.search(part, 0, at.start()) for at in needs.finditer(part))]
    if not earlier:
        return None
    dates = {_one_date(part) for part in earlier}
    return (dates.pop() or "") if len(dates) == 1 else ""


def _needed(text: str, previous: str, carried: str | None) -> str:
    """What an event's `needs` are sought in: the sentence, and the sentence before where this one points back to it
    ('In that call they agreed ...') or counts its time from it ('A week later, on April 7, the leaders launched talks
    on tariffs'), whose subject it carries; the count itself is no part of the deed ('later' is no later step)."""
    later = LATER.match(text)
    back = previous if carried or later else pronoun_subject(text, previous)  # 'Abe ... His address to Congress'
    return f"{back} {text[later.end() :] if later else text} {carried or ''}"


def _own_deed(text: str, found: re.Match[str], clauses: tuple[tuple[int, int], ...]) -> tuple[str, int] | None:
    """The event's own part of a clause that coordinates it after another deed with a date of its own ('The surcharge
    took effect February 24, 2026, and is due to lapse in late July'), and where it opens, if that part names a
    month."""
    cut = coordinated_after(text, found.start(), found.end())
    if cut is None:
        return None
    part = text[cut : next((end for start, end in clauses if start < found.end() <= end), len(text))]
    return (part, cut) if p.dates(part) or bare_months(part) else None


def dated_event_in(
    sentence: Sentence,
    event: DatedEvent,
    clauses: tuple[tuple[int, int], ...],
    updated: str,
    borrowed: tuple[str, ...] = (),
    day_before: str | None = None,
    previous: str = "",
    found: re.Match[str] | None = None,
) -> tuple[str, Fields] | None:
    """The event a sentence reports, with its date and whether it has happened, or None when unsure; `borrowed` are
    the years the sentence's context gives (its heading, the sentence before, the cover) for one that names none,
    `day_before` the one day the sentence before named, for one that says 'that day', `previous` the sentence before
    under the same heading, whose subject an event declared `carried` takes; `found` is the match of the event's words
    in the sentence, where the caller has it already."""
    text = sentence.text
    found = found or event.words.search(text)
    # the sentence before's day, where this one points back to it: 'that day', 'There they declared ...'
    carried = (
        day_before if day_before and (_THAT_DAY.search(text) or CARRIED.match(text)) and not p.dates(text) else None
    )
    # a sentence pointing back ('In that call they agreed ...') carries the subject of the sentence before too
    needed = previous if event.carried else _needed(text, previous, carried)
    if found is None or (event.needs is not None and not event.needs.search(needed)):
        return None
    if anothers(text, found.start(), found.end()):
        return None  # 'A Canadian surcharge expired', 'held talks on April 16, after Japan agreed to negotiate'
    own = next(((start, end) for start, end in clauses if start <= found.start() < end), (0, len(text)))
    clause, before = _own_relative(text, own, found.start(), found.end())
    clause = without_others_days(clause, found.group(0))  # not 'Obama's May 27 visit', another deed's day
    clause = others_blanked(clause, found.group(0))  # not 'After an agreement in principle in August, ...'
    if anchor := _ANCHOR.search(text, own[0], found.start()):
        # 'proposed on June 2 a tariff to take effect when the surcharge ends': only the words from 'when' on date it
        clause = text[anchor.start() : own[1]]
        if not p.dates(clause) and not bare_months(clause):
            return None
    if (
        ("after" in clause or "before" in clause)
        and (tail := _AFTER_ANOTHER.search(clause))
        and -1 < clause.find(found.group(0)) < tail.start()
    ):
        clause, before = clause[: tail.start()], own[0] + tail.start() if before == own[1] else before
        if not p.dates(clause) and not bare_months(clause) and not p.YEAR.search(clause):
            return None  # 'opened talks days after the April 2 announcement': that date is another deed's
    at = clause.find(found.group(0))
    if (
        at > -1
        and (then := _AND_THEN.search(clause, at + len(found.group(0))))
        and MONTH_NAME.search(clause, 0, then.start())
    ):
        clause, before = clause[: then.start()], own[0] + then.start() if before == own[1] else before
    clause, before = _own_deed(text, found, clauses) or (clause, before)  # '..., and is due to lapse in July'
    if cleft := _CLEFT.search(text, 0, found.start()):
        clause = cleft.group("when")  # 'After ... in August, it was on September 25, 2019, ..., that the leaders ...'
    date_of_doer = _doer_dated(text, event, found.start()) if event.actor else None
    if date_of_doer == "":
        return None
    # a date the words open with is their own ('a May 17, 2019, proclamation that ...'), whatever the clause counts from
    date_of_doer = (
        date_of_doer
        or next((value for value, at in p.dates(found.group(0)) if at.start() == 0), None)
        or counted_ahead(text, found.start())  # 'Five days after the April 2, 2025, ...'
        or qualifying_date(text, found.start())  # 'his 2015 speech to a joint meeting of Congress'
    )
    # Without a date of its own, the clause may take one from the clauses before it ('These talks date back to
    # April 2025, when ... opened negotiations'), never from those after ('..., and a second in September').
    from_other = date_of_doer is None and COUNTED_FROM.search(text, 0, found.start()) is not None
    # a count's own day where the deed's words name one: 'a month before the President proclaimed, on May 17, 2019'
    counted = (
        own_day_counted(text, found.start(), max(own[1], found.end()), counted_from(text, found.start()))
        if from_other
        else None
    )
    if (from_other and counted is None) or counted == "":
        return None  # counted from another deed's date, but not to a date of its own, or to another than its own
    right = (_right_after(text, found.end()) if counted is None and date_of_doer is None else None) or span_start(
        text,
        found.end(),  # 'ran from mid-April to late September 2019'
    )
    when = (when_before(text, own[0]) if WHEN_CLAUSE.match(text, own[0]) and not p.dates(clause) else None) or (
        None if p.dates(_mine(clause, found)) else when_after(text, own[1])
    )
    mine = _mine(
        clause if p.dates(_mine(clause, found)) else text[past_semicolon(text, found, before, updated) : before], found
    )
    date = date_of_doer or counted or right or when or _one_date(mine) or carried
    if date is not None and not (date_of_doer or counted or right or when):
        date = day_of_deed(text, own[0], found.start(), date)  # 'the following day', 'months after the April 7 call'
    bare = bare_months(clause) if counted is None and right is None and date_of_doer is None else set()
    if event.fallback and not (date_of_doer or counted or right or when) and len(bare) + len(p.dates(clause)) > 1:
        return None  # a general reader's clause of two dates ('opened by the May 17 proclamation, closed November 13')
    if bare:
        # 'signed in October 2019, following a first round held in April of that year': the month the
        # event's own words name, in the year the sentence gives.
        years = {value[:4] for value, _ in p.dates(text)} or that_year(text, clause)
        date = f"{years.pop()}-{bare.pop():02d}" if len(bare) == 1 and len(years) == 1 else None
        day = BARE_DAY.search(clause)
        if date is not None and day is not None:
            date = f"{date}-{int(day.group('day')):02d}"  # 'on the following day, April 29, Abe became'
    date = date if date is not None else yearless(text, clause, before, event, borrowed, updated)
    # counted back in its clause, else in the clause before: 'marked ... last April 29, when Abe became ...'
    # (past a semicolon: 'Abe has led Japan since December 2012; his address ..., delivered two years ago last month');
    # a month made a day by the words' own brackets: 'That May, ... was issued (by proclamation on May 17)'
    date = (
        bracketed_day(text, found, date)
        if date is not None or p.dates(semicolon_stretch(text, found))
        else counted_back(clause, updated)
        or counted_back(text[:before], updated)
        or counted_back(semicolon_stretch(text, found), updated)
    )
    date = date if date is not None or p.dates(text) else year_alone(clause if p.YEAR.search(clause) else text)
    if (
        date is None
        or (event.since is not None and int(date[:4]) < event.since)
        or (event.until is not None and int(date[:4]) > event.until)
    ):
        return None  # the 2019 talks 'began negotiations with Japan' too: not the 2025 ones
    if (
        (_HEDGED.search(clause) and not WILL.search(clause))
        or NOT_DONE.search(clause, max(at, 0))
        or (event.vetoes is not None and event.vetoes.search(clause) is not None)
        or (date <= updated[: len(date)] and only_planned(clause, len(p.dates(clause)) + len(bare_months(clause))))
    ):
        return (
            None  # hedged, called off ('The first round, scheduled for January 2019, was postponed'), vetoed, planned
        )
    cover = updated[: len(date)]
    status = "held" if date < cover or (date == cover and not WILL.search(clause)) else "upcoming"
    return event.slug, {"what": event.what, "date": date, "status": status}
