"""Dates of what never was or only might be: 'the Lower House elected in 2021 would have run to October 2025', 'could
come as early as July 2028'; or dates after a U.S. chamber's vote ('elections for the U.S. House ... on November 7').
A date in such a clause is no Diet election's. Pure, no I/O.

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


_US_CHAMBER_VOTE = re.compile(
    r"\b(?:[Ee]lections?|[Rr]aces?|[Vv]otes?)\s+(?:for|to)\s+(?:the\s+)?(?:U\.S\.|American)\s+(?:House|Senate)\b"
    r"(?:(?!(?i:upper|lower)[- ](?:house|chamber)|Diet\b|Japan|House\s+of\s+Councill?ors)[\s\S])*$"
)
"""A vote for a U.S. chamber ('elections for the U.S. House'), no Diet vote named between it and the end of the search
('The Upper House election on July 20 comes before elections for the U.S. Senate' names Japan's vote first)."""


def abroad(text: str, start: int, clause_start: int = 0) -> bool:
    """Tell whether the date at `start` of `text` comes after a U.S. chamber's vote in its clause (from `clause_start`),
    with no Diet vote between: 'The race for the U.S. Senate seat in Ohio is set for November 7' dates no Diet vote."""
    return _US_CHAMBER_VOTE.search(text, clause_start, start) is not None


def unreal(text: str, start: int, clause_start: int = 0) -> bool:
    """Tell whether the date at `start` of `text` stands in a clause (from `clause_start`) told as not real."""
    return _UNREAL.search(text, clause_start, start) is not None


__all__ = ["abroad", "unreal"]
