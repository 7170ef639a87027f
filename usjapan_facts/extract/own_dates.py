"""An election's date in the election's own words, written loosely: 'the October 22 general election', 'the Upper
House election in July', 'in the summer of 2019', 'this July', a day voters choose on or an authority sets; never a
date another contest's words run into ('winning the LDP leadership race on September 27, and called a snap election
for October 27': the snap election's is October 27). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.chamber_cycle import upper_house_votes_in
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import (
    DOER,
    LOOSE,
    elected_as_dates,
    loose_date,
    loose_status,
    tensed_beside,
    voters_dates,
)
from usjapan_facts.extract.election_words import body_of, names_body
from usjapan_facts.extract.set_dates import moved_to, set_as

TENURE_SINCE = re.compile(
    r"\b(?:(?:prime\s+)?minister|premier|president|leader|governor|in\s+(?:office|power))\s+since\s+(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)
"""An office held from a date ('Abe, prime minister since December 2012, ...'): the day a tenure began, not an
election's (the race the sentence names may be a later one)."""

YEARS_APART = re.compile(
    r",\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several)\s+years?\s+"
    r"(?:after|before|later|earlier)\b(?!\s+than)[^,;]*",
    re.IGNORECASE,
)
"""A deed years apart from the clause's ('elected on July 21, three years after the last contest in July 2016'): its
year is never the year of a day the clause writes without one."""

DATE_BEFORE = re.compile(
    r"(?:\s*,)?\s+(?:(?:Upper|Lower|House|of|Representatives|Councill?ors|Diet|general|national|snap|Okinawa|"
    r"Okinawan|gubernatorial|LDP|\(LDP\)|Liberal|Democratic|Party|presidential|leadership|parliamentary|upper|lower|"
    r"chamber)(?:\s+|-)){0,5}(?:elections?|vote|contest|race)\b",
    re.IGNORECASE,
)
"""A date that names the election after it: 'the July 2019 election', 'the November 2014 Okinawa gubernatorial race',
'the July 2022 upper-house vote'."""
_AFTER_NOUN = re.compile(
    r"\b(?:(?:re-?)?elections?|vote|polls?|contest|race)(?:,\s+\w+,)?,?\s+(?:(?:was|is|were|are|will\s+be)\s+)?"
    r"(?:(?:(?:now|widely|currently|still)\s+)?(?:held|set|slated|scheduled|planned|due|expected)\s+|"
    rf"(?P<doer>{DOER})(?:(?:called|set|scheduled|slated)\s+(?=for\s)|(?:followed|came)\s+(?=on\s))|"
    r"(?:(?:will\s+)?(?:fall|come|follow|take\s+place)|falls|comes|follows|takes\s+place|fell|came|followed|took\s+place)"
    r"\s+)?(?:(?:for|on|in|of)\s+|(?:later\s+)?(?=(?:this|next|last)\s)|(?<=held\s)(?=[A-Z][a-z]+\s+\d))",
    re.IGNORECASE,
)
"""An election's own words before its date: 'the election set for', 'the vote in', 'the race this July', 'the election
is widely expected in September' (an adverb that keeps the plan current: now, widely, currently, still; never one of a
dropped plan, 'originally expected in July'), the vote's timing said by a verb of its own ('the next nationwide vote
falls in July', 'the poll comes next spring', 'an Upper House election follows in the summer of 2019'), or a day
straight after 'held' ('In that contest, held October 27')."""
_SEATS_FILLED = re.compile(
    r"\b(?:seats|half|members)\b[^.;]{0,40}?\s(?:were|was|are|is|will\s+be|come|comes|came)\s+(?:last\s+|next\s+)?"
    r"(?:(?:up\s+for\s+(?:renewal|grabs)|filled|renewed|contested|(?:re-?)?elected)\s+(?:(?:for|on|in)\s+|(?=(?:this|next|last)\s))|"
    r"(?:up|at\s+stake)\s+(?=(?:this|next)\s))",
    re.IGNORECASE,
)
"""A chamber's seats filled, its members returned, before a loose date: 'half of them are at stake this July', 'Half
of the upper chamber's seats are up this July', 'its members come up for renewal in July', 'Half of the Upper House was
elected last month'; a chamber's date, never the governor's or a party's its sentence also names."""
_WHEN_HELD = re.compile(
    r",\s+when\s+(?P<noun>[^,;]{0,60}?\b(?:elections?|vote|polls?|contest|race)\b)(?:,[^,;]{1,40},)?\s+"
    r"(?:(?:is|are|was|were|will\s+be)\s+held|takes?\s+place|took\s+place|will\s+take\s+place)\b",
    re.IGNORECASE,
)
"""A date the next clause says an election is held on: 'what is at stake on July 20, when the upper chamber's regular
election, the next national vote, is held'."""
_TERM_END = re.compile(
    r"\b(?:terms?|mandate)\b[^;.]{0,60}?\b(?:ends?|expires?|lapses?|runs?\s+out|runs?\s+(?:until|to|through))\s+"
    r"(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def term_end_day(text: str, at: int) -> bool:
    """Whether the date at `at` is the day a term ends ('the term expires on October 30, 2029'): a deadline, not the
    day of the vote, when the vote's own words date it."""
    return _TERM_END.search(text, max(0, at - 80), at) is not None


_LOCAL = re.compile(r"\b(?:assembly|city|municipal|prefectural|local|ward|town|village|council|mayoral)\b", re.I)
_PLANNED = re.compile(
    r"(?:[,;:]\s+|\b(?:but|and|though|although|while)\s+)the\s+(?:(?:next|coming|general|snap|early|Lower\s+House)\s+)*"
    r"(?:election|vote|polls?)\s+(?:is|will\s+be)\s+(?:(?:now|widely|currently|still)\s+)?"
    r"(?:expected|scheduled|set|slated|planned|due)\s+(?:for|in|on)\s+(?P<month>"
    + p.MONTH
    + r")\b(?![^;.]*\b(?:not|unlikely)\b)",
)
"""The vote's own plan after a term's end: 'the term expires on October 30; the general election is now expected in
September'; never a ruled-out, wished-for, another country's or another year's date."""


def _ours(words: str, slug: str) -> bool:
    """`names_body`, less a local election that names no chamber ('the Tokyo assembly election') for a chamber."""
    local = slug.endswith("_house") and body_of(words) is None and _LOCAL.search(words) is not None
    return names_body(words, slug) and not local


def planned_before_deadline(text: str, at: int, deadline: str) -> str | None:
    """The month the vote's own words plan it for after the term's end at `at`, when it is no later than the deadline;
    never a date of other words ('a snap election in September has been ruled out', 'critics want ...')."""
    found = _PLANNED.search(text, at)
    month = p.month_number(found.group("month")) if found else None
    date = f"{deadline[:4]}-{month:02d}" if month else None
    return date if date and date <= deadline[:7] else None


_RESTATED = re.compile(r",\s+(?:on|in)\s+")
"""A date said again finer after a comma: 'last month, on July 21'."""
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOUN = re.compile(r"\b(?:elections?|vote|contest|race)\b", re.IGNORECASE)
_NOT_THE_VOTE = re.compile(
    r"\s+(?:promises?|pledges?|platform|manifesto|campaign|law|system|districts?|reform|commitments?)\b", re.IGNORECASE
)
_SPECULATION = re.compile(
    r"\b(?:would\s+(?:mean|bring|trigger|lead\s+to|set\s+off|require)|(?:could|might|may)\s+(?:\w+\s+)?(?:call|hold|bring|mean|"
    r"trigger|come|be)|talk|speculat\w*|rumou?r\w*|consider\w*|weigh\w*|mull\w*|possibl\w*|if)\b",
    re.IGNORECASE,
)
"""Words of a vote only talked of: 'talk of a snap election this autumn', 'which would mean a general election in
February'."""


_PHRASE_START = re.compile(r"[,;:(]|\b(?:after|before|winning|won|and|but|while|in|on|of|since)\s", re.IGNORECASE)


def _noun_phrase(text: str, end: int) -> str:
    """The words of the election whose noun ends at `end`, back to where its noun phrase starts: 'the Liberal
    Democratic Party (LDP) leadership race' in '... four days after winning the Liberal Democratic Party (LDP)
    leadership race on September 27, and called a snap election for October 27' (whose date is that race's, not the
    snap election's)."""
    start = max(0, end - 80)
    cuts = [found.end() for found in _PHRASE_START.finditer(text, start, end) if found.group(0) != "("]
    return text[cuts[-1] if cuts else start : end + 12]


def loose_own_date(text: str, updated: str, slug: str) -> tuple[str, str] | None:
    """The date and status of an election its own words give loosely: 'the October 22 general election', 'the Upper
    House election in July', 'in the summer of 2019', 'this July'; never in a clause of a vote only talked of."""
    places = [
        LOOSE.match(text, at.end())
        for at in _AFTER_NOUN.finditer(text)
        if tensed_beside(text, at) and _ours(_noun_phrase(text, at.start()), slug)
    ]
    places += [
        found
        for at in (_SEATS_FILLED.finditer(text) if slug.endswith("_house") else ())  # seats are a chamber's only
        if names_body(text[text.rfind(";", 0, at.start()) + 1 : at.end()], slug)
        and (found := LOOSE.match(text, at.end())) is not None
        and not (found.group("month") and _A_YEAR.search(text))  # 'due in 2025: half ... are up in July': that year's
    ]
    places += elected_as_dates(text, slug)
    places += [  # 'on July 20, when the upper chamber's election is held': the date the 'when' clause is of
        found
        for when in _WHEN_HELD.finditer(text)
        if _ours(when.group("noun"), slug)
        for found in LOOSE.finditer(text, max(0, when.start() - 30), when.start())
        if found.end() == when.start()
    ]
    places += voters_dates(text, lambda words: names_body(words, slug))
    places += (moved := moved_to(text, _NOUN))  # 'has been moved up to September 30'
    places += (setting := set_as(text))  # 'has set November 18 as the date on which voters will choose a governor'
    for noun in _NOUN.finditer(text):  # a date standing just before the election's words: 'the October 22 ... election'
        start = max(0, noun.start() - 60)
        places += [
            found
            for found in LOOSE.finditer(text, start, noun.start())
            if (named := DATE_BEFORE.match(text, found.end() + (2 if text.startswith("'s", found.end()) else 0)))
            and named.end() == noun.end()
            and not _NOT_THE_VOTE.match(text, named.end())
            and names_body(named.group(0), slug)
        ]
    # 'was elected last month, on July 21': the day restating the month is the election's too
    places += [LOOSE.match(text, said.end()) for one in places if one and (said := _RESTATED.match(text, one.end()))]
    read: list[tuple[tuple[str, str, str], str]] = []
    for found in sorted((place for place in places if place is not None), key=lambda place: place.start()):
        start, end = next(((one, two) for one, two in clauses(text) if one <= found.start() < two), (0, len(text)))
        # the tense of 'was moved up to September' is the move's, not the vote's: the month nearest the cover
        clause = "" if found in moved else "will" if found in setting else text[start:end]  # a day set is ahead
        bounds = loose_date(found, updated, clause, upper_house_votes_in if slug == "upper_house" else None)
        if bounds is not None and not _SPECULATION.search(text, start, end):
            read.append((bounds, clause))
    if not read:
        return None
    # 'In the 2022 upper house election, held on July 10, ...': the finest of dates that agree, else the first
    bounds, clause = max(read, key=lambda item: len(item[0][0]))
    if not all(bounds[0].startswith(other[0][0]) for other in read):
        bounds, clause = read[0]
    return bounds[0], loose_status(bounds, updated, clause)


_SPOKEN_ON = re.compile(
    r"\b(?:signall?ed|announced|said|told|reported|indicated|hinted|suggested|revealed|promised|pledged|vowed|warned)"
    r"\s+(?:(?:again|publicly)\s+)?$"
)
"""An actor's word of speech or announcement right before a day, whose day it is: 'Kishida signaled on November 9'.
Never a verb the vote itself may take ('The coalition was defeated on October 31', 'Voters spoke on October 31')."""

_DAY_IN_YEAR = re.compile(rf"\bon\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})")


_RESULT = re.compile(
    r"\b(?:won|wins?|lost|loses|defeat\w*|victor\w*|majorit\w*|re-?elect\w*|elected|swept|routed)\b", re.I
)
"""Words telling a vote's result: an actor's word on a day that tells one is said on the vote's day ('Exit polls
indicated on October 31 that the LDP had lost')."""


def vote_day_alone(text: str) -> re.Match[str] | None:
    """The first day without its year ('on October 31') that an earlier sentence's year may make the vote's, past the
    days of a term's end ('whose terms end on October 21, went to the polls on October 31'); none when that day is an
    actor's word ('Kishida signaled on November 9 that ...') and the sentence tells no result of the vote after it.
    The day after such a word is not tried: after an announcement it may be a dissolution's or a campaign's."""
    for day in _DAY_IN_YEAR.finditer(text):
        if term_end_day(text, day.start()):
            continue
        if _SPOKEN_ON.search(text, max(0, day.start() - 40), day.start()) and not _RESULT.search(text, day.end()):
            return None
        return day
    return None


__all__ = ["DATE_BEFORE", "loose_own_date", "planned_before_deadline", "term_end_day", "vote_day_alone"]
