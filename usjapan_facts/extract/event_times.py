"""An event's time told by another clause of its sentence: the one a 'when' (or 'where') clause after it or before it
gives ('stage one wrapped up a month later, when Trump and Abe met in New York on September 25, 2019'; 'concluded in
September, when the leaders declared the deal finished'), the start of a span it ran ('Formal negotiations ran from
mid-April to late September 2019'), or another deed's date plus or minus a span ('a month before the President
proclaimed'). Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p

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
    rf"\b(?P<n>{p.NUMBER}|an?|one)\s+(?P<unit>day|week|month)s?\s+(?P<side>before|after)\s+(?:[^.;,\d]{{0,50}}?\s)?$",
    re.IGNORECASE,
)
"""The event as another deed's time plus or minus a span: 'Formal trade talks opened in April 2019, a month before the
President proclaimed ...' dates the proclamation in May 2019."""


def counted_from(text: str, at: int) -> str | None:
    """The event's date counted from the one date before it ('a month before the President proclaimed'), at that
    date's precision for days and weeks, at a month's for months; None where it cannot be counted."""
    counted = COUNTED_FROM.search(text, 0, at)
    dated = p.dates(text[: counted.start()]) if counted else ()
    if counted is None or len({value for value, _ in dated}) != 1:
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


__all__ = ["COUNTED_FROM", "WHEN_CLAUSE", "counted_from", "span_start", "when_after", "when_before"]
