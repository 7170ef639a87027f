"""When an election falls, and whether it is held or upcoming by the cover date: the helpers every election reader
shares, so that each dates and keys an election the same way."""

from __future__ import annotations

import re
from collections.abc import Callable

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.alternative_dates import one_of_two
from usjapan_facts.extract.calendar_days import far_day, months_ahead
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.date_forms import DAY_WORD, day_of
from usjapan_facts.extract.rules.base import Fields, has

STEP_FROM_COVER = {"this": 0, "next": 1, "last": -1, "this past": -1}
"""How many years from the cover's a year counted from it is: 'this July', 'July of next year', 'last year'."""


def next_month(month: int, cover: str) -> str:
    """The first month named `month` from the cover date on: 'runs out in September' written in June 2021."""
    year = int(cover[:4]) + (1 if month < int(cover[5:7]) else 0)
    return f"{year}-{month:02d}"


def last_such_day(date: str, cover: str) -> str:
    """The last day on or before the cover date that falls on `date`'s month and day: a past deed's day written without
    its year ('the LDP elected Hoshino as its president on January 20' is 2031-01-20 in March 2031, 2030-01-20 in a text
    of January 10, 2031)."""
    return date if date <= cover else f"{int(date[:4]) - 1}{date[4:]}"


def years_in(text: str) -> set[str]:
    """The years a text names."""
    return set(p.YEAR.findall(text))


def status_of(date: str, updated: str, text: str) -> str:
    """Whether an election of `date` is held or upcoming by the cover date `updated`."""
    cover = updated[: len(date)]
    if date != cover:
        return "held" if date < cover else "upcoming"
    if has(r"\b(?:will|upcoming|scheduled|set for|planned for|(?:is|are) due)\b", text):
        return "upcoming"
    # The cover's own month or year, not its day ('Sept. 2026 | Okinawa governor race' in a brief of September 9): a
    # brief gives the day of a vote it reports as held, so only words of the past make it held.
    return "held" if len(date) == len(updated) or _PAST.search(text) else "upcoming"


def election(slug: str, body: str, date: str, cover: str, text: str) -> tuple[str, Fields]:
    """An election keyed by its body's slug and year, its status by the cover date (`text` may say 'will')."""
    fields: Fields = {"body": body, "date": date, "status": status_of(date, cover, text), "candidates": {}}
    return f"{slug}_{date[:4]}", fields


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}
_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
LOOSE = re.compile(
    rf"(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<syear>\d{{4}})\b"
    rf"|(?P<part>early|mid|late)[- ](?P<pyear>\d{{4}})\b"
    rf"|(?P<ago>{p.NUMBER}|an?)\s+years?\s+ago(?:\s+(?P<agothis>this\s+month))?\b"
    rf"|(?:(?:the\s+)?(?P<rday>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{DAY_WORD})\s+of\s+(?=(?:this|next)\s+month\b))?"
    rf"(?P<rel>this\s+past(?!\s+year)|this|next|last)\s+(?:(?P<rmonth>{p.MONTH})|(?P<unit>month|year|spring|summer|fall|autumn|winter))\b"
    rf"|(?P<ymonth>{p.MONTH})(?:\s+(?P<yday>\d{{1,2}}))?,?\s+(?:of\s+)?(?P<yrel>this|next|last)\s+year\b"
    rf"|(?P<month>{p.MONTH})(?:\s+(?P<day>\d{{1,2}}))?\b(?!,?\s*\d{{4}}|\s*[-\u2013]\s*\d|\s+of\b)"
    rf"|(?P<year>(?:19|20)\d{{2}})\b(?!\s*[-\u2013%])",
    re.IGNORECASE,
)
"""A date an election's own words may give that `parsers.dates` does not read: a season or part of a year ('summer
2019', 'mid-2019': the year), a month or day without its year ('in July', 'on September 14'), one counted from the
cover ('this July', 'next month', 'the 29th' or 'the fourteenth of this month', 'last year', 'July of next
year', 'two years ago this month'), or a year alone ('in 2022'); never a month of a year named elsewhere ('in July of
that year')."""


_VOTERS_CHOOSE = re.compile(
    r"\bvoters\s+(?:will\s+|are\s+(?:set\s+|due\s+)?to\s+|go\s+to\s+the\s+polls\s+to\s+)?"
    r"(?:choose|elect|pick|fill|renew|chose|elected|picked|filled|renewed)\b[^;]{0,120}",
    re.IGNORECASE,
)
_CHOSEN_END = re.compile(r"[,;]|\s(?:and|but|while|before|after)\s")
"""Where the words the voters choose end: 'voters elected a governor in September, a month before the ... election'."""
_AT_DATE = re.compile(r"(?:^|\s)(?:[Oo]n|[Ii]n)\s+(?=[A-Z])")
_ANOTHER_CLAUSE = re.compile(r"[;:]|\b(?:and|but|who|which|after|before|when|took|became|won)\b|\b[a-z]{3,}ed\b")


def voters_dates(text: str, names: Callable[[str], bool]) -> list[re.Match[str] | None]:
    """The loose dates (`LOOSE`) of an election said by what its voters do, in their clause or opening the sentence:
    'On October 31, voters will choose all 465 members of the House of Representatives', '... fill it on July 10';
    none when the words the voters choose do not `names` the body ('voters will choose a new governor on July 7')."""
    found = _VOTERS_CHOOSE.search(text) if "oters" in text else None
    if found is None or not names(_CHOSEN_END.split(found.group(0), maxsplit=1)[0]):
        return []
    opening = not _ANOTHER_CLAUSE.search(text, 0, found.start())  # 'On October 4, Kishida took office; voters ...'
    fronted = [at.end() for at in _AT_DATE.finditer(text, 0, 4)] if opening else []
    return [LOOSE.match(text, at) for at in fronted + [at.end() for at in _AT_DATE.finditer(text, *found.span())]]


ELECTED_AS = re.compile(
    r"\belected\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:as\s+)?(?:its\s+|party\s+)?(?P<office>president|leader|governor)\s+(?:on|in)\s+"
    r"|\b(?-i:(?P<title>Governor))(?:\s+(?-i:[A-Z])[\w-]*){1,3}(?:,[^,;]{1,60},)?\s+was\s+(?:re-?)?elected\s+(?:(?:on|in)\s+)?",
    re.IGNORECASE,
)
"""A party's or a prefecture's choice before its date: 'the LDP elected Ishiba Shigeru as its president on', 'voters
elected Tamaki Denny governor in', 'Governor Tamaki, who ..., was elected last September': that office's vote only."""


def elected_as_dates(text: str, slug: str) -> list[re.Match[str] | None]:
    """The loose dates (`LOOSE`) after `ELECTED_AS` when the office chosen is the body `slug`'s."""
    if "lected" not in text:
        return []
    office = {"ldp_president": ("president", "leader"), "okinawa_governor": ("governor",)}.get(slug, ())
    found = [one for one in ELECTED_AS.finditer(text) if (one["office"] or one["title"]).lower() in office]
    return [LOOSE.match(text, one.end()) for one in found]


def _shift(cover: str, months: int) -> str:
    total = int(cover[:4]) * 12 + int(cover[5:7]) - 1 + months
    return f"{total // 12}-{total % 12 + 1:02d}"


_AHEAD = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|(?<!as\s)scheduled|set\s+for|slated|due|upcoming|coming|expected|expects|next|"
    r"plans?|ahead\s+of|later\s+this\s+(?:month|year)|(?:voters|Okinawans|residents|members|the\s+party)\s+"
    r"(?:choose|elect|pick|vote|go\s+to\s+the\s+polls)|(?:Okinawa|the\s+prefecture|the\s+party|the\s+LDP)\s+"
    r"(?:chooses|elects|picks|votes|goes\s+to\s+the\s+polls))\b",
    re.IGNORECASE,
)
"""Words of a vote to come, the present of a set vote among them when its voters say it: 'Okinawans choose a governor
in September', 'Okinawa elects a governor in September' (never the noun: 'won the most votes in the election in
October')."""
_HAPPENED = (
    r"won|lost|took|kept|emerged|retained|suffered|captured|secured|gained|fell|expanded|increased|widened|shrank|"
    r"chosen|elected|went\s+ahead|took\s+place|happened|occurred|proceeded|in\s+the\s+wake\s+of"
)
"""Words that tell a vote itself happened: its result, or its taking place."""
_PAST = re.compile(rf"\b(?:{_HAPPENED}|held|was|were|had|after|since|last)\b", re.IGNORECASE)
"""Words of a vote that happened: 'won', 'was held', 'went ahead', 'took place', 'in the wake of' ('as scheduled' looks
back on a plan, so it is no word of what is to come)."""
_HELD = re.compile(rf"\b(?:{_HAPPENED}|(?:was|were|been)\s+held)\b", re.IGNORECASE)
"""`_PAST`'s words that tell the vote itself happened, without 'after', 'since' and 'had', which may be of another
deed's time ('would act after the election in July'), and 'was' or 'held' alone, which may be any deed's ('was focused
on the Upper House election in July', 'held a majority before the Upper House election in July')."""
_NEAR = 3
"""The most months from the cover a month named without its year may be, read without a tense that places it: a
brief names such a month for what has just happened or is about to."""
_YEAR = 12
"""The most months from the cover a month named without its year may be in the one year its body votes in."""


DOER = (
    r"(?:that\s+|which\s+)?(?:(?:he|she|they|the\s+(?:prime\s+minister|premier|cabinet|party)|(?-i:[A-Z][a-z]+))\s+)?"
    r"(?:(?:had|has|is|was)\s+)?"
)
"""Who set the election's date, in a clause on it: 'the snap election he called for October 27', 'the vote that
followed on', 'the race, which the party has set for'; the deed says nothing of whether the vote is past: its clause."""


def tensed_beside(text: str, words: re.Match[str]) -> bool:
    """Tell whether an election's `words` may date it: words with no doer, or ones whose clause says by its other words
    that the vote has happened or is to come (whether 'the snap election he set for October 27' is past is its clause's
    to say, not 'set for')."""
    if not words.group("doer"):
        return True
    start, end = clause_of(clauses(text), words.start())
    rest = f"{text[start : words.start()]} {text[words.end() : end]}"
    return _AHEAD.search(rest) is not None or _PAST.search(rest) is not None


def _nearest(month: int, cover: str, clause: str, cycle: Callable[[int], bool] | None = None) -> str | None:
    """The month named `month` that a clause means: the next one from the cover's where it speaks only of what is to
    come, the last one up to the cover's where it speaks only of what was, else the nearest within `_NEAR` months.
    Where the body votes only in some years (`cycle`) and one year around the cover's is such a year, that year's
    month within a year of the cover is the one the tense placed in another year: 'after Japan's Upper House election
    in July', told in May 2019, is July 2019's ('after' read as of a vote past); unless that month is still to come
    and the clause tells the vote held ('kept its majority in the July 10 election'), or it is past and the clause
    tells a vote to come ('will pass judgment on July 25')."""
    date = _placed(month, cover, clause)
    voting = [f"{year}-{month:02d}" for year in _around(cover) if cycle is not None and cycle(year)]
    if len(voting) != 1 or abs(months_ahead(voting[0], cover)) > _YEAR or date == voting[0]:
        return date
    ahead = months_ahead(voting[0], cover) > 0
    if (_HELD if ahead else _AHEAD).search(clause):
        return date  # 'kept its majority in the July 10 election' is no vote to come, 'will ... on July 25' none past
    return voting[0]


def _placed(month: int, cover: str, clause: str) -> str | None:
    """The month named `month` that the clause's tense places (see `_nearest`), any year's."""
    ahead, past = _AHEAD.search(clause) is not None, _PAST.search(clause) is not None
    near = sorted((months_ahead(f"{year}-{month:02d}", cover), f"{year}-{month:02d}") for year in _around(cover))
    if ahead and not past:
        return next(date for apart, date in near if apart >= 0)
    if past and not ahead:
        return [date for apart, date in near if apart <= 0][-1]
    apart, date = min(near, key=lambda item: abs(item[0]))
    return date if abs(apart) <= _NEAR else None


def _around(cover: str) -> tuple[int, int, int]:
    year = int(cover[:4])
    return year - 1, year, year + 1


def loose_date(
    found: re.Match[str], cover: str, clause: str, cycle: Callable[[int], bool] | None = None
) -> tuple[str, str, str] | None:
    """The date a match of `LOOSE` gives, with the first and last month it may stand for: ('2019', '2019-06',
    '2019-08') for 'summer 2019'. A month or day without a year is the one the clause's tense places (`_nearest`),
    in a year the body votes in where `cycle` tells which. None for one of two ('in October or November'): neither
    is the date."""
    if one_of_two(found):
        return None
    if found.group("syear") or found.group("pyear"):
        year = found.group("syear") or found.group("pyear")
        first, last = _SEASONS.get((found.group("season") or "").lower()) or _PARTS[found.group("part").lower()]
        return year, f"{year}-{first:02d}", _shift(f"{year}-01", last - 1)
    if found.group("year"):
        year = found.group("year")
        return year, f"{year}-01", f"{year}-12"
    if found.group("ago"):  # 'two years ago this month': the cover's month that many years back, else that year
        back = 1 if found.group("ago").lower() in ("a", "an") else p.number_of(found.group("ago"))
        if back is None:
            return None
        year = str(int(cover[:4]) - int(back))
        if found.group("agothis"):
            return f"{year}{cover[4:7]}", f"{year}{cover[4:7]}", f"{year}{cover[4:7]}"
        return year, f"{year}-01", f"{year}-12"
    if found.group("ymonth"):  # 'in July of next year': the month of the year counted from the cover's
        year = int(cover[:4]) + STEP_FROM_COVER[found.group("yrel").lower()]
        month_of = f"{year}-{p.month_number(found.group('ymonth')):02d}"
        # 'October 4 of last year'
        day = f"{month_of}-{int(found.group('yday')):02d}" if found.group("yday") else month_of
        return day, month_of, month_of
    if found.group("month"):
        month = _nearest(p.month_number(found.group("month")), cover, clause, cycle)
        if month is None or (found.group("day") and far_day(month, cover, _NEAR)):
            return None
        date = f"{month}-{int(found.group('day')):02d}" if found.group("day") else month
        return date, month, month
    step = STEP_FROM_COVER[" ".join(found.group("rel").lower().split())]  # 'this past July': last July
    if found.group("rmonth"):
        named = p.month_number(found.group("rmonth"))
        this = f"{cover[:4]}-{named:02d}"
        month_of = this if step == 0 else next_month(named, _shift(cover, 1)) if step > 0 else _last_month(named, cover)
        return month_of, month_of, month_of
    unit = found.group("unit").lower()
    if unit == "month":
        month_of = _shift(cover, step)
        # 'the 29th of this month'
        day = f"{month_of}-{day_of(found.group('rday')):02d}" if found.group("rday") else month_of
        return day, month_of, month_of
    year = str(int(cover[:4]) + (step if unit == "year" else 0))
    first, last = _SEASONS.get(unit, (1, 12))
    return year, f"{year}-{first:02d}", _shift(f"{year}-01", last - 1)


def _last_month(month: int, cover: str) -> str:
    """The last month named `month` before the cover's: 'last October' written in June 2021 is October 2020."""
    year = int(cover[:4]) - (1 if month >= int(cover[5:7]) else 0)
    return f"{year}-{month:02d}"


def loose_status(bounds: tuple[str, str, str], cover: str, clause: str) -> str:
    """Whether an election a loose date gives is held or upcoming: by the months it may stand for, else by the tense of
    its clause ('is due in 2031', 'was held in 2031'), else by its words."""
    _, first, last = bounds
    month = cover[:7]
    if not first <= month <= last:
        return "upcoming" if month < first else "held"
    ahead, past = _AHEAD.search(clause) is not None, _PAST.search(clause) is not None
    if ahead != past:
        return "upcoming" if ahead else "held"
    return status_of(bounds[0], cover, clause)
