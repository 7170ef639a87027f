"""A deed's day counted from a vote the sentence before names: 'the coalition gained ground in the July 2022 election.
Two days before that vote, on July 8, Abe was shot' dates the vote to July 10, 2022, and the shooting to July 8, 2022.
Pure, no I/O.

The roles: the vote the count runs to is the one election the sentence before stated ('that vote', 'the election'),
to its month; the count ('two days', 'a week', 'the day', 'the eve of') and its side (before or after the vote); and
the deed's own day, written in the count's sentence without its year ('on July 8'). The vote's day is the deed's day
moved by the count, in the year of the vote (or the one next to it, across a new year), and is kept only when it falls
in the month the vote was said to fall in: two readings that agree, the finer one kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import YEARLESS_DAY
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence

_COUNTED = re.compile(
    rf"\b(?:(?P<n>\d{{1,2}}|{p.NUMBER_IN_WORDS}|a|one)\s+(?P<unit>days?|weeks?)|the\s+(?P<eve>day|eve))\s+"
    r"(?P<side>before|after|ahead\s+of|prior\s+to|following|of)\s+"
    rf"(?:that|this|the)\s+(?:(?:{p.MONTH_WORD}|(?:19|20)\d\d|same|recent|latest|last)\s+){{0,2}}?"
    r"(?:vote|election|elections|polls?|ballot(?:ing)?)\b,?\s*",
    re.IGNORECASE,
)
"""The count from a vote named before ('Two days before that vote, ', 'a week after the election', 'on the eve of the
poll'): the vote the words point back to, never one they name by its chamber or party (only its month, its year, or
'same', 'recent', 'latest', 'last' between: 'a week after the Upper House election' names another vote)."""


def counted_from_vote(text: str, vote: str, cover: str) -> tuple[str, str] | None:
    """The vote's day and the sentence with its day given the vote's year and the count taken out, when the sentence
    counts its one yearless day from the vote (`vote`, the month the sentence before gave it: '2022-07'); else None.
    The day's year must be the one it takes without the count, the last such day up to the cover date or the cover's
    own year: 'the first since October 2017. ... they expire on October 21, ten days before the vote' (a 2021 brief)
    counts from the vote to come, not 2017's."""
    if len(vote) != 7 or (p.dates(text) and any(len(value) >= 7 for value, _ in p.dates(text))):
        return None  # the vote known to its month only; the sentence writing no date of its own with a year
    counted = _COUNTED.search(text)
    days = [*YEARLESS_DAY.finditer(text)]  # the deed's day written without its year ('on July 8')
    if counted is None or len(days) != 1:
        return None
    if counted.group("eve"):
        gap = (
            0 if counted.group("eve").lower() == "day" and counted.group("side").lower() == "of" else 1
        )  # 'the day of'
    else:
        words = counted.group("n")
        number = 1 if words.lower() in ("a", "one") else p.number_of(words) or p.number_in_words(words)
        if number is None:
            return None
        gap = int(number) * (7 if counted.group("unit").lower().startswith("week") else 1)
    side = counted.group("side").lower()
    after = side in ("after", "following")
    if side == "of" and not counted.group("eve"):
        return None
    month, day = days[0].group("month"), days[0].group("day")
    for year in (int(vote[:4]), int(vote[:4]) - 1, int(vote[:4]) + 1):
        try:
            deed = dt.date(year, p.month_number(month.title()), int(day))
        except ValueError:
            return None
        voted = deed - dt.timedelta(days=gap) if after else deed + dt.timedelta(days=gap)
        plain_year = year == int(cover[:4]) or (
            year == int(cover[:4]) - 1 and f"{cover[:4]}{deed.isoformat()[4:]}" > cover
        )
        if voted.isoformat()[:7] == vote and plain_year:
            dated = f"{text[: days[0].end()]}, {year}{text[days[0].end() :]}"
            shift = len(f", {year}") if days[0].end() <= counted.start() else 0
            plain = dated[: counted.start() + shift] + dated[counted.end() + shift :]
            return voted.isoformat(), plain[:1].upper() + plain[1:]
    return None


def counted_vote(sentence: Sentence, previous: Sequence[str], elections: dict[str, Fields], cover: str) -> Sentence:
    """The sentence as the readers of deeds should read it, its day given the vote's year, where it counts that day
    from the one election (`previous`, its slug) the sentence before stated to its month; that election is then kept
    to the day the count gives. The sentence as it is otherwise."""
    if len(previous) != 1 or not _CUE.search(sentence.folded):
        return sentence
    kept = elections.get(previous[0], {})
    counted = counted_from_vote(sentence.text, kept.get("date", ""), cover)
    if counted is None:
        return sentence
    elections[previous[0]] = {**kept, "date": counted[0]}
    return Sentence(counted[1], sentence.section, sentence.cut)


_CUE = re.compile(r"\b(?:vote|election|poll|ballot)")
"""The cheap test: a word of a vote in the sentence."""
