"""A sentence whose opening phrase sets all it says before a year gone by: 'Until the 2017 election, the ruling bloc
held about 68% of Lower House seats', 'Before the 2010s drawdown, Japan hosted some 60,000 U.S. troops'.

What held until (or before) a dated turn that has since passed is no current value, whichever reader took it: each such
reading of a state (a count, share, sum, rank, holder) is marked stale, so that it gives way and alone is no current
value. Left as they are: a date (a deed done before the turn keeps its day), a fact whose value is a past one (declared
`historic`: 'Until 2022, Japan held defense spending to about 1% of GDP' is the long-kept limit), and a sentence that
also speaks of now or states a second clause ('Until 2017 it held 68%; it now holds 60%'). Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.tense import NOW_MARK
from usjapan_facts.extract.text import Sentence

_OPENING = re.compile(
    rf"\W*(?:Before|Until|Till|Prior\s+to|Up\s+(?:un)?til)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?(?:{p.MONTH}\s+)?"
    r"(?:FY\s?)?(?P<year>(?:19|20)\d{2})(?:s\b|\b(?![-\u2013]))[^,;]{0,50},\s"
)
"""An opening phrase that sets the clause before (or up to) a year: 'Until the 2017 election, ', 'Before 2019, '."""
STATES = frozenset({"count", "money", "percent", "rank", "person", "list", "text"})
"""The kinds of fact that say how things stand (never a deed's date, which stays the day it was done)."""


def opened_in_past(text: str, cover: int) -> bool:
    """Tell whether `text` opens by setting what it says before (or up to) a year before the `cover`'s, in one
    clause that says nothing of now."""
    opening = _OPENING.match(text)
    if opening is None or int(opening.group("year")) >= cover:
        return False
    return ";" not in text and NOW_MARK.search(text) is None


def historic(brief: str, fact_id: str) -> bool:
    """Tell whether the fact's value is itself a past one (its declaration says `historic`: a long-kept limit)."""
    declaration = declarations(brief).get(fact_id)
    return declaration is not None and declaration.historic


def marked_past(readings: list[tuple[Fields, Sentence]], cover: int) -> list[tuple[Fields, Sentence]]:
    """The readings, each whose sentence `opened_in_past` marked stale."""
    return [
        ({**fields, "_stale": True} if opened_in_past(sentence.text, cover) else fields, sentence)
        for fields, sentence in readings
    ]


__all__ = ["STATES", "historic", "marked_past", "opened_in_past"]
