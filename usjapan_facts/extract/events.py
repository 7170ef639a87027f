"""Elections in a brief's sentences: body, date (absolute or "two days later"), status, candidates.

Keyed by a stable slug (`upper_house_2022`, `abe_assassination`), so that a diff says "held" of the same
election a later version reports. Like the fact rules, these return nothing when unsure.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import months_ahead
from usjapan_facts.extract.chamber_names import CHAMBER_BACK, chamber_back, one_body, own_body
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.day_counts import DAY_NO_YEAR, apart_day, later_day
from usjapan_facts.extract.election_dates import DOER, status_of
from usjapan_facts.extract.election_words import (
    BODIES,
    ELECTION_SAID,
    ELECTION_WORDS,
    LEGISLATIVE_VOTE,
    VOTE_WORDS,
    body_of,
    foreign_or_partial,
    names_body,
    polled,
    section_body,
    without_asides,
)
from usjapan_facts.extract.governor_after import okinawa_before
from usjapan_facts.extract.japan import PARTIES
from usjapan_facts.extract.local_offices import GOVERNOR, elsewhere_beside_governor
from usjapan_facts.extract.own_dates import (
    DATE_BEFORE,
    TENURE_SINCE,
    YEARS_APART,
    loose_own_date,
    planned_before_deadline,
    term_end_day,
    vote_day_alone,
)
from usjapan_facts.extract.rules.base import Fields, has
from usjapan_facts.extract.set_dates import offset_opening
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import may_hold

_NOT_HELD_UNTIL = (
    r"\b(?:not\s+(?:be\s+)?(?:\w+ly\s+)?(?:required|due|needed|necessary)|(?:does|do)\s+not\s+have\s+to|need\s+not|"
    r"no\s+[^.;]{0,40}\bis\s+(?:\w+ly\s+)?(?:required|due|needed|scheduled|expected|planned))\b"
)
"""'No Lower House election is required until October 2028': a far deadline, no election the brief reports."""


_VOTE_SET = (
    r"^\s*(?:one|it|(?:an?|the)\s+(?:(?:early|snap|general|national|Lower|Upper|House|chamber's)\s+)*(?:elections?|vote|poll))"
    r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|already|tentatively)\s+)?(?:scheduled|set|slated|planned|called)"
    r"\b(?!\s+(?:on|upon|off)\b)(?![^;]*\b(?:not|no|never)\b)"
    rf"(?![^;]*(?:{p.MONTH}|\b(?:spring|summer|fall|autumn|winter|next|this|early|late|(?:19|20)\d\d)\b))"
)
"""A part whose subject is the vote itself, set all the same: 'one is scheduled for that month', 'the election has
been called for October'; not another thing set ('the budget is scheduled for passage'), nothing set ('no date has
been set'), nor a person 'called on' to hold one; and only for the deadline's own month ('for that month'): 'one
is scheduled for May' dates the vote May, not the deadline's October, and is left unread."""


def _not_held_until(text: str) -> bool:
    """Tell whether a part of the sentence (at its semicolons or a ', but') says no election is due before its date; a
    part without a date of its own negates only itself ('... next up for election in July 2028; no national vote is
    scheduled before then'), and never when another part sets the vote all the same (`_VOTE_SET`)."""
    parts = re.split(r";|,\s+but\s+", text)
    negating = [part for part in parts if has(_NOT_HELD_UNTIL, part) and (len(parts) == 1 or p.YEAR.search(part))]
    # '... is not strictly required before July 2025, but one is scheduled for that month': a vote set all the same
    return bool(negating) and not any(has(_VOTE_SET, part) for part in parts if part not in negating)


_CHALLENGED = re.compile(
    r"\bcontest(?:s|ed|ing)?\s+(?:the|its|that|this)\s+(?:revocation|decision|ruling|order|move|cancell?ation|"
    r"withdrawal|permit|approval|case|claim|lawsuit|suit|findings?)\b",
    re.IGNORECASE,
)
"""'Contest' as a challenge to a deed ('Tokyo will contest the revocation'): the words of no election."""
_PERSON = r"[A-Z][a-z]+\s+[A-Z][a-z]+"


_ANOTHER_DEED = re.compile(
    r"\b(?:dissolv\w*|soon\s+after|shortly\s+after(?:wards?)?|afterwards?|took\s+office|tak(?:es|ing)\s+office|"
    r"assum(?:ed|es|ing)\s+office|sworn\s+in|(?:became|becomes|becoming)\s+(?:the\s+)?(?:prime\s+minister|premier)|"
    r"resign\w*|stepp?(?:ed|s|ing)\s+down|announc\w*|campaign\w*|(?<!\ba\s)results?|"
    r"(?:weeks?|months?|years?|(?:a\s+few|several|some)\s+days)\s+(?:after|before|later|earlier)(?!\s+than\b)|"
    r"(?:after|before|following|ahead\s+of|since|prior\s+to|in\s+the\s+wake\s+of)\s+(?:the|its|this|that|last)\b"
    r"(?!\s+(?:voters|electorate)))\b",
    re.IGNORECASE,
)
"""Words of a sentence whose dates may be another deed's: the dissolution, what came before a snap election, a
leader's taking or leaving office ('X, who took office on October 21, 2025, called a snap election'), the campaign,
the results' announcement (not 'a result Tokyo read as ...', the outcome in apposition), or a deed dated from
the election ('on October 4, three months after the election')."""
_ELECTION_DATE = re.compile(
    r"\b(?:elections?|vote|polls?|contest|elected|re-?elect(?:ed|ion)|(?<!-)elect\s+(?:a\s+new\s+\w+|its\s+\w+|the\s+next\s+\w+)|"
    r"by\s+(?:the\s+)?voters|filled|renew(?:ed|al)|contested)"
    r"(?:,\s+\w+,)?,?\s+(?:(?:was|is|were|are|will\s+be|must\s+be|has\s+to\s+be)\s+)?"
    rf"(?:(?:held|set|slated|scheduled|called|planned|due|expected)\s+|{DOER}(?:called|set|scheduled)\s+(?=for\s))?"
    r"(?:for|on|of|in|by|no\s+later\s+than)\s+"
    r"(?P<rest>.{0,30})",
    re.IGNORECASE,
)
_FROM_COVER = re.compile(rf"\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:{p.MONTH}|spring|summer|fall|autumn|winter)\b")
"""A month counted from the cover ('won office last November'): a date of its own, beside which a sentence's one written
date may be another deed's ('..., revoked the permit approved by his predecessor in December 2013')."""
_PERSON_ASIDE = re.compile(r",\s+(?:who|whose)\b[^,;]*")
"""A relative clause about a person ('..., who was shot and killed in July 2022'): the deeds of another life."""
_DAY_ALONE = re.compile(rf"^(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})")


def _own_date(text: str, found: tuple[tuple[str, re.Match[str]], ...], slug: str) -> str | None:
    """The date the election's own words give: 'an election for February 8, 2026', 'the July 2019 election'; never
    one naming another body's ('after the September 2030 LDP presidential race, called a snap election').
    A day named without its year ('the election on September 29') takes the year of the sentence's other date, never
    one of a person's aside ('since Abe Shinzo, who was shot in July 2022') or a deed years apart (`YEARS_APART`).
    """
    own: list[tuple[int, str]] = []
    asides = [match.span() for pattern in (_PERSON_ASIDE, YEARS_APART) for match in pattern.finditer(text)]
    years = [value for value, at in found if not any(start <= at.start() < end for start, end in asides)]
    for match in _ELECTION_DATE.finditer(text):
        rest = match.group("rest")
        dated = p.dates(rest)
        if dated and dated[0][1].start() == 0:
            own.append((match.start(), dated[0][0]))
        elif (alone := _DAY_ALONE.match(rest)) and len({value[:4] for value in years}) == 1:
            month = p.month_number(alone.group("month"))
            own.append((match.start(), f"{years[0][:4]}-{month:02d}-{int(alone.group('day')):02d}"))
    own += [
        (at.start(), value)
        for value, at in found
        if (named := DATE_BEFORE.match(text, at.end())) and names_body(named.group(0), slug)
    ]
    if not own:
        return None
    # 'The July 2030 upper house election, held on July 14, ...': the finest of dates that agree, else the first
    finest = max((value for _, value in own), key=len)
    return finest if all(finest.startswith(value) for _, value in own) else min(own)[1]


def _candidates(text: str) -> dict[str, Fields]:
    candidates: dict[str, Fields] = {}
    for match in re.finditer(rf"\bincumbent\s+(?:governor\s+)?(?P<name>{_PERSON})", text):
        candidates[match.group("name")] = {"incumbent": True}
    parties = "|".join(PARTIES)
    for match in re.finditer(rf"\b(?P<party>{parties})(?:-backed)?\s+candidate\s+(?P<name>{_PERSON})", text):
        candidates.setdefault(match.group("name"), {})["party"] = match.group("party")
    return candidates


def _later_that_year(match: re.Match[str], last_day: str) -> str | None:
    """A day named without its year, after a dated sentence: the day in that year, when it comes later."""
    day = f"{last_day[:4]}-{p.month_number(match.group('month')):02d}-{int(match.group('day')):02d}"
    return day if day > last_day else None


_CONTESTS_BACK = r"(?<!\bone\sof\s)\b(?:those|these)\s+(?:contests|elections|votes|polls|races)\b"
"""Contests told before ('The next of those contests, in July 2025, ...'): no body borrowed from the next sentence."""
_BY_DATE = re.compile(r"\b(?:until|by|before|through|no\s+later\s+than|term\s+run(?:s|ning)?\s+to)\s+$", re.I)
LATEST_ONLY = re.compile(
    r"\b(?:unless|barring|at\s+the\s+latest|(?:may|can|could|might)\s+(?:\w+\s+)?(?:sit|serve|remain|stay|last)|"
    r"(?:early|snap)\s+(?:dissolution|elections?|vote)|dissolv\w*\s+(?:\w+\s+)?early|(?:if|is|are)\s+not\s+dissolved)\b",
    re.IGNORECASE,
)
"""Words that make a chamber's deadline only the latest date of its vote: 'unless it is dissolved early', 'barring a
snap election', 'may sit until'."""

DEADLINE_NOUN = re.compile(
    r"\b(?:(?:latest|last)\s+(?:possible\s+|permissible\s+|legal\s+)?(?:date|day|month)|deadline|outside\s+date)\b",
    re.IGNORECASE,
)
"""Words that name a date the latest a vote may come, wherever the date stands: 'Latest date for the next House of
Representatives election', 'the deadline for the next general election is ...'."""
NEAR_DEADLINE = 17
"""The most months ahead a chamber's deadline ('must be held by October 2021') stands for its coming vote: under a
year and a half ahead the parties already prepare for it; from eighteen months it is only the latest date."""


def _only_a_deadline(text: str, date: str, updated: str) -> bool:
    """Tell whether the election's date is only the latest it may come: 'must be held by October 2025' (or 'the
    latest date for it is October 2025') years ahead, or said with words that let an earlier vote come ('unless the
    chamber is dissolved early')."""
    at = next((match.start() for value, match in p.dates(text) if value == date), None)
    if at is None or not (_BY_DATE.search(text[max(0, at - 20) : at]) or DEADLINE_NOUN.search(text)):
        return False
    return months_ahead(date, updated) > NEAR_DEADLINE or LATEST_ONLY.search(text) is not None


def _pointed_back(text: str, previous: str) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """The chamber the election's own clause points back to ('Half of that chamber stands for election next July; the
    lower chamber's term runs to October 2021'), named alone in the sentence before, and that clause: a chamber
    another clause names is not the one voting."""
    for start, end in clauses(text):
        part = text[start:end]
        if has(ELECTION_SAID, part) and has(CHAMBER_BACK, part) and body_of(part) is None and one_body(part) is None:
            chamber = one_body(previous)
            return (chamber, (start, end)) if chamber is not None else None
    return None


def election_in(sentences: list[Sentence], index: int, last_day: str | None, updated: str) -> tuple[str, Fields] | None:
    """The election a sentence reports, keyed by slug: body, date, status, candidates."""
    sentence = sentences[index]
    text = sentence.text
    if not may_hold(text, ELECTION_WORDS):
        return None  # the test below fails: cutting votes and asides out adds no word
    # Each legislative vote says 'vote' or 'elect': the long pattern is tried only where one stands.
    votes = LEGISLATIVE_VOTE.sub(" ", text) if may_hold(text, VOTE_WORDS) else text
    votes = _CHALLENGED.sub(" ", votes) if "contest" in votes else votes
    if not has(ELECTION_SAID, without_asides(votes)) or _not_held_until(text) or polled(text):
        return None
    body, scope = body_of(text) or section_body(text, sentence.section), (0, len(text))
    if body is None and GOVERNOR.search(text) and okinawa_before(sentences, index):
        body = ("okinawa_governor", "Okinawa governor")  # a governor of no place, in a passage on Okinawa
    if (own := own_body(text)) is not None and own[0] != body:
        # 'Since the snap election of December 2014, ... override the upper chamber': the chamber the election's own
        # words name, dated only in their clause.
        body = own[0]
        scope = next(((start, end) for start, end in clauses(text) if start <= own[1] < end), scope)
    if body is not None and index and sentences[index - 1].section == sentence.section:
        body, scope = _pointed_back(text, sentences[index - 1].text) or (body, scope)
    # A sentence that names its own kind of election ('a leadership election') borrows no body from the next.
    own_kind = has(
        r"\b(?:leadership|presidential|party|gubernatorial|mayoral)\s+(?:elections?|race|vote|contest)\b", text
    )
    pointing = body is None and not own_kind and index and sentences[index - 1].section == sentence.section
    if pointing and has(CHAMBER_BACK, text) and not one_body(text):
        # 'In the House of Councillors the two parties hold fewer than half of the seats. Half of its members are next
        # up for election in July 2028': 'its members', 'that chamber' point back to the one chamber named before
        body = chamber_back(
            [one.text for one in sentences[max(0, index - 2) : index] if one.section == sentence.section]
        )
    if (
        body is None
        and not own_kind
        and not any(has(pattern, text) for _, _, pattern in BODIES)  # naming two, it borrows neither's date
        and not has(_CONTESTS_BACK, text)  # 'The next of those contests, in July 2025, ...': the ones told before
        and index + 1 < len(sentences)
        and sentences[index + 1].section == sentence.section
    ):
        following = sentences[index + 1].text
        # A sentence counting seats ('fell to 215 seats') is of a chamber it does not name: it borrows none.
        borrows = has(r"\b(?:vote|elections?|polls?)\b", text) and not has(r"\b(?:chamber|seats)\b", text)
        body = body_of(following) if borrows and has(r"\b(?:vote|election|polls?)\b", following) else None
    if body is None or (body[0] == "okinawa_governor" and elsewhere_beside_governor(text)):
        return None  # no body, or Okinawa's beside another place's governor or a local office
    found = tuple(item for item in p.dates(text) if not TENURE_SINCE.search(text, 0, item[1].start()))
    date: str | None = found[0][0] if found else None
    if (apart := apart_day(text, last_day, updated)) is not None:
        # 'shot on July 8, 2022, while campaigning, two days before the Upper House election': another event's date.
        date = apart
    elif (
        _ANOTHER_DEED.search(text)
        or len({value for value, _ in found}) > 1
        or DAY_NO_YEAR.search(text)
        or _FROM_COVER.search(text)
    ) and not (len(found) == 1 and offset_opening(text, ELECTION_SAID, _ANOTHER_DEED)):
        # 'dissolved the Lower House on January 23, setting an election for February 8', 'became prime minister
        # on October 4 after winning the election on September 29': only the date the election's own words give
        # is the election's; without one, the sentence's dates may all be another deed's.
        date = _own_date(text, found, body[0])
        found = tuple(item for item in found if item[0] == date)
    # a vote still to come is no later day of a past one's year: 'seats will be contested on July 10' (`loose_own_date`)
    ahead = has(r"\b(?:will|to\s+be|scheduled|slated|set\s+for|due)\b", text)
    alone = vote_day_alone(text) if date is None and not found and last_day and not ahead else None
    if alone and last_day and last_day <= updated and (day := _later_that_year(alone, last_day)) and day <= updated:
        date = day  # 'Less than a month later, on October 31, the LDP won the Lower House election'
    # 'X was shot on July 8, 2022; two days later, the coalition won the Upper House election' (`day_counts`)
    counted, anchored = later_day(text, last_day, updated) if apart is None else (None, False)
    if counted is not None and (date is None or (anchored and not _own_date(text, found, body[0]))):
        date, found = counted, ()
    status = None
    if date is not None and found and term_end_day(text, found[0][1].start()):
        # 'the term expires on October 30; the election is expected in September': only the vote's own plan dates it
        planned = planned_before_deadline(text, found[0][1].end(), date)
        date, status = (planned, status_of(planned, updated, text)) if planned else (date, None)
    elif date is None and (loose := loose_own_date(text, updated, body[0])) is not None:
        date, status = loose
    if date is None or foreign_or_partial(text, date) or _only_a_deadline(text, date, updated):
        return None
    within = any(value == date and scope[0] <= at.start() < scope[1] for value, at in p.dates(text))
    if status is None and scope != (0, len(text)) and not within:
        return None  # a date outside the clause of the election's own words, or one reckoned from another deed's
    slug, name = body
    fields: Fields = {
        "body": name,
        "date": date,
        "status": status or status_of(date, updated, text),
        "candidates": _candidates(text),
    }
    return f"{slug}_{date[:4]}", fields
