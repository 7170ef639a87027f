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
    r"(?:\s+(?:and|or)\s+(?:the\s+)?(?:House|Senate)\b)?(?:\s+of\s+Representatives\b)?"
)
"""A vote for a U.S. chamber ('elections for the U.S. House', 'votes for the U.S. House and Senate')."""
_OWN_DATE = re.compile(
    r"(?:[\s(]+(?:in|on|for|come|comes|came|set|is|are|were|was|held|due|slated|scheduled)\b){1,3}[\s(]+"
)
"""The words between a U.S. vote and its own date: 'elections for the U.S. Senate come in November 2032', '(in
November 2030)'."""
_JAPAN_VOTE = re.compile(
    r"\bDiet\b|\b(?:upper|lower)[- ](?:house|chamber)\b|(?<!U\.S\.\s)(?<!American\s)\bHouse\s+of\s+"
    r"(?:Councill?ors|Representatives)\b|\b(?:snap|general)\s+(?:\w+\s+)?(?:elections?|votes?|polls?)\b|\bJapan",
    re.IGNORECASE,
)
"""A vote of Japan's named in the sentence: the Diet or its chambers, a snap or general election, or Japan itself."""


def abroad(text: str, start: int, clause_start: int = 0) -> bool:
    """Tell whether the date at `start` of `text` is a U.S. chamber's vote's: its own, right after it ('elections for
    the U.S. Senate come in November 2032'), or any after it in its clause (from `clause_start`) where the sentence
    names no vote of Japan's ('The race for the U.S. Senate seat in Ohio is set for November 7'). 'After elections
    for the U.S. House in November 2030, Takeda called a snap election for December 14, 2030' dates Japan's vote."""
    votes = list(_US_CHAMBER_VOTE.finditer(text, 0, start))
    if any(_OWN_DATE.fullmatch(text, vote.end(), start) for vote in votes):
        return True
    return any(vote.start() >= clause_start for vote in votes) and _JAPAN_VOTE.search(text) is None


def unreal(text: str, start: int, clause_start: int = 0) -> bool:
    """Tell whether the date at `start` of `text` stands in a clause (from `clause_start`) told as not real."""
    return _UNREAL.search(text, clause_start, start) is not None


__all__ = ["abroad", "unreal"]
