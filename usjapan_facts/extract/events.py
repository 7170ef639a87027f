"""Elections in a brief's sentences: body, date (absolute or "two days later"), status, candidates.

Keyed by a stable slug (`upper_house_2022`, `abe_assassination`), so that a diff says "held" of the same
election a later version reports. Like the fact rules, these return nothing when unsure.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import (
    LOWER_HOUSE,
    LOWER_HOUSE_SEATS,
    OTHER_COUNTRIES,
    PARTIES,
    UPPER_HOUSE,
    UPPER_HOUSE_SEATS,
)
from usjapan_facts.extract.rules.base import Fields, has
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import may_hold

BODIES: tuple[tuple[str, str, str], ...] = (
    (
        "okinawa_governor",
        "Okinawa governor",
        r"\bOkinawa(?:n)?\s+(?:gubernatorial|governor(?:'s)?)\b"
        r"|\b(?:[Gg]overnor|gubernatorial)\b(?=[^.;]{0,200}\bHenoko\b)|\bHenoko\b[^.;]{0,200}\b(?:[Gg]overnor|gubernatorial)\b",
    ),
    (
        "ldp_president",
        "LDP president",
        r"\b(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?)\W?s?\s+(?:presidential|leadership)\s+(?:election|race|contest|vote)\b"
        r"|\bLDP\b[^.;]{0,80}\b(?:party\s+)?(?:leadership|presidential)\s+(?:election|race|contest|vote)\b",
    ),
    ("upper_house", "Upper House", rf"{UPPER_HOUSE}|{UPPER_HOUSE_SEATS}"),
    ("lower_house", "Lower House", rf"{LOWER_HOUSE}|{LOWER_HOUSE_SEATS}"),
)
"""Each body an election may be of; a chamber may be named by its size ('215 of 465 seats' is the Lower House)."""
ELECTION = (
    r"\b(?:elections?|vote|polls?|race|contest(?:ed)?|elected|(?<!-)elect|re-?elect(?:ed|ion)|"
    r"won\s+(?:a\s+)?(?:second|third|fourth|new)\s+term)\b"
)
_ELECTION_WORDS = ("elect", "vote", "poll", "race", "contest", "won")
"""A word each match of ELECTION holds (keep it so): a sentence without any reports no election."""
_NOT_HELD_UNTIL = (
    r"\b(?:not\s+(?:be\s+)?(?:required|due|needed|necessary)|(?:does|do)\s+not\s+have\s+to|need\s+not|"
    r"no\s+[^.;]{0,40}\bis\s+(?:required|due|needed|scheduled|expected|planned))\b"
)
"""'No Lower House election is required until October 2028': a far deadline, no election the brief reports."""
_DAYS_LATER = re.compile(rf"\b(?P<n>{p.NUMBER})\s+days?\s+later\b", re.IGNORECASE)
_PERSON = r"[A-Z][a-z]+\s+[A-Z][a-z]+"
_DAYS_APART = re.compile(
    rf"\b(?P<n>{p.NUMBER})\s+days?\s+(?P<side>before|after)\s+(?:the\s+)?[^.;,]{{0,40}}?\b(?:election|vote|polls?)\b",
    re.IGNORECASE,
)


_OPINION_POLLS = re.compile(
    r"\b(?:respondents|surveys?|opinion\s+polls?|approval\s+ratings?|(?:several|recent|many|most|public)\s+polls)\b",
    re.IGNORECASE,
)
"""An opinion poll is no election: 'opposed by a majority of respondents in several polls'."""
_ANOTHER_DEED = re.compile(
    r"\b(?:dissolv\w*|soon\s+after|shortly\s+after(?:wards?)?|afterwards?|took\s+office|tak(?:es|ing)\s+office|"
    r"assum(?:ed|es|ing)\s+office|sworn\s+in|(?:became|becomes|becoming)\s+(?:the\s+)?(?:prime\s+minister|premier)|"
    r"resign\w*|stepp?(?:ed|s|ing)\s+down|announc\w*|campaign\w*|results?|"
    r"(?:weeks?|months?|years?|(?:a\s+few|several|some)\s+days)\s+(?:after|before|later|earlier)|"
    r"(?:after|before|following|ahead\s+of|since|prior\s+to|in\s+the\s+wake\s+of)\s+(?:the|its|this|that|last)\b)\b",
    re.IGNORECASE,
)
"""Words of a sentence whose dates may be another deed's: the dissolution, what came before a snap election, a
leader's taking or leaving office ('X, who took office on October 21, 2025, called a snap election'), the campaign,
the results' announcement, or a deed dated from the election ('on October 4, three months after the election')."""
_LEGISLATIVE_VOTE = re.compile(
    r"\b(?:(?:no-?\s?confidence|confidence|censure|impeachment|floor|plenary|committee|final|ratification)\s+"
    r"(?:motion\s+)?votes?|votes?\s+(?:on|for|against)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bills?|budget|treaty|motion|resolution|legislation|law|measure|nomination|accord|agreement|pact)|"
    r"voted\s+(?:\w+\s+)?(?:to|for|against|on)|votes?\s+to\s+\w+|Diet\s+votes?|votes?\s+in\s+the\s+Diet|"
    r"(?:re-?)?elect(?:ed|s)?\s+(?:[A-Z][\w-]*\s+){1,3}(?:as\s+)?(?:(?:Japan\W?s\s+)?(?:new\s+)?prime\s+minister|premier|speaker)|"
    r"(?:(?:re-?)?elect(?:ed|s)?|designat\w+|nominat\w+|named|chose)\s+(?:him|her)\s+(?:as\s+)?(?:prime\s+minister|premier)|"
    r"(?:Diet|parliament|lawmakers|legislators|chamber)\s+(?:re-?elected|elected|returned|designated|chose|named)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:as\s+)?(?:(?:new\s+)?prime\s+minister|premier|to\s+(?:office|power))|"
    r"(?:(?:runoff|run-off|second-round|investiture|designation|nomination)\s+)?(?:votes?|ballots?|elections?)\s+"
    r"(?:for|of)\s+(?:the\s+|a\s+|a\s+new\s+)?(?:prime\s+minister|premier)\b|"
    r"(?:prime[-\s]minister(?:ial)?|premier(?:ship)?)\s+(?:votes?|elections?|ballots?|designation|nomination)|"
    r"(?:investiture|designation)\s+(?:votes?|ballots?)|"
    r"(?:approved|passed|rejected|enacted|ratified|adopted)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:bills?|budget|treaty|legislation|law|measure|resolution|amendment)"
    r"[^.;]{0,30}?\bvote)\b",
    re.IGNORECASE,
)
"""A vote of the Diet's members, no election: 'a no-confidence vote', 'the vote on the budget', 'voted to elect', 'the
Lower House elected Takaichi prime minister', 'the runoff vote for prime minister', 'the investiture ballot'."""
_VOTE_WORDS = ("vote", "elect", "ballot", "prime", "premier", "office", "power")
"""A word each way of saying a legislative vote holds (keep it so): a sentence without any holds none."""
_ELECTION_DATE = re.compile(
    r"\b(?:elections?|vote|polls?|contest|elected|re-?elect(?:ed|ion)|(?<!-)elect\s+(?:a\s+new\s+\w+|its\s+\w+|the\s+next\s+\w+))"
    r"(?:,\s+\w+,)?,?\s+(?:(?:was|is|were|are|will\s+be|must\s+be|has\s+to\s+be)\s+)?"
    r"(?:(?:held|set|slated|scheduled|called|planned|due|expected)\s+)?(?:for|on|of|in|by|no\s+later\s+than)\s+(?P<rest>.{0,30})",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(
    r"(?:\s*,)?\s+(?:(?:Upper|Lower|House|of|Representatives|Councill?ors|Diet|general|national|snap|Okinawa|"
    r"Okinawan|gubernatorial|LDP|\(LDP\)|Liberal|Democratic|Party|presidential|leadership|parliamentary|upper|lower|"
    r"chamber)\s+){0,5}(?:elections?|vote|contest|race)\b",
    re.IGNORECASE,
)
"""A date that names the election after it: 'the July 2019 election', 'the November 2014 Okinawa gubernatorial race'."""
_YEARLESS_DAY = re.compile(rf"\b{p.MONTH}\s+\d{{1,2}}\b(?!,?\s*\d{{4}})")
_DAY_ALONE = re.compile(rf"^(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})")


def _own_date(text: str, found: tuple[tuple[str, re.Match[str]], ...]) -> str | None:
    """The date the election's own words give: 'an election for February 8, 2026', 'the July 2019 election'.

    A day named without its year ('the election on September 29') takes the year of the sentence's other date.
    """
    own: list[tuple[int, str]] = []
    for match in _ELECTION_DATE.finditer(text):
        rest = match.group("rest")
        dated = p.dates(rest)
        if dated and dated[0][1].start() == 0:
            own.append((match.start(), dated[0][0]))
        elif (alone := _DAY_ALONE.match(rest)) and len({value[:4] for value, _ in found}) == 1:
            month = p.MONTHS.index(alone.group("month")) + 1
            own.append((match.start(), f"{found[0][0][:4]}-{month:02d}-{int(alone.group('day')):02d}"))
    own += [(at.start(), value) for value, at in found if _DATE_BEFORE.match(text, at.end())]
    return min(own)[1] if own else None


_FOREIGN_ELECTION = re.compile(
    rf"(?:{OTHER_COUNTRIES}|\bU\.S\.|\bUnited States|\bAmerican)(?:\W?s)?\s+(?:the\s+)?(?:(?:{p.MONTH}|\d{{1,4}},?|"
    r"presidential|general|legislative|parliamentary|national|local|midterm|snap|next|upcoming|last|recent|"
    r"National|Assembly|congressional|House|Senate|gubernatorial|of|Representatives|Congress)\s+){0,5}"
    r"(?:elections?|vote|polls|midterms?)\b|\bmidterms?\b|\bby-?\s?elections?\b|\bspecial\s+elections?\b"
)
"""Another country's election, or one for a single seat: 'Taiwan's January 2028 election', 'a by-election'."""
_JOINS = re.compile(r";|,\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


def _foreign_or_partial(text: str, date: str) -> bool:
    """Tell whether the clause giving the election's date is about another country's vote or a by-election."""
    at = next((match.start() for value, match in p.dates(text) if value == date), None)
    if at is None:
        return _FOREIGN_ELECTION.search(text) is not None
    start = max((match.end() for match in _JOINS.finditer(text, 0, at)), default=0)
    end = next((match.start() for match in _JOINS.finditer(text, at)), len(text))
    return _FOREIGN_ELECTION.search(text, start, end) is not None


def body_of(text: str) -> tuple[str, str] | None:
    """The one body (slug, name) whose election a text names, or None for none or several."""
    found = [(slug, body) for slug, body, pattern in BODIES if has(pattern, text)]
    return found[0] if len(found) == 1 else None


def _candidates(text: str) -> dict[str, Fields]:
    candidates: dict[str, Fields] = {}
    for match in re.finditer(rf"\bincumbent\s+(?:governor\s+)?(?P<name>{_PERSON})", text):
        candidates[match.group("name")] = {"incumbent": True}
    parties = "|".join(PARTIES)
    for match in re.finditer(rf"\b(?P<party>{parties})(?:-backed)?\s+candidate\s+(?P<name>{_PERSON})", text):
        candidates.setdefault(match.group("name"), {})["party"] = match.group("party")
    return candidates


_ASIDE = re.compile(r",\s+(?:first\s+)?(?:re-?)?elected\s+(?:in|on)\s+[^,;]{3,30},")
"""A person's aside ('Governor Tamaki, elected in September 2018, opposes it'): the brief reports no election."""


def _polled(text: str) -> bool:
    """Tell whether an opinion poll stands in the clause of the sentence's date (or the sentence has none)."""
    polls = _OPINION_POLLS.search(text)
    if polls is None:
        return False
    spans = clauses(text)
    dated = [at.start() for _, at in p.dates(text)]
    return not dated or any(clause_of(spans, at) == clause_of(spans, polls.start()) for at in dated)


_DAY_IN_YEAR = re.compile(rf"\bon\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})")


def _later_that_year(match: re.Match[str], last_day: str) -> str | None:
    """A day named without its year, after a dated sentence: the day in that year, when it comes later."""
    day = f"{last_day[:4]}-{p.MONTHS.index(match.group('month')) + 1:02d}-{int(match.group('day')):02d}"
    return day if day > last_day else None


_BY_DATE = re.compile(r"\b(?:until|by|before|through|no\s+later\s+than)\s+$", re.IGNORECASE)
LATEST_ONLY = re.compile(
    r"\b(?:unless|barring|at\s+the\s+latest|(?:may|can|could|might)\s+(?:\w+\s+)?(?:sit|serve|remain|stay|last)|"
    r"(?:early|snap)\s+(?:dissolution|elections?|vote)|dissolv\w*\s+(?:\w+\s+)?early|(?:if|is|are)\s+not\s+dissolved)\b",
    re.IGNORECASE,
)
"""Words that make a chamber's deadline only the latest date of its vote: 'unless it is dissolved early', 'barring a
snap election', 'may sit until'."""


NEAR_DEADLINE = 18
"""The most months ahead a chamber's deadline ('must be held by October 2021') stands for its coming vote: a year or
so ahead the parties already prepare for it; two years and more ahead it is only the latest date."""


def months_ahead(date: str, updated: str) -> int:
    """How many months the month of `date` comes after the cover date's."""
    return (int(date[:4]) - int(updated[:4])) * 12 + int(date[5:7]) - int(updated[5:7])


def _only_a_deadline(text: str, date: str, updated: str) -> bool:
    """Tell whether the election's date is only the latest it may come: 'must be held by October 2025' years
    ahead, or said with words that let an earlier vote come ('unless the chamber is dissolved early')."""
    at = next((match.start() for value, match in p.dates(text) if value == date), None)
    if at is None or not _BY_DATE.search(text[max(0, at - 20) : at]):
        return False
    return months_ahead(date, updated) > NEAR_DEADLINE or LATEST_ONLY.search(text) is not None


def status_of(date: str, updated: str, text: str) -> str:
    """Whether an election of `date` is held or upcoming by the cover date `updated`."""
    cover = updated[: len(date)]
    if date == cover:
        return "upcoming" if has(r"\b(?:will|upcoming|scheduled|set for|planned for)\b", text) else "held"
    return "held" if date < cover else "upcoming"


def election_in(sentences: list[Sentence], index: int, last_day: str | None, updated: str) -> tuple[str, Fields] | None:
    """The election a sentence reports, keyed by slug: body, date, status, candidates."""
    sentence = sentences[index]
    text = sentence.text
    if not may_hold(text, _ELECTION_WORDS):
        return None  # the test below fails: cutting votes and asides out adds no word
    # Each legislative vote says 'vote' or 'elect': the long pattern is tried only where one stands.
    votes = _LEGISLATIVE_VOTE.sub(" ", text) if may_hold(text, _VOTE_WORDS) else text
    if not has(ELECTION, _ASIDE.sub(",", votes)) or has(_NOT_HELD_UNTIL, text) or _polled(text):
        return None
    body = body_of(text)
    # A sentence that names its own kind of election ('a leadership election') borrows no body from the next.
    own_kind = has(
        r"\b(?:leadership|presidential|party|gubernatorial|mayoral)\s+(?:elections?|race|vote|contest)\b", text
    )
    if (
        body is None
        and not own_kind
        and not any(has(pattern, text) for _, _, pattern in BODIES)  # naming two, it borrows neither's date
        and index + 1 < len(sentences)
        and sentences[index + 1].section == sentence.section
    ):
        following = sentences[index + 1].text
        # A sentence counting seats ('fell to 215 seats') is of a chamber it does not name: it borrows none.
        borrows = has(r"\b(?:vote|elections?|polls?)\b", text) and not has(r"\b(?:chamber|seats)\b", text)
        body = body_of(following) if borrows and has(r"\b(?:vote|election|polls?)\b", following) else None
    if body is None:
        return None
    found = p.dates(text)
    date: str | None = found[0][0] if found else None
    apart = _DAYS_APART.search(text)
    days = p.number_of(apart.group("n")) if apart else None
    if apart and days is not None and len(found) == 1 and len(found[0][0]) == 10:
        # 'shot on July 8, 2022, while campaigning, two days before the Upper House election': another event's date.
        shift = int(days) if apart.group("side") == "before" else -int(days)
        date = (dt.date.fromisoformat(found[0][0]) + dt.timedelta(days=shift)).isoformat()
    elif _ANOTHER_DEED.search(text) or len({value for value, _ in found}) > 1 or _YEARLESS_DAY.search(text):
        # 'dissolved the Lower House on January 23, setting an election for February 8', 'became prime minister
        # on October 4 after winning the election on September 29': only the date the election's own words give
        # is the election's; without one, the sentence's dates may all be another deed's.
        date = _own_date(text, found)
        found = tuple(item for item in found if item[0] == date)
    later = _DAYS_LATER.search(text)
    alone = _DAY_IN_YEAR.search(text) if date is None and not found and last_day else None
    if alone and last_day and last_day <= updated and (day := _later_that_year(alone, last_day)) and day <= updated:
        date = day  # 'Less than a month later, on October 31, the LDP won the Lower House election'
    if date is None and later and last_day:
        days = p.number_of(later.group("n"))
        if days is not None:
            date = (dt.date.fromisoformat(last_day) + dt.timedelta(days=int(days))).isoformat()
    if date is None or _foreign_or_partial(text, date) or _only_a_deadline(text, date, updated):
        return None
    slug, name = body
    fields: Fields = {
        "body": name,
        "date": date,
        "status": status_of(date, updated, text),
        "candidates": _candidates(text),
    }
    return f"{slug}_{date[:4]}", fields
