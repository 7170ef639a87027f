"""A deficit's figure said as the one it changed to from an earlier year's: 'The goods deficit with Japan, $69.9 billion
in 2024, shrank to $59.7 billion', '... declined from $69.9 billion in 2024 to $59.7 billion in 2025', 'widened to
$67.9 billion from $60.2 billion in 2021' (IF11120)."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Context, Fields, I
from usjapan_facts.extract.values import amounts

_OLD = r"\$[\d.,]+\s*(?:billion|million)?(?:\s+(?:in\s+(?P<old>(?:19|20)\d{2})|a\s+year\s+(?:earlier|before)))?"
_CHANGED_TO = re.compile(
    rf"(?:{_OLD},?\s+(?:(?:has|had|then|later|since)\s+)?)?(?P<verb>narrowed|widened|grew|shrank|shrunk|fell|fallen|rose|"
    r"risen|declined|increased|decreased|dropped|slipped|climbed|jumped|contracted|expanded)(?:\s+\w+ly)?"
    rf"(?:\s+in\s+(?:19|20)\d{{2}})?(?:,?\s+from\s+{_OLD.replace('old', 'older')})?,?\s+to\s+",
    I,
)
"""An earlier figure, then the change to the deficit's figure: 'The goods deficit with Japan, $69.9 billion in 2024,
shrank to $59.7 billion': the figure after 'to' is the deficit's; the one before it another year's."""
_FROM_AFTER = re.compile(
    r",?\s+(?:(?:up|down)\s+)?from\s+(?:(?:about|roughly|some|nearly)\s+)?\$[\d.,]+\s*(?:billion|million)?\s+in\s+"
    r"(?P<year>(?:19|20)\d{2})\b",
    I,
)
"""The earlier figure after the one changed to: 'widened to $67.9 billion from $60.2 billion in 2021'."""


def changed_to(text: str, clause: tuple[int, int], start: int, context: Context | None) -> Fields | None:
    """The figure a deficit changed to from an earlier one its clause gives ('$69.9 billion in 2024, shrank to'), with
    its year (`_period`): the one after it, else the year after the one it changed from when that has ended by the
    cover date's year; None for neither."""
    changed = _CHANGED_TO.search(text, start, clause[1])
    if changed is None:
        return None
    new = next((c for c in amounts(text) if c.start >= changed.end()), None)
    if new is None or text[changed.end() : new.start].strip() or not 5 * 10**9 <= int(new.value) <= 300 * 10**9:
        return None
    later = _FROM_AFTER.match(text, new.end, clause[1])
    if "$" not in changed.group(0) and not later:
        return None  # 'fell to $59.7 billion' with no figure it fell from: the ordinary reading
    year = re.match(r"\s+in\s+((?:19|20)\d{2})\b", text[new.end : clause[1]])
    old = changed.group("old") or changed.group("older") or (later.group("year") if later else None)
    cover = context.updated.year if context and context.updated else None
    after = int(old) + 1 if old else None  # the year after the one it changed from, once that has ended
    period = year.group(1) if year else str(after) if after and (cover is None or after < cover) else None
    return {"value": new.value, "qualifier": new.qualifier, "_period": period}


__all__ = ["changed_to"]
