"""When a declared fact's value stands: the hints its own clause gives (past, dated by a named year, stale against a
later one, the value a change came from) and the period a figure is of (its sentence's, else the year the sentences
before it or its list's lead-in name), for the one reader of declared facts (`meaning`). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.amount_clauses import ranked_last_year
from usjapan_facts.extract.carried import year_pointed
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.japan import stale_vote
from usjapan_facts.extract.rules.base import PAST, Context, Fields
from usjapan_facts.extract.rules.readings import period_of, when
from usjapan_facts.extract.stated_years import stated_year
from usjapan_facts.extract.tense import long_ago
from usjapan_facts.extract.values import FINDERS, Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_DATED = re.compile(
    r"\b(?:In|in|by|By|As of|as of|during|During)\s+(?:FY\s?|fiscal\s+year\s+)?(?P<year>(?:19|20)\d{2})\b"
)
_CHANGED_FROM = re.compile(r"\b(?:from|up from|down from)\s+(?:a|an|the)?\s*$", I)
_CHANGED_TO = re.compile(r"\bfrom\s+[^;]{1,40}?\s+to\s+$", I)
_THAT_YEAR = re.compile(r"\b(?:that|the same)\s+year\b", I)


def value_hints(
    declaration: Declaration,
    text: str,
    candidate: Candidate,
    clause: tuple[int, int],
    context: Context,
    carried: bool = False,
) -> Fields:
    clause_text = text[clause[0] : clause[1]]
    # How current the value is, from its own clause: 'was ... in 2010 but is now' has two.
    hints = when(clause_text, candidate.start - clause[0], candidate.end - clause[0], context.updated)
    if _CHANGED_FROM.search(text, max(0, candidate.start - 30), candidate.start):
        return {"_when": PAST, "_why": "the value it changed from"}
    if _CHANGED_TO.search(text, max(0, candidate.start - 60), candidate.start):
        return {}  # 'from fifty-seven percent to sixty percent': the value it came to, whatever the tense

    if any(pattern.search(clause_text) for pattern in declaration.past):
        hints["_when"] = PAST
        hints["_why"] = "marked as past"
    dated = _DATED.search(text[: clause[1]]) if "_date" not in hints else None
    dating, at = text, candidate.start
    pointed = year_pointed(text, context.preceding.get(text, "")) if carried and not dated else None
    if pointed and "_date" not in hints:
        # 'In 2012, U.S. forces were larger. They numbered about 60,000': a past told of the year pointed back to.
        dated, dating, at = pointed, f"{pointed.group(0)}, {text}", at + len(pointed.group(0)) + 2
    if dated and declaration.value != "year" and not declaration.period:
        # 'In 2012, roughly 52,000 ...': a figure of a named past year gives way to an undated, current one.
        hints["_date"] = dated.group("year")
        hints["_why"] = f"dated {dated.group('year')}"
        if not declaration.historic and long_ago(dating, at, context.updated.year if context.updated else None):
            hints["_stale"] = True  # 'In 1972, ... it hosted 60%': gives way, and alone is no current value
        elif _IN_YEAR.match(dated.group(0)) and _later_of_kind(declaration.value, text[clause[1] :], dated["year"]):
            hints["_stale"] = True  # 'was second in 2019; in 2021 it was the largest': the later year's is current
    cover = context.updated.year if context.updated else None
    if declaration.term and stale_vote(text[: clause[1]], cover, declaration.term):
        hints["_stale"] = True  # 'In the 2017 election, the coalition won two-thirds' in a 2025 brief
    return hints


_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:FY\s?|fiscal\s+year\s+)?(?P<year>(?:19|20)\d{2})\b")
"""A year a figure is of, never one it is due by ('by 2030')."""


def _later_of_kind(kind: str, rest: str, year: str) -> bool:
    """Tell whether the clauses after the value's (`rest`) date a later year and give a value of its kind."""
    return any(later["year"] > year for later in _IN_YEAR.finditer(rest)) and bool(FINDERS[kind](rest))


def declared_period(declaration: Declaration, text: str, context: Context) -> str | None:
    """The period a figure is dated by: in its sentence, else (for 'that year', or a sentence naming no year at
    all) the year of one of the three sentences before, which the paragraph's figures share, or of the lead-in of
    the list it stands in when no item between names a year ('Figures for 2023 show:' then four items)."""
    period = period_of(p.DAY_DATE.sub(" ", text))
    if period is not None or (p.YEAR.search(text) and not _THAT_YEAR.search(text)):
        return period
    if said := ranked_last_year(text, (context.sections, context.preceding), context.updated):
        return said  # 'Japan was the sixth-largest U.S. trading partner last year. U.S. exports ...'
    before = text
    for step in range(8):
        before = context.preceding.get(before, "")
        if not before:
            return None
        names, year = stated_year(before)  # 'In 2025, ...'; never 'the $69.0 billion of 2019'
        lead = before.rstrip().endswith(":")
        if names:
            return year if step < 3 or lead else None
        if lead and step >= 2:
            return None
    return None
