"""Which date of a sentence belongs to an event: the roles of a sentence that names two or more dates.

An event's sentence names its deed (the declaration's words), the deed's own clause, and the date that clause gives;
other dates belong to other deeds set off beside it. Read by the sentence's structure, from small lists of words
declared here as data:

- a subordinate phrase of another deed (`OTHER_LEADS`: 'After an agreement in principle in August, ...', '...,
  weeks after the G-7 summit of August, ...', '..., following the report of February 17') gives the event no date,
  unless the event's words stand in it;
- the event's words standing in such a phrase that gives no date ('held talks on April 16, after Japan agreed to
  negotiate') are dated by nothing the sentence says: the date is the main deed's;
- a fronted count from another deed's day ('Five days after the April 2, 2025, announcement, the leaders agreed')
  dates the event by that day and the count (`COUNT_DAYS`);
- a sentence without a date of its own that opens by pointing back (`CARRY_LEADS`: 'There', 'At that meeting', 'In
  that call') takes the one day the sentence before names;
- the event's words owned by another country ('A Canadian surcharge expired') are another's event;
- a deed called off (`UNDONE`: 'The first round, scheduled for January 2019, was postponed') is no event's, nor is a
  held deed's date only planned for it (`PLANNED`: 'The first round had been planned for March 2019');
- the event's words in a clause whose subject is another country ('China and the United States held their first
  round') are another's event;
- the event's deed coordinated after another deed that has a date of its own ('took effect on February 24, 2026, and
  is due to lapse in late July') is dated by its own part, where that part names a month;
- a sentence opening with a time counted from the one before ('A week later, ...') carries its subject.

Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import ANOTHER_COUNTRY, OTHER_COUNTRIES

OTHER_LEADS = ("after", "before", "following", "preceding", "ahead of", "although", "though", "despite", "having")
"""The words that open another deed's phrase, whose date is that deed's (never after 'the': 'The following morning')."""
COUNT_DAYS = {"day": 1, "week": 7}
"""The units a count from another deed's day is told in, by their days."""
CARRY_LEADS = (
    r"(?:there|then)(?=,|\s+(?:they|he|she|the|both|Trump|Abe|Ishiba)\b)",  # never "Then-Prime Minister"
    r"(?:at|in|during)\s+(?:that|the|this)\s+(?:meeting|summit|session|call|conversation|gathering|event|visit)",
    r"on\s+that\s+(?:occasion|date)",
)
"""The openings by which a sentence points back to the time of the sentence before."""
UNDONE = ("postponed", "canceled", "cancelled", "called off", "put off", "shelved", "scrapped")
"""A deed that did not take place when said: 'The first round, scheduled for January 2019, was postponed' (never
'postponed from March', whose date is the old plan's)."""

_UNDATED = (
    r"\b(?:(?:yet|still)\s+to\s+be\s+|not\s+yet\s+(?:been\s+)?|(?:has|have)\s+not\s+(?:yet\s+)?been\s+)"
    r"(?:scheduled|set|fixed|dated|announced)\b|\bno\s+date\s+(?:has\s+been|was|is)\s+(?:yet\s+)?set\b"
)
"""A deed not yet given a date ('the first round has yet to be scheduled'): a date elsewhere in its sentence is another
deed's ('USTR published its objectives on December 21; ...')."""
PLANNED = ("planned", "scheduled", "slated", "expected", "floated", "proposed", "targeted", "intended", "meant")
"""The words of a date only planned: said in the past of a deed held by the cover date, the date is the plan's."""
LATER_LEADS = (
    r"(?:an?|one|two|three|four|five|six|\d+|some|several|a\s+few)\s+(?:days?|weeks?|months?)\s+later",
    r"(?:days|weeks|months)\s+later",
    r"(?:the\s+)?(?:following|next)\s+(?:day|week|month)",
)
"""The openings by which a sentence counts its time from the sentence before, and so carries its subject."""
PREPOSITIONS = (
    "with",
    "from",
    "to",
    "on",
    "against",
    "than",
    "of",
    "over",
    "in",
    "about",
    "like",
    "toward",
    "by",
    "for",
)
"""The words before another country that make it no subject: 'talks with China', 'tariffs on Canada'."""


def _any(words: tuple[str, ...]) -> str:
    return "|".join(word.replace(" ", r"\s+") for word in words)


_PART = r"(?:[^,;]|,\s*(?:19|20)\d{2}\b|,\s*[A-Z][a-z]+,(?=\s+(?:in|on|at|during)\b))*"
"""Up to a comma, past one inside a date ('April 2, 2025') or a place ('in Biarritz, France, in August')."""
_LEAD = rf"(?:(?:[\w-]+\s+){{0,3}}?)(?<!\bthe\s)(?:{_any(OTHER_LEADS)})\b"
_OTHERS = re.compile(
    rf"^\s*(?:{_LEAD}){_PART},"  # fronted: 'After an agreement in principle in August,'
    rf"|,\s+{_LEAD}{_PART}(?=,)"  # an aside: ', weeks after the G-7 summit of August,'
    rf"|,\s+{_LEAD}{_PART}$",  # trailing: ', following the report of February 17'
    re.IGNORECASE,
)
_UNDATED_LEAD = re.compile(
    rf"\b(?<!\bthe\s)(?:{_any(OTHER_LEADS[:5])})\s+(?!which|that)(?:[^,;.]{{0,80}}?)$", re.IGNORECASE
)
_COUNTED = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+$", re.IGNORECASE)
_SET_OFF_LEAD = re.compile(rf",\s+(?:{_any(OTHER_LEADS[:5])})\s+(?!which|that)[^,;.]*$", re.IGNORECASE)
_COUNT = re.compile(
    rf"^\s*(?P<n>{p.NUMBER}|an?|one)\s+(?P<unit>day|week)s?\s+(?P<side>after|before)\s+(?P<other>{_PART}),\s",
    re.IGNORECASE,
)
_MONTH = re.compile(rf"\b{p.MONTH_WORD}\b")
CARRIED = re.compile(rf"^\s*(?:{'|'.join(CARRY_LEADS)})\b", re.IGNORECASE)
NOT_DONE = re.compile(rf"\b(?:{_any(UNDONE)})\b(?!\s+(?:from|to|until|till)\b)|{_UNDATED}", re.IGNORECASE)


LATER = re.compile(rf"^\s*(?:{'|'.join(LATER_LEADS)})\b", re.IGNORECASE)
_PLAN = re.compile(
    rf"\b(?:(?:had\s+(?:been\s+)?|was\s+|were\s+)(?:(?:first|originally|initially|once|tentatively)\s+)?"
    rf"|(?:originally|initially|tentatively)\s+)(?:{_any(PLANNED)})\b",
    re.IGNORECASE,
)
_AND_DEED = re.compile(r",?\s+and\s+(?=(?:is|are|was|were|will|has|have|had|then|later|would|\w+ed)\b)")
_GOVERNED = re.compile(rf"\b(?:{_any(PREPOSITIONS)})\s+(?:the\s+)?$", re.IGNORECASE)
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Abe|Ishiba|Kishida|Suga|Takaichi|Motegi|Akazawa)\b")


def only_planned(clause: str, dated: int) -> bool:
    """Tell whether a clause naming one date (`dated`, its count of dates) says it only as a plan, in the past: 'The
    first round had been planned for March 2019', 'was first floated for March 2015'."""
    return dated == 1 and _PLAN.search(clause) is not None


def coordinated_after(text: str, start: int, end: int) -> int | None:
    """Where the event's deed opens when the event's words (from `start` to `end`) run across another deed coordinated
    before it with a date of its own ('The surcharge took effect February 24, 2026, and is due to lapse in late July'):
    the position of its 'and', else None."""
    words = text[start:end]
    cut = next(reversed(list(_AND_DEED.finditer(words))), None)
    return start + cut.start() if cut is not None and p.dates(words[: cut.start()]) else None


def other_subject(text: str, at: int) -> bool:
    """Tell whether the clause of the event's words (at `at`) has another country for its subject, before the words
    and never after a preposition, in a clause that names no Japanese one: 'China and the United States held their
    first round of trade talks in April 2019'."""
    opened = max(text.rfind(", ", 0, at), text.rfind("; ", 0, at)) + 1
    subject = text[opened:at]
    if _JAPAN.search(subject):
        return False
    return any(not _GOVERNED.search(subject, 0, found.start()) for found in ANOTHER_COUNTRY.finditer(subject))


_OWNER = re.compile(rf"{OTHER_COUNTRIES}(?:\W?s)?\s+(?:[\w-]+\s+){{0,2}}$")
"""Another country owning the event's words: 'A Canadian surcharge expired', 'China's first round'."""


def owned_by_other(text: str, at: int) -> bool:
    """Tell whether the event's words at `at` are another country's: 'A Canadian surcharge expired on July 1'."""
    return _OWNER.search(text, max(0, at - 60), at) is not None


_VERB = re.compile(r"[a-z]+ed\b")
"""Words that open with a verb in the past ('declared imports of autos')."""
_DATED_NOUN = re.compile(
    rf"(?:\b(?:the|a|an|his|her|its|their)\s+|\w['\u2019]s\s+)(?P<day>{p.MONTH}\s+\d{{1,2}},\s*(?:19|20)\d\d)$"
)
"""A full day set before a noun, as its date: 'Trump's May 17, 2019', 'the May 17, 2019' (never 'a report of ...', 'a
hearing on ...', whose day is that other deed's)."""
_HEAD_NOUN = re.compile(r"(?!(?:and|or|but|then|when|while)\b)[a-z-]+(?<!ly)\s+(?:(?:that|which)\s+)?")
"""A noun in lower case that the event's words run on from: 'proclamation declaring', 'order that set'."""


def others_blanked(clause: str, words: str) -> str:
    """The clause with other deeds' phrases blanked out, those that hold any of the event's `words` kept."""
    at = clause.find(words)
    mine = (at, at + len(words)) if at > -1 else (len(clause) + 1, -1)

    def blank(other: re.Match[str]) -> str:
        held = words in other.group(0) or (other.start() < mine[1] and mine[0] < other.end())
        # an aside the words' verb runs on from is their subject, not another deed: ', a month before a presidential
        # proclamation of May 17, 2019, declared imports of autos ...'
        rest = clause[other.end() :].lstrip(", ")
        subject = other.group(0).startswith(",") and rest.startswith(words)
        # nor one whose full day, its comma closing it, dates the noun the words open with or run on from: ', a month
        # before Trump's May 17, 2019, proclamation declaring ...' is the proclamation's day
        head = _HEAD_NOUN.match(rest)
        noun = _DATED_NOUN.search(other.group(0))
        if noun and (rest.startswith(words) or (head is not None and rest[head.end() :].startswith(words))):
            kept.append((other.start() + noun.start("day"), other.start() + noun.end("day")))
            return other.group(0)
        return other.group(0) if held or (subject and _VERB.match(words)) else " " * len(other.group(0))

    kept: list[tuple[int, int]] = []
    clause = _OTHERS.sub(blank, clause)
    # the noun's day is the event's own, finer than a month or year of it the clause names besides: 'talks began in
    # April 2025, days after Trump's April 7, 2025, call that opened talks ...' is April 7
    if not kept:
        return clause
    dated = p.dates(clause)
    days = {value for value, found in dated if any(one < found.end() and found.start() < two for one, two in kept)}
    for value, found in dated:
        if value not in days and any(day.startswith(value) for day in days):
            clause = clause[: found.start()] + " " * (found.end() - found.start()) + clause[found.end() :]
    return clause


def in_undated_other(text: str, start: int, end: int) -> bool:
    """Tell whether the event's words (from `start` to `end`) stand in or end in another deed's phrase ('...,
    after Japan agreed to negotiate') that gives no date, while the sentence gives one: the date is the main deed's,
    not the event's. A lead within the words opens such a phrase only after a comma ('spoke before Congress' is
    none)."""
    lead = _UNDATED_LEAD.search(text, 0, start) or _SET_OFF_LEAD.search(text, start, end)
    if lead is None or not p.dates(text) or _COUNTED.search(text, 0, lead.start()):
        return False  # 'began in April 2019, a month before the President proclaimed': counted from that date
        return False
    stop = re.compile(r"[,;.]\s|$").search(text, max(end, lead.end()))
    phrase = text[lead.start() : stop.start() if stop else len(text)]
    return not (p.dates(phrase) or _MONTH.search(phrase) or p.YEAR.search(phrase))


def anothers(text: str, start: int, end: int) -> bool:
    """Tell whether the event's words (from `start` to `end`) are another's deed: another country's, or standing in
    another deed's undated phrase."""
    return owned_by_other(text, start) or other_subject(text, start) or in_undated_other(text, start, end)


def counted_ahead(text: str, at: int) -> str | None:
    """The event's day counted from another deed's in a fronted phrase ('Five days after the April 2, 2025,
    announcement, Trump and Ishiba agreed' is April 7), where the event's own part of the sentence gives no date."""
    counted = _COUNT.match(text)
    if counted is None or at < counted.end() or p.dates(text[counted.end() :]):
        return None
    days = {value for value, _ in p.dates(counted.group("other")) if len(value) == 10}
    n = 1 if counted.group("n").lower() in {"a", "an", "one"} else p.number_of(counted.group("n"))
    if len(days) != 1 or n is None:
        return None
    step = int(n) * COUNT_DAYS[counted.group("unit").lower()]
    step = step if counted.group("side").lower() == "after" else -step
    return (dt.date.fromisoformat(days.pop()) + dt.timedelta(days=step)).isoformat()


_LAST_WHO = re.compile(r",\s+(?:which|that)\b[^;()]{1,200}$")
"""A relative clause that ends its sentence: ', which expired on July 23 after the 150 days the statute allows'."""
_VERBED = re.compile(r"\b(?:is|are|was|were|has|have|had|will|\w+ed)\b")


def deed_relative(text: str, at: int, deed: int) -> tuple[str, int] | None:
    """The relative clause ending the sentence that holds the event's deed (ending at `deed`), said of its noun (at
    `at`) with no verb between, and where it starts: 'a temporary import surcharge of 10% under Section 122 of the
    same act, which expired on July 23' is dated by it, not by the main clause 'It took the place of ...'."""
    last = _LAST_WHO.search(text, at)
    if last is None or not last.start() < deed <= last.end() or _VERBED.search(text, at, last.start()):
        return None
    return last.group(0), last.start()


__all__ = [
    "CARRIED",
    "LATER",
    "NOT_DONE",
    "anothers",
    "coordinated_after",
    "counted_ahead",
    "deed_relative",
    "in_undated_other",
    "only_planned",
    "other_subject",
    "others_blanked",
    "owned_by_other",
]


_PRONOUN_LEAD = re.compile(r"\s*(?:His|Her|He|She)\b")
"""A sentence opening on a person's pronoun."""


def pronoun_subject(text: str, previous: str) -> str:
    """The subject the sentence before opens on (up to its first comma, semicolon or parenthesis), where this one
    opens on a person's pronoun that points back to it ('Abe, back in office since 2012, has ... His address to a
    joint meeting of Congress on April 29 ...'); '' otherwise."""
    return re.split(r"[,;(]", previous, maxsplit=1)[0] if _PRONOUN_LEAD.match(text) else ""


DONE_NOW = (
    r"(?<!\bto\s)(?<!not\s)(?<!n\Wt\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bcould\s)"
    r"(?<!\bwould\s)(?<!\bshould\s)(?<!\bmight\s)"
)
"""Before a deed's present ('formal negotiations open in Washington', a timeline's entry): never its bare form after a
modal, a negation or 'to' ('formal talks cannot begin until', 'talks have yet to open'), which tells of no deed done."""


TALKS_ANNOUNCED = (
    r"agree[sd]?|decided|announc\w*|launch\w*|set\s+up|secured|first\s+in\s+line|(?:front|head)\s+of\s+the\s+"
    r"(?:queue|line)|statement",
)
"""The deeds of the 2025 tariff talks' announcement: agreed, announced, launched, Japan put first in line. Never
'began', 'opened': the day such a sentence names may be the first round's. Never 'one of / among the first countries'
nor 'a priority partner': the phrase names no deed, and the sentence's day may be any other deed's ('among the first
countries hit by the reciprocal tariffs on April 9, 2025', 'The United States, Japan's priority partner, imposed')."""
