"""Elections a sentence states without dating them in an election's own words.

The Upper House's regular contest named by its cycle ('half of the upper chamber is next chosen in July'), the
LDP's leadership race by the end of its leader's term or by the party choosing its leader, a Lower House vote by
the chamber's term running out within the year, and a past election by its result ('lost their Upper House
majority in July 2025', 'won a landslide in December 2014'). A month or day written without its year takes the
year the sentence gives, else the cover date's. Each reader returns nothing where the sentence could mean another
deed, another country's vote or a far deadline: a missed election is unknown, a wrong one a false alarm.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.election_dates import election, month_number, months_ahead, next_month, years_in
from usjapan_facts.extract.election_results import past_elections
from usjapan_facts.extract.election_words import ABROAD, LOWER, UPPER
from usjapan_facts.extract.events import LATEST_ONLY
from usjapan_facts.extract.leadership import party_race
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_HALFUPPER = re.compile(
    rf"\bhalf\s+(?:of\s+)?(?:the\s+|that\s+)?(?:{UPPER}|chamber)\W?s?\s+(?:seats\s+|members\s+)?"
    r"(?:is|are|will\s+be|faces?|comes?)\s+(?:next\s+|again\s+)?(?:(?:to|due\s+to|scheduled\s+to)\s+be\s+)?"
    r"(?:up\b|chosen|picked|contested|elected|filled|renewed|election)"
    rf"|\bnext\s+(?:regular\s+)?{UPPER}\s+(?:elections?|contest|vote|polls)\s+(?:is|will|comes?)\b",
    I,
)
"""'half of the Upper House is to be chosen', 'half the House of Councillors is next up', 'faces election'."""
_JULY_DAY = re.compile(r"\bJuly\s+(?P<day>[1-9]|[12]\d|3[01])\b(?!\s*(?:%|percent))")  # with its year or without


def _upper_cycle(sentences: list[Sentence], index: int, cover: str) -> tuple[str, Fields] | None:
    """The Upper House's regular July contest named by its cycle, in a year the sentence gives or the next July.

    Half the chamber is elected each July of a year divisible by three; a year that breaks the cycle is no
    such contest, so the sentence is left unread.
    """
    text = sentences[index].text
    found = _HALFUPPER.search(text)
    if found is None or "July" not in text or ABROAD.search(text):
        return None
    if not re.search(UPPER, found.group(0), I):  # 'half of that chamber': the Upper House named just before
        before = sentences[index - 1].text if index else ""
        if not re.search(UPPER, before, I) or re.search(LOWER, before, I):
            return None
    years = {int(year) for year in years_in(text) if int(year) % 3 == 0 and int(year) >= int(cover[:4])}
    if not years_in(text):
        years = {int(next_month(7, cover)[:4])}
    if len(years) != 1 or (year := years.pop()) % 3:
        return None
    days = {int(july.group("day")) for july in _JULY_DAY.finditer(text)}  # 'on July 10': as precise as written
    date = f"{year}-07-{days.pop():02d}" if len(days) == 1 else f"{year}-07"
    return election("upper_house", "Upper House", date, cover, "will")


_LOWER_DEADLINE = re.compile(
    r"\b(?:term\w*\s+(?:now\s+)?(?:ends|expires?|runs\s+out|runs\s+(?:until|to|through))|must\s+(?:be\s+held|take\s+place|"
    r"be\s+elected|face\s+voters|call))"
    rf"[^;]{{0,40}}?\b(?:in|by|until|to|through|no\s+later\s+than|before)\s+(?:that\s+)?"
    rf"(?P<month>{p.MONTH})(?:\s+(?P<year>\d{{4}}))?\b",
    I,
)
"""'The Lower House's term ends in October 2021', 'a general election for the lower chamber must take place no
later than October', 'must call a lower house election by October 2021'."""


def _lower_deadline(text: str, cover: str) -> tuple[str, Fields] | None:
    """The Lower House's vote, by its term running out within the year after the cover date; later is a deadline."""
    for start, end in clauses(text):
        clause = text[start:end]
        found = _LOWER_DEADLINE.search(clause)
        named = re.search(rf"{LOWER}|\bgeneral\s+election", clause, I)
        if found is None or not named or re.search(UPPER, clause, I) or ABROAD.search(clause):
            continue
        month = month_number(found.group("month"))
        years = years_in(text)
        year = found.group("year") or (years.pop() if len(years) == 1 else None)
        date = f"{year}-{month:02d}" if year else next_month(month, cover)
        if 0 < months_ahead(date, cover) <= 12 and not LATEST_ONLY.search(text):  # 'unless dissolved early': a deadline
            return election("lower_house", "Lower House", date, cover, "will")
    return None


def more_elections(sentences: list[Sentence], index: int, updated: str) -> list[tuple[str, Fields]]:
    """The elections a sentence states by cycle, term, choice, deadline, a yearless day or a result."""
    sentence = sentences[index]
    text, lowered = sentence.text, sentence.text.lower()
    read: list[tuple[str, Fields]] = []
    if "half" in lowered or "next" in text:
        read += [found] if (found := _upper_cycle(sentences, index, updated)) else []
    read += [found] if (found := party_race(text, updated)) else []
    if ("term" in text or "must" in text) and re.search(rf"{LOWER}|general\s+election", text, I):
        read += [found] if (found := _lower_deadline(text, updated)) else []
    read += past_elections(sentence, updated)
    return [item for item in read if item[1]["status"] in {"held", "upcoming"}]
