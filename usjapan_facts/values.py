"""How a fact's value reads: for people (`display`), for tables (`canonical`), for charts (`number`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from usjapan_facts.model import (
    Author,
    BaseFact,
    CountFact,
    DateFact,
    Election,
    Event,
    HedgedFact,
    ListFact,
    MoneyFact,
    PercentFact,
    PersonFact,
    RankFact,
    YearlyPercentFact,
    precision_of,
)

QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "about": "around",
    "over": "over",
    "under": "under",
    "nearly": "nearly",
    "at_least": "at least",
    "among_top": "among the top",
}
_SCALES = ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"))


def format_number(value: float) -> str:
    """Write a number with thousands separators and no needless decimals: 54,000; 12.5; -4.5."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_money(dollars: float) -> str:
    """Write dollars the way the brief does: $112.2 billion, $300 million, $4,500."""
    for scale, word in _SCALES:
        if abs(dollars) >= scale:
            return f"${format_number(round(dollars / scale, 3))} {word}"
    return f"${format_number(dollars)}"


def ordinal(position: int) -> str:
    suffix = "th" if 10 <= position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(position % 10, "th")
    return f"{position}{suffix}"


@lru_cache(maxsize=4096)  # a pure function that `diff` and `log` call for every date they show
def format_date(value: str) -> str:
    """Write a partial ISO date at its own precision: July 8, 2022; September 2022; 2025."""
    precision = precision_of(value)
    if precision == "year":
        return value
    parsed = dt.date.fromisoformat(value if precision == "day" else f"{value}-01")
    return f"{parsed:%B} {parsed.day}, {parsed.year}" if precision == "day" else f"{parsed:%B} {parsed.year}"


def _bare(fact: BaseFact, family_first: bool) -> str:
    if isinstance(fact, MoneyFact):
        return format_money(fact.value)
    if isinstance(fact, PercentFact):
        return f"{format_number(fact.value)}%"
    if isinstance(fact, RankFact):
        return ordinal(fact.value) if fact.value is not None else ""
    if isinstance(fact, DateFact):
        return format_date(fact.value)
    if isinstance(fact, PersonFact):
        return fact.value.written(family_first=family_first)
    if isinstance(fact, ListFact):
        return ", ".join(fact.value)
    if isinstance(fact, YearlyPercentFact):
        return "; ".join(f"{year}: {format_number(value)}%" for year, value in fact.value.items())
    if isinstance(fact, CountFact):
        return format_number(fact.value)
    return str(fact.value)


def display_value(fact: BaseFact, *, family_first: bool = True) -> str:
    """Return the value with its hedge and unit, and nothing else: 'around 54,000', '5th'."""
    words = QUALIFIER_WORDS[fact.qualifier] if isinstance(fact, HedgedFact) else ""
    return " ".join(part for part in (words, _bare(fact, family_first)) if part)


def display(fact: BaseFact, *, family_first: bool = True) -> str:
    """Return the value as an analyst would say it, with its rate, deadline and period."""
    text = display_value(fact, family_first=family_first)
    if isinstance(fact, MoneyFact) and fact.per:
        text += f" per {fact.per}"
    if isinstance(fact, PercentFact) and fact.previous is not None:
        text += f" (from {format_number(fact.previous)}%)"
    if fact.by:
        text += f" by {fact.by}"
    if fact.period:
        text += f" ({format_period(fact.period)})"
    return text


def format_period(period: str) -> str:
    """Write a period the brief gives: an ISO month or year reads as a date, anything else as given."""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", period):
        try:
            return format_date(period)
        except ValueError:
            return period
    return period


def canonical(fact: BaseFact) -> str:
    """Return the value in the tidy table's canonical form: plain digits, ISO dates, 'Family Given'."""
    if isinstance(fact, PersonFact):
        return str(fact.value)
    if isinstance(fact, ListFact):
        return "; ".join(fact.value)
    if isinstance(fact, YearlyPercentFact):
        return "; ".join(f"{year}={value}" for year, value in fact.value.items())
    return "" if fact.value is None else str(fact.value)


def number(fact: BaseFact) -> float | None:
    """Return the value as a number where it is one (counts, money, percents, ranks, years)."""
    if fact.kind in ("count", "money", "percent", "rank", "year") and isinstance(fact.value, int | float):
        return float(fact.value)
    return None


def display_author(name: str, author: Author) -> str:
    return f"{name} ({author.role})" if author.role else name


def display_election(election: Election) -> str:
    text = f"{election.body}, {format_date(election.date)}: {election.status}"
    if election.candidates:
        names = []
        for name, candidate in election.candidates.items():
            details = [detail for detail in ("incumbent" if candidate.incumbent else None, candidate.party) if detail]
            names.append(f"{name} ({', '.join(details)})" if details else name)
        text += "; candidates " + ", ".join(names)
    if election.result:
        text += f"; {election.result}"
    return text


def display_event(event: Event) -> str:
    status = f": {event.status}" if event.status else ""
    return f"{event.what}, {format_date(event.date)}{status}"
