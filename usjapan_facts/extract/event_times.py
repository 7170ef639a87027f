"""An event's time told by another clause of its sentence: the one a 'when' (or 'where') clause after it or before it
gives ('stage one wrapped up a month later, when Trump and Abe met in New York on September 25, 2019'; 'concluded in
September, when the leaders declared the deal finished'), the start of a span it ran ('Formal negotiations ran from
mid-April to late September 2019'), or another deed's date plus or minus a span ('a month before the President
proclaimed'). Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.days_later import nearer_day
from usjapan_facts.extract.event_years import BARE_DAY, MONTH_NAME

WHEN_CLAUSE = re.compile(r"[\s,]*when\b", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"\b(?:in|on)\s+(?P<when>{p.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)\s*,?\s*$")


def when_before(text: str, start: int) -> str | None:
    """The time a clause opening with 'when' is of: the date the clause before ends with ('concluded in September,
    when the leaders declared the deal finished'), a month without its year in the sentence's one year."""
    found = _TIME_BEFORE.search(text, 0, start)
    if found is None:
        return None
    if dated := p.dates(found.group("when")):
        return dated[0][0]
    years = {value[:4] for value, _ in p.dates(text)}
    month = p.month_number(found.group("when").split()[0])
    return f"{years.pop()}-{month:02d}" if len(years) == 1 and " " not in found.group("when") else None


_WHEN_AFTER = re.compile(r",\s+(?:when|where)\s+(?P<clause>[^;]*)")


_SPAN = re.compile(
    rf"\s+from\s+(?:(?:early|mid|late)[- ])?(?P<first>{p.MONTH}(?:\s+\d{{1,2}})?)(?P<year>,?\s+(?:19|20)\d\d)?\s+"
    rf"(?:to|until|till|through)\s+[^;,.]{{0,30}}?(?P<last>(?:19|20)\d\d)\b"
)


def span_start(text: str, end: int) -> str | None:
    """The start of the span the event's words (ending at `end`) run into: 'Formal negotiations ran from mid-April to
    late September 2019' opened in April 2019 (a start without its year in the end's)."""
    found = _SPAN.match(text, end)
    if found is None:
        return None
    year = (found.group("year") or found.group("last")).strip(", ")
    first = found.group("first")
    dated = p.dates(f"{first}, {year}" if first[-1].isdigit() else f"{first} {year}")
    return dated[0][0] if dated else None


def when_after(text: str, end: int) -> str | None:
    """The date a 'when' clause right after the event's clause (ending at `end`) gives, where it gives one whole date:
    'stage one wrapped up a month later, when Trump and Abe met in New York on September 25, 2019'; or a 'where' clause
    telling what happened at the event's place: 'Formal negotiations then opened in Washington, where Lighthizer and
    Motegi met over two days in mid-April 2019'."""
    found = _WHEN_AFTER.match(text, end)
    dated = {value for value, _ in p.dates(found.group("clause"))} if found else set()
    return dated.pop() if len(dated) == 1 else None


COUNTED_FROM = re.compile(
    rf"\b(?:(?P<n>{p.NUMBER}|an?|one)\s+|(?:some|several|a\s+few|few|many)\s+)?(?P<unit>day|week|month)s?\s+"
    r"(?P<side>before|after)\s+(?:[^.;,\d]{0,50}?\s)?$",
    re.IGNORECASE,
)
"""The event as another deed's time plus or minus a span: 'Formal trade talks opened in April 2019, a month before the
President proclaimed ...' dates the proclamation in May 2019; a count without its number ('weeks before the President
proclaimed') dates it by nothing but the deed's own day."""


def counted_from(text: str, at: int) -> str | None:
    """The event's date counted from the one date before it ('a month before the President proclaimed'), at that
    date's precision for days and weeks, at a month's for months; None where it cannot be counted."""
    counted = COUNTED_FROM.search(text, 0, at)
    dated = p.dates(text[: counted.start()]) if counted else ()
    if counted is None or counted.group("n") is None or len({value for value, _ in dated}) != 1:
        return None
    number = 1 if counted.group("n").lower() in {"a", "an", "one"} else p.number_of(counted.group("n"))
    other, unit = dated[0][0], counted.group("unit").lower()
    if number is None or (unit != "month" and len(other) < 10):
        return None
    step = int(number) if counted.group("side").lower() == "before" else -int(number)
    if unit == "month":
        total = int(other[:4]) * 12 + int(other[5:7]) - 1 + step
        return f"{total // 12}-{total % 12 + 1:02d}"
    return (dt.date.fromisoformat(other) + dt.timedelta(days=step * (7 if unit == "week" else 1))).isoformat()


_QUALIFIER = re.compile(r"(?:\b(?:his|her|their|its|the|a|an)|\b[A-Z][a-z]+['\u2019]s)\s+$")
"""What stands before a date that qualifies the noun after it: 'his 2015 speech', 'Abe's April 29, 2015, address'."""


def qualifying_date(text: str, at: int) -> str | None:
    """The date that qualifies the event's noun at `at` as a modifier ('remembered for his 2015 speech to a joint
    meeting of Congress', 'Abe's April 29, 2015, address'): the event's own, whatever else the clause dates."""
    lead = text[:at].rstrip(" ,")
    said = [(value, found.start()) for value, found in p.dates(lead) if found.end() == len(lead)]
    said += [(year.group(0), year.start()) for year in _YEAR_ENDS.finditer(lead)]
    return next((value for value, start in said if _QUALIFIER.search(text, 0, start)), None)


_YEAR_ENDS = re.compile(r"\b(?:19|20)\d\d$")


_LATER_BY = re.compile(
    rf"\b(?:(?:the\s+)?(?:following|next)\s+(?P<unit1>day|week)|(?P<n>an?|one|{p.NUMBER_IN_WORDS}|\d{{1,2}})\s+"
    r"(?P<unit2>days?|weeks?)\s+(?:later|afterwards?|on))\b",
    re.IGNORECASE,
)


def later_by(text: str, start: int, at: int, date: str) -> str | None:
    """The event's day where its clause counts it from the sentence's one day ('On March 27, 2025, they spoke by
    phone; the following day the two governments announced talks', 'a week later'): that day plus the count; the date
    as it is where the clause counts nothing; None where a count cannot be taken from it (a month's, not a day's)."""
    later = _LATER_BY.search(text, start, at)
    if later is None:
        return date
    if len(date) < 10:
        return None
    n = later.group("n")
    count = 1 if n is None or n.lower() in {"a", "an", "one"} else p.number_of(n)
    if count is None:
        return None
    days = int(count) * (7 if (later.group("unit1") or later.group("unit2")).lower().startswith("week") else 1)
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def day_of_deed(text: str, start: int, at: int, date: str) -> str | None:
    """The day of a deed at `at` whose clause (from `start`) dates it by no words of its own, `date` the sentence's:
    counted from it ('...; the following day the two governments announced'), else the day the clauses before give
    (`days_later.nearer_day`: 'on July 22, 2025, months after the April 7 call in which')."""
    later = later_by(text, start, at, date)
    return nearer_day(text, at, date) if later == date else later


def own_day_counted(text: str, at: int, end: int, counted: str | None) -> str | None:
    """The deed's date where a count from another deed's gave `counted` and its own words (from the count to `end`)
    name one day: that day where the count agrees with it ('a month before the President proclaimed, on May 17, 2019,
    that ...'); '' where the two disagree; the count where its words name none, or it gives none."""
    count = COUNTED_FROM.search(text, 0, at)
    owns = {value for value, _ in p.dates(text[count.end() if count else at : end])}
    if counted is None or len(owns) != 1:
        return counted  # none where the count gives none: 'a month after the first round, on May 17' is another's
    day = owns.pop()
    return day if day.startswith(counted) else ""


_BARE_DATE = re.compile(rf"^\s*(?:(?:on|dated|of)\s+)?{p.MONTH_WORD}\s+\d{{1,2}}\s*$")
"""Brackets that hold a day alone: '(May 17)', '(on May 17)', '(dated May 17)'."""
_PROCLAMATIONS_OWN = re.compile(
    rf"^\s*(?:(?:by|in|via|through)\s+(?:an?\s+|the\s+)?proclamation\s*,?\s*)?(?:(?:signed|issued|dated)\s+)?"
    rf"(?:(?:on|of)\s+)?{p.MONTH_WORD}\s+\d{{1,2}}\s*$",
    re.IGNORECASE,
)
"""Brackets whose words are the proclamation's own: '(by proclamation on May 17)', '(in a proclamation dated May
17)'; never another's deed ('(by proclamation; Japan protested on May 20)', '(published May 21)')."""
_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|until|following|later|earlier|ago)\b", re.IGNORECASE)
_OPENING = re.compile(r"\s*\(")


def bracketed_day(text: str, found: re.Match[str], date: str | None) -> str | None:
    """A month the event's clause gives, made a day by brackets that the event's words reach into or that hold a day
    alone right after them, naming that month's one day: 'That May, the finding ... was issued (by proclamation on May
    17)', '... issued a proclamation (dated May 17)'; never brackets of another deed ('(talks resumed on May 10)',
    '(by proclamation; Japan protested on May 20)', '(published May 21)': only the proclamation's own words,
    `_PROCLAMATIONS_OWN`), of another month, or of a day told by another ('(a week after Commerce met on May 10)')."""
    if date is None or len(date) != 7:
        return date
    opening = text.rfind("(", found.start(), found.end())
    if opening < 0 or ")" in text[opening : found.end()]:
        right = _OPENING.match(text, found.end())
        opening = right.end() - 1 if right and _BARE_DATE.match(text[right.end() : text.find(")", right.end())]) else -1
    closing = text.find(")", opening) if opening >= 0 else -1
    inner = text[opening + 1 : closing] if closing > opening else ""
    days = list(BARE_DAY.finditer(inner))
    if len(days) != 1 or len(MONTH_NAME.findall(inner)) != 1 or p.dates(inner) or _ANOTHER_TIME.search(inner):
        return date
    if not _PROCLAMATIONS_OWN.match(inner):
        return date
    month = p.month_number(MONTH_NAME.search(inner).group(0))  # type: ignore[union-attr]
    return f"{date}-{int(days[0].group('day')):02d}" if month == int(date[5:]) else date


_DAY_AFTER_DEED = re.compile(
    rf"(?P<between>[^;,()]{{0,40}}?)\bon\s+(?P<month>{p.MONTH})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})(?!\s*[-\u2013])"
)
_OTHER_DEED_BETWEEN = re.compile(
    r"\b(?:before|after|until|since|when|ahead|election|vote|summit|meeting|talks|visit|call|who|whom|which|that|"
    r"whose|later|and|by|[a-z]+ed)\b",
    re.IGNORECASE,
)
"""Words between the deed and a day that make the day another deed's: another event ('days before the election on
July 10'), a relative clause or a second verb ('by a gunman who was charged on July 29', 'and cremated on July 12')."""


def own_day(text: str, found: re.Match[str], date: str | None) -> str | None:
    """A month the event is dated by, made a day by the words right after the event's own ('In July 2022, Abe was
    shot and killed while campaigning in Nara on July 8'): that month's one day, written without its year; never a
    day past another deed's words ('... days before the election on July 10')."""
    if date is None or len(date) != 7:
        return date
    day = _DAY_AFTER_DEED.match(text, found.end())
    if day is None or _OTHER_DEED_BETWEEN.search(day.group("between")):
        return date
    return f"{date}-{int(day.group('day')):02d}" if p.month_number(day.group("month")) == int(date[5:]) else date


__all__ = [
    "COUNTED_FROM",
    "WHEN_CLAUSE",
    "bracketed_day",
    "counted_from",
    "day_of_deed",
    "later_by",
    "own_day",
    "own_day_counted",
    "qualifying_date",
    "span_start",
    "when_after",
    "when_before",
]
