"""Elections a sentence states without dating them in an election's own words.

The Upper House's regular contest named by its cycle ('half of the upper chamber is next chosen in July', 'does not
face voters again until 2022'), the LDP's leadership race (`leadership`), a Lower House vote by the chamber's term
running out within the year, and a past election by its result (`election_results`). A month or day written without
its year takes the year the sentence gives, else the cover date's. Each reader returns nothing where the sentence
could mean another deed, another country's vote or a far deadline: a missed election is unknown, a wrong one a
false alarm.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import months_ahead
from usjapan_facts.extract.chamber_names import LOWER, UPPER, chamber_at
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import (
    LOOSE,
    election,
    loose_date,
    loose_status,
    next_month,
    years_in,
)
from usjapan_facts.extract.election_results import past_elections
from usjapan_facts.extract.election_words import ABROAD, abroad_between, body_of, section_body
from usjapan_facts.extract.events import LATEST_ONLY
from usjapan_facts.extract.leadership import party_race
from usjapan_facts.extract.local_offices import elsewhere_beside_governor
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import lower_case

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_SEATS_UP = (
    rf"\bhalf\s+(?:of\s+)?(?:the\s+|that\s+)?(?:{UPPER}|chamber)\W?s?\s+(?:seats\s+|members\s+)?"
    rf"|\bhalf\s+(?:of\s+)?the\s+(?:seats|members)\s+(?:of|in)\s+the\s+(?:{UPPER}|chamber)\s+"
    rf"|\bhalf\s+(?:of\s+)?(?:those|these|the)\s+(?:seats|members)\s+|\bhalf\s+of\s+them\s+"
    rf"|\b12[1-5]\s+{UPPER}\s+seats\s+"
)
"""Half of the Upper House, or the 121 to 125 of its seats one regular contest fills ('124 upper-house seats'); 'half
the seats of the House of Councillors', and 'half of those seats' or 'half of them' after a sentence on that chamber
alone."""
_HALF_UPPER = re.compile(
    rf"(?:{_SEATS_UP})(?:next\s+|again\s+)?(?:is|are|will(?:\s+be)?|faces?|comes?|come|goes?|go|turns?|turn)\s+"
    r"(?:next\s+|again\s+)?"
    r"(?:(?:to|due\s+to|scheduled\s+to|set\s+to)\s+be\s+|(?<=will\snext\s)be\s+|(?<=will\sagain\s)be\s+)?"
    r"(?:up\b|chosen|picked|contested|elected|filled|renewed|election|over\b|to\s+the\s+polls|(?:the\s+)?voters)"
    rf"|\b(?:fill|fills|choose|chooses|elect|elects|pick|picks|renew|renews)\s+(?:some\s+)?(?:{_SEATS_UP})"
    rf"|\bnext\s+(?:regular\s+)?{UPPER}\s+(?:elections?|contest|vote|polls)\s+(?:is|will|comes?)\b",
    I,
)
"""'half of the Upper House is to be chosen', 'half the House of Councillors is next up', 'faces election', 'turns
over', 'goes to the polls', '124 upper-house seats come up for election', 'voters will fill 124 upper-house seats'."""
_JULY_DAY = re.compile(r"\bJuly\s+(?P<day>[1-9]|[12]\d|3[01])\b(?!\s*(?:%|percent))")  # with its year or without
_THAT_YEAR = re.compile(r"\b(?:of\s+)?that\s+(?:same\s+)?year\b", I)


def _cycle_years(text: str, before: str, cover: str) -> set[int]:
    """The years of the cycle, from the cover's on, that a sentence names, or the one before it ('in July of that
    year')."""
    named = years_in(text) or (years_in(before) if _THAT_YEAR.search(text) else set())
    return {int(year) for year in named if int(year) % 3 == 0 and int(year) >= int(cover[:4])}


def _upper_cycle(sentences: list[Sentence], index: int, cover: str) -> tuple[str, Fields] | None:
    """The Upper House's regular July contest named by its cycle, in a year the sentence gives or the next July.

    Half the chamber is elected each July of a year divisible by three; a year that breaks the cycle is no
    such contest, so the sentence is left unread. A sentence that names the year but no month ('in mid-2019', 'in
    the summer of 2022') dates it to the year.
    """
    text = sentences[index].text
    found = _HALF_UPPER.search(text)
    if found is None:
        return None
    before = sentences[index - 1].text if index else ""
    # 'half of that chamber': the Upper House named just before, or in the sentence alone ('House of Councillors: 135
    # of 242 seats ...; half of the seats are contested in July 2016')
    alone = re.search(UPPER, text, I) and not re.search(LOWER, text, I)
    if (
        not re.search(UPPER, found.group(0), I)
        and not alone
        and (not re.search(UPPER, before, I) or re.search(LOWER, before, I))
    ):
        return None
    years = _cycle_years(text, before, cover)
    dated = [at.start() for at in re.finditer(r"\bJuly\b|\b\d{4}\b", text)]  # the date's clause, or each year's
    if abroad_between(text, *found.span(), chamber_at(text, "upper_house"), *dated):
        return None
    if "July" not in text:  # the year alone, where the sentence names one and no month
        end = next((end for start, end in clauses(text) if start <= found.start() < end), len(text))
        named = len(years) == 1 and not _MONTH.search(text, found.start(), end)
        return election("upper_house", "Upper House", str(years.pop()), cover, "will") if named else None
    part = text[text.rfind(";", 0, found.start()) + 1 : (text + ";").find(";", found.end())]
    own = "July" in part and not (years or years_in(part))
    if (not years_in(text) or own) and not _THAT_YEAR.search(text):
        # no year, or only another part's ('...; ... since the October 2024 election'): the next July
        years = {int(next_month(7, cover)[:4])}
    if len(years) != 1 or (year := years.pop()) % 3:
        return None
    days = {int(july.group("day")) for july in _JULY_DAY.finditer(text)}  # 'on July 10': as precise as written
    date = f"{year}-07-{days.pop():02d}" if len(days) == 1 else f"{year}-07"
    return election("upper_house", "Upper House", date, cover, "will")


_MONTH = re.compile(rf"{p.MONTH_WORD}\b")
_UPPER_UNTIL = re.compile(
    rf"{UPPER}[^.;]{{0,60}}?\b(?:not|never)\b[^.;]{{0,40}}?\b(?:face|voters|polls|elect\w*|contest\w*|vote|up|due)\b"
    rf"[^.;]{{0,20}}?\buntil\s+(?:(?:the\s+)?(?:summer|middle|mid)(?:\s+of\s+|-))?(?:(?P<month>{p.MONTH})\s+(?:of\s+)?)?"
    rf"(?P<year>\d{{4}})\b",
    I,
)
"""'The Upper House does not face voters again until 2022', 'the upper chamber need not go to the polls until July
2031', 'the next upper-house election is not due until the summer of 2019' (the year alone): the chamber cannot be
dissolved, so the first date it is elected again is its next regular contest."""


def _upper_until(text: str, cover: str) -> tuple[str, Fields] | None:
    """The Upper House's next regular contest, by the date before which it is not elected again."""
    found = _UPPER_UNTIL.search(text)
    if found is None or re.search(rf"{LOWER}|\bgeneral\s+election|\bsnap\b", found.group(0), I):
        return None
    if abroad_between(text, *found.span()):
        return None
    year, month = int(found.group("year")), found.group("month")
    if year % 3 or year < int(cover[:4]) or (month is not None and month != "July"):
        return None
    return election("upper_house", "Upper House", f"{year}-07" if month else str(year), cover, "will")


_LOWER_DEADLINE = re.compile(
    r"\b(?:term\w*\s+(?:now\s+)?(?:ends|expires?|runs\s+out|runs\s+(?:until|to|through))|must\s+(?:be\s+held|take\s+place|"
    r"be\s+elected|face\s+voters|call))"
    rf"[^;]{{0,40}}?\b(?:in|by|until|to|through|no\s+later\s+than|before)\s+(?:that\s+)?"
    rf"(?P<month>{p.MONTH})(?:(?:\s+(?P<day>\d{{1,2}}),)?\s+(?P<year>\d{{4}})|\s+of\s+(?P<rel>this|next)\s+year)?\b(?!\s+of\b)",
    I,
)
"""'The Lower House's term ends in October 2021' (or 'in October of next year', never 'of that year' unnamed), 'a
general election for the lower chamber must take place no later than October', 'must call a lower house election by
October 2021' (or 'by November 28, 2021': to the day)."""


def _lower_deadline(text: str, cover: str) -> tuple[str, Fields] | None:
    """The Lower House's vote, by its term running out within the year after the cover date; later is a deadline."""
    for start, end in clauses(text):
        clause = text[start:end]
        found = _LOWER_DEADLINE.search(clause)
        named = re.search(rf"{LOWER}|\bgeneral\s+election", clause, I)
        if found is None or not named or re.search(UPPER, clause, I) or ABROAD.search(clause):
            continue
        month = p.month_number(found.group("month"))
        years = years_in(text)
        rel = found.group("rel")
        year = found.group("year") or (rel and str(int(cover[:4]) + (rel.lower() == "next")))
        year = year or (years.pop() if len(years) == 1 else None)
        date = f"{year}-{month:02d}" if year else next_month(month, cover)
        date += f"-{int(found.group('day')):02d}" if found.group("day") and found.group("year") else ""
        if 0 < months_ahead(date, cover) <= 12 and not LATEST_ONLY.search(text):  # 'unless dissolved early': a deadline
            return election("lower_house", "Lower House", date, cover, "will")
    return None


_GOVERNOR_RACE = re.compile(
    r"\b(?:won\s+(?:the\s+)?(?:office|governorship|post)|won\s+(?:a|his|her)\s+(?:second|third|new|fresh|another)\s+"
    r"(?:four-year\s+)?term|(?:defeated|unseated|ousted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?incumbent(?:\s+governor)?|"
    r"(?:re-?elected|returned)\s+(?:to|for)\s+(?:a\s+)?(?:second|third|new|fresh|another)\s+"
    r"(?:four-year\s+)?term|(?:choose|chooses|choosing|pick|picks|select|selects|elect|elects)"
    r"\s+(?:a|its|their)\s+(?:new\s+)?governor|faces?\s+re-?election|(?:re-?elected|elected|chose|picked)\s+"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:as\s+)?governor|(?:was|were)\s+(?:re-?)?elected\s+(?:as\s+)?governor)"
    r"(?:\s+of\s+Okinawa)?(?:\s+(?:in|on)\s+|(?=,)|\s+(?=(?:last|this|next)\s))",
    I,
)
_FRONTED = re.compile(rf"^(?:On|In)\s+(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}|{p.MONTH}(?:\s+\d{{1,2}})?),\s")
"""A date opening the sentence, for a race whose words run into no date: 'On September 11, 2022, Governor Tamaki ...
won a second four-year term, defeating ...', 'On September 30, voters chose Tamaki as governor in an election called
after ...' (without its year, the one the clause's tense places)."""
"""Okinawa's governor race in the words that name it, before its date: 'who won office in November 2014', 'Okinawa
will choose a governor in September', 'the prefecture's governor faces reelection in late 2018', 'Okinawans elected
Tamaki Denny governor in September 2018', 'was reelected governor of Okinawa in September 2022', 'won a second term
last September', 'was returned for a second term in September 2022', 'who defeated an LDP-backed incumbent in November
2014'."""


_IN_AN_ELECTION = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(?:election|vote|race|contest)\b", I)
"""'voters chose Tamaki as governor in an election called after ...': the race's words run into the election's, whose
date the sentence fronts."""


def _governor_race(sentence: Sentence, cover: str) -> tuple[str, Fields] | None:
    """Okinawa's governor race, dated by the date its words run into: with its year, or loosely ('in September')."""
    text = sentence.text
    found = _GOVERNOR_RACE.search(text)
    okinawa = ("okinawa_governor", "Okinawa governor")
    if found is None or elsewhere_beside_governor(text) or body_of(text) not in (okinawa, None):
        return None
    if "Okinawa" not in text and "Henoko" not in text and section_body(text, sentence.section) is None:
        return None
    begin, end = next(((start, end) for start, end in clauses(text) if start <= found.start() < end), (0, len(text)))
    clause = text[begin:end]
    dated = next((value for value, at in p.dates(text) if at.start() == found.end()), None)
    fronted = _FRONTED.match(text) if dated is None else None
    if fronted is not None and not (text.startswith(",", found.end()) or _IN_AN_ELECTION.match(text, found.end())):
        fronted = None  # the race's words run into a date of their own, or none: the fronted date is another deed's
    if fronted is not None:
        dated = next((value for value, _ in p.dates(fronted.group("date"))), None)
    if dated is not None:
        return election(*okinawa, dated, cover, clause)
    loose = LOOSE.match(text, found.end()) if fronted is None else LOOSE.match(text, fronted.start("date"))
    if loose is None or (bounds := loose_date(loose, cover, clause)) is None:
        return None
    key, fields = election(*okinawa, bounds[0], cover, clause)
    return key, {**fields, "status": loose_status(bounds, cover, clause)}


_LOWER_OR_GENERAL = re.compile(rf"{LOWER}|general\s+election", I)


def more_elections(sentences: list[Sentence], index: int, updated: str) -> list[tuple[str, Fields]]:
    """The elections a sentence states by cycle, term, choice, deadline, a yearless day or a result."""
    sentence = sentences[index]
    text, lowered = sentence.text, lower_case(sentence.text, sentence.folded)
    read: list[tuple[str, Fields]] = []
    if "half" in lowered or "next" in text or (" 12" in text and "seats" in text):
        read += [found] if (found := _upper_cycle(sentences, index, updated)) else []
    if "until" in text:
        read += [found] if (found := _upper_until(text, updated)) else []
    read += [found] if (found := party_race(text, updated)) else []
    if ("term" in text or "must" in text) and _LOWER_OR_GENERAL.search(text):
        read += [found] if (found := _lower_deadline(text, updated)) else []
    if "governor" in lowered or "gubernatorial" in lowered:
        read += [found] if (found := _governor_race(sentence, updated)) else []
    read += past_elections(sentence, updated)
    return [item for item in read if item[1]["status"] in {"held", "upcoming"}]
