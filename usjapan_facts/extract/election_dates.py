"""When an election falls, and whether it is held or upcoming by the cover date: the helpers every election reader
shares, so that each dates and keys an election the same way."""

from __future__ import annotations

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import Fields, has


def month_number(name: str) -> int:
    """The number of a month named in full: 'September' -> 9."""
    return p.MONTHS.index(name) + 1


def next_month(month: int, cover: str) -> str:
    """The first month named `month` from the cover date on: 'runs out in September' written in June 2021."""
    year = int(cover[:4]) + (1 if month < int(cover[5:7]) else 0)
    return f"{year}-{month:02d}"


def years_in(text: str) -> set[str]:
    """The years a text names."""
    return set(p.YEAR.findall(text))


def months_ahead(date: str, updated: str) -> int:
    """How many months the month of `date` comes after the cover date's."""
    return (int(date[:4]) - int(updated[:4])) * 12 + int(date[5:7]) - int(updated[5:7])


def status_of(date: str, updated: str, text: str) -> str:
    """Whether an election of `date` is held or upcoming by the cover date `updated`."""
    cover = updated[: len(date)]
    if date == cover:
        return "upcoming" if has(r"\b(?:will|upcoming|scheduled|set for|planned for)\b", text) else "held"
    return "held" if date < cover else "upcoming"


def election(slug: str, body: str, date: str, cover: str, text: str) -> tuple[str, Fields]:
    """An election keyed by its body's slug and year, its status by the cover date (`text` may say 'will')."""
    fields: Fields = {"body": body, "date": date, "status": status_of(date, cover, text), "candidates": {}}
    return f"{slug}_{date[:4]}", fields
