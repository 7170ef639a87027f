"""Ranks said in a passive, by who is ahead: 'Japan's holdings were exceeded by those of China, the largest holder'
(2nd: what describes the one ahead is its rank, never Japan's). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.counted_ranks import listed

_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:still|also|now|again|only|narrowly|easily|far)\s+)?"
    r"(?:exceeded|topped|surpassed|outranked|outstripped|outpaced|eclipsed|bettered|overtaken|outdone)\s+"
    r"(?:(?:only|just)\s+)?(?:(?:in\s+(?:size|value|scale)|by\s+(?:about\s+|some\s+|roughly\s+)?\$[^,;]{1,30}?)\s+)?"
    r"by\s+(?P<agent>[^;]+?)(?=\s*(?:[;:(]|\.(?:\s|$)|$)|,?\s+(?:and|but|while|whereas|yet|which|who)\b(?!\s+by\b))",
    re.IGNORECASE,
)
"""A passive whose agent, to the clause's end (or a clause joined on), names who is ahead of the subject."""
WORDS = (
    "exceeded", "topped", "surpassed", "outranked", "outstripped", "outpaced", "eclipsed", "bettered", "overtaken",
    "outdone",
)  # fmt: skip
"""The verbs of `_PASSIVE`, one of which each of its matches holds (keep them the same): else it is not tried."""


def passive(text: str, found: list[Candidate]) -> list[Candidate]:
    """The ranks `found`, less those describing a passive's agent ('..., the largest holder'); a first place said of
    the agent puts the subject right behind the countries it names."""
    for match in _PASSIVE.finditer(text):
        start, end = match.span("agent")
        theirs = [candidate for candidate in found if start <= candidate.start < end]
        if not theirs or "Japan" in match["agent"]:
            continue
        found = [candidate for candidate in found if candidate not in theirs]
        named = listed(match["agent"])
        if (
            named
            and any(candidate.value == 1 for candidate in theirs)
            and not any(candidate.start < end and match.start() < candidate.end for candidate in found)
        ):
            found.append(Candidate(named + 1, "exact", match.start(), end))
    return found


__all__ = ["WORDS", "passive"]
