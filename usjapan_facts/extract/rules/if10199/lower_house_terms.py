"""The Lower House's deadline said as its members' time in office running out: 'its term runs to December 2018',
'members of the Lower House may serve until February 2030', 'the lower chamber will not face the voters again until
February 2030', 'serves a four-year term that ends in February 2030'. Pure, no I/O.

The roles: the chamber (named in the clause, or pointed back to by 'its', 'their', 'the chamber's' when the chamber
named last before is the Lower House), its tenure (a term, a mandate, serving, sitting, seats held, facing the voters
or the electorate again), and the month that bounds it ('until', 'to', 'before', 'no later than', 'ends in').
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.japan import LOWER_HOUSE, OTHER_COUNTRIES, UPPER_HOUSE

DEADLINE_WORDS: tuple[str, ...] = ("election", "term", "mandate", "voters", "serve", "elect", "polls", "sit until")
DEADLINE_WORDS += ("sits until", "remain", "in office", "seats until", "electorate", "office until", "up for re")
"""Words one of which each sentence stating the Lower House's deadline holds."""
_CHAMBERS = re.compile(rf"(?P<lower>{LOWER_HOUSE})|{UPPER_HOUSE}", re.IGNORECASE)
_POINTER = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=,\sand\s))(?:[Ii]ts|[Tt]heir|[Tt]he\s+chamber\W?s|[Tt]hat\s+chamber\W?s)\b"
)
_TENURE = (
    r"\b(?:terms?|mandate|serves?|sits?|seats|(?:in|remains?\s+in|holds?)\s+office|remains?\s+in\s+place|"
    r"up\s+for\s+re-?election|face\s+(?:the\s+)?voters|"
    r"faces\s+(?:the\s+)?voters|(?:go|goes|return|returns)\s+(?:back\s+)?to\s+(?:the\s+)?(?:voters|electorate|polls)|"
    r"(?:be\s+|been\s+)?re-?elected|stand\s+for\s+re-?election|ha(?:ve|s)(?=\s+until\b))"
)
_BOUND = (
    r"(?:until|till|through|to|before|no\s+later\s+than|"
    r"(?:runs?\s+out|expires?|ends?|lapses?|(?:is|are)\s+up)\s+(?:in|on))"
)
_TERM_RUNS_OUT = re.compile(
    rf"(?P<chamber>{LOWER_HOUSE})(?P<between>[^;]{{0,90}}?{_TENURE}[^;]{{0,60}}?)\b{_BOUND}\s+"
    rf"(?P<date>{p.MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}})\b",
    re.IGNORECASE,
)
_NOT_THIS_TERM = re.compile(
    r"\b(?:ran|lasted|expired|ended|lapsed|previous|former|had|would\s+have|president\w*|governor\w*|prime\s+minister|"
    r"premier\w*|tenure\s+as|cabinet|[Uu]pper)\b"
)
"""The term of a past chamber ('the previous Lower House's term ran to ...'), or another office's ('Takaichi, whose
party controls the Lower House, has a term as LDP president that runs to ...')."""
_ABROAD = re.compile(rf"{OTHER_COUNTRIES}|\bUnited\s+States\b|\bU\.S\.(?!-)|\bAmerican?\b|\bCongress\b")
_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas)\s+")


def _named_back(text: str, before: str, pointer: re.Pattern[str] = _POINTER) -> str:
    """`text` with a clause's 'its', 'their' or 'the chamber's' (`pointer`) named as the Lower House's where the chamber
    named last before it (in the sentence, else in the sentence before) is the Lower House: 'The House of
    Representatives was elected in December 2014; its term runs to December 2018'."""
    found = pointer.search(text)
    if found is None:
        return text
    named = list(_CHAMBERS.finditer(text[: found.start()])) or list(_CHAMBERS.finditer(before))
    if not named or named[-1].group("lower") is None:
        return text
    return f"{text[: found.start()]}the Lower House's{text[found.end() :]}"


_MEMBERS = re.compile(r"(?:(?<=[;,]\s)|(?<=,\sand\s))(?:its|the\s+chamber\W?s)(?=\s+members\b)")


def members_named(text: str) -> str:
    """`text` with a clause's 'its members' named as the Lower House's where the chamber named last before is that one:
    'The Lower House was last chosen in 2017; its members serve out their terms in October 2021'."""
    return _named_back(text, "", _MEMBERS)


_ELECTED_NOW = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=,\sand\s))[Tt]he\s+(?:newly\s+(?:elected|chosen)|new(?:ly\s+seated)?)"
    r"(?=\s+(?:members|lawmakers|legislators)\b)"
)
"""The members a vote just told of chose, pointing back to the chamber named last, a few sentences back at most:
'The LDP won 261 seats in the House of Representatives ... Barring a dissolution, the newly elected members may serve
until October 2025'."""


def term_runs_out(text: str, before: str, updated: str | None, earlier: str = "") -> str | None:
    """The month (or day) the Lower House's members' tenure runs out, as a clause of `text` says it, if one does: not a
    past chamber's, another office's or another country's House, nor one already past at the cover date. `earlier`,
    the sentences before `before`, may name the chamber the newly elected members sit in."""
    if "new" in text:  # each match of _ELECTED_NOW holds it ('newly elected', 'The new members'): else none to name
        text = _named_back(text, f"{earlier} {before}", _ELECTED_NOW)
    text = _named_back(text, before)
    cuts = [0, *(found.end() for found in _JOIN.finditer(text)), len(text) + 1]
    for start, end in itertools.pairwise(cuts):
        clause = text[start:end]
        found = _TERM_RUNS_OUT.search(clause)
        if found is None or _NOT_THIS_TERM.search(found.group("between")):
            continue
        if _ABROAD.search(clause, 0, found.start("between")) or re.search(UPPER_HOUSE, clause, re.IGNORECASE):
            continue
        if re.search(r"\b(?:ran|lasted|expired|ended|previous|former)\b", clause[: found.start()]):
            continue
        value = written_date(found.group("date"))
        if value is None or (updated is not None and value[:7] < updated[:7]):
            continue  # a day the calendar lacks, or a term already run out: no deadline
        return value
    return None


__all__ = ["DEADLINE_WORDS", "members_named", "term_runs_out"]
