"""A day dated by a count of days or weeks from an earlier full date: 'On 25 September 2019 the two leaders
announced the deal; on October 7, twelve days later, it was signed' gives October 7 its year. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p

_LATER_DAY = re.compile(
    rf"\b(?P<day>{p.MONTH_WORD}\s+\d{{1,2}})\b(?!,?\s*\d),?\s+(?P<hedge>(?:just|only|less\s+than|fewer\s+than|under)\s+)?"
    rf"(?P<count>\d{{1,2}}|{p.NUMBER_IN_WORDS}|a)\s+(?P<unit>days?|weeks?)\s+(?:later|after(?:wards?)?|on)\b"
)
_FULL_DAY = re.compile(
    rf"\b(?:(?P<d>\d{{1,2}})\s+(?P<m>{p.MONTH_WORD})|(?P<m2>{p.MONTH_WORD})\s+(?P<d2>\d{{1,2}}),)\s*(?P<y>(?:19|20)\d\d)\b"
)


def days_later(text: str, before: str) -> str:
    """The text with a day dated from an earlier one ('on October 7, twelve days later', after 'On 25 September 2019')
    given its year, where the count of days or weeks leads from the last full date before it (in the text, else in the
    sentence before) to that day; as it is otherwise."""
    later = _LATER_DAY.search(text)
    if later is None:
        return text
    earlier = [*_FULL_DAY.finditer(text, 0, later.start())] or [*_FULL_DAY.finditer(before)]
    if not earlier:
        return text
    last = earlier[-1]
    month, day = last.group("m") or last.group("m2"), last.group("d") or last.group("d2")
    count = later.group("count")
    gap = (1 if count == "a" else int(count) if count.isdigit() else int(p.number_in_words(count) or 0)) * (
        7 if later.group("unit").startswith("week") else 1
    )
    base = _day(month, day, last.group("y"))
    month_later, day_later = later.group("day").split()
    for year in (int(last.group("y")), int(last.group("y")) + 1):
        named = _day(month_later, day_later, str(year))
        if base and named and ((named - base).days == gap or (later.group("hedge") and 0 < (named - base).days < gap)):
            return f"{text[: later.end('day')]}, {year}{text[later.end('day') :]}"
    return text


def _day(month: str, day: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), p.month_number(month.title()), int(day))
    except ValueError:
        return None


_TIMED_BY_DAY = re.compile(
    rf"\b(?:after|before|following|preceding)\s+(?:the|a|an)\s+(?P<month>{p.MONTH_WORD})\s+(?P<day>\d{{1,2}})\b"
    r"(?!,?\s*\d{4})[^,;]*$"
)


def nearer_day(text: str, at: int, date: str) -> str:
    """The date the clauses before the event's words at `at` give, or the day the deed they belong to is said to
    follow or precede ('announced on July 22, 2025, months after the April 7 call in which the leaders agreed to open
    talks': the call's April 7, in the year of the date before)."""
    last = max((match.end() for _, match in p.dates(text) if match.end() <= at), default=at)
    timed = _TIMED_BY_DAY.search(text, last, at)
    if timed is None:
        return date
    return f"{date[:4]}-{p.month_number(timed.group('month')):02d}-{int(timed.group('day')):02d}"


__all__ = ["days_later", "nearer_day"]
