"""Which year a trade or investment amount is of, for the readers by roles (`money_roles`, `money_pairs`): its own
clause's year, else its sentence's when it states one, else the year a clause of 'when' hangs on, else the one stated
up to a few sentences before; never a year the sentence only compares with ('up from $112.2 billion in 2021').

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.amount_clauses import last_year, ranked_last_year
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.parsers import YEAR
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.rules.readings import period_of
from usjapan_facts.extract.stated_years import stated_year

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
HOST_NATION = "alliance.host_nation_support_per_year"
"""A payment a year: its fields say so."""
_WHEN = re.compile(r"\s*,\s*when\b", I)
_YEAR_BEFORE = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\s*$", I)
"""The year a clause of 'when' is of, right before it: 'it held that place in 2020, when the stock ... reached'."""


def when_year(clause: str, before: str) -> str | None:
    """The year a clause of 'when' is of, stated right before it ('it held that place in 2020, when the stock ...')."""
    when = _YEAR_BEFORE.search(before) if _WHEN.match(clause) else None
    return when.group(1) if when else None


def carried_year(
    text: str,
    preceding: dict[str, str],
    steps: int = 4,
    cover: int | None = None,
    sections: dict[str, str] | None = None,
) -> str | None:
    """The year of the nearest sentence before that states one, within `steps` (a sentence stating years of its own
    carries none: which one is the figure's is not sure; one naming a year only to compare with goes on back), or
    the one Japan's rank said of 'last year' gives (`ranked_last_year`)."""
    if stated_year(text)[0]:
        return None
    if said := ranked_last_year(text, (sections or {}, preceding), cover):
        return said
    for _ in range(steps):
        text = preceding.get(text, "")
        names, year = stated_year(text)
        if names:
            return year
    return None


def value_fields(
    fact: str,
    value: tuple[Candidate, str],
    text: str,
    found: tuple[Candidate, ...],
    before: str,
    cover: int | None = None,
) -> Fields:
    """The value's fields, dated by its clause's year (up to the next amount: 'taking $67.7 billion in U.S. goods (up
    from $63.2 billion in 2016)' is not of 2016), else by the sentence's when it states no other amount, else by
    'last year' in it or in its clause right before it (the year before the `cover`'s), else (a sentence naming no
    year) by the sentence before's one year."""
    candidate, clause = value
    fields: Fields = {"value": candidate.value, "qualifier": candidate.qualifier}
    if fact == HOST_NATION:
        fields["per"] = "year"
    start = text.find(clause)
    end = start + len(clause)
    others = [other.start for other in found if start <= other.start < end and other.start != candidate.start]
    own = text[candidate.start : min((at for at in others if at > candidate.start), default=end)] if others else clause
    period = period_of(own) or (period_of(text) if len(found) == 1 else None) or last_year(own, cover)
    lead = text[max([start, *(other.end for other in found if other.end <= candidate.start)]) : candidate.start]
    if period is None and not YEAR.search(lead):
        period = last_year(lead, cover)  # 'narrowed slightly last year, to $67.6 billion from $68.8 billion in 2017'
    if period is None and not YEAR.search(text):
        period = stated_year(before)[1]  # 'In 2024, ...' before; never 'The 2019 agreement still shapes it.'
    return fields | ({"period": period} if period else {})


__all__ = ["HOST_NATION", "carried_year", "value_fields", "when_year"]
