"""Dates of what never was or only might be: 'the Lower House elected in 2021 would have run to October 2025', 'could
come as early as July 2028'. A date in such a clause is no election's. Pure, no I/O.

The role: the clause's verb told as unreal (would, could, might or should have) or as a possibility (could or might
come, be held, fall), before the date in the same clause.
"""

from __future__ import annotations

import re

_UNREAL = re.compile(
    r"\b(?:(?:would|could|might|should)(?:,[^,]{1,40},)?\s+(?:\w+\s+)?have|(?:could|might)\s+(?:come|be\s+held|fall))\b",
    re.IGNORECASE,
)
"""'would have run to', 'would, absent a dissolution, have run to', 'could otherwise have sat until', 'could come as
early as'."""


def unreal(text: str, start: int, clause_start: int = 0) -> bool:
    """Tell whether the date at `start` of `text` stands in a clause (from `clause_start`) told as not real."""
    return _UNREAL.search(text, clause_start, start) is not None


__all__ = ["unreal"]
