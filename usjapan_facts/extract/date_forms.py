"""Dates written in the other orders and shapes a writer may use, put in the brief's own: 'October 27, 2024'.

The brief writes 'October 27, 2024', 'October 2024' and 'October 27'; a reworded text may write 'the 27th of
October 2024', '27 October 2024', 'the twenty-seventh of October', '10/27/2024' (month first, as U.S. texts do),
'October 27th, 2024' or 'Oct. 2024'. Every reader of a date reads the brief's shape, so the others are put in it
once, here. A shape that is not surely a date ('27 October' or 'the 12th March' with neither 'of' nor a year,
'13/10/2024') is left as it stands, and no date is read across a line's end (a layout's lines may be two columns').
Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract.parsers import MONTH, MONTH_WORD, MONTHS, month_number

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
_ORDINALS: dict[str, int] = {
    **{word: at + 1 for at, word in enumerate(_UNITS)},
    **{word: at + 10 for at, word in enumerate((*_TEENS, "eighteenth", "nineteenth"))},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty-{word}": at + 21 for at, word in enumerate(_UNITS)},
    "thirty-first": 31,
}
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
DAY_WORD = rf"(?:{_ORDINAL_WORD})\b"
"""A day of the month in words: 'the fourteenth of this month'."""


def day_of(written: str) -> int:
    """The day a day of the month gives, in words or digits: 'fourteenth' or '14th' is 14."""
    return _ORDINALS.get(written.lower()) or int(written.rstrip("stndrh"))


_BEFORE_MONTH = re.compile(
    rf"(?:\b(?P<the>[Tt]he[ \t]+)?(?P<day>[12]\d|3[01]|0?[1-9])(?P<suffix>st|nd|rd|th)?"
    rf"|\b[Tt]he[ \t]+(?P<word>{_ORDINAL_WORD}))[ \t]+(?P<of>of[ \t]+)?$"
)
"""What stands before a month in 'the 27th of October 2024', '27 October 2024', 'the eighth of July, 2022'."""
_MONTH_WORD = re.compile(rf"{MONTH}\b")
_YEAR_AFTER = re.compile(r",?[ \t]+(?P<year>(?:19|20)\d{2})\b")
_WINDOW = 40
"""The most characters a day and its words ('the twenty-seventh of ') stand before the month."""
_SLASHED = re.compile(r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>(?:19|20)\d{2})\b")
_SLASHED_YEAR = re.compile(r"/\d{1,2}/(?:19|20)\d\d\b")
"""'10/31/2021', month first; a day above 12 first ('31/10/2021') matches no month and stays."""
_SHORT = {
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Sept": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}
_SHORT_MONTH = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.[ \t]*|[ \t]+)"
    r"(?=(?:[12]\d|3[01]|0?[1-9])\b|(?:19|20)\d{2}\b)"
)
"""A month shortened before its day or year: 'Sept. 2022', 'Oct. 22, 2017', 'Sep 25'."""


def _day_first(before: re.Match[str], month: str, year: str | None) -> str | None:
    """The brief's shape of a date whose day stands before its month, or None when it is not surely a date: '27
    October', 'the 12th March', 'the 27 October reforms' name neither 'of' nor a year."""
    if not (year or (before.group("of") and (before.group("the") or before.group("suffix") or before.group("word")))):
        return None
    the = (before.group("the") or "") if not (before.group("suffix") or before.group("of")) else ""
    day = _ORDINALS[before.group("word").lower()] if before.group("word") else int(before.group("day"))
    if year is None:
        return f"{the}{month} {day}"
    try:
        dt.date(int(year), month_number(month), day)
    except ValueError:
        return None
    return f"{the}{month} {day}, {year}"


def _days_first(text: str) -> str:
    """`text` with each date whose day stands before its month put in the brief's shape; each month named is looked
    at, and the few words before it (a scan of the whole text for a day first is some times slower)."""
    pieces: list[str] = []
    done = 0
    for named in _MONTH_WORD.finditer(text):
        before = _BEFORE_MONTH.search(text, max(done, named.start() - _WINDOW), named.start())
        if before is None:
            continue
        year = _YEAR_AFTER.match(text, named.end())
        said = _day_first(before, named.group(0), year.group("year") if year else None)
        if said is not None:
            pieces += [text[done : before.start()], said]
            done = year.end() if year else named.end()
    return "".join([*pieces, text[done:]])


def _slashed(match: re.Match[str]) -> str:
    month, day, year = int(match.group("month")), int(match.group("day")), int(match.group("year"))
    try:
        dt.date(year, month, day)
    except ValueError:
        return match.group(0)
    return f"{MONTHS[month - 1]} {day}, {year}"


def _short(match: re.Match[str]) -> str:
    at = match.start()
    return match.group(0) if at and match.string[at - 1].isalpha() else f"{_SHORT[match.group('month')]} "


_DAY_SUFFIX = re.compile(rf"(?P<month>{MONTH_WORD})[ \t]+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b")
"""A day after its month with an ordinal's ending: 'February 20th, 2026', 'March 1st'."""


_THAT_YEAR = re.compile(
    rf"\b(?:(?P<in>in[ \t]+)?(?:that(?:[ \t]+same)?|the[ \t]+same)[ \t]+(?P<month>{MONTH_WORD})\b(?![ \t]+\d)"
    rf"|(?P<month2>{MONTH_WORD})[ \t]+(?P<day>[12]\d|3[01]|0?[1-9])[ \t]+(?:of[ \t]+)?(?:(?:that|the[ \t]+same)"
    r"|the[ \t]+(?:(?P<next>following|next)|(?P<last>previous|preceding)))[ \t]+year)\b"
)
"""A month or a day dated by the year the sentence named before it: 'took effect in April 2016, having been signed that
January', 'signed on January 22 of that year' (not a month alone 'of that year', which may be a date no calendar
holds: 'the Upper House contest is due in July of that year' of a year with no such contest). A day 'of the
following year' (or 'the previous year') is in the year after (or before) the one named: 'took effect on January 1
of the following year' after 'signed on October 7, 2019'."""
_THAT_YEAR_CUE = re.compile(
    rf"(?:that|same)[ \t]+(?:{MONTH_WORD}|year)|(?:following|next|previous|preceding)[ \t]+year"
)
"""What every match of _THAT_YEAR holds (keep it so): 'that' or 'same' before a month or 'year', or 'following
year'. A scan led by a word, cheap where _THAT_YEAR's optional opening has the engine try every place: a text
holding none is not scanned."""
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?![ \t]+[A-Z])")
"""A year, not one that names a thing ('The 2019 U.S.-Japan Trade Agreement')."""
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\u201c\"]|;|\n")
_LED_BY = re.compile(r"\b(?:since|by|until|till|from|before|after|through|in|on|of|to)[ \t]+$")
"""A preposition right before 'that January', which then needs no 'in' of its own: 'in force since that January'."""


def _that_year(text: str) -> str:
    """`text` with each month dated by 'that year' or 'that January' given the year the words before it in its
    sentence name (the last one; none across a full stop or a semicolon): 'in January 2016'. A day ('October 7 that
    year') may take it from the sentence right before, where its own names none."""
    if _THAT_YEAR_CUE.search(text) is None:
        return text
    pieces: list[str] = []
    done = 0
    for match in _THAT_YEAR.finditer(text):
        start = max(0, match.start() - 320)
        years = list(_YEAR.finditer(text, start, match.start()))
        ends = list(_SENTENCE_END.finditer(text, years[-1].end(), match.start())) if years else []
        if not years or (ends and (match.group("month") or len(ends) > 1 or ends[0].group(0)[0] not in ".!?")):
            continue  # a day 'that year' may take the year of the sentence right before: 'On October 7 that year'
        year = str(int(years[-1].group(0)) + (1 if match.group("next") else -1 if match.group("last") else 0))
        if match.group("month"):  # 'signed that January': 'signed in January 2016'; 'since that January': no 'in'
            led = match.group("in") or _LED_BY.search(text, max(0, match.start() - 12), match.start())
            said = f"{'' if led and not match.group('in') else 'in '}{match.group('month')} {year}"
        else:
            said = f"{match.group('month2')} {match.group('day')}, {year}"
        pieces += [text[done : match.start()], said]
        done = match.end()
    return "".join([*pieces, text[done:]])


_DAY_AFTER = re.compile(
    rf"(?P<in>\bin[ \t]+)?(?P<month>{MONTH_WORD})[ \t]+(?P<year>(?:19|20)\d{{2}})(?:,|[ \t]+\(|[ \t]+[-\u2013\u2014])?"
    rf"[ \t]*(?:on[ \t]+)?the[ \t]+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORDINAL_WORD})\b"
    r"(?:[ \t]+of[ \t]+(?:that|the)[ \t]+month\b)?(?P<shut>\))?(?=[ \t]*(?:[.,;:\u2014]|$))",
    re.MULTILINE,
)
"""A day written after its month and year: 'signed in March 2023, on the 28th' is 'signed on March 28, 2023'."""
_DAY_AFTER_CUE = re.compile(r"\d\d,?[ \t]+(?:\(|[-\u2013\u2014][ \t]*)?(?:on[ \t]+)?the[ \t]+[\w-]+(?:st|nd|rd|th)\b")
"""What every match of _DAY_AFTER holds: a text holding none is not scanned."""


def _day_after(match: re.Match[str]) -> str:
    day = day_of(match.group("day"))
    if match.group(0).count("(") != (1 if match.group("shut") else 0):
        return match.group(0)  # '(on the 28th' without its ')', or a ')' that closes another
    try:
        dt.date(int(match.group("year")), month_number(match.group("month")), day)
    except ValueError:
        return match.group(0)
    return f"{'on ' if match.group('in') else ''}{match.group('month')} {day}, {match.group('year')}"


def brief_dates(text: str) -> str:
    """Return `text` with each date written in another order or shape put in the brief's: 'Month D, YYYY'."""
    if " that " in text or " same " in text or " year" in text:
        text = _that_year(text)
    if _SLASHED_YEAR.search(text):
        text = _SLASHED.sub(_slashed, text)
    text = _SHORT_MONTH.sub(_short, text)
    text = _DAY_SUFFIX.sub(r"\g<month> \g<day>", text)
    if _DAY_AFTER_CUE.search(text):
        text = _DAY_AFTER.sub(_day_after, text)
    return _days_first(text)


_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
MONTH_NAME = rf"{_MONTH_START}[a-z]*\.?"
"""A month named in full or shortened, with or without its point: 'August', 'Aug.', 'Sept'."""
_STARTS_ON = re.compile(
    r"\b(?:(?P<on>on)|from|effective(?:\s+(?:on|from))?|starting(?:\s+on)?|beginning(?:\s+on)?|as\s+of|"
    rf"(?:takes?|took|taking)\s+effect(?:\s+on)?)\s+(?P<month>{_MONTH_START})[a-z]*\.?\s+"
    r"(?P<day>\d{1,2})\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
"""A digit as the day of `_STARTS_ON` is one: a clause without any names no day."""
_AHEAD = 60
"""How many days after the cover date a day written without its year may be: 'from August 1' in a text of July 14
is the August to come, 'from February 24' in one of December the February gone."""
_MONTH_ABBREVIATIONS = tuple(name[:3].lower() for name in MONTHS)


def starts_later(clause: str, updated: dt.date | None, *, on: bool = False) -> bool:
    """Whether the clause sets its value to start after the cover date: 'set a 25% rate for Japan from August 1' in
    a text of July 14 (a rate due, not one in force). A day without a year is in the cover's year, and counts only
    up to `_AHEAD` days ahead; a day after a bare 'on' counts only if `on` ('rises to 25% on August 1')."""
    if updated is None or _DIGIT.search(clause) is None:
        return False  # no day: one scan in C, not a generator over each character
    for match in _STARTS_ON.finditer(clause):
        if match.group("on") and not on:
            continue
        month, day = _MONTH_ABBREVIATIONS.index(match.group("month").lower()) + 1, int(match.group("day"))
        try:
            start = dt.date(int(match.group("year") or updated.year), month, day)
        except ValueError:
            continue
        if not match.group("year") and (start - updated).days > _AHEAD:
            continue  # 'From Feb. 24, a surcharge applied' in a text of December: the February before
        if start > updated:
            return True
    return False


SPAN_AFTER = re.compile(
    rf"[^.;()$%]{{0,30}}\(\s*{MONTH_NAME}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?,?\s+(?:to|until|till|through|thru)\s+"
    rf"{MONTH_NAME}(?:\s+\d{{1,2}})?,?\s+(?:19|20)\d\d\s*\)",
    re.IGNORECASE,
)
"""A span with an end in brackets right after a value: 'paid a 15% tariff (August 7, 2025, to February 20, 2026)' (a
value of that span, not one in force)."""
END_OVERTAKEN = re.compile(
    r"\bhad\s+(?:been\s+)?(?:due|set|scheduled|slated|meant|supposed)\s+to\s+(?:expire|lapse|end|run\s+out|terminate)\b"
    r"|\b(?:originally|initially)\s+(?:been\s+)?(?:due|set|scheduled|slated|meant)\s+to\s+(?:expire|lapse|end|run\s+out)\b",
    re.IGNORECASE,
)
"""An end that was due and no longer is ('The current SMA, signed in January 2016, had been due to lapse at the end of
March'): what the sentence dates was extended or replaced since, so its dates are no longer the latest agreement's."""


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s+(?P<month>{MONTH_WORD})\s+(?P<day>[12]\d|3[01]|0?[1-9])\b"
    r"(?!,?\s*(?:19|20)\d\d)"
)


def weekday_date(text: str, updated: dt.date | None) -> str | None:
    """The date of a day named by its weekday and no year ('on Tuesday, March 28' in a text of March 31, 2023): the
    latest such day on or before the cover, and only if its weekday is the one written; else None."""
    found = _WEEKDAY_DAY.search(text)
    if found is None or updated is None:
        return None
    for year in (updated.year, updated.year - 1):
        try:
            day = dt.date(year, MONTHS.index(found["month"]) + 1, int(found["day"]))
        except ValueError:
            continue  # February 29 of a year without it
        if day <= updated:
            return day.isoformat() if day.weekday() == _WEEKDAYS.index(found["weekday"]) else None
    return None
