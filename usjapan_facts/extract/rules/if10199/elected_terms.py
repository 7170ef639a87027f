"""The Lower House's deadline said by the month its members were chosen: 'The members elected in February may serve
until February 2030'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.japan import LOWER_HOUSE, LOWER_HOUSE_SEATS, UPPER_HOUSE
from usjapan_facts.extract.rules.base import Fields

_ELECTED_IN = re.compile(
    r"(?:^|(?<=;\s)|(?<=,\sand\s)|(?<=,\swhile\s)|(?<=,\sbut\s))(?:(?:[Tt]he|[Tt]hose|[Ii]ts)\s+(?:new\s+)?"
    r"(?:members|lawmakers|legislators|representatives|(?:lower\s+)?chamber|house)|[Tt]hose|Nobody|No\s+one|"
    r"No\s+(?:member|lawmaker|legislator)|None\s+of\s+(?:those|the\s+members|the\s+lawmakers))\s+"
    rf"(?:who\s+were\s+|that\s+was\s+|who\s+was\s+)?(?:elected|chosen|returned)\s+(?:in|on)\s+(?P<month>{p.MONTH})\b"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+\d{4})?,?\s+"
    r"(?:(?:(?:may|can|will|is\s+to|are\s+to)\s+)?(?:serve|sit|remain\s+in\s+office)"
    r"(?:\s+out)?(?:\s+(?:its|their)\s+(?:full\s+)?(?:four-year\s+)?terms?)?\s+(?:until|to|through|till)"
    r"|(?:need|needs|must|has\s+to|have\s+to|will\s+have\s+to)\s+(?:not\s+)?(?:face|return\s+to|go\s+back\s+to)"
    r"\s+(?:the\s+)?(?:voters|electorate|polls)(?:\s+again)?\s+(?:until|before|by|no\s+later\s+than))\s+"
    rf"(?P<date>{p.MONTH}\s+\d{{4}})\b"
)
"""'The members elected in February may serve until February 2030', 'The lower chamber chosen in February may serve out
its four-year term to February 2030', first in the sentence or in a clause of its own ('...; the members chosen in
February may serve until February 2030'), or as when they must face the voters again ('Nobody elected on February 8
need face the voters again before February 2030'): the Lower House's deadline when the brief says its election (a
general or snap election, or the Lower House's, or one of its 465 seats) was in that month."""


def elected_in(text: str, whole: str) -> Fields | None:
    """The deadline of the chamber whose members were elected in the month the sentence names: the Lower House's
    when the brief tells of its election in that month, and of no Upper House election then."""
    found = _ELECTED_IN.search(text)
    if found is None:
        return None
    month = found.group("month")

    def told(chamber: str) -> bool:
        near = rf"\b{month}\b[^.;]{{0,80}}?{chamber}|{chamber}[^.;]{{0,30}}?\b{month}\b"
        return re.search(near, whole) is not None

    if not told(rf"(?:{LOWER_HOUSE}|{LOWER_HOUSE_SEATS}|\b(?:general|snap)\s+election\b)") or told(UPPER_HOUSE):
        return None
    value = written_date(found.group("date"))
    return {"value": value, "qualifier": "exact"} if value else None


__all__ = ["elected_in"]
