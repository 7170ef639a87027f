"""An amount set before 'it' in the clause after a subject's own: '... deficits in 2024; at $68.5 billion, it was down
from $71.2 billion a year earlier' (IF11120's goods deficit, whose clause ends at the semicolon)."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Fields, I
from usjapan_facts.extract.values import amounts

_THEN_AT = re.compile(r"\s*[;:]\s+(?:at|with)\s+", I)
_IT_AFTER = re.compile(r",\s+it\s+(?:was|is|stood|stands|remained|remains|came|had|has)\b", I)


def amount_then(text: str, end: int) -> Fields | None:
    """The amount set before 'it' in the clause after the deficit's own: '... deficits in 2024; at $68.5 billion, it was
    down from $71.2 billion a year earlier' (the figure it came from is another year's)."""
    then = _THEN_AT.match(text, end)
    if then is None:
        return None
    first = next((c for c in amounts(text) if c.start >= then.end()), None)
    if first is None or text[then.end() : first.start].strip(" ~") or not _IT_AFTER.match(text, first.end):
        return None
    value = {"value": first.value, "qualifier": first.qualifier}
    return value if 5 * 10**9 <= int(first.value) <= 300 * 10**9 else None
