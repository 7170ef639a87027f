"""The Lower House's deadline said by the month its members were chosen: 'The members elected in February may serve
until February 2030'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import LOWER_HOUSE, UPPER_HOUSE
from usjapan_facts.extract.rules.base import Fields

_ELECTED_IN = re.compile(
    rf"^(?:(?:The|Those|Its)\s+(?:new\s+)?(?:members|lawmakers|legislators|representatives|(?:lower\s+)?chamber|house)"
    rf"|Those)\s+(?:who\s+were\s+|that\s+was\s+)?(?:elected|chosen|returned)\s+in\s+(?P<month>{p.MONTH})\b(?:\s+\d{{4}})?,?\s+"
    rf"(?:(?:may|can|will|is\s+to|are\s+to)\s+)?(?:serve|sit|remain\s+in\s+office)"
    rf"(?:\s+out)?(?:\s+(?:its|their)\s+(?:full\s+)?(?:four-year\s+)?terms?)?\s+(?:until|to|through|till)\s+"
    rf"(?P<date>{p.MONTH}\s+\d{{4}})\b"
)
"""'The members elected in February may serve until February 2030', 'The lower chamber chosen in February may serve out
its four-year term to February 2030': the Lower House's deadline when the brief says its election (a general or snap
election, or the Lower House's) was in that month."""


def elected_in(text: str, whole: str) -> Fields | None:
    """The deadline of the chamber whose members were elected in the month the sentence names: the Lower House's
    when the brief tells of its election in that month, and of no Upper House election then."""
    found = _ELECTED_IN.match(text)
    if found is None:
        return None
    month = found.group("month")

    def told(chamber: str) -> bool:
        near = rf"\b{month}\b[^.;]{{0,80}}?{chamber}|{chamber}[^.;]{{0,30}}?\b{month}\b"
        return re.search(near, whole) is not None

    if not told(rf"(?:{LOWER_HOUSE}|\b(?:general|snap)\s+election\b)") or told(UPPER_HOUSE):
        return None
    [(value, _)] = p.dates(found.group("date"))
    return {"value": value, "qualifier": "exact"}


__all__ = ["elected_in"]
